#!/usr/bin/env bash
# Time to first window: starts a command (ChainMap) on $DISPLAY, polls every 20 ms for a visible window whose
# title contains "ChainMap" (the window) and then "hengyang.json" (the window with the shipped map open),
# prints both times in seconds, then ends the command.
#   DISPLAY=:57 packaging/first-window.sh java -jar target/chainmap.jar       ->  "4.12 6.30"
#   DISPLAY=:57 packaging/first-window.sh /opt/chainmap/bin/ChainMap
# FRESH=1 starts it in an empty folder (as the menu entry does), so that no maps/ folder of the project is at
# hand and ChainMap opens the map inside its jar; give the command by absolute paths then.
# Needs xdotool and bc. Exits 1 when no window appeared within $TIMEOUT seconds (default 120).
set -euo pipefail
: "${DISPLAY:?set DISPLAY to a running X server (Xvfb :57 &)}"
timeout_s=${TIMEOUT:-120}
home=$(mktemp -d)
[[ ${FRESH:-0} != 1 ]] || cd "$home"
start=$(date +%s.%N)
# Java takes its home from the password file, not $HOME: JAVA_TOOL_OPTIONS gives every kind of start (java, a
# jpackage launcher, the installed command) a home, preferences and recovery folder of its own, left nowhere.
HOME=$home XDG_STATE_HOME=$home/state XDG_CONFIG_HOME=$home/config \
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs ${JAVA_TOOL_OPTIONS:-}" \
  "$@" >/dev/null 2>&1 &
pid=$!
window="" ; mapped=""
while :; do
  now=$(date +%s.%N)
  if [[ -z $window ]] && xdotool search --onlyvisible --name ChainMap >/dev/null 2>&1; then
    window=$(echo "$now - $start" | bc)
  fi
  if [[ -n $window ]] && xdotool search --onlyvisible --name hengyang.json >/dev/null 2>&1; then
    mapped=$(echo "$now - $start" | bc)
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  (($(echo "$now - $start > $timeout_s" | bc))) && break
  sleep 0.02
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
rm -rf "$home"
[[ -n $mapped ]] || { echo "no window with the map" >&2; exit 1; }
printf '%.2f %.2f\n' "$window" "$mapped"
