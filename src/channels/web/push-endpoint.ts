/**
 * Checks a Web Push subscription a page sends before it is stored. The server later POSTs to the
 * endpoint, so an endpoint is accepted only on the browsers' own push services (and the hosts
 * the installer adds): anything else would let a page make this server call an address of the
 * page's choosing, inside the station's network included.
 */
import type { PushSubscription } from '../../store/web-push.repository.js';

/** The push services of Chrome and Android (FCM), Firefox, Safari and Edge. */
export const PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'push.services.mozilla.com',
  'push.apple.com',
  'notify.windows.com',
] as const;

const MAX_ENDPOINT_CHARS = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+=*$/;

function decoded(value: unknown, bytes: number): string | null {
  if (typeof value !== 'string' || value.length > 200 || !BASE64URL.test(value)) return null;
  return Buffer.from(value, 'base64url').length === bytes ? value.replace(/=+$/, '') : null;
}

/** The subscription, or null when anything about it is off. */
export function parsePushSubscription(
  body: unknown,
  extraHosts: readonly string[] = [],
): PushSubscription | null {
  if (typeof body !== 'object' || body === null) return null;
  const { endpoint, keys } = body as { endpoint?: unknown; keys?: unknown };
  if (typeof endpoint !== 'string' || endpoint.length > MAX_ENDPOINT_CHARS) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const allowed = [...PUSH_SERVICE_HOSTS, ...extraHosts].some(
    (h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`),
  );
  if (!allowed || typeof keys !== 'object' || keys === null) return null;
  const k = keys as { p256dh?: unknown; auth?: unknown };
  // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as the Push API makes them.
  const p256dh = decoded(k.p256dh, 65);
  const auth = decoded(k.auth, 16);
  if (!p256dh || !auth || Buffer.from(p256dh, 'base64url')[0] !== 4) return null;
  return { endpoint: url.href, keys: { p256dh, auth } };
}
