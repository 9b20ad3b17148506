#!/usr/bin/python3
"""Build OneHall's sign fonts: Noto Sans CJK SC cut down to the characters the halls and the UI use.

Run with `npm run fonts`. It needs Debian's /usr/bin/python3, which has fontTools from the
`python3-fonttools` package; when started by another `python3` (pyenv, venv) without fontTools, the
script restarts itself under /usr/bin/python3. WOFF2 needs brotli: if
`/usr/bin/python3 -c "import brotli"` fails, run `apt-get install -y python3-brotli`; without it the
script still writes the WOFF files and says so.

Input:  every string in scenes/**/*.json, every string literal in src/shared/i18n/*.ts (tests excepted),
        printable ASCII, Latin-1, and common CJK and full-width punctuation.
Source: /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc, face 2 (Simplified Chinese;
        face 0 is Japanese, with different glyph forms). Debian package `fonts-noto-cjk`, SIL OFL 1.1.
Output: public/fonts/onehall-sans{,-bold}.woff2 (for CSS and the FontFace API),
        public/fonts/onehall-sans{,-bold}.woff (for loaders that cannot read WOFF2, such as troika),
        public/fonts/onehall-sans.chars.txt (the characters the built fonts really map, read back from
        their cmap; src/shared/font-coverage.test.ts checks scenes and translations against it),
        public/fonts/OFL.txt and public/fonts/README.md.
Fails (exit 1) when a wanted character has no glyph in the source font.
"""

import json
import os
import sys
import unicodedata
from pathlib import Path

DEBIAN_PYTHON = "/usr/bin/python3"

try:
    from fontTools import subset
    from fontTools.ttLib import TTFont
except ImportError:
    # `python3` on PATH may be a pyenv or venv interpreter without fontTools: use Debian's instead.
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, __file__, *sys.argv[1:]])
    sys.exit(
        "fontTools is missing. Install Debian's python3-fonttools (apt-get install -y python3-fonttools "
        "python3-brotli) and run this script with /usr/bin/python3."
    )

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "public" / "fonts"
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
FACE_SIMPLIFIED_CHINESE = 2
WEIGHTS = {"onehall-sans": "NotoSansCJK-Regular.ttc", "onehall-sans-bold": "NotoSansCJK-Bold.ttc"}
LICENCE_SOURCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")

# Characters every sign may need whatever the data says: printable ASCII, Latin-1 letters and signs,
# general punctuation (dashes, quotes, ellipsis), CJK symbols and punctuation, full-width forms, and a few
# signs common on Chinese notices (arrows, circled numbers, degree, yuan).
BASE_RANGES = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2010, 0x2027),
    (0x2030, 0x203B),
    (0x2190, 0x2193),
    (0x2460, 0x2473),
    (0x3000, 0x303F),
    (0xFF01, 0xFF5E),
    (0xFFE5, 0xFFE5),
]
BASE_EXTRA = "×÷°℃№•●○■□▲△★☆√"


def json_strings(value, out):
    """Adds every string in a parsed JSON value (keys too: ids are ASCII anyway) to `out`."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for item in value:
            json_strings(item, out)
    elif isinstance(value, dict):
        for key, item in value.items():
            out.append(key)
            json_strings(item, out)


SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def read_escape(src, i):
    """Decodes the escape sequence after the backslash at src[i - 1]; returns (text, next index)."""
    c = src[i]
    if c in SIMPLE_ESCAPES:
        return SIMPLE_ESCAPES[c], i + 1
    if c == "x":
        return chr(int(src[i + 1 : i + 3], 16)), i + 3
    if c == "u":
        if src[i + 1] == "{":
            end = src.index("}", i)
            return chr(int(src[i + 2 : end], 16)), end + 1
        return chr(int(src[i + 1 : i + 5], 16)), i + 5
    if c == "\r" and src[i + 1 : i + 2] == "\n":
        return "", i + 2
    if c in "\n\r\u2028\u2029":
        return "", i + 1  # line continuation
    return c, i + 1


def read_quoted(src, i, out):
    """Reads the '...' or "..." literal starting at src[i]; appends its value; returns the next index."""
    quote = src[i]
    i += 1
    text = []
    while i < len(src) and src[i] != quote:
        if src[i] == "\\":
            piece, i = read_escape(src, i + 1)
            text.append(piece)
        else:
            text.append(src[i])
            i += 1
    out.append("".join(text))
    return i + 1


def read_template(src, i, out):
    """Reads the `...` literal starting at src[i], including literals inside its ${...} parts."""
    i += 1
    text = []
    while i < len(src) and src[i] != "`":
        if src[i] == "\\":
            piece, i = read_escape(src, i + 1)
            text.append(piece)
        elif src.startswith("${", i):
            out.append("".join(text))
            text = []
            i = scan_code(src, i + 2, out, stop_at_brace=True)
        else:
            text.append(src[i])
            i += 1
    out.append("".join(text))
    return i + 1


def scan_code(src, i, out, stop_at_brace=False):
    """Scans TypeScript code from src[i], collecting string literal values and skipping comments.
    With stop_at_brace, returns after the `}` that closes a template's ${ (nested braces counted)."""
    depth = 0
    while i < len(src):
        c = src[i]
        if src.startswith("//", i):
            end = src.find("\n", i)
            i = len(src) if end < 0 else end
        elif src.startswith("/*", i):
            end = src.find("*/", i + 2)
            i = len(src) if end < 0 else end + 2
        elif c in "'\"":
            i = read_quoted(src, i, out)
        elif c == "`":
            i = read_template(src, i, out)
        elif c == "{":
            depth += 1
            i += 1
        elif c == "}":
            if stop_at_brace and depth == 0:
                return i + 1
            depth -= 1
            i += 1
        else:
            i += 1
    return i


def wanted_characters():
    """The characters the data uses (they must all get glyphs), the base set (kept where the source font
    has them), and how many files were read."""
    strings = []
    scene_files = sorted((ROOT / "scenes").glob("**/*.json"))
    for path in scene_files:
        try:
            json_strings(json.loads(path.read_text(encoding="utf-8")), strings)
        except json.JSONDecodeError as error:
            sys.exit(f"{path.relative_to(ROOT)} is not valid JSON ({error}); fix it and run `npm run fonts` again.")
    i18n_files = sorted(p for p in (ROOT / "src" / "shared" / "i18n").glob("*.ts") if not p.name.endswith(".test.ts"))
    for path in i18n_files:
        scan_code(path.read_text(encoding="utf-8"), 0, strings)

    base = set(BASE_EXTRA)
    for first, last in BASE_RANGES:
        base.update(chr(c) for c in range(first, last + 1))
    return drawable(set("".join(strings))), drawable(base), len(scene_files), len(i18n_files)


def drawable(chars):
    """Drops characters that are never drawn (controls, format marks, line breaks); the space stays."""
    return {c for c in chars if unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")}


def subset_options(flavor):
    options = subset.Options()
    options.font_number = FACE_SIMPLIFIED_CHINESE
    options.flavor = flavor
    # Copyright, names, licence and its URL stay in the file, as the OFL asks.
    options.name_IDs = list(range(0, 15))
    options.name_languages = ["*"]
    options.notdef_outline = True
    # Screen text at sign sizes does not need hints; dropping them and subroutines shrinks the files.
    options.hinting = False
    options.desubroutinize = True
    # Signs are set horizontally: vertical metrics are dead weight.
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    return options


def build_weight(name, source, codepoints, flavors):
    """Subsets one weight and saves it in each flavor; returns the codepoints its cmap maps."""
    options = subset_options(flavors[0])
    font = subset.load_font(str(NOTO_DIR / source), options, dontLoadGlyphNames=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    for flavor in flavors:
        options.flavor = flavor
        target = OUT / f"{name}.{flavor}"
        subset.save_font(font, str(target), options)
        print(f"  {target.relative_to(ROOT)}  {target.stat().st_size / 1024:.0f} KiB")
    written = TTFont(str(OUT / f"{name}.{flavors[0]}"))
    return set(written.getBestCmap().keys())


def write_licence():
    """Copies the SIL OFL 1.1 text out of Debian's copyright file, with the font's own notice on top."""
    lines = LICENCE_SOURCE.read_text(encoding="utf-8").splitlines()
    # The licence text is the "License: SIL-1.1" paragraph whose continuation lines follow it.
    start = next(
        i + 1
        for i, line in enumerate(lines)
        if line == "License: SIL-1.1" and i + 1 < len(lines) and lines[i + 1].startswith(" ")
    )
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    notice = (
        "Noto Sans CJK SC (subset as onehall-sans*.woff2 / *.woff)\n"
        "Copyright © 2014-2021 Adobe (http://www.adobe.com/).\n"
        "Noto is a trademark of Google Inc.\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1,\n"
        "reproduced below and also available with a FAQ at: https://openfontlicense.org\n\n"
    )
    (OUT / "OFL.txt").write_text(notice + "\n".join(body).strip() + "\n", encoding="utf-8")


README = """# Fonts

`onehall-sans.woff2` / `onehall-sans-bold.woff2` (and `.woff` copies for loaders without WOFF2, such as
troika) are subsets of **Noto Sans CJK SC** Regular and Bold (face 2, Simplified Chinese, of Debian's
`fonts-noto-cjk` package: `/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc`; upstream
https://github.com/notofonts/noto-cjk), licensed under the SIL Open Font License 1.1: see `OFL.txt`.

They hold only the characters OneHall draws in 3D: every string in `scenes/**/*.json` and the translations
in `src/shared/i18n/*.ts`, plus printable ASCII, Latin-1 and common CJK punctuation.
`onehall-sans.chars.txt` lists the characters the built fonts map (read back from their cmap).

Rebuild after changing scenes or translations (the unit test `src/shared/font-coverage.test.ts` fails
until you do):

    npm run fonts        # /usr/bin/python3 scripts/build-fonts.py (Debian python3-fonttools, python3-brotli)

Generated files: do not edit by hand.
"""


def main():
    for source in WEIGHTS.values():
        if not (NOTO_DIR / source).exists():
            sys.exit(f"{NOTO_DIR / source} is missing: install Debian's fonts-noto-cjk (apt-get install -y fonts-noto-cjk).")
    try:
        import brotli  # noqa: F401  (fontTools needs it to write WOFF2)

        flavors = ["woff2", "woff"]
    except ImportError:
        print("warning: brotli is missing, writing WOFF only. For WOFF2: apt-get install -y python3-brotli", file=sys.stderr)
        flavors = ["woff"]

    chars, base, scene_count, i18n_count = wanted_characters()
    codepoints = sorted(ord(c) for c in chars | base)
    print(f"{len(chars)} characters in {scene_count} scene files and {i18n_count} translation files, {len(base)} in the base set")
    OUT.mkdir(parents=True, exist_ok=True)

    mapped = None
    for name, source in WEIGHTS.items():
        got = build_weight(name, source, codepoints, flavors)
        mapped = got if mapped is None else mapped & got

    missing = sorted(c for c in chars if ord(c) not in mapped and not c.isspace())
    if missing:
        listing = " ".join(f"{c} (U+{ord(c):04X})" for c in missing)
        sys.exit(f"No glyph in Noto Sans CJK SC for: {listing}\nReplace these characters in the scenes or translations.")

    present = "".join(chr(c) for c in sorted(mapped))
    lines = [present[i : i + 64] for i in range(0, len(present), 64)]
    (OUT / "onehall-sans.chars.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_licence()
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"  public/fonts/onehall-sans.chars.txt  {len(mapped)} characters mapped")


if __name__ == "__main__":
    main()
