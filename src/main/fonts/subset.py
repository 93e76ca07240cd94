"""Builds ChainMap's map font from Debian's fonts-noto-cjk: the Simplified Chinese face of the Noto Sans CJK
collections, cut down to the characters a Chinese industry map needs and renamed "ChainMap Sans SC".

Run through subset.sh; see README.md in src/main/resources/org/chainmap/fonts/ for what and why.
Usage: subset.py OUTPUT_DIR PROJECT_ROOT
"""

import bz2
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"
FAMILY = "ChainMap Sans SC"
SC_FACE = "Noto Sans CJK SC"

# Blocks kept whole: ASCII, Latin-1, Latin Extended-A (pinyin), general punctuation (… · — “ ”), letterlike
# symbols and number forms (℃ № Ⅱ), arrows (↗ → ←), enclosed numbers (①), box drawing, geometric shapes
# (■ ▲ ●), CJK symbols and punctuation (、。《》【】), full-width forms (，：（）％).
BLOCKS = [
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x0100, 0x017F),
    (0x2000, 0x206F),
    (0x2100, 0x21FF),
    (0x2460, 0x24FF),
    (0x2500, 0x25FF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
]


def gb2312():
    """Every character of GB 2312: its symbols, kana, Greek, Cyrillic, pinyin and 6,763 hanzi."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def tongyong_guifan():
    """The 8,105 hanzi of the 通用规范汉字表 (2013), from Unihan's kTGH field (Debian's unicode-data)."""
    chars = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                chars.add(chr(int(fields[0][2:], 16)))
    return chars


def project_text(root):
    """Every character in the project's maps, message bundles and Java sources."""
    patterns = ["maps/**/*.json", "src/main/resources/**/*.properties", "src/main/java/**/*.java"]
    chars = set()
    for pattern in patterns:
        for path in glob.glob(os.path.join(root, pattern), recursive=True):
            with open(path, encoding="utf-8") as text:
                chars.update(text.read())
    return {c for c in chars if ord(c) >= 0x20}


def sc_face(weight):
    collection = TTCollection(NOTO.format(weight))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == SC_FACE:
            return font
    raise SystemExit(f"no {SC_FACE} face in {NOTO.format(weight)}")


def rename(font, weight):
    """The subset is a Modified Version under the OFL: it gets its own name, and keeps the notices."""
    name = font["name"]
    postscript = FAMILY.replace(" ", "") + "-" + weight
    version = name.getDebugName(5)
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for name_id, value in {
        1: FAMILY,
        2: weight,
        3: f"{version};{postscript};subset of NotoSansCJKsc-{weight}",
        4: FAMILY if weight == "Regular" else f"{FAMILY} {weight}",
        6: postscript,
    }.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    font["CFF "].cff.fontNames = [postscript]
    top = font["CFF "].cff.topDictIndex[0]
    top.FullName = name.getDebugName(4)
    top.FamilyName = FAMILY


def main(out_dir, root):
    chars = gb2312() | tongyong_guifan() | project_text(root)
    for low, high in BLOCKS:
        chars.update(chr(c) for c in range(low, high + 1))
    unicodes = sorted(ord(c) for c in chars)
    options = subset.Options()
    options.hinting = False  # JavaFX draws grayscale, unhinted on most platforms; 15 % smaller without
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    for weight in ("Regular", "Bold"):
        font = sc_face(weight)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        rename(font, weight)
        font.recalcTimestamp = False  # keeps the source's date in 'head': the same input gives the same bytes
        path = os.path.join(out_dir, f"{FAMILY.replace(' ', '')}-{weight}.otf")
        font.save(path, reorderTables=True)
        print(f"{path}: {len(font.getBestCmap())} characters, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
