#!/usr/bin/env bash
# Builds the Linux installer, target/packaging/chainmap_VERSION-1_ARCH.deb, from target/chainmap.jar:
#   mvn -B -ntp -q -DskipTests package && packaging/build-deb.sh && packaging/check-deb.sh
# The same as packaging/build-installer.sh deb (which says what it needs); docs/packaging.md.
exec "$(dirname "$0")/build-installer.sh" deb "$@"
