/**
 * `cunjing qr <villageCode>`: a printable PNG of the village's deep link, for posters on the
 * village notice board. Scanning it opens the bot with that village already chosen.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { localize } from '../domain/locale.js';
import { loadOnDemand } from '../load-on-demand.js';
import { getVillage } from '../store/places.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const qrcode = loadOnDemand<typeof import('qrcode')>('qrcode');

const SANDBOX_USERNAME = 'cunjing_sandbox_bot';

export function villageDeepLink(botUsername: string, villageCode: string): string {
  return `https://t.me/${botUsername}?start=v_${villageCode}`;
}

export async function qrCommand(args: string[], io: CliIo): Promise<number> {
  // WeChat's QR codes come from its API; loaded only when asked for.
  if (args.includes('--wechat')) return (await import('./wechat.js')).wechatQr(args, io);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, bot: { type: 'string' } },
  });
  const code = positionals[0];
  if (!code)
    throw new UsageError('usage: cunjing qr <villageCode> [--out file.png] [--bot username]');
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
