/**
 * A message that is only a phone number ("13800138000", "170-1234-5678", "+86 139 1234 5678"):
 * someone asking "is this number a scam?". The bot and `cunjing check` answer it with a number
 * check against the county's blocklist, not with a service answer.
 */
const BARE_NUMBER = /^[+＋]?[\d\s\-－()（）]{5,24}$/;

export function isBareNumber(text: string): boolean {
  const t = text.trim();
  const digits = t.replace(/\D/g, '').length;
  return BARE_NUMBER.test(t) && digits >= 5 && digits <= 15;
}
