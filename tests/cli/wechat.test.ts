/**
 * `cunjing wechat menu` and `cunjing qr <village> --wechat` against the WeChat emulator.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/index.js';
import {
  startWechatEmulator,
  type WechatEmulator,
} from '../../src/sandbox/wechat/wechat-emulator.js';
import { ACCOUNT } from '../channels/wechat/wechat-harness.js';

const EXAMPLE = new URL('../../data/county.example.yaml', import.meta.url).pathname;

describe('cunjing wechat', () => {
  let dir: string;
  let wechat: WechatEmulator;
  let io: CliIo & { lines: string[]; errors: string[] };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-wechat-'));
    wechat = await startWechatEmulator({ ...ACCOUNT, now: () => new Date('2026-12-03T02:00:00Z') });
    const lines: string[] = [];
    const errors: string[] = [];
    io = {
      lines,
      errors,
      out: (l) => lines.push(l),
      err: (l) => errors.push(l),
      env: {
        DATABASE_URL: `sqlite:${join(dir, 'c.db')}`,
        WECHAT_APP_ID: ACCOUNT.appId,
        WECHAT_APP_SECRET: ACCOUNT.secret,
        WECHAT_TOKEN: ACCOUNT.token,
        WECHAT_API_ROOT: wechat.apiRoot,
        PUBLIC_URL: 'https://cunjing.example.cn',
      },
    };
    expect(await runCli(['villages', 'import', EXAMPLE], io)).toBe(0);
  });
  afterEach(async () => {
    await wechat.close();
  });

  it('creates the menu with the main entries, the web pages opened through OAuth', async () => {
    expect(await runCli(['wechat', 'menu'], io)).toBe(0);
    type Button = { name: string; type?: string; url?: string; sub_button?: Button[] };
    const menu = wechat.state.menu as { button: Button[] };
    expect(menu.button.map((b) => b.name)).toEqual(['办事咨询', '防骗查询', '我的']);
    const mine = menu.button[2]?.sub_button ?? [];
    expect(mine.map((b) => b.name)).toContain('我要反映');
    const report = mine.find((b) => b.name === '我要反映');
    expect(report?.type).toBe('view');
    // Our own link, which sends the browser on to WeChat's OAuth page with a fresh signed state.
    expect(report?.url).toBe('https://cunjing.example.cn/wechat/oauth?page=report');
  });

  it('makes a village QR code whose scene is the village code', async () => {
    const out = join(dir, 'hongqi.png');
    expect(await runCli(['qr', 'wl-hongqi', '--wechat', '--out', out], io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect([...wechat.state.qrTickets.values()]).toEqual(['wl-hongqi']);
    expect(io.lines.join('\n')).toContain('showqrcode?ticket=');
  });

  it('says what to set when WeChat is not configured', async () => {
    io.env.WECHAT_APP_ID = undefined;
    io.env.WECHAT_APP_SECRET = undefined;
    io.env.WECHAT_TOKEN = undefined;
    expect(await runCli(['wechat', 'menu'], io)).toBe(2);
    expect(io.errors.join('\n')).toContain('WECHAT_APP_ID');
  });
});
