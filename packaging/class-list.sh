#!/usr/bin/env bash
# The class list of a start in a real window, for the installed program's class-data-sharing archive
# (packaging/linux/postinst makes it with -Xshare:dump). Starts JAVA -jar JAR with -XX:DumpLoadedClassList on
# $DISPLAY, or on a virtual display of its own (Xvfb) when none is set; ChainMap opens its window and the shipped
# map, draws it once and exits (-Dchainmap.exitAfterStart=true). The list names the classes (GTK's glass, the
# rendering pipeline, the controls, the map's reading and drawing), not the jar's path, so it is made here and
# the archive at installation, where the jar is at its final path (Java 17 checks that).
#   packaging/class-list.sh JAVA JAR OUT
# Without a display nor Xvfb it makes the list on the headless screen (Monocle), which lacks the desktop's
# classes, and says so.
#
#   packaging/class-list.sh --cli JAVA JAR OUT MAP
# The class list of the commands instead, for the command-line launcher's archive (chainmap-cli.jsa): the
# classes that validate, info, gaps (text and JSON), compare and export of MAP load, each run's list merged
# into one (no display needed).
set -euo pipefail
if [[ ${1:-} == --cli ]]; then
  java=$2 jar=$3 out=$4 map=$5
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  chain=$(grep -m 1 -o '"id": *"[^"]*"' "$map" | sed 's/.*"\([^"]*\)"$/\1/')
  runs=("validate $map" "info $map" "gaps $map" "gaps $map --format json" "compare $map $map --format json"
    "export $map --chain $chain --layout-json $home/layout.json --dot $home/chain.dot")
  for ((i = 0; i < ${#runs[@]}; i++)); do
    # shellcheck disable=SC2086 # each run is its words
    HOME=$home XDG_STATE_HOME=$home timeout 600 "$java" -XX:DumpLoadedClassList="$home/$i.classlist" -Xlog:disable \
      -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Djava.awt.headless=true -jar "$jar" ${runs[i]} >/dev/null 2>&1 </dev/null \
      || { echo "class-list: chainmap ${runs[i]} failed" >&2; exit 1; }
  done
  # One list: each class once, in the order of the first run that loaded it (the comment lines once, at the top).
  awk '!seen[$0]++' "$home"/*.classlist >"$out"
  [[ -s $out ]] || { echo "class-list: no class list made" >&2; exit 1; }
  echo "class-list: $(grep -vc '^[@#]' "$out") classes of the commands -> $out"
  exit 0
fi
java=$1 jar=$2 out=$3
home=$(mktemp -d)
xvfb=""
trap 'rm -rf "$home"; [[ -z $xvfb ]] || kill "$xvfb" 2>/dev/null || true' EXIT
headless=()
if [[ -z ${DISPLAY:-} ]]; then
  if command -v Xvfb >/dev/null; then
    for n in $(seq 90 140); do
      [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
      Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb=$!
      export DISPLAY=:$n
      for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
      break
    done
  else
    echo "class-list: no display and no Xvfb (apt-get install xvfb): the list is of a headless start" >&2
    headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
  fi
fi
rm -f "$out"
HOME=$home XDG_STATE_HOME=$home timeout 600 "$java" -XX:DumpLoadedClassList="$out" -Xlog:disable \
  "${headless[@]}" -Djava.util.prefs.userRoot="$home/prefs" -Dchainmap.recovery.dir="$home/recovery" \
  -Dchainmap.exitAfterStart=true -jar "$jar" >/dev/null 2>&1 </dev/null
[[ -s $out ]] || { echo "class-list: no class list made" >&2; exit 1; }
echo "class-list: $(grep -vc '^@' "$out") classes ($(grep -c 'glass/ui/gtk' "$out" || true) of GTK's glass) -> $out"
