import { badRequest } from './api-error.js';
import { Params, type UploadedFile } from './request-params.js';

/**
 * Turns a request body into `Params`, for the three encodings the Bot API accepts: JSON,
 * `application/x-www-form-urlencoded`, and `multipart/form-data` (grammY's encoding whenever it
 * uploads a file). Query-string parameters are merged in underneath, as Telegram allows GET.
 */
export function parseBody(contentType: string | undefined, body: Buffer, query: string): Params {
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(query));
  const type = (contentType ?? '').toLowerCase();
  if (body.length === 0) return new Params(fields);
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const parts = parseMultipart(body, boundary?.[1] ?? boundary?.[2] ?? '');
    return new Params({ ...fields, ...parts.fields }, parts.files);
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return new Params({ ...fields, ...Object.fromEntries(new URLSearchParams(body.toString())) });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw badRequest(`can't parse JSON request body: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('request body must be a JSON object');
  }
  return new Params({ ...fields, ...(parsed as Record<string, unknown>) });
}

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * A small multipart/form-data reader. Node's built-in `Request#formData()` rejects grammY's
 * bodies (grammY writes `filename=photo.jpg` unquoted), so the emulator reads parts itself,
 * tolerating the spacing and quoting variants real clients produce.
 */
export function parseMultipart(
  body: Buffer,
  boundary: string,
): { fields: Record<string, string>; files: Map<string, UploadedFile> } {
  const malformed = () => badRequest("can't parse multipart/form-data request body");
  if (!boundary) throw malformed();
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  let pos = body.indexOf(`--${boundary}`);
  if (pos < 0) throw malformed();
  pos += boundary.length + 2;
  while (pos < body.length && !(body[pos] === 0x2d && body[pos + 1] === 0x2d)) {
    const lineEnd = body.indexOf(0x0a, pos);
    if (lineEnd < 0) throw malformed();
    pos = lineEnd + 1;
    const headerEnd = body.indexOf(CRLF2, pos);
    if (headerEnd < 0) throw malformed();
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const end = body.indexOf(delimiter, headerEnd + 4);
    if (end < 0) throw malformed();
    const content = body.subarray(headerEnd + 4, end);
    const disposition = /content-disposition\s*:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const params = dispositionParams(disposition);
    const name = params.get('name');
    if (name !== undefined) {
      const filename = params.get('filename');
      if (filename === undefined) fields[name] = content.toString('utf8');
      else {
        const contentType = /content-type\s*:\s*([^\r\n;]*)/i.exec(headers)?.[1]?.trim();
        files.set(name, { filename, contentType, bytes: Uint8Array.from(content) });
      }
    }
    pos = end + delimiter.length;
  }
  return { fields, files };
}

function dispositionParams(disposition: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const match of disposition.matchAll(
    /;?\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g,
  )) {
    const key = match[1]?.toLowerCase();
    if (key) params.set(key, (match[2] ?? match[3] ?? '').trim());
  }
  return params;
}
