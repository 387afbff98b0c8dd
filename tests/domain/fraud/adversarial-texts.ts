/**
 * Pastes built to make a scam check slow: one unit repeated to 100,000 characters (letters,
 * near-matches of rules, digits, homoglyph domains, links, negations, emoji, Mongolian). Used by
 * the bad-input test (each is read to a verdict) and by `npm run bench -- adversarial` (each
 * finishes in under 50 ms).
 */
export const ADVERSARIAL_LENGTH = 100_000;

export const fillTo =
  (length: number) =>
  (unit: string): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export function adversarialTexts(): string[] {
  const fill = fillTo(ADVERSARIAL_LENGTH);
  return [
    fill('a'),
    fill('a '),
    fill('send the code '),
    fill('先交保证'),
    fill('验证码安全账户转到我是你的'),
    fill('1 '),
    fill('１-'),
    fill('g0v.'),
    fill('http://a'),
    fill('不要'),
    fill('😀'),
    fill('ᠰᠠ'),
  ];
}
