/**
 * How wide a line of chart text will be, estimated without a font engine, so the layout can leave
 * room for labels and cut the rare one that would not fit. Chinese characters are a full em;
 * Latin, digits and Mongolian letters (drawn horizontally, as in a web page) about half of one.
 * A slightly generous estimate only costs a little white space.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

/** `text` as is when it fits in `maxWidth`, otherwise cut and ended with "…". */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return chars.length === 0 ? '' : `${chars.join('')}…`;
}
