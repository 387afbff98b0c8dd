/**
 * Tidies what Tesseract read from a phone screenshot, and decides whether it reads like a
 * message at all. Tesseract's Chinese model puts spaces between characters and reads the phone's
 * chrome (clock, battery, "短信") as lines of its own; the scam check wants the message.
 */

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_EDGE = new RegExp(`[${CJK}]`, 'u');
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+|[ \\t]+(?=[${CJK}])`, 'gu');

/** Lines with fewer letters or digits than this are phone chrome or noise. */
const MIN_LINE_CHARS = 3;

/**
 * Joins the characters Tesseract spaced out, drops lines that are chrome or noise, and joins
 * the lines of one paragraph: a bubble wraps "银行卡号" as "银" + "行卡号", and the scam check
 * must see the word whole. Paragraphs (blank lines in Tesseract's output) stay apart.
 */
export function cleanOcrText(raw: string): string {
  return raw
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => line.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim())
        .filter((line) => (line.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_LINE_CHARS)
        .reduce((joined, line) => {
          if (!joined) return line;
          const glue = CJK_EDGE.test(joined.slice(-1)) || CJK_EDGE.test(line[0] ?? '') ? '' : ' ';
          return joined + glue + line;
        }, ''),
    )
    .filter(Boolean)
    .join('\n');
}

/**
 * Whether the text reads like a message someone could be asked about: enough Chinese
 * characters or English words in lines of prose. Conservative on purpose: a photo of a shop
 * sign, a cow with an ear tag or a page number must not start a scam check by itself.
 */
export function looksLikeMessage(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/\b[A-Za-z]{2,}\b/g)?.length ?? 0;
  return han >= 12 || words >= 8;
}
