#!/usr/bin/env bash
# Builds ChainMap's installer for this machine's system from target/chainmap.jar, with its own Java runtime
# (jlink), so that the machine it is installed on needs no Java (docs/packaging.md):
#
#   packaging/build-installer.sh deb    Linux:   target/packaging/chainmap_VERSION-1_ARCH.deb  (dpkg-deb, fakeroot)
#   packaging/build-installer.sh msi    Windows: target/packaging/ChainMap-VERSION.msi         (WiX 3 on the PATH)
#   packaging/build-installer.sh dmg    macOS:   target/packaging/ChainMap-VERSION.dmg
#
# Needs JDK 17 or later (jlink, jpackage, the jmods). jpackage builds only for the system it runs on, and the
# jar carries the natives of the machine Maven ran on: build each installer on its own system and processor
# (the release workflow, .github/workflows/release.yml, does so on GitHub's runners).
set -euo pipefail
cd "$(dirname "$0")/.."

type=${1:-}
case $type in
  deb | msi | dmg) ;;
  *) echo "usage: packaging/build-installer.sh deb|msi|dmg" >&2; exit 2 ;;
esac
jar=target/chainmap.jar
out=target/packaging
[[ -f $jar ]] || { echo "build-installer: $jar is missing; run: mvn -B -ntp -q -DskipTests package" >&2; exit 2; }
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "build-installer: $tool is missing (JDK 17 or later)" >&2; exit 2; }
done

# The runtime: the modules jdeps finds in the jar (jdeps --multi-release 17 --ignore-missing-deps
# --print-module-deps target/chainmap.jar), and what it cannot see: jdk.localedata (Chinese dates and numbers,
# en and zh only), jdk.charsets (GBK and GB18030 files and consoles). --generate-cds-archive gives the runtime
# its default class-data-sharing archive, on which the application's own archive builds (Linux: made at
# installation by the postinst). bin/java stays: the postinst's training run uses it.
modules=java.base,java.desktop,java.management,java.prefs,java.scripting,java.security.jgss,java.sql
modules+=,java.xml.crypto,jdk.jfr,jdk.unsupported,java.logging,java.xml,jdk.localedata,jdk.charsets
version=$(sed -n '/<artifactId>chainmap<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' pom.xml)
version=${version%-SNAPSHOT}
description="ChainMap 产业链图谱: industry-chain maps and their gaps"

rm -rf "$out"
mkdir -p "$out/input/maps"
cp -p "$jar" "$out/input/"
# The shipped maps go with the jar (lib/app/maps on Linux), examples that `chainmap validate` can be pointed
# at; the application itself opens the copy inside the jar.
cp -p maps/*.json "$out/input/maps/"
echo "build-installer: runtime ($modules)"
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"

common=(--name ChainMap --app-version "$version" --vendor ChainMap --description "$description"
  --copyright "ChainMap contributors")
# The licence goes with the installers, not the application image (jpackage refuses it there).
package=()
[[ -f LICENSE ]] && package+=(--license-file LICENSE)
launcher=(--input "$out/input" --main-jar chainmap.jar --main-class org.chainmap.Main --runtime-image "$out/runtime")

case $type in
  deb)
    command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
      || { echo "build-installer: a .deb needs dpkg-deb and fakeroot (apt-get install fakeroot)" >&2; exit 2; }
    # The class list of a start in a real window (GTK, OpenGL or software pipeline, fonts, the shipped map),
    # from which the postinst makes the class-data-sharing archive without starting ChainMap (docs/packaging.md).
    echo "build-installer: class list of a window start"
    packaging/class-list.sh "$out/runtime/bin/java" "$out/input/chainmap.jar" "$out/input/chainmap.classlist"
    # The launcher maps the archive the postinst makes (packaging/linux/postinst); JVM warnings go to standard
    # error, never into a command's output.
    echo "build-installer: application image"
    jpackage --type app-image --dest "$out/image" "${common[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap-256.png \
      --java-options '-XX:SharedArchiveFile=$APPDIR/chainmap.jsa' --java-options '-Xshare:auto' \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr'
    # .json files are offered to ChainMap by its desktop entry (packaging/linux/ChainMap.desktop, MimeType):
    # no --file-associations, which would install a definition of application/json over the system's own.
    echo "build-installer: package"
    jpackage --type deb --dest "$out" "${common[@]}" "${package[@]}" --app-image "$out/image/ChainMap" \
      --resource-dir packaging/linux --icon packaging/icons/chainmap-256.png \
      --linux-package-name chainmap --linux-deb-maintainer chainmap@users.noreply.github.com \
      --linux-menu-group Office --linux-app-category misc --linux-shortcut \
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
    ;;
  msi)
    # Start menu (group ChainMap) and desktop shortcuts, .json files open in ChainMap, the folder can be
    # chosen; the upgrade code stays the same for every version, so that a new .msi replaces the old one.
    jpackage --type msi --dest "$out" "${common[@]}" "${package[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap.ico --file-associations packaging/json-association.properties \
      --win-menu --win-menu-group ChainMap --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr'
    ;;
  dmg)
    jpackage --type dmg --dest "$out" "${common[@]}" "${package[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap.icns --file-associations packaging/json-association.properties \
      --mac-package-identifier org.chainmap.ChainMap --mac-package-name ChainMap \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr'
    ;;
esac
ls -l "$out"/*."$type"
