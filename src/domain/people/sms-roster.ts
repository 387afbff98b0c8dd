/**
 * The CSV an officer fills in to register residents who read only SMS (often the oldest, without
 * a smartphone): one resident a line, `phone,village,language,consent`, an optional header line.
 * Each line is checked on its own, so one mistake does not hold back the rest; a bad line is
 * reported by its number and reason, with the phone number masked.
 *
 * @example
 * parseSmsRoster('13800138000,V-HADAT,zh-CN,本人到派出所登记同意\n', (code) => code === 'V-HADAT');
 */
import { isLocale, type Locale } from '../locale.js';
import { maskMobile, parseMobile } from './phone-number.js';

export interface RosterEntry {
  line: number;
  phone: string;
  villageCode: string;
  language: Locale;
  consent: string;
}

export interface RosterProblem {
  line: number;
  reason: string;
}

/** Splits one CSV line (commas, "quoted fields", "" for a quote inside one). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(current.trim());
      current = '';
    } else current += c;
  }
  fields.push(current.trim());
  return fields;
}

const LANGUAGE_NAMES: Record<string, Locale> = {
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  中文: 'zh-CN',
  en: 'en',
  mn: 'mn',
  蒙古文: 'mn',
};

export function parseSmsRoster(
  text: string,
  villageExists: (code: string) => boolean,
): { entries: RosterEntry[]; problems: RosterProblem[] } {
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const [phoneText = '', village = '', languageText = '', consent = '', ...extra] =
      csvFields(raw);
    if (i === 0 && /phone|手机/i.test(phoneText)) return;
    const phone = parseMobile(phoneText);
    const language = isLocale(languageText)
      ? languageText
      : LANGUAGE_NAMES[languageText.toLowerCase()];
    const reason = !phone
      ? `"${phoneText ? maskMobile(phoneText) : ''}" is not a mainland mobile number (11 digits, 13…–19…)`
      : !villageExists(village)
        ? `village code "${village}" is not in the county file`
        : !language
          ? `language "${languageText}" must be zh-CN, en or mn`
          : !consent
            ? 'the consent note is missing (how and when the resident agreed)'
            : extra.some(Boolean)
              ? 'too many fields (phone,village,language,consent)'
              : seen.has(phone)
                ? `the same number as line ${seen.get(phone)}`
                : null;
    if (reason || !phone || !language) {
      problems.push({ line, reason: reason ?? 'invalid' });
      return;
    }
    seen.set(phone, line);
    entries.push({ line, phone, villageCode: village, language, consent: consent.slice(0, 180) });
  });
  return { entries, problems };
}
