#!/usr/bin/python3
"""Makes the chart fonts in assets/fonts/ from Debian's Noto fonts (run at development time only).

    apt-get install -y fonts-noto-cjk fonts-noto-core python3-fonttools
    /usr/bin/python3 scripts/subset-fonts.py   (Debian's python, which has fontTools)

Charts are rendered on the server with no system fonts (nothing is downloaded at run time), so the
repository carries the fonts. Noto Sans CJK is 20 MB a face; we keep the Simplified Chinese face
with only the characters a chart can show: GB2312 level 1 (the 3,755 commonest hanzi), every
character in our locale files and county data, ASCII, and common punctuation. Noto Sans Mongolian
keeps the Mongolian block and its shaping tables (Mongolian letters change shape by position).
Run it again after adding locale text with rare characters, and commit the result.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
CJK = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
MONGOLIAN = pathlib.Path("/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf")


def gb2312_level1() -> str:
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def project_text() -> str:
    files = [p for p in (ROOT / "locales").rglob("*") if p.suffix in (".ftl", ".yaml")]
    files += [p for p in (ROOT / "data").glob("*.yaml")]
    return "".join(p.read_text(encoding="utf-8") for p in files)


def face_index(collection: pathlib.Path, family: str) -> int:
    from fontTools.ttLib import TTCollection

    for i, font in enumerate(TTCollection(str(collection)).fonts):
        if font["name"].getDebugName(1) == family:
            return i
    sys.exit(f"{collection} has no face named {family!r}; is fonts-noto-cjk installed?")


def subset(source: pathlib.Path, out: pathlib.Path, text: str, extra: list[str]) -> None:
    chars = OUT / f"{out.stem}.chars.txt"
    chars.write_text(text, encoding="utf-8")
    subprocess.run(
        [
            sys.executable, "-m", "fontTools.subset", str(source), f"--text-file={chars}", f"--output-file={out}",
            "--layout-features=*", "--no-hinting", "--desubroutinize", "--name-IDs=*",
            "--notdef-outline", *extra,
        ],
        check=True,
    )
    chars.unlink()
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1024:.0f} KiB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ascii_ = "".join(chr(c) for c in range(0x20, 0x7F))
    punctuation = "".join(chr(c) for c in range(0x3000, 0x3040))
    punctuation += "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    punctuation += "".join(chr(c) for c in range(0x2010, 0x2028)) + "·×÷°±…—‘’“”《》【】"
    own = project_text()
    hanzi = {c for c in own if "\u3400" <= c <= "\u9fff"}
    cjk_text = ascii_ + punctuation + gb2312_level1() + "".join(sorted(hanzi))
    subset(
        CJK,
        OUT / "NotoSansSC-Subset.otf",
        cjk_text,
        [f"--font-number={face_index(CJK, 'Noto Sans CJK SC')}"],
    )
    mongolian = "".join(chr(c) for c in range(0x1800, 0x18B0))
    mongolian += "\u200c\u200d\u202f\u180e" + ascii_
    subset(MONGOLIAN, OUT / "NotoSansMongolian-Subset.ttf", mongolian, [])


if __name__ == "__main__":
    main()
