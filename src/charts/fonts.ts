/**
 * The fonts charts are drawn with, committed under `assets/fonts/` (SIL Open Font License, see
 * `OFL.txt` there) and made by `scripts/subset-fonts.py` from Debian's Noto fonts.
 *
 * The renderer is told to load these and nothing else: a station PC may have no Chinese or
 * Mongolian fonts at all, and a chart must look the same on every machine. Nothing is downloaded.
 */
import { fileURLToPath } from 'node:url';

const dir = (name: string) => fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));

/** Noto Sans CJK SC cut down to GB2312 level 1, our own texts, ASCII and punctuation. */
export const CHINESE_FONT = { family: 'Noto Sans CJK SC', file: dir('NotoSansSC-Subset.otf') };
/** Noto Sans Mongolian (traditional script), Mongolian block with its shaping tables. */
export const MONGOLIAN_FONT = {
  family: 'Noto Sans Mongolian',
  file: dir('NotoSansMongolian-Subset.ttf'),
};

export const FONT_FILES = [CHINESE_FONT.file, MONGOLIAN_FONT.file];

const MONGOLIAN = /[\u1800-\u18af]/;

/**
 * The CSS font-family list for a text: Mongolian first when the text has Mongolian letters (the
 * Chinese font has none, and its Latin would otherwise win), Chinese first for everything else.
 */
export function fontFamilyFor(text: string): string {
  return isMongolian(text)
    ? `'${MONGOLIAN_FONT.family}', '${CHINESE_FONT.family}'`
    : `'${CHINESE_FONT.family}', '${MONGOLIAN_FONT.family}'`;
}

export function isMongolian(text: string): boolean {
  return MONGOLIAN.test(text);
}

/**
 * A Mongolian text as the Mongolian font can draw it. resvg does not fall back to another font
 * for a missing glyph, and mixing fonts in one line (tspans) drops the line, so the few non-
 * Mongolian characters such a text holds are written the Mongolian way: digits as Mongolian
 * digits (᠓᠐, as in print), the ellipsis as the Mongolian ellipsis ᠁.
 */
export function forMongolianFont(text: string): string {
  return text
    .replace(/[0-9]/g, (d) => String.fromCharCode(0x1810 + Number(d)))
    .replace(/…/g, '\u1801');
}
