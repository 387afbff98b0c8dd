/**
 * Small HTTP helpers for the web chat: security headers on every answer, JSON bodies read with a
 * size limit, and one error type whose locale key becomes the message the resident reads.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** JSON bodies larger than this are refused with 413: a question or a pasted SMS is far smaller. */
export const MAX_JSON_BYTES = 16 * 1024;

/**
 * No inline script or style anywhere: everything the page runs comes from our own origin, and
 * nothing may frame it. Fonts and images are ours too.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** An error meant for the resident: an HTTP status, a code for programs, a locale key for people. */
export class WebError extends Error {
  override name = 'WebError';
  /** The reader's language, once known, for the message. */
  locale?: string;
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
  ) {
    super(`${code} (${status})`);
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', {
    'cache-control': 'no-store',
    ...headers,
  });
}

/** How much of a too-large body is read and thrown away so that its sender hears why. */
const DRAIN_BYTES = 64 * 1024 * 1024;

/** Reads what is left of a request's body and keeps none of it; cuts the connection past DRAIN_BYTES. */
export function discardBody(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_BYTES) {
        req.destroy();
        resolve();
      }
    });
    req.on('end', () => resolve());
    req.on('close', () => resolve());
    req.on('error', () => resolve());
  });
}

/** The request's JSON body as an object; 413 past `limit` bytes, 400 when it is not JSON. */
export async function readJson(
  req: IncomingMessage,
  limit = MAX_JSON_BYTES,
): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  // Past this much, the sender is not a phone with a large photo: refuse without reading.
  if (declared > limit + DRAIN_BYTES) throw new WebError(413, 'too_large', 'web-too-large');
  // Read to the end even past the limit (keeping nothing more), so the 413 reaches the client
  // instead of a connection reset: a phone would show "network error", not the reason.
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + DRAIN_BYTES) {
        req.destroy();
        resolve();
      }
    });
    req.on('end', resolve);
    req.on('error', reject);
  });
  if (size > limit) throw new WebError(413, 'too_large', 'web-too-large');
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Falls through to the error below.
  }
  throw new WebError(400, 'bad_request', 'web-error');
}

/** A string field of a JSON body, trimmed; '' when absent or not a string. */
export const field = (body: Record<string, unknown>, name: string): string =>
  typeof body[name] === 'string' ? (body[name] as string).trim() : '';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
