#!/usr/bin/env bash
# Time to first window: starts a command (ChainMap) on $DISPLAY, polls every 20 ms until a visible window
# whose title contains "ChainMap" is mapped, prints the seconds that took, then ends the command.
#   DISPLAY=:57 packaging/first-window.sh java -jar target/chainmap.jar
#   DISPLAY=:57 packaging/first-window.sh /opt/chainmap/bin/ChainMap
# Needs xdotool. Exits 1 when no window appeared within $TIMEOUT seconds (default 60).
set -euo pipefail
: "${DISPLAY:?set DISPLAY to a running X server (Xvfb :57 &)}"
timeout_s=${TIMEOUT:-60}
start=$(date +%s.%N)
"$@" >/dev/null 2>&1 &
pid=$!
found=""
while :; do
  if xdotool search --onlyvisible --name ChainMap >/dev/null 2>&1; then
    found=$(date +%s.%N)
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  if (($(echo "$(date +%s.%N) - $start > $timeout_s" | bc))); then break; fi
  sleep 0.02
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [[ -z $found ]]; then
  echo "no window" >&2
  exit 1
fi
echo "$found - $start" | bc | awk '{ printf "%.2f\n", $1 }'
