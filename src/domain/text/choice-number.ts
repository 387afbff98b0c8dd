/**
 * A typed choice number, as villagers type them: "2", full-width "２", Mongolian "᠒", Chinese "二" or "第二个",
 * with a stray dot or bracket ("2.", "（2）"). Only short numbers count (1–99), so a phone number,
 * a code or an amount keeps its own meaning.
 *
 * @example choiceNumber('２') // 2
 * @example choiceNumber('第三个') // 3
 * @example choiceNumber('13800138000') // null
 */

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseNumber(text: string): number | null {
  const digit = (ch: string | undefined) => (ch ? (CHINESE_DIGITS[ch] ?? null) : null);
  if (text === '十') return 10;
  if (text.length === 1) return digit(text);
  // 十二, 二十, 二十三
  const match = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(text);
  if (!match) return null;
  const tens = match[1] ? digit(match[1]) : 1;
  const ones = match[2] ? digit(match[2]) : 0;
  return tens === null || ones === null ? null : tens * 10 + ones;
}

/** The number a short reply stands for, or null when it is not just a choice number. */
export function choiceNumber(text: string): number | null {
  const bare = text
    .normalize('NFKC')
    // Mongolian digits ᠐–᠙, as the Mongolian keyboard types them.
    .replace(/[\u1810-\u1819]/gu, (d) => String(d.charCodeAt(0) - 0x1810))
    .trim()
    .replace(/^[([【]\s*|\s*[)\]】]$/gu, '')
    .replace(/^第\s*|\s*(个|项|条|号)$/gu, '')
    .replace(/[.。、,，]$/u, '')
    .trim();
  if (/^\d{1,2}$/.test(bare)) {
    const n = Number(bare);
    return n >= 1 ? n : null;
  }
  return chineseNumber(bare);
}
