/**
 * The web chat in a real browser (Debian's Chromium through playwright-core), at phone and
 * desktop size: the persona and chat rows keep their height next to a reply keyboard and a long
 * history, the command menu opens at full height, deep links and replies work. Skipped, with a
 * message, where /usr/bin/chromium is missing (`apt-get install -y chromium fonts-noto-cjk`).
 * Screenshots go to $WEBCHAT_SCREENSHOTS when set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../scripts/headless-chromium.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import type { WebChat } from '../../src/sandbox/webchat.js';
import { useSandboxWebChat } from '../helpers/sandbox-web-chat.js';
import { ok } from './api-call.js';

const present = chromiumMissing() === null;
if (!present) {
  console.warn(
    `⚠ ${CHROMIUM} is absent: the web chat browser test is skipped (apt-get install -y chromium fonts-noto-cjk).`,
  );
}
const SHOTS = process.env.WEBCHAT_SCREENSHOTS;
const WANG = 100001;
const LI = 200001;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
let emulator: BotApiEmulator;
let webChat: WebChat;

/** A villager's chat as it looks after a while: history, inline buttons, the main menu keyboard. */
async function fillHistory(): Promise<void> {
  for (let i = 1; i <= 14; i++) {
    if (i % 3 === 0) emulator.sendText(WANG, `第 ${i} 条：我想问问补贴的事`);
    await ok(emulator, 'sendMessage', {
      chat_id: WANG,
      text: `第 ${i} 条回复：请看下面的说明，有问题随时问。`,
      ...(i % 4 === 0
        ? {
            reply_markup: {
              inline_keyboard: [[{ text: '🙋 问驻村民警', callback_data: 'ask:none' }], []],
            },
          }
        : {}),
    });
  }
  await ok(emulator, 'sendMessage', {
    chat_id: WANG,
    text: '请选择要办的事：',
    reply_markup: {
      keyboard: [
        ['🛡️ 查诈骗', '🚨 报警求助'],
        ['📋 办事指南', '⚖️ 法律咨询'],
        ['👤 我的', '❓ 帮助'],
      ],
      resize_keyboard: true,
    },
  });
  await ok(emulator, 'setMyCommands', {
    commands: [
      ['start', '开始 / 选择村'],
      ['menu', '主菜单'],
      ['check', '查诈骗'],
      ['report', '报警求助'],
      ['services', '办事指南'],
      ['mine', '我的'],
      ['help', '帮助'],
    ].map(([command, description]) => ({ command, description })),
  });
}

async function height(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (node) => node.getBoundingClientRect().height);
}

async function open(size: { width: number; height: number }, path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  await page.goto(`${webChat.url}${path}`);
  await page.waitForSelector('#personas button');
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe.skipIf(!present)('the web chat in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  useSandboxWebChat((chat) => {
    ({ emulator, webChat } = chat);
  });

  for (const [name, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`keeps the persona and chat rows readable with a reply keyboard and history (${name})`, async () => {
      await fillHistory();
      const page = await open(size, `/#${WANG}/${WANG}`);
      await page.waitForSelector('#keyboard button');
      await page.waitForFunction("document.querySelectorAll('#log .msg').length >= 19");
      await shot(page, `webchat-${name}-keyboard`);
      // A two-line persona button (name, then role and language) is about 44 px tall.
      expect(await height(page, '#personas')).toBeGreaterThanOrEqual(40);
      expect(await height(page, '#chats')).toBeGreaterThanOrEqual(40);
      expect(await height(page, '#personas button')).toBeGreaterThanOrEqual(36);
      expect(await height(page, '#log')).toBeGreaterThanOrEqual(150);
      const keys = await page.$$eval('#keyboard button', (b) => b.map((n) => n.clientHeight));
      expect(keys).toHaveLength(6);
      expect(Math.min(...keys)).toBeGreaterThanOrEqual(44);
      // No empty inline keyboard row left over from a trailing .row().
      const rows = await page.$$eval('.inline-kb .row', (r) => r.map((n) => n.children.length));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((n) => n > 0)).toBe(true);
      // Everything fits in the window: nothing is pushed below the fold.
      const bottom = await page.$eval('#composer', (n) => n.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(size.height + 0.5);

      await page.click('#menu');
      await page.waitForSelector('#commands.open');
      await shot(page, `webchat-${name}-menu`);
      const items = await page.$$eval('#commands button', (b) => b.map((n) => n.clientHeight));
      expect(items).toHaveLength(7);
      expect(Math.min(...items)).toBeGreaterThanOrEqual(30);
      // The menu shows at its full height (up to 45% of the window), not squashed.
      const menu = await height(page, '#commands');
      const content = await page.$eval('#commands', (n) => n.scrollHeight);
      expect(menu).toBeGreaterThanOrEqual(Math.min(content, size.height * 0.45) - 1);
      expect(await height(page, '#personas')).toBeGreaterThanOrEqual(40);
      await page.close();
    }, 60_000);
  }

  it('follows ?start=v_<code> once, and lets the officer reply to a message', async () => {
    const page = await open(PHONE, `/?start=v_wl-hongqi#${WANG}/${WANG}`);
    await page.waitForFunction("!location.search.includes('start')");
    expect(emulator.messages(WANG).map((m) => m.text)).toEqual(['/start v_wl-hongqi']);
    await page.reload();
    await page.waitForSelector('#log .msg');
    expect(emulator.messages(WANG)).toHaveLength(1);

    await ok(emulator, 'sendMessage', { chat_id: LI, text: '❓ 问题 #1：王大妈问低保怎么办？' });
    await page.goto(`${webChat.url}/#${LI}/${LI}`);
    await page.waitForSelector('#log .msg .reply-btn');
    await page.click('#log .msg .reply-btn');
    await page.waitForSelector('#reply-bar:not([hidden])');
    await shot(page, 'webchat-phone-reply');
    expect(await page.textContent('#reply-bar')).toContain('问题 #1');
    await page.fill('#text', '带户口本到苏木民政办。');
    await page.press('#text', 'Enter');
    await page.waitForSelector('#reply-bar[hidden]', { state: 'attached' });
    await expect.poll(() => emulator.messages(LI).length).toBe(2);
    const answer = emulator.messages(LI)[1];
    expect(answer?.text).toBe('带户口本到苏木民政办。');
    expect(answer?.reply_to_message_id).toBe(emulator.messages(LI)[0]?.message_id);
    await page.close();
  }, 60_000);
});
