import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { until } from '../helpers/until.js';
import { call, ok } from './api-call.js';

const VILLAGER = 100001;
let emulator: BotApiEmulator;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-CN' });
});
afterEach(() => emulator.stop());

/** Resolves once the emulator holds a long poll open: the poll has arrived and is waiting. */
const pollWaiting = () => until(() => emulator.longPollWaiting, 'a long poll held open');

describe('getUpdates', () => {
  it('holds a long poll open until the villager writes, then returns at once', async () => {
    const poll = ok<Update[]>(emulator, 'getUpdates', { timeout: 10 });
    await pollWaiting();
    emulator.sendText(VILLAGER, '/start');
    const updates = await poll;
    // The poll's own timeout (10 s) would have answered with no updates: getting the message
    // means it returned when the villager wrote.
    expect(updates).toHaveLength(1);
    expect(updates[0]?.message).toMatchObject({
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      chat: { id: VILLAGER, type: 'private' },
      from: { id: VILLAGER, first_name: '王大妈', language_code: 'zh-CN' },
    });
  });

  it('returns an empty list when the timeout passes with nothing new', async () => {
    expect(await ok(emulator, 'getUpdates', { timeout: 0.2 })).toEqual([]);
  });

  it('keeps updates until an offset confirms them, and honours limit', async () => {
    const first = emulator.sendText(VILLAGER, '一');
    emulator.sendText(VILLAGER, '二');
    emulator.sendText(VILLAGER, '三');
    const again = await ok<Update[]>(emulator, 'getUpdates', { limit: 2 });
    expect(again.map((u) => u.message?.text)).toEqual(['一', '二']);
    expect((await ok<Update[]>(emulator, 'getUpdates')).length).toBe(3);
    const rest = await ok<Update[]>(emulator, 'getUpdates', { offset: first.update_id + 2 });
    expect(rest.map((u) => u.message?.text)).toEqual(['三']);
    expect(emulator.pendingUpdates).toBe(1);
  });

  it('filters by allowed_updates and remembers the setting', async () => {
    emulator.sendText(VILLAGER, 'hi');
    expect(await ok(emulator, 'getUpdates', { allowed_updates: ['callback_query'] })).toEqual([]);
    emulator.sendText(VILLAGER, 'again');
    expect(await ok(emulator, 'getUpdates')).toEqual([]);
    emulator.sendText(VILLAGER, 'now');
    const all = await ok<Update[]>(emulator, 'getUpdates', { allowed_updates: [] });
    expect(all.map((u) => u.message?.text)).toEqual(['now']);
  });

  it('ends the older of two concurrent polls with 409, like a bot running twice', async () => {
    const older = call(emulator, 'getUpdates', { timeout: 5 });
    await pollWaiting();
    const newer = call(emulator, 'getUpdates', { timeout: 0.3 });
    const conflict = await older;
    expect(conflict.status).toBe(409);
    expect(conflict.body.description).toContain('terminated by other getUpdates request');
    expect((await newer).body.result).toEqual([]);
  });

  it('refuses getUpdates with 409 while a webhook is set', async () => {
    await ok(emulator, 'setWebhook', { url: 'https://example.org/hook', secret_token: 'abc' });
    expect(await ok(emulator, 'getWebhookInfo')).toMatchObject({
      url: 'https://example.org/hook',
      pending_update_count: 0,
    });
    const refused = await call(emulator, 'getUpdates');
    expect(refused.status).toBe(409);
    expect(refused.body.description).toContain(
      "can't use getUpdates method while webhook is active",
    );
    await ok(emulator, 'deleteWebhook', { drop_pending_updates: true });
    expect(emulator.webhook()).toBeUndefined();
    expect(await ok(emulator, 'getUpdates')).toEqual([]);
  });

  it('answers a pending long poll promptly on stop', async () => {
    // The longest poll Telegram allows (120 s), twice the test's hang timeout: a stop that left
    // the poll waiting would fail the test, so answering at all means it was answered on stop.
    const poll = call(emulator, 'getUpdates', { timeout: 120 });
    await pollWaiting();
    await emulator.stop();
    expect(emulator.longPollWaiting).toBe(false);
    const response = await poll;
    expect(response.body).toEqual({ ok: true, result: [] });
    await emulator.start(); // afterEach stops it again
  });
});
