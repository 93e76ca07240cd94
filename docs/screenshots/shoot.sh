#!/usr/bin/env bash
# Regenerates the screenshots of the main window on the shipped Hengyang map, 1600x1000:
#   main-window.png (Chinese) and main-window-en.png (English) in the light theme,
#   main-window-dark.png and main-window-contrast.png (Chinese) in the dark and high-contrast themes,
#   chain-map.png (the power chain's map with its gaps, a firm selected and its paths in focus),
#   panorama.png (all 14 chains), chain-map-dark.png, and search.png (Find, Ctrl+F, with the hits of a pinyin query).
# Needs: Xvfb, fluxbox, xdotool, ImageMagick (import), a Chinese font (fonts-noto-cjk), Maven.
# Usage, from anywhere:  docs/screenshots/shoot.sh                 (all of them)
#                        docs/screenshots/shoot.sh zh dark         (some: zh, en, dark, contrast, map, panorama, map-dark,
#                                                                   lists, chain-dialog, export-dialog, search)
# OUT=folder to write elsewhere (default: this folder); WAIT=seconds to wait at most for the window (default 40);
# SETTLE=seconds between the window and the shot (default 2; 30 or more on a loaded machine).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-"$repo/docs/screenshots"}
cd "$repo"

mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/shot.cp -Dmdep.includeScope=runtime

. "$repo/docs/screenshots/screen.sh"

start_screen

# shoot LANG THEME FILE X Y [VIEW [KEYS [FIND]]]: opens the map in LANG and THEME (light, dark, contrast:
# -Dchainmap.theme, which overrides the user's remembered theme without changing it) on VIEW (columns, map,
# panorama, lists: -Dchainmap.view), clicks at (X, Y) inside the window (unless X is -), presses KEYS (xdotool key
# names, - for none), types FIND into Find (Ctrl+F) when given, saves the screen.
shoot() {
    local lang=$1 theme=$2 file=$3 x=$4 y=$5 view=${6:-columns} keys=${7:--} find=${8:-}
    # Preferences and recovery copies of their own: no offer to restore a crashed session over the picture.
    java -cp "target/classes:$(cat target/shot.cp)" -Djava.util.prefs.userRoot="$work/prefs" \
        -Dchainmap.recovery.dir="$work/recovery" \
        -Dchainmap.lang="$lang" -Dchainmap.theme="$theme" \
        -Dchainmap.view="$view" org.chainmap.Main maps/hengyang.json >"$work/app-$lang-$theme.log" 2>&1 &
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

shots=${*:-zh en dark contrast map panorama map-dark search}
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
        *) echo "unknown shot: $shot (zh, en, dark, contrast, map, panorama, map-dark, lists, chain-dialog," \
            "export-dialog, search)" >&2; exit 2 ;;
    esac
done
echo "written to $out"
