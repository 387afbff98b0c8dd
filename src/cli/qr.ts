/**
 * `cunjing qr <villageCode>`: a printable PNG of the village's deep link, for posters on the
 * village notice board. Scanning it opens the bot with that village already chosen.
 * `--poster` makes the whole A4 poster instead (web chat code, what cunjing does, the officer,
 * emergency numbers; see src/posters/village-poster.ts), and `--all` does every village.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { localize } from '../domain/locale.js';
import { loadOnDemand } from '../load-on-demand.js';
import type { Db } from '../store/database.js';
import { getVillage, getVillageContext, listVillages } from '../store/places.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const qrcode = loadOnDemand<typeof import('qrcode')>('qrcode');

const SANDBOX_USERNAME = 'cunjing_sandbox_bot';

export function villageDeepLink(botUsername: string, villageCode: string): string {
  return `https://t.me/${botUsername}?start=v_${villageCode}`;
}

const USAGE = `usage: cunjing qr <villageCode> [--out file.png] [--bot username]
       cunjing qr <villageCode> --poster [--out file.png]   the A4 poster for the notice board
       cunjing qr --all --poster [--dir folder]              a poster for every village`;

export async function qrCommand(args: string[], io: CliIo): Promise<number> {
  // WeChat's QR codes come from its API; loaded only when asked for.
  if (args.includes('--wechat')) return (await import('./wechat.js')).wechatQr(args, io);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      bot: { type: 'string' },
      poster: { type: 'boolean' },
      all: { type: 'boolean' },
      dir: { type: 'string' },
    },
  });
  if (values.poster) return posterCommand(positionals[0], values, io);
  const code = positionals[0];
  if (!code) throw new UsageError(USAGE);
  return withStore(io, async ({ db }, config) => {
    const village = await getVillage(db, code);
    if (!village) {
      io.err(
        `No village with code "${code}". Import the county file first (cunjing villages import <file>).`,
      );
      return 1;
    }
    const username = values.bot ?? config.BOT_USERNAME ?? SANDBOX_USERNAME;
    const link = villageDeepLink(username, village.code);
    const out = values.out ?? `data/qr/${village.code}.png`;
    await mkdir(dirname(out), { recursive: true });
    // High error correction and a wide quiet zone survive a crumpled, sun-faded poster.
    await qrcode().toFile(out, link, {
      type: 'png',
      errorCorrectionLevel: 'H',
      width: 1200,
      margin: 4,
    });
    io.out(`${localize(village.name, 'zh-CN')}: ${link}`);
    io.out(`QR code written to ${out}`);
    if (!values.bot && !config.BOT_USERNAME)
      io.out('Note: BOT_USERNAME is not set, so the link uses the sandbox bot name.');
    return 0;
  });
}

/** One poster, or one per village with `--all`, into data/qr/<code>-poster.png by default. */
function posterCommand(
  code: string | undefined,
  values: {
    out?: string | undefined;
    bot?: string | undefined;
    all?: boolean | undefined;
    dir?: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  if (!code && !values.all) throw new UsageError(USAGE);
  if (code && values.all) throw new UsageError(`give a village code or --all, not both\n${USAGE}`);
  if (values.all && values.out)
    throw new UsageError(`--out names one file; not with --all\n${USAGE}`);
  return withStore(io, async ({ db }, config) => {
    const username = values.bot ?? config.BOT_USERNAME;
    if (!config.PUBLIC_URL && !username) {
      io.err(
        'A poster needs an address to scan: set PUBLIC_URL (the web chat, e.g. https://cunjing.example.cn) or BOT_USERNAME in .env.',
      );
      return 1;
    }
    const codes = values.all ? (await listVillages(db)).map((v) => v.code) : [code as string];
    const { villagePosterPng } = await import('../posters/village-poster.js');
    const { createWebTranslate } = await import('../channels/web/web-translate.js');
    const { LOCALES_DIR } = await import('../app/content.js');
    const t = createWebTranslate(LOCALES_DIR);
    for (const c of codes) {
      const place = await placeOf(db, c, io);
      if (!place) return 1;
      const out = values.out ?? join(values.dir ?? 'data/qr', `${place.village.code}-poster.png`);
      await mkdir(dirname(out), { recursive: true });
      const webUrl = config.PUBLIC_URL ? `${config.PUBLIC_URL}/v/${place.village.code}` : null;
      const telegramUrl = username ? villageDeepLink(username, place.village.code) : null;
      await writeFile(out, villagePosterPng({ place, webUrl, telegramUrl, t }));
      io.out(
        `${localize(place.village.name, 'zh-CN')}: poster written to ${out} (${webUrl ?? telegramUrl})`,
      );
    }
    if (!config.PUBLIC_URL)
      io.out(
        'Note: PUBLIC_URL is not set, so the posters carry only the Telegram code, which phones in mainland China cannot open.',
      );
    return 0;
  });
}

async function placeOf(db: Db, code: string, io: CliIo) {
  const place = await getVillageContext(db, code);
  if (!place)
    io.err(
      `No village with code "${code}". Import the county file first (cunjing villages import <file>).`,
    );
  return place;
}
