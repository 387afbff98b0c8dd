/**
 * Starts the villagers' web chat beside the bot when HTTP_PORT is set, and always in the sandbox
 * (on 127.0.0.1:8081, or any free port when that one is taken, so a newcomer can try both
 * channels at once). Returns null when the web chat is off. Its server is the shared one: other
 * channels' routes (WeChat's `/wechat`) are mounted on it.
 */

import { join } from 'node:path';
import { createWebSubmitter } from '../channels/web/submit-report.js';
import { createWebChannel, type WebChannel, type WebMount } from '../channels/web/web-channel.js';
import type { Config } from '../config.js';
import type { BlocklistLookup } from '../domain/fraud/index.js';
import type { ServiceCatalog } from '../domain/services/catalog.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import type { CodeStore } from '../workflows/points/redeem.js';
import { LOCALES_DIR } from './content.js';
import { whichDatabase } from './open-store.js';

/** The sandbox's web chat port when HTTP_PORT is not set. */
export const SANDBOX_WEB_PORT = 8081;

export interface RunningWebChat {
  channel: WebChannel;
  /** Where residents open it (PUBLIC_URL, or the sandbox's loopback address). */
  url: string;
  /** The port it listens on (HTTP_PORT, or the one picked when that was 0 or taken). */
  port: number;
}

export interface WebChatDeps {
  config: Config;
  sandbox: boolean;
  db: Db;
  catalog: ServiceCatalog;
  blocklist: BlocklistLookup;
  logger: Logger;
  botUsername?: string;
  /** Wakes the notice loop after a web report (and its cards) is stored. */
  wakeNotices: () => void;
  /** Other channels' routes on the same server (WeChat's `/wechat`). */
  mounts?: readonly WebMount[];
  /** Sends a web resident's question to the village officer on Telegram. */
  deliverQuestion?: (questionId: number) => Promise<boolean>;
  /** Whether SMS is configured: the web settings then offer phone verification. */
  sms?: boolean;
  /** The app's shared cache (the bot's too), where points redemption codes live. */
  codes?: CodeStore;
}

/** The push services want a contact: WEB_PUSH_CONTACT, else the public https address. */
function webPushOptions(config: Config, publicUrl: string) {
  const contact =
    config.WEB_PUSH_CONTACT ??
    (publicUrl.startsWith('https://') ? publicUrl : 'mailto:webpush@cunjing.invalid');
  return { contact, extraHosts: config.WEB_PUSH_HOSTS };
}

export async function startWebChat(deps: WebChatDeps): Promise<RunningWebChat | null> {
  const { config, sandbox, logger } = deps;
  if (config.HTTP_PORT === undefined && !sandbox) return null;
  const host = sandbox && config.HTTP_PORT === undefined ? '127.0.0.1' : config.HTTP_HOST;
  const databaseUrl = whichDatabase(config, sandbox).url;
  const make = (publicUrl: string) =>
    createWebChannel({
      db: deps.db,
      catalog: deps.catalog,
      localesDir: LOCALES_DIR,
      logger,
      publicUrl,
      blocklist: deps.blocklist,
      submitReport: createWebSubmitter({
        db: deps.db,
        timeZone: config.TZ,
        evidenceDir: join(config.DATA_DIR, 'evidence'),
        wakeNotices: deps.wakeNotices,
      }),
      timeZone: config.TZ,
      evidenceDir: join(config.DATA_DIR, 'evidence'),
      wakeNotices: deps.wakeNotices,
      ...(deps.deliverQuestion ? { deliverQuestion: deps.deliverQuestion } : {}),
      ...(deps.botUsername ? { botUsername: deps.botUsername } : {}),
      // Replicas share PostgreSQL: a message stored on one reaches pages open on the others.
      ...(databaseUrl.startsWith('postgres') ? { fanoutUrl: databaseUrl } : {}),
      ...(deps.mounts ? { mounts: deps.mounts } : {}),
      ...(config.WEB_PUSH ? { webPush: webPushOptions(config, publicUrl) } : {}),
      ...(deps.sms ? { sms: true } : {}),
      ...(deps.codes ? { codes: deps.codes } : {}),
    });
  let channel = await make(config.PUBLIC_URL ?? '');
  let port: number;
  try {
    port = await channel.listen(config.HTTP_PORT ?? SANDBOX_WEB_PORT, host);
  } catch (error) {
    if (config.HTTP_PORT !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
      throw error;
    await channel.close();
    channel = await make('');
    port = await channel.listen(0, host);
  }
  const url = config.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  logger.info('web chat for villagers', { url, port });
  return { channel, url, port };
}
