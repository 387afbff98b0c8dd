/**
 * Phone numbers: one canonical key per number, and what the number itself suggests.
 *
 * The same number arrives as `+86 138-0013-8000`, `008613800138000` or `１３８００１３８０００`; the
 * reports store and this checker must agree on one key, so both use `normalisePhone`. A number's
 * shape is only ever a hint (real people use virtual carriers, real relatives live abroad), so
 * the signals here are weak on purpose.
 */
import type { ChannelSignalId } from './schema.js';

/**
 * Canonical key: mainland numbers without country code (`13800138000`, `04711234567`, `95588`),
 * other countries as `+` and digits (`+12025550123`). Null when the text is not a number.
 *
 * @example normalisePhone('+86 138-0013-8000') // → '13800138000'
 * @example normalisePhone('00 95 588') // → '+95588'
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.normalize('NFKC').replace(/[\s\-().·_\u200b-\u200d\ufeff]/g, '');
  if (!/^\+?\d{3,17}$/.test(compact)) return null;
  let international: string | null = null;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  if (international === null) return compact;
  if (!international.startsWith('86')) return `+${international}`;
  const national = international.slice(2);
  if (/^1\d{10}$/.test(national) || /^9[56]\d{3}$/.test(national) || national.startsWith('0')) {
    return national;
  }
  return /^[1-9]\d{8,10}$/.test(national) ? `0${national}` : national;
}

/** What a number's shape suggests; `null` for an ordinary number. */
export function phoneSignal(
  key: string,
  virtualPrefixes: readonly string[],
): Extract<ChannelSignalId, `phone-${string}`> | null {
  if (key.startsWith('+')) {
    // +95 / +96… look like the banks' 95xxx and the 96xxx service lines to an elderly reader.
    if (/^\+9[56]/.test(key)) return 'phone-service-lookalike';
    return key.length >= 8 ? 'phone-overseas' : null;
  }
  // Real service numbers are exactly five digits (95588, 96110); more digits only look like one.
  if (/^9[56]\d{4,9}$/.test(key)) return 'phone-service-lookalike';
  if (/^1\d{10}$/.test(key) && virtualPrefixes.includes(key.slice(0, 3))) return 'phone-virtual';
  return null;
}

/** Whether a digit string is shaped like a phone number at all (for the blocklist lookup). */
export function looksLikePhone(key: string): boolean {
  return (
    key.startsWith('+') ||
    /^1[3-9]\d{9}$/.test(key) ||
    /^0[1-9]\d{8,10}$/.test(key) ||
    /^9[56]\d{3,9}$/.test(key) ||
    /^[48]00\d{7}$/.test(key) ||
    /^[2-8]\d{6,7}$/.test(key)
  );
}
