import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { call } from './api-call.js';

const VILLAGER = 100001;
const GROUP = -100100;
let emulator: BotApiEmulator | undefined;
afterEach(() => emulator?.stop());

/** An emulator on a clock the test moves by hand. */
async function withClock(limits?: Record<string, number>) {
  const clock = { now: 1_700_000_000_000 };
  emulator = createBotApiEmulator({ token: '42:TEST', now: () => clock.now, limits });
  await emulator.start();
  emulator.addUser({ id: VILLAGER, first_name: '王大妈' });
  emulator.addGroup({ id: GROUP, title: '派出所群' });
  return { emulator, clock };
}

describe('flood control', () => {
  it('allows a burst of 3 into a private chat, then 429 with retry_after; waiting gets through', async () => {
    const { emulator, clock } = await withClock();
    const send = () => call(emulator, 'sendMessage', { chat_id: VILLAGER, text: '通知' });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused).toEqual({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      },
    });
    clock.now += (refused.body.parameters?.retry_after ?? 0) * 1000;
    expect((await send()).status).toBe(200);
    expect(emulator.stats()).toMatchObject({ sent: 4, http429: 1 });
  });

  it('limits the whole bot to about 30 per second, unless paid broadcast is allowed', async () => {
    const { emulator } = await withClock({ perChatBurst: 100 });
    const results = [];
    for (let i = 0; i < 31; i++) {
      results.push(
        (await call(emulator, 'sendMessage', { chat_id: VILLAGER, text: `#${i}` })).status,
      );
    }
    expect(results.filter((s) => s === 200)).toHaveLength(30);
    expect(results.at(-1)).toBe(429);
    const paid = await call(emulator, 'sendMessage', {
      chat_id: VILLAGER,
      text: 'paid',
      allow_paid_broadcast: true,
    });
    expect(paid.status).toBe(200);
  });

  it('allows 20 per minute into a group and asks for a multi-second wait after that', async () => {
    const { emulator, clock } = await withClock();
    for (let i = 0; i < 20; i++) {
      expect((await call(emulator, 'sendMessage', { chat_id: GROUP, text: `${i}` })).status).toBe(
        200,
      );
    }
    const refused = await call(emulator, 'sendMessage', { chat_id: GROUP, text: 'more' });
    expect(refused.status).toBe(429);
    expect(refused.body.parameters?.retry_after).toBe(3);
    clock.now += 3_000;
    expect((await call(emulator, 'sendMessage', { chat_id: GROUP, text: 'more' })).status).toBe(
      200,
    );
  });

  it('does not count refused or non-sending calls', async () => {
    const { emulator } = await withClock();
    for (let i = 0; i < 5; i++)
      await call(emulator, 'sendMessage', { chat_id: VILLAGER, text: '' });
    for (let i = 0; i < 5; i++)
      await call(emulator, 'sendChatAction', { chat_id: VILLAGER, action: 'typing' });
    expect((await call(emulator, 'sendMessage', { chat_id: VILLAGER, text: 'ok' })).status).toBe(
      200,
    );
  });

  it('lets a grammY bot with auto-retry get through in real time', async () => {
    emulator = createBotApiEmulator({ token: '42:TEST' });
    await emulator.start();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈' });
    const bot = new Bot('42:TEST', {
      botInfo: emulator.botInfo,
      client: { apiRoot: emulator.apiRoot },
    });
    bot.api.config.use(autoRetry());
    for (let i = 0; i < 4; i++) await bot.api.sendMessage(VILLAGER, `第${i + 1}条`);
    // One refusal and no second: auto-retry waited out retry_after on its own timer before the
    // fourth message (a retry sent any sooner would have been refused again). No test clock is
    // read; the emulator's flood limiter is the witness.
    expect(emulator.stats()).toMatchObject({ sent: 4, http429: 1 });
    expect(emulator.calls.map((c) => c.errorCode ?? 200)).toEqual([200, 200, 200, 429, 200]);
    expect(emulator.messages(VILLAGER).map((m) => m.text)).toEqual([
      '第1条',
      '第2条',
      '第3条',
      '第4条',
    ]);
  });
});
