# Sourced by the shoot scripts: a virtual screen of 1600x1000 with a window manager, removed on exit.
# Sets DISPLAY and `work` (a temporary folder, removed on exit too); defines `stop PID`.
# fluxbox gives windows their title bars (openbox does not draw them under Xvfb here).

work=$(mktemp -d)
xvfb=""
wm=""
# stop PID: asks the process to end, and ends it after 3 s (fluxbox sometimes hangs on its TERM handler).
stop() {
    local pid=$1 tries=30
    kill "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && [ $tries -gt 0 ]; do
        sleep 0.1
        tries=$((tries - 1))
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# The window manager first, while its display is still there: without one it hangs on.
cleanup() {
    [ -n "$wm" ] && stop "$wm"
    [ -n "$xvfb" ] && stop "$xvfb"
    rm -rf "$work"
}
trap cleanup EXIT

# start_screen: a display of its own (SHOT_DISPLAY, or a free-looking one), the size of the screenshots, with fluxbox on it.
start_screen() {
    local display=${SHOT_DISPLAY:-":$((90 + RANDOM % 9))"}
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=$display
    sleep 1
    cat >"$work/overlay" <<'EOF'
*.font: Noto Sans CJK SC-10
window.title.height: 24
EOF
    cat >"$work/init" <<EOF
session.screen0.toolbar.visible:	false
session.screen0.defaultDeco:	NORMAL
session.styleOverlay:	$work/overlay
session.configVersion:	13
EOF
    fluxbox -rc "$work/init" >/dev/null 2>&1 &
    wm=$!
    sleep 1
}
