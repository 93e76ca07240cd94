#!/usr/bin/env bash
# Start-up side by side (docs/performance.md, "Start-up"): the jar without and with an application
# class-data-sharing archive, RUNS times each, alternating, on $DISPLAY; and `gaps` of a 100,000-firm map
# without and with the archive beside Python's json.load of the same file, in the same minutes.
#   Xvfb :57 & DISPLAY=:57 openbox & DISPLAY=:57 packaging/measure-start.sh
# The window is also timed with the two archives the .deb has made: one dumped from the class list of a window
# start (jar_list_cds, packaging/class-list.sh, as the postinst makes it now) and one of a start on the headless
# screen (jar_headless_cds, as it made it before). GAPS=0 leaves out the command line's samples.
# When the package is installed (/opt/chainmap), the installed program too: its window launcher
# (installed, /opt/chainmap/bin/ChainMap) and `gaps` through its command-line launcher (gaps_installed_cli,
# /opt/chainmap/bin/chainmap-cli), and the same two through the command users run, which starts the runtime's
# java itself with the launchers' options (installed_command and gaps_installed_command,
# /opt/chainmap/bin/chainmap; decision 0052). WINDOWS="jar installed" times only those windows (default: all).
# FRESH=1 starts each window in an empty folder of its own (as the menu entry does), so that it opens the map
# inside the jar through the read-ahead of a user's start (ShippedMap), not the project's maps/hengyang.json.
# Prints each run and the medians, with the load average before and after.
# An archive is made again when it is older than the jar: Java 17 refuses an archive whose jar has changed
# since it was made, and -Xshare:auto then starts without any archive, not even the JDK's own, slower than
# the jar alone (seen 2026-12-06: a list archive of 13:13 timed with the jar of 20:13). Each archive is
# checked with -Xshare:on before it is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
export FRESH=${FRESH:-0}    # read by packaging/first-window.sh
jar=$PWD/target/chainmap.jar
map=$PWD/target/perf/generated-100000.json
gui_jsa=$PWD/target/perf/chainmap-gui.jsa
cli_jsa=$PWD/target/perf/chainmap-cli.jsa
list_jsa=$PWD/target/perf/chainmap-list.jsa
headless_jsa=$PWD/target/perf/chainmap-headless.jsa
gaps=${GAPS:-1}
installed=/opt/chainmap/bin
windows=${WINDOWS:-jar jar_cds jar_list_cds jar_headless_cds installed installed_command}
if [[ ! -x $installed/ChainMap ]]; then    # not installed: the jar's kinds only
  kept=""
  for key in $windows; do [[ $key == installed* ]] || kept+=" $key"; done
  windows=$kept
fi
need() { [[ " $windows " == *" $1 "* ]]; }    # whether a window of that kind is timed
mkdir -p target/perf
stale() { [[ ! -s $1 || ! $1 -nt $jar ]]; }    # whether archive $1 is missing or older than the jar
((!gaps)) || [[ -f $map ]] || java -jar "$jar" generate --enterprises 100000 --out "$map"
# The archives: a start that exits after its first frame with the map (as the .deb's postinst makes it), and a
# `gaps` of a small map.
if stale "$gui_jsa" && { need jar_cds || ((gaps)); }; then
  java -XX:ArchiveClassesAtExit="$gui_jsa" -Xlog:disable -Dchainmap.exitAfterStart=true -jar "$jar" >/dev/null 2>&1
fi
if stale "$cli_jsa" && ((gaps)); then
  java -jar "$jar" generate --enterprises 1000 --out target/perf/generated-1000.json
  java -XX:ArchiveClassesAtExit="$cli_jsa" -Xlog:disable -jar "$jar" gaps --format json \
    target/perf/generated-1000.json >/dev/null 2>&1 || true
fi
if stale "$list_jsa" && need jar_list_cds; then
  packaging/class-list.sh java "$jar" target/perf/chainmap.classlist
  java -Xshare:dump -Xlog:disable -XX:SharedClassListFile=target/perf/chainmap.classlist \
    -XX:SharedArchiveFile="$list_jsa" -cp "$jar" >/dev/null 2>&1
fi
if stale "$headless_jsa" && need jar_headless_cds; then
  java -XX:ArchiveClassesAtExit="$headless_jsa" -Xlog:disable -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Djava.awt.headless=true -Dchainmap.exitAfterStart=true -jar "$jar" >/dev/null 2>&1
fi
for key in gui_jsa cli_jsa list_jsa headless_jsa; do    # the archives made, each checked    # the archives made, each checked
  stale "${!key}" || java -Xshare:on -XX:SharedArchiveFile="${!key}" -cp "$jar" -version >/dev/null 2>&1 \
    || { echo "measure-start: ${!key} does not map with $jar (made with another jar?)" >&2; exit 1; }
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
sample() {    # key, then the command; prints the sample as it comes
  local value
  value=$("${@:2}") || value="-"
  times[$1]+="$value"$'\n'
  echo "$1: $value (load $(cut -d' ' -f1 /proc/loadavg))"
}
declare -A window=(
  [jar]="java -jar $jar"
  [jar_cds]="java -XX:SharedArchiveFile=$gui_jsa -jar $jar"
  [jar_list_cds]="java -XX:SharedArchiveFile=$list_jsa -jar $jar"
  [jar_headless_cds]="java -XX:SharedArchiveFile=$headless_jsa -jar $jar"
  [installed]="$installed/ChainMap"
  [installed_command]="$installed/chainmap")
for ((i = 1; i <= runs; i++)); do
  for key in $windows; do
    # shellcheck disable=SC2086 # a launcher and its options are words
    sample "$key" packaging/first-window.sh ${window[$key]}
  done
  ((gaps)) || continue
  sample gaps seconds java -jar "$jar" gaps --format json "$map"
  sample gaps_gui_cds seconds java -XX:SharedArchiveFile="$gui_jsa" -jar "$jar" gaps --format json "$map"
  sample gaps_cli_cds seconds java -XX:SharedArchiveFile="$cli_jsa" -jar "$jar" gaps --format json "$map"
  [[ ! -x $installed/chainmap-cli ]] \
    || sample gaps_installed_cli seconds "$installed/chainmap-cli" gaps --format json "$map"
  [[ ! -x $installed/chainmap ]] \
    || sample gaps_installed_command seconds "$installed/chainmap" gaps --format json "$map"
  sample python seconds python3 -c "import json; json.load(open('$map'))"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for key in $windows; do
  echo "$key window: $(cut -d' ' -f1 <<<"${times[$key]%$'\n'}" | tr '\n' ' ') median $(cut -d' ' -f1 <<<"${times[$key]%$'\n'}" | median)"
  echo "$key with map: $(cut -d' ' -f2 <<<"${times[$key]%$'\n'}" | tr '\n' ' ') median $(cut -d' ' -f2 <<<"${times[$key]%$'\n'}" | median)"
done
((gaps)) || exit 0
for key in gaps gaps_gui_cds gaps_cli_cds gaps_installed_cli gaps_installed_command python; do
  [[ -n ${times[$key]:-} ]] || continue
  echo "$key: $(printf '%s' "${times[$key]}" | awk '{ printf "%.2f ", $1 }') median $(printf '%s' "${times[$key]}" | median)"
done
