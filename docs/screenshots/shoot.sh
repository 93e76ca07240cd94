#!/usr/bin/env bash
# Regenerates the screenshots of the main window on the shipped Hengyang map, 1600x1000:
#   main-window.png (Chinese) and main-window-en.png (English) in the light theme,
#   main-window-dark.png and main-window-contrast.png (Chinese) in the dark and high-contrast themes,
#   chain-map.png (the power chain's map with its gaps, a firm selected and its paths in focus),
#   panorama.png (all 14 chains), chain-map-dark.png, search.png (Find, Ctrl+F, with the hits of a pinyin query),
#   compare-map.png, compare-map-dark.png, compare-map-contrast.png (compare mode on the power chain's map against an
#   older version the script makes) and dashboard-light.png, dashboard-dark.png (the Dashboard over four snapshots).
# Needs: Xvfb, fluxbox, xdotool, ImageMagick (import), a Chinese font (fonts-noto-cjk), Maven, python3.
# Usage, from anywhere:  docs/screenshots/shoot.sh                 (all of them)
#                        docs/screenshots/shoot.sh zh dark         (some: zh, en, dark, contrast, map, panorama, map-dark,
#                                                                   lists, chain-dialog, export-dialog, search,
#                                                                   compare, compare-dark, compare-contrast,
#                                                                   dashboard, dashboard-dark)
# OUT=folder to write elsewhere (default: this folder); WAIT=seconds to wait at most for the window (default 40);
# SETTLE=seconds between the window and the shot (default 2; 30 or more on a loaded machine).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-"$repo/docs/screenshots"}
cd "$repo"

mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/shot.cp -Dmdep.includeScope=runtime

. "$repo/docs/screenshots/screen.sh"

start_screen

# The versions the compare and dashboard shots open, made once from the shipped map (the names and the date are what
# the window shows): $work/hengyang-2026-06.json, dated 2026-06-30, the shipped map without the firms jinbei-hy and
# tbea-hy-electric (and their links), with a cable maker and a reactor maker that have left since; target/screenshots/
# hengyang.json, the shipped map with four quarterly snapshots, two of that older version and two of its own.
older="$work/hengyang-2026-06.json"
dash="$repo/target/screenshots/hengyang.json"
versions() {
    [ -f "$older" ] && return 0
    mkdir -p "$(dirname "$dash")"
    local snap
    python3 - maps/hengyang.json "$older" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
gone = {"jinbei-hy", "tbea-hy-electric"}
m["enterprises"] = [e for e in m["enterprises"] if e["id"] not in gone]
m["links"] = [link for link in m["links"] if link["from"] not in gone and link["to"] not in gone]
m["enterprises"] += [
    {"id": "xiangjiang-cable", "name": "衡阳湘江电缆厂", "local": True, "segments": ["power.cable"]},
    {"id": "huazhong-reactor", "name": "衡阳华中电抗器厂", "local": True, "segments": ["power.reactor"]},
]
json.dump(m, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    snap="java -cp target/classes:$(cat target/shot.cp) org.chainmap.Main snapshot"
    $snap "$older" --date 2026-03-31 >/dev/null
    $snap "$older" --date 2026-06-30 >/dev/null
    python3 - maps/hengyang.json "$older" "$dash" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
m["snapshots"] = json.load(open(sys.argv[2], encoding="utf-8"))["snapshots"]
json.dump(m, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    $snap "$dash" --date 2026-09-30 >/dev/null
    $snap "$dash" --date 2026-12-06 >/dev/null
    # The older version as it was in June, without the snapshots taken of it here.
    python3 - "$older" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
m.pop("snapshots", None)
json.dump(m, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    rm -f "$older.bak" "$dash.bak"
    touch -d 2026-06-30T12:00 "$older"
}

# shoot LANG THEME FILE X Y [VIEW [KEYS [FIND]]]: opens the map in LANG and THEME (light, dark, contrast:
# -Dchainmap.theme, which overrides the user's remembered theme without changing it) on VIEW (columns, map,
# panorama, lists: -Dchainmap.view), clicks at (X, Y) inside the window (unless X is -), presses KEYS (xdotool key
# names, - for none), types FIND into Find (Ctrl+F) when given, saves the screen. MAP (default the shipped map) is
# the map opened, COMPARE a version compared with at start (-Dchainmap.compare, as File ▸ Compare with… does).
shoot() {
    local lang=$1 theme=$2 file=$3 x=$4 y=$5 view=${6:-columns} keys=${7:--} find=${8:-}
    # Preferences and recovery copies of their own: no offer to restore a crashed session over the picture.
    java -cp "target/classes:$(cat target/shot.cp)" -Djava.util.prefs.userRoot="$work/prefs" \
        -Dchainmap.recovery.dir="$work/recovery" \
        -Dchainmap.lang="$lang" -Dchainmap.theme="$theme" -Dchainmap.view="$view" \
        -Dchainmap.compare="${COMPARE:-}" org.chainmap.Main "${MAP:-maps/hengyang.json}" >"$work/app-$lang-$theme.log" 2>&1 &
    local app=$!
    # Waits for the window (up to WAIT seconds), then a little for the map to be drawn.
    local window="" waited=0
    while [ -z "$window" ] && [ "$waited" -lt "${WAIT:-40}" ]; do
        sleep 1
        waited=$((waited + 1))
        window=$(xdotool search --onlyvisible --name "衡阳市" 2>/dev/null | head -1 || true)
    done
    if [ -z "$window" ]; then
        echo "no window after ${WAIT:-40} s; the application said:" >&2
        cat "$work/app-$lang-$theme.log" >&2
        kill "$app" 2>/dev/null || true
        exit 1
    fi
    # The window shows before the map is drawn in it; on a loaded machine drawing takes a while (SETTLE).
    sleep "${SETTLE:-2}"
    xdotool windowmove "$window" 50 16
    sleep 0.8
    # The click selects a segment or a firm, so that the details pane shows its gaps and candidates.
    if [ "$x" != "-" ]; then
        xdotool mousemove --window "$window" "$x" "$y" click 1
    fi
    # Park the pointer in the status bar, away from any tooltip.
    xdotool mousemove --window "$window" 700 935
    if [ "$keys" != "-" ]; then
        sleep 0.5
        xdotool key $keys
    fi
    if [ -n "$find" ]; then
        xdotool key --window "$window" ctrl+f
        sleep 0.5
        xdotool type --window "$window" --delay 120 "$find"
    fi
    sleep 1
    import -window root "$out/$file"
    kill "$app"
    wait "$app" 2>/dev/null || true
}

shots=${*:-zh en dark contrast map panorama map-dark search compare compare-dark compare-contrast dashboard dashboard-dark}
for shot in $shots; do
    case $shot in
        # 取向硅钢 (missing, with candidates) in Chinese; 电力变压器 (weak, broken) in English.
        # The projector theme's larger type moves the title down.
        zh) shoot zh light main-window.png 350 295 ;;
        en) shoot en light main-window-en.png 663 295 ;;
        dark) shoot zh dark main-window-dark.png 350 295 ;;
        contrast) shoot zh contrast main-window-contrast.png 360 350 ;;
        # 特变电工衡阳变压器 on the power chain's map: its suppliers and customers stay, the rest dims.
        map) shoot zh light chain-map.png "${MAP_X:-558}" "${MAP_Y:-657}" map ;;
        map-dark) shoot zh dark chain-map-dark.png "${MAP_X:-558}" "${MAP_Y:-657}" map ;;
        panorama) shoot zh light panorama.png - - panorama ;;
        # The power chain's targets in the lists tab (the toggle 招商目标 is clicked).
        lists) shoot zh light lists.png "${LISTS_X:-956}" "${LISTS_Y:-92}" lists ;;
        # The power chain's dialog, opened with F2 in the chain list.
        chain-dialog) shoot zh light chain-dialog.png 150 120 columns F2 ;;
        # File ▸ Export picture… (Ctrl+E) over the power chain's map: subject, format (PNG, SVG, PDF), density, theme.
        export-dialog) shoot zh light export-dialog.png - - map ctrl+e ;;
        # Find on the map: the hits of "dl" (initials, e.g. 电缆 and 电力) as typed: segments, firms and a chain.
        search) shoot zh light search.png - - map - "${FIND:-dl}" ;;
        # Compare mode (File ▸ Compare with…) on the power chain's map, against the older version (versions).
        compare | compare-dark | compare-contrast)
            versions
            theme=${shot#compare}
            theme=${theme#-}
            COMPARE="$older" shoot zh "${theme:-light}" "compare-map${theme:+-$theme}.png" - - map ;;
        # The Dashboard over the four snapshots, the power chain's ranking row selected.
        dashboard | dashboard-dark)
            versions
            theme=${shot#dashboard}
            theme=${theme#-}
            MAP="$dash" shoot zh "${theme:-light}" "dashboard-${theme:-light}.png" - - dashboard ;;
        *) echo "unknown shot: $shot (zh, en, dark, contrast, map, panorama, map-dark, lists, chain-dialog," \
            "export-dialog, search, compare, compare-dark, compare-contrast, dashboard, dashboard-dark)" >&2; exit 2 ;;
    esac
done
echo "written to $out"
