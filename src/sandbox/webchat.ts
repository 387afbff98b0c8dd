import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatHistoryFile, openChatHistoryFile } from './chat-history-file.js';
import type { BotApiEmulator } from './emulator.js';
import { DEFAULT_GROUPS, DEFAULT_PERSONAS, type Persona, type SandboxGroup } from './personas.js';
import { handleApi, type WebChatContext, WebChatError } from './webchat-api.js';
import {
  type SandboxWechat,
  WechatPersonaError,
  wechatAct,
  wechatMedia,
  wechatView,
} from './wechat/wechat-persona.js';

export interface WebChatOptions {
  emulator: BotApiEmulator;
  /** Port on 127.0.0.1 (default 8080; 0 picks a free one). */
  port?: number;
  /** Who you can act as; defaults to two villagers, an officer and an admin. */
  personas?: Persona[];
  /** Group chats; defaults to the station group and the county command group. */
  groups?: SandboxGroup[];
  /**
   * A JSON file to keep the chats in across restarts (e.g. `data/sandbox-chats.json`); read
   * here, written shortly after every change and on `stop()`. Without it, chats live in memory.
   */
  historyFile?: string;
  /** Told when the history file could not be read (it is moved aside, chats start empty). */
  onProblem?: (message: string) => void;
  /** The WeChat follower persona (page `/wechat`), when the sandbox runs the WeChat emulator. */
  wechat?: SandboxWechat;
}

export interface WebChat {
  /** `http://127.0.0.1:<port>`, once started. */
  readonly url: string;
  /** Chats restored from `historyFile` (0 without one, or on a first start). */
  readonly restoredChats: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_UPLOAD_BYTES = 10 * 2 ** 20;
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'webchat.html', type: 'text/html; charset=utf-8' },
  '/webchat-render.js': { file: 'webchat-render.js', type: 'text/javascript; charset=utf-8' },
  '/webchat.js': { file: 'webchat-client.js', type: 'text/javascript; charset=utf-8' },
  '/wechat': { file: 'wechat/wechat-page.html', type: 'text/html; charset=utf-8' },
  '/wechat-page.js': { file: 'wechat/wechat-page.js', type: 'text/javascript; charset=utf-8' },
};
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; script-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * A browser chat over the emulator for trying the bot by hand: pick a persona, see their chat
 * with the bot or a group, type, press buttons, share a location or a photo. The page is plain
 * HTML and JavaScript served from this folder; it renders bot text from entities with DOM
 * nodes, never as HTML, and follows the emulator live through Server-Sent Events.
 *
 * @example
 * const chat = createWebChat({ emulator });
 * await chat.start(); // open chat.url
 */
export function createWebChat(options: WebChatOptions): WebChat {
  const ctx: WebChatContext = {
    emulator: options.emulator,
    personas: options.personas ?? DEFAULT_PERSONAS,
    groups: options.groups ?? DEFAULT_GROUPS,
  };
  // Restored before the personas are added, so they join their saved chats, not empty ones.
  const history: ChatHistoryFile | undefined = options.historyFile
    ? openChatHistoryFile(ctx.emulator, options.historyFile, { onProblem: options.onProblem })
    : undefined;
  for (const { id, first_name, last_name, username, language_code } of ctx.personas) {
    ctx.emulator.addUser({ id, first_name, last_name, username, language_code });
  }
  for (const { id, title, memberIds, adminIds } of ctx.groups) {
    ctx.emulator.addGroup({ id, title, memberIds, adminIds });
  }
  const events = new Set<ServerResponse>();
  let unsubscribe: (() => void) | undefined;
  let port: number | undefined;
  const server: Server = createServer((req, res) => {
    route(ctx, events, req, res, options.wechat).catch((error: unknown) => sendError(res, error));
  });
  return {
    restoredChats: history?.restored ?? 0,
    get url() {
      if (port === undefined) throw new Error('Call webChat.start() before reading url.');
      return `http://127.0.0.1:${port}`;
    },
    async start() {
      unsubscribe = ctx.emulator.subscribe((event) => {
        const line = `data: ${JSON.stringify(event)}\n\n`;
        for (const res of events) res.write(line);
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 8080, '127.0.0.1', () => {
          server.off('error', reject);
          port = (server.address() as AddressInfo).port;
          resolve();
        });
      });
    },
    async stop() {
      history?.close();
      unsubscribe?.();
      for (const res of events) res.end();
      events.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function route(
  ctx: WebChatContext,
  events: Set<ServerResponse>,
  req: IncomingMessage,
  res: ServerResponse,
  wechat: SandboxWechat | undefined,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/api/wechat') return wechatRoute(wechat, req, res);
  const media = /^\/api\/wechat\/media\/([\w-]+)$/.exec(url.pathname);
  if (req.method === 'GET' && media) {
    const picture = wechat ? wechatMedia(wechat, media[1] ?? '') : null;
    if (!picture) throw new WebChatError(404, 'no_file', 'That picture is no longer stored.');
    res.writeHead(200, { 'content-type': picture.contentType, 'cache-control': 'max-age=3600' });
    res.end(picture.data);
    return;
  }
  const asset = ASSETS[url.pathname];
  if (req.method === 'GET' && asset) {
    const body = await readFile(new URL(asset.file, import.meta.url));
    res.writeHead(200, {
      'content-type': asset.type,
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
    });
    res.end(body);
    return;
  }
  if (req.method === 'GET' && url.pathname === '/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    events.add(res);
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(ping);
      events.delete(res);
    });
    return;
  }
  const file = /^\/api\/file\/([\w-]+)$/.exec(url.pathname);
  if (req.method === 'GET' && file) {
    const stored = ctx.emulator.file(file[1] ?? '');
    if (!stored) throw new WebChatError(404, 'no_file', 'That file is no longer stored.');
    res.writeHead(200, { 'content-type': stored.mime_type, 'cache-control': 'max-age=3600' });
    res.end(stored.bytes);
    return;
  }
  if (!url.pathname.startsWith('/api/')) throw new WebChatError(404, 'not_found', 'Not found.');
  const body = await readBody(req);
  const result = handleApi(ctx, {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    body,
  });
  const json = JSON.stringify(result);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(json);
}

async function wechatRoute(
  wechat: SandboxWechat | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!wechat) throw new WebChatError(404, 'no_wechat', 'Start the sandbox with SANDBOX_WECHAT=1.');
  let answer: unknown;
  if (req.method === 'POST') {
    const input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<
      string,
      unknown
    >;
    try {
      answer = await wechatAct(wechat, input);
    } catch (error) {
      if (error instanceof WechatPersonaError)
        throw new WebChatError(error.status, 'rejected', error.message);
      throw error;
    }
  } else answer = wechatView(wechat);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(answer));
}

function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = error instanceof WebChatError;
  const status = known ? error.status : 400;
  const code = known ? error.code : 'rejected';
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size <= MAX_UPLOAD_BYTES) resolve(Buffer.concat(chunks));
      else reject(new WebChatError(413, 'too_large', 'Files up to 10 MB only.'));
    });
    req.on('error', reject);
  });
}
