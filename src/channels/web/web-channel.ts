/**
 * The villagers' web chat, served by the same process as the bot in both polling and webhook
 * modes: the village landing page (`/v/<code>`, what the poster's QR code opens), the chat page
 * (`/web/`), its static files and its JSON API with live events. `deliver` puts a message in a
 * resident's inbox and pushes it to their open pages.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BlocklistLookup } from '../../domain/fraud/index.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../domain/locale.js';
import type { ServiceCatalog } from '../../domain/services/catalog.js';
import type { Logger } from '../../logger.js';
import type { Deliverer } from '../../notices/deliverer.js';
import type { Db } from '../../store/database.js';
import { getVillageContext } from '../../store/places.repository.js';
import {
  addInboxMessage,
  getWebResident,
  webCookieSecret,
} from '../../store/web-residents.repository.js';
import type { Described } from '../../workflows/described.js';
import type { CodeStore } from '../../workflows/points/redeem.js';
import { createApi } from './api.js';
import { createDeviceKeys } from './device-cookie.js';
import { discardBody, send, sendJson, WebError } from './http-kit.js';
import { createLiveEvents } from './live-events.js';
import { createLiveFanout } from './live-fanout.js';
import { chatPage, landingPage, unknownVillagePage } from './pages.js';
import { createRateLimit } from './rate-limit.js';
import { renderForWeb } from './render.js';
import type { SubmitReport } from './reports-seam.js';
import { createWebPush, type WebPushOptions } from './web-push.js';
import { createWebTranslate } from './web-translate.js';

export interface WebChannelOptions {
  db: Db;
  catalog: ServiceCatalog;
  localesDir: string;
  logger: Logger;
  /** The address residents reach the chat at (the QR code's base); https makes cookies Secure. */
  publicUrl: string;
  botUsername?: string;
  blocklist?: BlocklistLookup;
  /** Where reports from the web go; absent until the reports workflow is wired in. */
  submitReport?: SubmitReport;
  /** PostgreSQL: live messages fan out to the pages open on other replicas (LISTEN/NOTIFY). */
  fanoutUrl?: string;
  /** The county's zone (`TZ`), for times in a report's history; default Asia/Shanghai. */
  timeZone?: string;
  /** Where photos added to reports are written (`<DATA_DIR>/evidence`). */
  evidenceDir?: string;
  /** Wakes the notice loop after an addition's cards for the officers are committed. */
  wakeNotices?: () => void;
  /** Sends a stored question to the village officer's Telegram; true when it got there. */
  deliverQuestion?: (questionId: number) => Promise<boolean>;
  /** State-changing requests allowed per device and per address in each window. */
  limits?: { perDevice: number; perAddress: number; windowMs: number };
  /** Whether an SMS provider is configured: the settings then offer SMS notices. */
  sms?: boolean;
  /** Other channels' routes on this server (WeChat's `/wechat`), tried before the chat's own. */
  mounts?: readonly WebMount[];
  /** Web Push to closed pages, with the residents' permission; absent: not offered. */
  webPush?: WebPushOptions;
  /** The app's shared cache, where points redemption codes live; absent: no codes offered. */
  codes?: CodeStore;
}

/**
 * A route another channel serves on the web chat's server, so one process and one address
 * (PUBLIC_URL) serve every channel. It gets `path` itself and everything under `path/`, and
 * answers on its own (a mount writes its own status and body; errors it throws get a 500).
 *
 * @example
 * createWebChannel({ ...options, mounts: [{ path: '/wechat', handle: webhook.handle }] });
 */
export interface WebMount {
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

export interface WebChannel {
  listen(port: number, host?: string): Promise<number>;
  /** Stores a message in a resident's inbox and pushes it to their open pages. */
  deliver(deviceId: string, message: Described): Promise<void>;
  /**
   * Stores a message in the inbox inside the caller's transaction (the notice loop's) and
   * returns the live push to run after it commits; null when the device is unknown.
   */
  storeMessage(
    trx: Db,
    deviceId: string,
    /** A message, or one that depends on the resident's language (an officer's own words). */
    message: Described | ((locale: Locale) => Described),
    /** Whether a closed page is nudged by Web Push: news and warnings yes, tips and notices no. */
    options?: { nudge?: boolean },
  ): Promise<(() => void) | null>;
  /** The notice loop's deliverer of Web Push nudges; null when Web Push is off. */
  pushDeliverer: Deliverer | null;
  close(): Promise<void>;
}

const DEFAULT_LIMITS = { perDevice: 20, perAddress: 300, windowMs: 10_000 };

const staticFile = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)));

function loadStatic(): Map<string, { body: Buffer; type: string }> {
  const font = fileURLToPath(
    new URL('../../../assets/fonts/NotoSansMongolian-Subset.ttf', import.meta.url),
  );
  return new Map([
    ['chat.js', { body: staticFile('static/chat.js'), type: 'text/javascript; charset=utf-8' }],
    ['chat.css', { body: staticFile('static/chat.css'), type: 'text/css; charset=utf-8' }],
    ['push.js', { body: staticFile('static/push.js'), type: 'text/javascript; charset=utf-8' }],
    ['sw.js', { body: staticFile('static/sw.js'), type: 'text/javascript; charset=utf-8' }],
    ['mongolian.ttf', { body: readFileSync(font), type: 'font/ttf' }],
  ]);
}

export async function createWebChannel(options: WebChannelOptions): Promise<WebChannel> {
  const { db, logger } = options;
  const t = createWebTranslate(options.localesDir);
  const keys = createDeviceKeys(
    await webCookieSecret(db),
    options.publicUrl.startsWith('https://'),
  );
  const live = createLiveEvents();
  const push = options.webPush ? await createWebPush(db, t, logger, options.webPush) : null;
  const fanout = options.fanoutUrl
    ? createLiveFanout({ databaseUrl: options.fanoutUrl, db, live, logger })
    : null;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = loadStatic();
  const api = createApi({
    db,
    catalog: options.catalog,
    ...(options.blocklist ? { blocklist: options.blocklist } : {}),
    t,
    keys,
    live,
    perDevice: createRateLimit(limits.perDevice, limits.windowMs),
    perAddress: createRateLimit(limits.perAddress, limits.windowMs),
    logger,
    ...(options.submitReport ? { submitReport: options.submitReport } : {}),
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
    ...(options.wakeNotices ? { wakeNotices: options.wakeNotices } : {}),
    ...(options.deliverQuestion ? { deliverQuestion: options.deliverQuestion } : {}),
    ...(push ? { webPush: push } : {}),
    ...(options.sms ? { sms: true } : {}),
    ...(options.codes ? { codes: options.codes } : {}),
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://web.invalid');
    const path = url.pathname;
    const mount = options.mounts?.find((m) => path === m.path || path.startsWith(`${m.path}/`));
    if (mount) return mount.handle(req, res, url);
    const apiName = /^\/web\/api\/([a-z]+)$/.exec(path)?.[1];
    if (apiName && (req.method === 'GET' || req.method === 'POST'))
      return api(req, res, url, apiName);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new WebError(405, 'method_not_allowed', 'web-error');
    const village = /^\/v\/([\w-]{1,64})\/?$/.exec(path)?.[1];
    if (village) {
      const place = await getVillageContext(db, village);
      const html = place
        ? landingPage({
            place,
            t,
            ...(options.botUsername ? { botUsername: options.botUsername } : {}),
          })
        : unknownVillagePage(village, t);
      return send(res, place ? 200 : 404, html, 'text/html; charset=utf-8');
    }
    // Browsers ask for it on every page; an empty answer keeps a 404 out of their consoles.
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
      res.end();
      return;
    }
    if (path === '/web' || path === '/web/')
      return send(res, 200, chatPage(), 'text/html; charset=utf-8', {
        'cache-control': 'no-cache',
      });
    // The service worker lives at /web/sw.js so that its scope is the whole chat (/web/).
    const sw = path === '/web/sw.js' ? files.get('sw.js') : undefined;
    if (sw) return send(res, 200, sw.body, sw.type, { 'cache-control': 'no-cache' });
    const file = /^\/web\/static\/([\w.-]+)$/.exec(path)?.[1];
    const found = file ? files.get(file) : undefined;
    if (found)
      return send(res, 200, found.body, found.type, { 'cache-control': 'public, max-age=3600' });
    throw new WebError(404, 'not_found', 'web-error');
  }

  const server = createServer((req, res) => {
    route(req, res).catch(async (error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      // Refused before its body was read (a limit, a token): read the rest and throw it away,
      // so the sender gets the answer instead of a connection reset.
      await discardBody(req);
      const known = error instanceof WebError ? error : null;
      if (!known) logger.error('web: request failed', { error, path: req.url?.split('?')[0] });
      const status = known?.status ?? 500;
      const locale = known?.locale && isLocale(known.locale) ? known.locale : DEFAULT_LOCALE;
      sendJson(
        res,
        status,
        {
          error: {
            code: known?.code ?? 'internal',
            message: t(locale, known?.messageKey ?? 'web-error'),
          },
        },
        status === 413 ? { connection: 'close' } : {},
      );
    });
  });
  // Keep idle connections longer than a proxy's or a phone's idea of idle (60 s is common): a
  // server that closes first races the client's next request on the same connection, which
  // then fails as a reset (seen with a large photo prepared while the connection sat idle).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function storeMessage(
    trx: Db,
    deviceId: string,
    message: Described | ((locale: Locale) => Described),
    options: { nudge?: boolean } = {},
  ) {
    const resident = await getWebResident(trx, deviceId);
    if (!resident) return null;
    const locale = isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
    const described = typeof message === 'function' ? message(locale) : message;
    const stored = await addInboxMessage(trx, deviceId, renderForWeb(t, locale, described));
    await fanout?.announce(trx, deviceId);
    if (options.nudge ?? true)
      await push?.nudge(trx, deviceId, stored.id, described.tone === 'high');
    return () => live.push(deviceId, stored);
  }

  return {
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      });
    },
    async deliver(deviceId, message) {
      (await storeMessage(db, deviceId, message))?.();
    },
    storeMessage,
    pushDeliverer: push ? push.deliverer(live) : null,
    async close() {
      live.close();
      await fanout?.close();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
