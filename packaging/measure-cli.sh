#!/usr/bin/env bash
# The command line side by side (docs/performance.md): each command run by an older jar (OLD, optional), by
# target/chainmap.jar, and by the installed program (when the package is installed) two ways: its command-line
# launcher (installed, /opt/chainmap/bin/chainmap-cli, jpackage's) and the command users run (command,
# /opt/chainmap/bin/chainmap: the runtime's java with that launcher's options, decision 0052), RUNS times each, alternating, so that each comparison is of the same minutes.
# Prints each run (wall-clock seconds, processor seconds user + system, peak resident memory) and the medians,
# with the load average. COMMANDS="gaps compare" runs only those (default: gaps compare import validate).
#   OLD=/tmp/old.jar RUNS=3 packaging/measure-cli.sh
# The maps: BIG (default /tmp/r100k.json) and BIG_B (/tmp/r100k-b.json) for gaps and compare, XLSX (default
# /tmp/hy10k.xlsx) for the import (--dry-run: nothing is written), and the shipped map for validate.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
big=${BIG:-/tmp/r100k.json}
big_b=${BIG_B:-/tmp/r100k-b.json}
xlsx=${XLSX:-/tmp/hy10k.xlsx}
small=maps/hengyang.json
declare -A run=()
[[ -n ${OLD:-} ]] && run[old]="java -jar $OLD"
run[jar]="java -jar target/chainmap.jar"
[[ -x /opt/chainmap/bin/chainmap-cli ]] && run[installed]=/opt/chainmap/bin/chainmap-cli
[[ -x /opt/chainmap/bin/chainmap ]] && run[command]=/opt/chainmap/bin/chainmap
order=()
for key in old jar installed command; do [[ -n ${run[$key]:-} ]] && order+=("$key"); done
read -r -a commands <<<"${COMMANDS:-gaps compare import validate}"
declare -A args=(
  [gaps]="gaps $big --format json"
  [compare]="compare $big $big_b --format json"
  [import]="import $small --xlsx $xlsx --dry-run"
  [validate]="validate $small")
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
declare -A times=() memory=() cpu=()
sample_file=$(mktemp)
trap 'rm -f "$sample_file"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= runs; i++)); do
  for command in "${commands[@]}"; do
    for key in "${order[@]}"; do
      # shellcheck disable=SC2086 # a launcher and its arguments are words
      /usr/bin/time -o "$sample_file" -f '%e %U %S %M' ${run[$key]} ${args[$command]} >/dev/null 2>&1 || true
      read -r wall user system kb < <(tail -n 1 "$sample_file")
      times[$command.$key]+="$wall"$'\n'
      cpu[$command.$key]+="$(echo "$user + $system" | bc)"$'\n'
      memory[$command.$key]+="$kb"$'\n'
      printf '%s %s: %s s, processor %s s, %s MB (load %s)\n' "$command" "$key" "$wall" \
        "$(echo "$user + $system" | bc)" "$((kb / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for command in "${commands[@]}"; do
  for key in "${order[@]}"; do
    printf '%-8s %-9s %s median %s s; processor median %s s; peak %s MB\n' "$command" "$key" \
      "$(printf '%s' "${times[$command.$key]}" | tr '\n' ' ')" "$(printf '%s' "${times[$command.$key]}" | median)" \
      "$(printf '%s' "${cpu[$command.$key]}" | median)" \
      "$(($(printf '%s' "${memory[$command.$key]}" | median | cut -d. -f1) / 1024))"
  done
done
