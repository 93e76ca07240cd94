#!/usr/bin/env bash
# Regenerates the screenshots of the semantic zoom (decision 0018) on a chain of about 10,000 firms, 1600x1000:
#   zoom-fit.png (the chain fitted: its segments as a diagram, flows as bands), zoom-middle.png (a midstream box
#   zoomed to: its most important firms and "+N more"), zoom-cards.png (100%: cards and links), and
#   zoom-overview-a3.png (export --overview at 300 dpi: an A3 page in landscape, 4961 x 3508).
# The chain is the electronics chain (10,321 cards) of `generate --enterprises 40000` (seed 1), moved to the front
# of the region's chains so that the window opens on it.
# Needs: Xvfb, fluxbox, xdotool, ImageMagick (import), python3, Maven.
# Usage, from anywhere: docs/screenshots/shoot-zoom.sh      OUT=folder to write elsewhere; WAIT=seconds (default 180);
#   SHOT_DISPLAY=:N the X display to start (default one of :90 to :98); SETTLE=seconds between the window and the
#   first shot, for the map to open (default 15; more on a loaded machine).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-"$repo/docs/screenshots"}
cd "$repo"
mvn -B -o -q -DskipTests package
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/shot.cp -Dmdep.includeScope=runtime

. "$repo/docs/screenshots/screen.sh"

java -jar target/chainmap.jar generate --enterprises 40000 --seed 1 --out "$work/generated.json" >/dev/null
python3 - "$work/generated.json" "$work/region40k.json" <<'EOF'
import json, sys
region = json.load(open(sys.argv[1], encoding="utf-8"))
region["chains"].sort(key=lambda chain: chain["id"] != "electronics")
json.dump(region, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
java -jar target/chainmap.jar export "$work/region40k.json" --chain electronics --overview \
    --png "$out/zoom-overview-a3.png" --dpi 300

start_screen

java -cp "target/classes:$(cat target/shot.cp)" -Djava.util.prefs.userRoot="$work/prefs" \
    -Dchainmap.recovery.dir="$work/recovery" -Dchainmap.lang=zh -Dchainmap.theme=light -Dchainmap.view=map \
    org.chainmap.Main "$work/region40k.json" >"$work/app.log" 2>&1 &
app=$!
window="" waited=0
while [ -z "$window" ] && [ "$waited" -lt "${WAIT:-180}" ]; do
    sleep 1
    waited=$((waited + 1))
    window=$(xdotool search --onlyvisible --name "region40k" 2>/dev/null | head -1 || true)
done
if [ -z "$window" ]; then
    echo "no window after ${WAIT:-180} s; the application said:" >&2
    cat "$work/app.log" >&2
    kill "$app" 2>/dev/null || true
    exit 1
fi
sleep "${SETTLE:-15}"
xdotool windowmove "$window" 0 0
xdotool windowsize "$window" 1600 1000
sleep 3
# shot FILE [X Y KEYS [NOTCHES]]: fits the chain (a click on an empty part of the map gives it the keyboard, F),
# then clicks screen point (X, Y) (a box of the overview: its segment is selected) and presses KEYS (- for none),
# or with NOTCHES turns the wheel that many notches up there instead (zoom about the pointer); saves.
shot() {
    xdotool mousemove "${CLICK_X:-330}" "${CLICK_Y:-300}" click 1
    sleep 1
    xdotool key f
    sleep 2
    if [ $# -ge 5 ]; then
        xdotool mousemove "$2" "$3"
        for _ in $(seq "$5"); do
            xdotool click 4
            sleep 0.3
        done
    elif [ $# -gt 1 ]; then
        xdotool mousemove "$2" "$3" click 1
        sleep 1
        xdotool key $4
    fi
    xdotool mousemove 1590 990
    sleep 6
    import -window root "$out/$1"
}
shot zoom-fit.png
# 电子核心部件 (midstream) selected and zoomed to (Z): the middle level, its most important firms and "+N more".
shot zoom-middle.png "${MIDDLE_X:-693}" "${MIDDLE_Y:-608}" z
# The wheel turned 12 notches about a point of the fitted chain: the cards level, cards and links.
shot zoom-cards.png "${CARDS_X:-770}" "${CARDS_Y:-628}" - "${CARDS_NOTCHES:-12}"
kill "$app"
wait "$app" 2>/dev/null || true
echo "written to $out"
