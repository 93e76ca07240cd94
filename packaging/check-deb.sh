#!/usr/bin/env bash
# Checks the Linux installer on this machine, as root: installs target/packaging/chainmap_*.deb with dpkg -i,
# checks that the menu entry, the icons, /usr/bin/chainmap and the copyright file are files of the package, runs the installed program headless (`chainmap validate` of the
# shipped map, which starts the runtime's java itself, no rpm or dpkg on the way; `chainmap gaps` with the
# command-line launcher's options in effect, exactly the arguments jpackage's launcher gives java), starts it on a
# virtual display, from a folder that has a maps/hengyang.json of its own, and waits for its window with the
# shipped map (a screenshot: target/packaging/installed-window.png), checks that it maps its class-data-sharing
# archive and that its WM_CLASS is the menu entry's StartupWMClass, then removes the package and checks that nothing is left.
#
#   packaging/build-deb.sh && packaging/check-deb.sh
#
# Not part of .ci/run (building the package takes minutes; see docs/packaging.md). Exits 1 on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

((EUID == 0)) || fail "run as root (dpkg -i)"
deb=${1:-$(ls target/packaging/chainmap_*.deb 2>/dev/null | head -n 1)}
[[ -f $deb ]] || fail "no package; build it with packaging/build-deb.sh"

# What the check needs beyond the package (the package's own dependencies come from dpkg -i below).
needed=()
for package in xvfb xauth openbox imagemagick xdotool x11-utils strace; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
if ((${#needed[@]})); then
  step "installing ${needed[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

step "dpkg -i $deb"
dpkg -i "$deb" >/dev/null || fail "dpkg -i (a missing dependency? apt-get install -f)"
trap 'dpkg -r chainmap >/dev/null 2>&1 || true' EXIT

[[ -x /opt/chainmap/bin/ChainMap ]] || fail "no launcher /opt/chainmap/bin/ChainMap"
[[ -x /opt/chainmap/bin/chainmap-cli ]] || fail "no command-line launcher /opt/chainmap/bin/chainmap-cli"
[[ $(readlink /usr/bin/chainmap) == /opt/chainmap/bin/chainmap ]] || fail "no command /usr/bin/chainmap"
[[ -s /opt/chainmap/lib/app/chainmap.jsa ]] || fail "postinst made no class-data-sharing archive"
[[ -s /opt/chainmap/lib/app/chainmap-cli.jsa ]] || fail "postinst made no class-data-sharing archive for the commands"
cfg=/opt/chainmap/lib/app/chainmap-cli.cfg
for option in -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xms768m -Xmn128m '-XX:SharedArchiveFile=$APPDIR/chainmap-cli.jsa'; do
  grep -qxF "java-options=$option" "$cfg" || fail "$cfg has no $option"
done
! grep -q 'TieredStopAtLevel\|UseParallelGC\|Xmn128m' /opt/chainmap/lib/app/ChainMap.cfg || fail "the window's launcher has the command line's options"
desktop=/usr/share/applications/chainmap-ChainMap.desktop
[[ -f $desktop ]] || fail "no menu entry $desktop"
# What the package puts outside /opt/chainmap is its own, so that dpkg lists it and removes it (packaging/repack-deb.sh).
copyright=/usr/share/doc/chainmap/copyright
files=$(dpkg -L chainmap)
for file in /usr/bin/chainmap "$desktop" "$copyright" /usr/share/icons/hicolor/scalable/apps/chainmap.svg \
  /usr/share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/chainmap.png; do
  grep -qxF "$file" <<<"$files" || fail "dpkg -L chainmap does not list $file"
done
[[ ! -e /opt/chainmap/share ]] || fail "the copyright file is still in /opt/chainmap/share"
! grep -qx 'Depends:.*xdg-utils.*' <(dpkg -s chainmap) || fail "the package still depends on xdg-utils"
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[[ -n $wm_class ]] || fail "the menu entry has no StartupWMClass"
grep -q '^Categories=Office;' "$desktop" || fail "the menu entry is not in Office"
grep -q '^MimeType=application/json;' "$desktop" || fail "the menu entry does not take .json files"
grep -q '^Exec=/opt/chainmap/bin/chainmap %f' "$desktop" || fail "the menu entry does not run the command with the file"
grep -q '^Icon=chainmap$' "$desktop" || fail "the menu entry does not name the theme's icon"
for size in 16 24 32 48 64 128 256 512; do
  [[ -s /usr/share/icons/hicolor/${size}x$size/apps/chainmap.png ]] || fail "no ${size} px icon in the hicolor theme"
done
[[ -s /usr/share/icons/hicolor/scalable/apps/chainmap.svg ]] || fail "no scalable icon in the hicolor theme"
head -n 1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  || fail "$copyright is not in Debian's format"
! grep -qx 'License: *' "$copyright" || fail "$copyright has an empty License field"
grep -qx 'License: OFL-1.1' "$copyright" || fail "$copyright does not give the font's licence"
! ls /usr/share/applications/chainmap-chainmap-cli.desktop /opt/chainmap/lib/*cli*.desktop >/dev/null 2>&1 \
  || fail "the command-line launcher has a menu entry"
[[ -s /opt/chainmap/lib/runtime/lib/server/classes.jsa ]] || fail "the runtime has no default CDS archive"
[[ ! -e /opt/chainmap/lib/runtime/bin/javac ]] || fail "the runtime is a whole JDK"

step "headless: chainmap validate /opt/chainmap/lib/app/maps/hengyang.json (programs started: strace)"
out=$(env -u DISPLAY strace -f -qq -e trace=execve -e signal=none -o /tmp/check-deb.execve \
  chainmap validate /opt/chainmap/lib/app/maps/hengyang.json 2>/tmp/check-deb.err) \
  || fail "validate exited $?: $(cat /tmp/check-deb.err)"
# The command starts java itself (decision 0052): jpackage's launcher would run rpm and dpkg before it.
started=$(grep -o 'execve("[^"]*"' /tmp/check-deb.execve | sed 's/execve("//; s/"$//' | sort -u | tr '\n' ' ')
! grep -q '"[^"]*/\(dpkg\|dpkg-query\|rpm\)"' /tmp/check-deb.execve || fail "chainmap asked the package manager: $started"
grep -q 'execve("/opt/chainmap/lib/runtime/bin/java"' /tmp/check-deb.execve || fail "chainmap did not start java: $started"
! grep -q 'execve("/opt/chainmap/bin/\(ChainMap\|chainmap-cli\)"' /tmp/check-deb.execve \
  || fail "chainmap went through jpackage's launcher: $started"
echo "  programs started: $started"
grep -q "hengyang.json: valid" <<<"$out" || fail "validate said: $out"
! grep -q "cds" <<<"$out" || fail "the JVM wrote on standard output: $out"
echo "  $(tail -n 1 <<<"$out")"
env -u DISPLAY chainmap --help >/dev/null || fail "chainmap --help"

# Which launcher a process runs and with what, told by its threads: C2's compiler thread and G1's are there
# with the window's launcher's options, neither with the command line's (C1 alone, the parallel collector).
threads() { cat /proc/"$1"/task/*/comm 2>/dev/null | sort -u | tr '\n' ',' || true; }
step "command line: chainmap gaps /opt/chainmap/lib/app/maps/hengyang.json (bin/chainmap-cli's options)"
env -u DISPLAY chainmap gaps /opt/chainmap/lib/app/maps/hengyang.json --format json >/tmp/check-deb.out \
  2>/tmp/check-deb.err &
cli=$!
exe="" seen="" mapped_cli="" arguments=""
while kill -0 $cli 2>/dev/null; do
  exe=$(readlink "/proc/$cli/exe" 2>/dev/null || true)
  if [[ $exe == /opt/chainmap/* ]] && [[ $(threads $cli) == *"CompilerThre"* ]]; then
    seen=$(threads $cli)
    grep -q chainmap-cli.jsa "/proc/$cli/maps" 2>/dev/null && mapped_cli=yes
    arguments=$(tr '\0' '\n' <"/proc/$cli/cmdline" | tail -n +2)
    break
  fi
  sleep 0.05
done
wait $cli || fail "chainmap gaps exited $?: $(cat /tmp/check-deb.err)"
grep -q '"chains"' /tmp/check-deb.out || fail "chainmap gaps wrote no report: $(head -c 300 /tmp/check-deb.out)"
[[ $exe == /opt/chainmap/lib/runtime/bin/java ]] || fail "chainmap gaps ran ${exe:-nothing seen}, not the runtime's java"
[[ $seen == *"C1 CompilerThre"* && $seen != *"C2 CompilerThre"* ]] || fail "chainmap gaps is not on C1 alone: $seen"
[[ $seen != *"G1 "* ]] || fail "chainmap gaps runs G1, not the parallel collector: $seen"
[[ -n $mapped_cli ]] || fail "chainmap gaps does not map chainmap-cli.jsa"
# What jpackage's own launcher gives java for the same command (its trace, JPACKAGE_DEBUG): the same arguments.
launcher=$(env -u DISPLAY JPACKAGE_DEBUG=true /opt/chainmap/bin/chainmap-cli gaps /opt/chainmap/lib/app/maps/hengyang.json \
  --format json 2>&1 >/dev/null | sed -n 's/^\[[0-9]*\]: jli arg\[[0-9]*\]: \[\(.*\)\]$/\1/p' | tail -n +2)
[[ -n $launcher ]] || fail "no trace from /opt/chainmap/bin/chainmap-cli (JPACKAGE_DEBUG)"
[[ $arguments == "$launcher" ]] || fail "chainmap gave java other arguments than bin/chainmap-cli does:
$(diff <(echo "$launcher") <(echo "$arguments"))"
echo "  exit 0, the runtime's java with bin/chainmap-cli's $(wc -l <<<"$arguments") arguments: C1 alone, no G1 thread, chainmap-cli.jsa mapped"

step "on a virtual display"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; dpkg -r chainmap >/dev/null 2>&1 || true' EXIT
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
trap 'kill $! $xvfb 2>/dev/null || true; dpkg -r chainmap >/dev/null 2>&1 || true' EXIT
home=$(mktemp -d)
# Started in a folder with a maps/hengyang.json, as a developer's project folder has: the installed program opens
# the map it ships, never that file (ShippedMap.workingCopy); a developer's `java -jar` would open it.
mkdir -p "$home/folder/maps"
cp /opt/chainmap/lib/app/maps/hengyang.json "$home/folder/maps/"
start=$(date +%s.%N)
# The menu entry's command (Exec=/opt/chainmap/bin/chainmap %f), in a home of its own (Java takes user.home from
# the password file, so it is given too): nothing left in root's preferences or recovery folder.
(cd "$home/folder" && exec env DISPLAY=$display HOME=$home XDG_STATE_HOME=$home/state XDG_CONFIG_HOME=$home/config \
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs" \
  /opt/chainmap/bin/chainmap >/dev/null 2>"$home/err") &
app=$!
window="" ; mapped=""
for _ in $(seq 1 1500); do    # up to 5 minutes on a loaded machine
  if [[ -z $window ]] && DISPLAY=$display xdotool search --onlyvisible --name ChainMap >/dev/null 2>&1; then
    window=$(echo "$(date +%s.%N) - $start" | bc)
  fi
  if DISPLAY=$display xdotool search --onlyvisible --name "hengyang.json" >/dev/null 2>&1; then
    mapped=$(echo "$(date +%s.%N) - $start" | bc)
    break
  fi
  kill -0 $app 2>/dev/null || fail "the program ended: $(cat "$home/err")"
  sleep 0.2
done
[[ -n $mapped ]] || fail "no window with the shipped map"
id=$(DISPLAY=$display xdotool search --onlyvisible --name "hengyang.json" | head -n 1)
title=$(DISPLAY=$display xdotool getwindowname "$id")
[[ $title == *"(shipped copy)"* || $title == *"（内置副本）"* ]] \
  || fail "the program opened the working folder's maps/hengyang.json, not its own: $title"
class=$(DISPLAY=$display xprop -id "$id" WM_CLASS)
[[ $class == *"\"$wm_class\""* ]] || fail "the window's $class is not the menu entry's StartupWMClass=$wm_class"
sleep 15    # the title changes before a loaded machine has drawn the chains
grep -q chainmap.jsa "/proc/$app/maps" || fail "the program does not map its class-data-sharing archive"
[[ $(readlink "/proc/$app/exe") == /opt/chainmap/lib/runtime/bin/java ]] || fail "chainmap opened the window through $(readlink "/proc/$app/exe")"
tr '\0' '\n' <"/proc/$app/cmdline" | grep -qx -- -Djpackage.app-path=/opt/chainmap/bin/ChainMap \
  || fail "the window was not started with the options of bin/ChainMap"
[[ $(threads $app) == *"C2 CompilerThre"* ]] || fail "the window runs without C2: $(threads $app)"
DISPLAY=$display import -window root target/packaging/installed-window.png
printf '  window after %.1f s, with the map after %.1f s (load %s); screenshot target/packaging/installed-window.png\n' \
  "$window" "$mapped" "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "  title: $title; $class"
kill $app
wait $app 2>/dev/null || true
rm -rf "$home"

step "dpkg -r chainmap"
dpkg -r chainmap >/dev/null || fail "dpkg -r"
[[ ! -e /usr/bin/chainmap ]] || fail "/usr/bin/chainmap is left"
[[ ! -e /opt/chainmap ]] || fail "/opt/chainmap is left: $(find /opt/chainmap | head -n 5)"
[[ ! -e $desktop ]] || fail "the menu entry is left"
[[ ! -e /usr/share/doc/chainmap ]] || fail "/usr/share/doc/chainmap is left"
! ls /usr/share/icons/hicolor/*/apps/chainmap.* >/dev/null 2>&1 || fail "icons are left: $(ls /usr/share/icons/hicolor/*/apps/chainmap.*)"
step "ok"
