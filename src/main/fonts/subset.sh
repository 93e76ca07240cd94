#!/usr/bin/env bash
# Rebuilds the map's font, src/main/resources/org/chainmap/fonts/ChainMapSansSC-{Regular,Bold}.otf, from
# Debian's Noto Sans CJK: the Simplified Chinese face, cut to GB 2312, the 通用规范汉字表, the characters
# of the project's maps, messages and sources, and the Latin, punctuation and symbol blocks a map needs.
# Run it again after adding text with characters beyond those (the font test names any that are missing).
#
# Needs (Debian): fonts-noto-cjk (the source), unicode-data (the 通用规范汉字表 from Unihan's kTGH field),
# fonttools (the subsetter):  apt-get install fonts-noto-cjk unicode-data fonttools
# The output is the same byte for byte for the same package versions (README.md there names them).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=src/main/resources/org/chainmap/fonts
python=python3
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import fontTools' 2>/dev/null; then python=$candidate; break; fi
done
"$python" src/main/fonts/subset.py "$out" .
dpkg-query -W -f='${Package} ${Version}\n' fonts-noto-cjk unicode-data fonttools 2>/dev/null || true
