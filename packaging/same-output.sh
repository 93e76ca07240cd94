#!/usr/bin/env bash
# Whether a faster build still prints what an older one printed (docs/performance.md, compare and gaps): runs
# compare --format json|text|csv and gaps --format json with OLD (a jar) and NEW (default target/chainmap.jar) on
# the large pair BIG, BIG_B (default /tmp/r100k.json, /tmp/r100k-b.json) and on the shipped Hengyang map against a
# copy of it edited here (a firm removed, one moved to another segment, one no longer local, one renamed, a link
# added), and compares the outputs byte for byte. Exit 0 when every output is the same, 1 otherwise.
#   OLD=/tmp/old.jar packaging/same-output.sh
set -euo pipefail
cd "$(dirname "$0")/.."
old=${OLD:?OLD=path of the older jar}
new=${NEW:-target/chainmap.jar}
big=${BIG:-/tmp/r100k.json}
big_b=${BIG_B:-/tmp/r100k-b.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - maps/hengyang.json "$work/edited.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
firms = m["enterprises"]
segments = [s["id"] for c in m["chains"] for s in c["segments"]]
gone = firms.pop(0)["id"]
m["links"] = [l for l in m["links"] if gone not in (l["from"], l["to"])]
firms[0]["segments"] = [next(s for s in segments if s not in firms[0]["segments"])]
firms[1]["local"] = not firms[1].get("local", False)
firms[2]["name"] = firms[2]["name"] + "（新）"
m["links"].append({"from": firms[3]["id"], "to": firms[4]["id"]})
json.dump(m, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
status=0
check() {   # $1: a name for the outputs, then the command's arguments
  local name=$1
  shift
  HOME=$work java -jar "$old" "$@" >"$work/$name.old" 2>&1 || true
  HOME=$work java -jar "$new" "$@" >"$work/$name.new" 2>&1 || true
  if cmp -s "$work/$name.old" "$work/$name.new"; then
    echo "same: $name ($(wc -c <"$work/$name.new") bytes)"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
}
for format in json text csv; do
  check "hengyang-compare-$format" compare maps/hengyang.json "$work/edited.json" --format "$format"
done
check hengyang-gaps gaps "$work/edited.json" --format json
if [[ -f $big && -f $big_b ]]; then
  for format in json text csv; do
    check "large-compare-$format" compare "$big" "$big_b" --format "$format"
  done
  check large-gaps gaps "$big" --format json
fi
exit $status
