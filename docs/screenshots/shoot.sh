#!/usr/bin/env bash
# Regenerates the screenshots of the main window on the shipped Hengyang map:
#   main-window.png (Chinese) and main-window-en.png (English), 1600x1000.
# Needs: Xvfb, fluxbox, xdotool, ImageMagick (import), a Chinese font (fonts-noto-cjk), Maven.
# Usage, from anywhere:  docs/screenshots/shoot.sh            (both languages)
#                        docs/screenshots/shoot.sh zh         (one language)
# OUT=folder to write elsewhere (default: this folder); WAIT=seconds to wait for the window (default 6) on a slow machine.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-"$repo/docs/screenshots"}
cd "$repo"

mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/shot.cp -Dmdep.includeScope=runtime

work=$(mktemp -d)
xvfb=""
wm=""
# The window manager first, while its display is still there: without one it hangs on.
cleanup() {
    [ -n "$wm" ] && kill "$wm" 2>/dev/null && wait "$wm" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A display of its own, the size of the screenshots. fluxbox gives the window its title bar
# (openbox does not work under Xvfb here).
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1
cat > "$work/overlay" <<'EOF'
*.font: Noto Sans CJK SC-10
window.title.height: 24
EOF
cat > "$work/init" <<EOF
session.screen0.toolbar.visible:	false
session.screen0.defaultDeco:	NORMAL
session.styleOverlay:	$work/overlay
session.configVersion:	13
EOF
fluxbox -rc "$work/init" >/dev/null 2>&1 &
wm=$!
sleep 1

# shoot LANG FILE X Y: opens the map in LANG, clicks at (X, Y) inside the window, saves the screen.
shoot() {
    local lang=$1 file=$2 x=$3 y=$4
    java -cp "target/classes:$(cat target/shot.cp)" -Dchainmap.lang="$lang" org.chainmap.Main maps/hengyang.json \
        >"$work/app-$lang.log" 2>&1 &
    local app=$!
    sleep "${WAIT:-6}"
    local window
    window=$(xdotool search --onlyvisible --name "衡阳市" | head -1)
    xdotool windowmove "$window" 50 16
    sleep 0.8
    # The click selects a segment, so that the details pane shows its gaps and candidates.
    xdotool mousemove --window "$window" "$x" "$y" click 1
    # Park the pointer in the status bar, away from any tooltip.
    xdotool mousemove --window "$window" 700 935
    sleep 1
    import -window root "$out/$file"
    kill "$app"
    wait "$app" 2>/dev/null || true
}

langs=${1:-zh en}
for lang in $langs; do
    case $lang in
        # 取向硅钢 (missing, with candidates) in Chinese; 电力变压器 (weak, broken) in English.
        zh) shoot zh main-window.png 369 265 ;;
        en) shoot en main-window-en.png 663 265 ;;
        *) echo "unknown language: $lang (zh or en)" >&2; exit 2 ;;
    esac
done
echo "written to $out"
