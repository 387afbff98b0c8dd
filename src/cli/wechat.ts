/**
 * `cunjing wechat menu` creates the Official Account's custom menu; `cunjing wechat qr <village>`
 * (also `cunjing qr <village> --wechat`) makes the village's parametric QR code: scanning it
 * follows the account with the village preset. Both need WECHAT_APP_ID, WECHAT_APP_SECRET and
 * WECHAT_TOKEN, and this machine's IP on the admin console's API IP whitelist.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createWechatApi } from '../channels/wechat/api-client.js';
import { customMenu, qrImageUrl, villageQrRequest } from '../channels/wechat/custom-menu.js';
import { wechatSettingsOf } from '../channels/wechat/settings.js';
import type { Config } from '../config.js';
import { localize } from '../domain/locale.js';
import { loadOnDemand } from '../load-on-demand.js';
import { createLogger } from '../logger.js';
import type { Store } from '../store/database.js';
import { getVillage } from '../store/places.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const qrcode = loadOnDemand<typeof import('qrcode')>('qrcode');

const USAGE = `usage: cunjing wechat menu                  create the account's custom menu
       cunjing wechat qr <villageCode> [--out file.png]
                                            the village's QR code for following the account`;

function apiFor(store: Store, config: Config) {
  const settings = wechatSettingsOf(config);
  if (!settings)
    throw new UsageError(
      'WeChat is not configured: set WECHAT_APP_ID, WECHAT_APP_SECRET and WECHAT_TOKEN (see .env.example)',
    );
  return {
    settings,
    api: createWechatApi({
      apiRoot: settings.apiRoot,
      appId: settings.appId,
      secret: settings.secret,
      db: store.db,
      logger: createLogger('warn'),
    }),
  };
}

export async function wechatCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'menu')
    return withStore(io, async (store, config) => {
      const { api } = apiFor(store, config);
      const menu = customMenu(config.PUBLIC_URL);
      await api.post('/cgi-bin/menu/create', menu);
      io.out(`Menu created: ${menu.button.map((b) => b.name).join(' · ')}`);
      if (!config.PUBLIC_URL)
        io.out(
          'Note: PUBLIC_URL is not set, so 我要反映 answers in the chat instead of opening the form.',
        );
      return 0;
    });
  if (sub === 'qr') return wechatQr(rest, io);
  throw new UsageError(USAGE);
}

export async function wechatQr(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, wechat: { type: 'boolean' } },
  });
  const code = positionals[0];
  if (!code) throw new UsageError(USAGE);
  return withStore(io, async (store, config) => {
    const village = await getVillage(store.db, code);
    if (!village) {
      io.err(
        `No village with code "${code}". Import the county file first (cunjing villages import <file>).`,
      );
      return 1;
    }
    const { api } = apiFor(store, config);
    const answer = await api.post<{ ticket: string; url: string }>(
      '/cgi-bin/qrcode/create',
      villageQrRequest(village.code),
    );
    const out = values.out ?? `data/qr/${village.code}-wechat.png`;
    await mkdir(dirname(out), { recursive: true });
    // The QR holds WeChat's own link for the ticket; drawn here, so printing needs no download.
    await qrcode().toFile(out, answer.url, {
      type: 'png',
      errorCorrectionLevel: 'H',
      width: 1200,
      margin: 4,
    });
    io.out(`${localize(village.name, 'zh-CN')}: ${answer.url}`);
    io.out(`WeChat's image of it: ${qrImageUrl(answer.ticket)}`);
    io.out(`QR code written to ${out}`);
    return 0;
  });
}
