/**
 * The web resident's identity: a random device id in a long-lived cookie, signed with HMAC so
 * it cannot be forged or guessed, httpOnly so page script never sees it, SameSite=Lax so other
 * sites' forms do not carry it, and Secure when the public address is https. Clearing cookies
 * starts a new, unrelated resident: nobody can claim another device's anonymous reports.
 *
 * The CSRF token is derived from the device id with the same secret (a per-device token): the
 * page reads it from the session answer and sends it in a header on every state-changing call.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'cj_device';
const TEN_YEARS_S = 10 * 365 * 24 * 3600;

export interface DeviceKeys {
  /** A new device id and the cookie that carries it. */
  issue(): { deviceId: string; setCookie: string };
  /** The device id of a request's Cookie header, or null when absent or not ours. */
  read(cookieHeader: string | undefined): string | null;
  csrfToken(deviceId: string): string;
  checkCsrf(deviceId: string, token: string | undefined): boolean;
}

const mac = (secret: Buffer, text: string) =>
  createHmac('sha256', secret).update(text).digest('base64url');

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export function createDeviceKeys(secret: Buffer, secure: boolean): DeviceKeys {
  return {
    issue() {
      const deviceId = randomBytes(16).toString('base64url');
      const value = `${deviceId}.${mac(secret, `device:${deviceId}`)}`;
      const setCookie = `${DEVICE_COOKIE}=${value}; Path=/; Max-Age=${TEN_YEARS_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
      return { deviceId, setCookie };
    },
    read(cookieHeader) {
      const value = cookieValue(cookieHeader, DEVICE_COOKIE);
      const [deviceId, signature] = value?.split('.') ?? [];
      if (!deviceId || !signature || !/^[\w-]{22}$/.test(deviceId)) return null;
      return sameText(signature, mac(secret, `device:${deviceId}`)) ? deviceId : null;
    },
    csrfToken: (deviceId) => mac(secret, `csrf:${deviceId}`),
    checkCsrf: (deviceId, token) =>
      typeof token === 'string' && sameText(token, mac(secret, `csrf:${deviceId}`)),
  };
}
