/**
 * Mobile numbers for SMS, which are personal data: parsed into one stored form and masked
 * wherever an officer or a log could see them. Only mainland China mobile numbers are taken
 * (11 digits starting 13–19, with or without +86), because the approved SMS signatures and
 * templates are for domestic messages.
 *
 * @example
 * parseMobile('138 0013 8000'); // → '+8613800138000'
 * maskMobile('+8613800138000'); // → '138****8000'
 */
import { createHmac } from 'node:crypto';

const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;

/** The stored form (`+86` and 11 digits), or null when it is not a mainland mobile number. */
export function parseMobile(input: string): string | null {
  const compact = input.replace(/[\s()-]/g, '');
  if (compact.length > 20) return null;
  const digits = MOBILE.exec(compact)?.[1];
  return digits ? `+86${digits}` : null;
}

/** What officers, logs and the resident's own settings show: the first 3 and last 4 digits. */
export function maskMobile(phone: string): string {
  const digits = phone.replace(/^\+86/, '');
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** A verification code's HMAC with its row's salt: what is stored, and what a typed code is checked against. */
export function hashSmsCode(code: string, salt: string): string {
  return createHmac('sha256', salt).update(code).digest('hex');
}
