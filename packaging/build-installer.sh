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
# The window's compiler (decision 0064): C2 compiles a method after four times the calls it would by default, so the
# first frame is not spent optimising the thousands of small methods of JavaFX's first CSS pass and layout that run
# a few thousand times at start and rarely after (C2 used 0.7-0.9 s of the 2.4-2.7 s of processor time to the
# first frame on two cores); C1 compiles them as before, and loops (back edges) go to C2 as soon as by default, so
# the layouts and analyses of large chains get C2's code as they did.
window_options=(--java-options '-XX:Tier4InvocationThreshold=20000' --java-options '-XX:Tier4MinInvocationThreshold=2400'
  --java-options '-XX:Tier4CompileThreshold=60000')
# The second launcher, chainmap-cli, for the commands (validate, gaps, compare, …): the same program, with C1
# alone and a stop-the-world collector, which take about a third off a short run on two cores where C2's compiler
# threads and G1's concurrent work compete with it; the window's launcher keeps C2, whose code its layouts of
# large chains need (docs/decisions/0049-a-launcher-for-the-command-line.md). jpackage reads java-options of an
# added launcher one per line ("\n " between them); they replace the main launcher's, not add to them.
# Page-size warnings are left out: on a system whose transparent huge pages are off ("never"), Java 17 would warn
# at every command that -XX:+UseTransparentHugePages (Linux, below) does nothing there.
# The collector (decision 0061): the parallel one, whose young collections copy a large map's objects on every
# core while the program's threads wait (the serial one copies on one), with a young generation of 128 MB and an
# old one of 640 MB from the start (-Xms768m), so that compare's two 100,000-firm maps (260 MB live) never fill the
# old generation and cost a full collection; a smaller machine's largest heap is raised to 768 MB, not refused.
cli_options='-XX:TieredStopAtLevel=1\n -XX:+UseParallelGC\n -Xms768m\n -Xmn128m\n -Xlog:disable\n -Xlog:all=warning:stderr\n -Xlog:pagesize=error:stderr'
cli_launcher() {    # the launcher's properties file, $1: java-options before the common ones, then keys
  local file=$out/chainmap-cli.properties
  {
    echo "description=ChainMap's commands (validate, gaps, compare, export, ...)"
    echo "java-options=$1$cli_options"
    printf '%s\n' "${@:2}"
  } >"$file"
  echo "chainmap-cli=$file"
}

case $type in
  deb)
    command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
      || { echo "build-installer: a .deb needs dpkg-deb and fakeroot (apt-get install fakeroot)" >&2; exit 2; }
    # The class list of a start in a real window (GTK, OpenGL or software pipeline, fonts, the shipped map),
    # from which the postinst makes the class-data-sharing archive without starting ChainMap (docs/packaging.md).
    echo "build-installer: class list of a window start"
    packaging/class-list.sh "$out/runtime/bin/java" "$out/input/chainmap.jar" "$out/input/chainmap.classlist"
    # And of the commands, for the command line's own archive (chainmap-cli.jsa, made by the postinst too).
    echo "build-installer: class list of the commands"
    packaging/class-list.sh --cli "$out/runtime/bin/java" "$out/input/chainmap.jar" \
      "$out/input/chainmap-cli.classlist" maps/hengyang.json
    # The launcher maps the archive the postinst makes (packaging/linux/postinst); JVM warnings go to standard
    # error, never into a command's output.
    echo "build-installer: application image"
    jpackage --type app-image --dest "$out/image" "${common[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap-256.png \
      --java-options '-XX:SharedArchiveFile=$APPDIR/chainmap.jsa' --java-options '-Xshare:auto' \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr' "${window_options[@]}" \
      --add-launcher "$(cli_launcher '-XX:SharedArchiveFile=$APPDIR/chainmap-cli.jsa\n -Xshare:auto\n -XX:+UseTransparentHugePages\n ' linux-shortcut=false)"
    # The command `chainmap` (/usr/bin/chainmap, linked by the postinst) starts the window's launcher or the
    # command line's, as its arguments ask (packaging/chainmap-command.sh).
    # It starts the runtime's java itself with the options of the launcher's .cfg, as the launcher would, without
    # the launcher's questions to rpm and dpkg (decision 0052); the menu entry runs it too.
    install -m 755 packaging/chainmap-command.sh "$out/image/ChainMap/bin/chainmap"
    # jpackage 17 forgets linux-shortcut=false when it packages an image and would put chainmap-cli in the menu:
    # the image's record of its launchers names only the window's; bin/chainmap-cli is packaged as it is.
    sed -i 's#<add-launcher>chainmap-cli</add-launcher>##' "$out/image/ChainMap/lib/app/.jpackage.xml"
    # .json files are offered to ChainMap by its desktop entry (packaging/linux/ChainMap.desktop, MimeType):
    # no --file-associations, which would install a definition of application/json over the system's own.
    # jpackage's resources: packaging/linux, and the copyright file in Debian's format (packaging/deb-copyright.sh),
    # which replaces jpackage's own (it put the whole LICENSE under an empty License field).
    resources=$out/resources
    mkdir -p "$resources"
    cp -p packaging/linux/* "$resources/"
    packaging/deb-copyright.sh >"$resources/copyright"
    echo "build-installer: package"
    # Left uncompressed where dpkg-deb takes the setting (dpkg 1.21.10 and later): repack-deb.sh below unpacks it and
    # compresses the package once, not twice.
    DPKG_DEB_COMPRESSOR_TYPE=none jpackage --type deb --dest "$out" "${common[@]}" "${package[@]}" --app-image "$out/image/ChainMap" \
      --resource-dir "$resources" --icon packaging/icons/chainmap-256.png \
      --linux-package-name chainmap --linux-deb-maintainer chainmap@users.noreply.github.com \
      --linux-menu-group Office --linux-app-category misc --linux-shortcut \
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
    # The menu entry, the icons at the hicolor theme's sizes, /usr/bin/chainmap and the copyright file in
    # /usr/share/doc/chainmap made files of the package, which jpackage 17 cannot do (packaging/repack-deb.sh).
    echo "build-installer: files outside /opt/chainmap"
    packaging/repack-deb.sh "$(ls "$out"/chainmap_*.deb)"
    ;;
  msi)
    # Start menu (group ChainMap) and desktop shortcuts, .json files open in ChainMap, the folder can be
    # chosen; the upgrade code stays the same for every version, so that a new .msi replaces the old one.
    jpackage --type msi --dest "$out" "${common[@]}" "${package[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap.ico --file-associations packaging/json-association.properties \
      --win-menu --win-menu-group ChainMap --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr' "${window_options[@]}" \
      --add-launcher "$(cli_launcher '' win-console=true win-shortcut=false win-menu=false)"
    ;;
  dmg)
    jpackage --type dmg --dest "$out" "${common[@]}" "${package[@]}" "${launcher[@]}" \
      --icon packaging/icons/chainmap.icns --file-associations packaging/json-association.properties \
      --mac-package-identifier org.chainmap.ChainMap --mac-package-name ChainMap \
      --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr' "${window_options[@]}" \
      --add-launcher "$(cli_launcher '')"
    ;;
esac
ls -l "$out"/*."$type"
