/**
 * Reads a request body up to a size limit. A larger body gets `413 Payload Too Large` with a
 * status line, and the rest of the upload is read and thrown away before the connection closes:
 * destroying the socket mid-upload would show the sender a connection reset instead of a reason.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** After this much discarded input the sender is not listening; cut the connection. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

function tooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  if (!res.headersSent)
    res
      .writeHead(413, { 'content-type': 'text/plain', connection: 'close' })
      .end(`payload too large: the limit is ${limit} bytes\n`);
  let drained = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

/** The body as text, or null when it was too large (the 413 has been sent). */
export function readLimitedBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    tooLarge(req, res, limit);
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        tooLarge(req, res, limit);
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => (over ? undefined : reject(error)));
  });
}
