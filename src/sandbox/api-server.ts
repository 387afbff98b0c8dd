import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from './api-dispatch.js';
import { ApiError } from './api-error.js';
import { parseBody } from './body-parser.js';
import type { SandboxState } from './sandbox-state.js';

/**
 * The emulator's HTTP front: `/bot<token>/<method>` for API calls and
 * `/file/bot<token>/<file_path>` for downloads, on 127.0.0.1 only. Bodies are capped, and any
 * failure is answered in Telegram's error shape instead of crashing the process.
 */
export class ApiServer {
  private readonly server: Server;

  constructor(
    private readonly state: SandboxState,
    private readonly token: string,
    private readonly maxBodyBytes: number,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        const description = `Internal Server Error: ${(error as Error)?.message ?? error}`;
        if (!res.headersSent) sendJson(res, 500, new ApiError(500, description).toJSON());
        else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 60_000;
  }

  /** Starts listening and returns the port actually bound. */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /**
   * Stops accepting requests. Responses already decided (such as long polls just ended by
   * `UpdateQueue.close`) get a moment to flush before remaining connections are cut.
   */
  async close(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      setTimeout(() => this.server.closeAllConnections(), 100).unref();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (file) return this.download(req, res, file[1] ?? '', decodeURIComponent(file[2] ?? ''));
    const call = /^\/bot([^/]+)\/([A-Za-z]*)\/?$/.exec(path);
    if (!call) return reject(req, res, new ApiError(404, 'Not Found'));
    if (call[1] !== this.token) return reject(req, res, new ApiError(401, 'Unauthorized'));
    const body = await readBody(req, this.maxBodyBytes);
    if (!body) {
      res.setHeader('connection', 'close');
      return reject(req, res, new ApiError(413, 'Request Entity Too Large'));
    }
    let params: ReturnType<typeof parseBody>;
    try {
      params = parseBody(req.headers['content-type'], body, q < 0 ? '' : url.slice(q + 1));
    } catch (error) {
      if (error instanceof ApiError) return reject(req, res, error);
      throw error;
    }
    const aborted = new AbortController();
    res.on('close', () => aborted.abort());
    const { status, body: reply } = await dispatch(
      this.state,
      call[2] ?? '',
      params,
      aborted.signal,
    );
    if (!res.destroyed) sendJson(res, status, reply);
  }

  private download(req: IncomingMessage, res: ServerResponse, token: string, path: string): void {
    const file = token === this.token ? this.state.files.atPath(path) : undefined;
    if (!file) {
      const error = token === this.token ? new ApiError(404, 'Not Found') : undefined;
      reject(req, res, error ?? new ApiError(401, 'Unauthorized'));
      return;
    }
    req.resume();
    res.writeHead(200, { 'content-type': file.mime_type, 'content-length': file.bytes.length });
    res.end(file.bytes);
  }
}

function reject(req: IncomingMessage, res: ServerResponse, error: ApiError): void {
  req.resume();
  sendJson(res, error.errorCode, error.toJSON());
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** The whole body, or undefined once it exceeds `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= max ? Buffer.concat(chunks, size) : undefined));
    req.on('error', reject);
  });
}
