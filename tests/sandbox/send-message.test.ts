import type { Message } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { call, ok } from './api-call.js';

const VILLAGER = 100001;
const STATION_GROUP = -100100;
let emulator: BotApiEmulator;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  emulator.addUser({ id: VILLAGER, first_name: '王大妈' });
  emulator.addUser({ id: 200001, first_name: '李警官' });
  emulator.addGroup({ id: STATION_GROUP, title: '派出所群', memberIds: [200001] });
});
afterEach(() => emulator.stop());

async function description(method: string, params: Record<string, unknown>) {
  const { status, body } = await call(emulator, method, params);
  return `${status} ${body.description}`;
}

describe('sendMessage', () => {
  it('stores HTML as plain text plus entities and shows it in the chat', async () => {
    const sent = await ok<Message>(emulator, 'sendMessage', {
      chat_id: VILLAGER,
      text: '<b>注意</b>：谨防 <i>电信诈骗</i>',
      parse_mode: 'HTML',
    });
    expect(sent).toMatchObject({
      message_id: 1,
      from: { id: 7000000001, is_bot: true, username: 'cunjing_sandbox_bot' },
      chat: { id: VILLAGER, type: 'private' },
      text: '注意：谨防 电信诈骗',
      entities: [
        { type: 'bold', offset: 0, length: 2 },
        { type: 'italic', offset: 6, length: 4 },
      ],
    });
    expect(emulator.lastBotMessage(VILLAGER)).toMatchObject({
      from: 'bot',
      text: '注意：谨防 电信诈骗',
    });
  });

  it("reports HTML mistakes with Telegram's texts", async () => {
    const send = (text: string) =>
      description('sendMessage', { chat_id: VILLAGER, text, parse_mode: 'HTML' });
    expect(await send('<foo>x</foo>')).toBe(
      '400 Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0',
    );
    expect(await send('<b>没关')).toBe(
      '400 Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    );
    expect(await send('A & B')).toBe(
      '400 Bad Request: can\'t parse entities: Bare "&" must be written as "&amp;" at byte offset 2',
    );
  });

  it('counts the 4096 limit on the visible text after parsing', async () => {
    const send = (n: number) =>
      call(emulator, 'sendMessage', {
        chat_id: VILLAGER,
        text: `<b>${'警'.repeat(n)}</b>`,
        parse_mode: 'HTML',
      });
    expect((await send(4096)).body.ok).toBe(true);
    expect((await send(4097)).body).toMatchObject({
      ok: false,
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    expect(await description('sendMessage', { chat_id: VILLAGER, text: '   ' })).toBe(
      '400 Bad Request: message text is empty',
    );
    expect(
      await description('sendPhoto', {
        chat_id: VILLAGER,
        photo: 'https://x.org/a.jpg',
        caption: 'c'.repeat(1025),
      }),
    ).toBe('400 Bad Request: message caption is too long');
  });

  it('rejects callback_data over 64 bytes: 22 Chinese characters are 66', async () => {
    const keyboard = (data: string) => ({
      inline_keyboard: [[{ text: '确认', callback_data: data }]],
    });
    expect(
      await description('sendMessage', {
        chat_id: VILLAGER,
        text: 'x',
        reply_markup: keyboard('报'.repeat(22)),
      }),
    ).toBe('400 Bad Request: BUTTON_DATA_INVALID');
    expect(
      (
        await call(emulator, 'sendMessage', {
          chat_id: VILLAGER,
          text: 'x',
          reply_markup: keyboard('报'.repeat(21)),
        })
      ).body.ok,
    ).toBe(true);
    expect(
      await description('sendMessage', {
        chat_id: VILLAGER,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: '空' }]] },
      }),
    ).toBe('400 Bad Request: text buttons are unallowed in the inline keyboard');
    expect(
      await description('sendMessage', { chat_id: VILLAGER, text: 'x', reply_markup: '{not json' }),
    ).toBe("400 Bad Request: can't parse reply keyboard markup JSON object");
  });

  it('knows unknown chats, blocked users and unknown methods', async () => {
    expect(await description('sendMessage', { chat_id: 555, text: 'hi' })).toBe(
      '400 Bad Request: chat not found',
    );
    emulator.blockBot(VILLAGER);
    expect(await description('sendMessage', { chat_id: VILLAGER, text: 'hi' })).toBe(
      '403 Forbidden: bot was blocked by the user',
    );
    expect(await description('sendPigeon', {})).toBe('404 Not Found: method not found');
    const wrongToken = await call(emulator, 'getMe', {}, '42:WRONG');
    expect(wrongToken).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
  });

  it('survives garbage bodies and accepts form-encoded parameters', async () => {
    const url = `${emulator.apiRoot}/bot42:TEST/sendMessage`;
    const garbage = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"chat_id":',
    });
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { description: string }).description).toContain(
      "can't parse JSON",
    );
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        chat_id: String(VILLAGER),
        text: '表单',
        reply_markup: JSON.stringify({ keyboard: [['📍 报告位置']], one_time_keyboard: true }),
      }),
    });
    expect(((await form.json()) as { ok: boolean }).ok).toBe(true);
    expect(emulator.replyKeyboard(VILLAGER)?.keyboard).toEqual([['📍 报告位置']]);
    emulator.sendText(VILLAGER, '📍 报告位置');
    expect(emulator.replyKeyboard(VILLAGER)).toBeUndefined();
  });
});

describe('editing', () => {
  it('edits in place, refuses identical edits, and drops the keyboard when none is sent', async () => {
    const markup = { inline_keyboard: [[{ text: '好', callback_data: 'ok' }]] };
    const sent = await ok<Message>(emulator, 'sendMessage', {
      chat_id: VILLAGER,
      text: '待处理',
      reply_markup: markup,
    });
    const edit = {
      chat_id: VILLAGER,
      message_id: sent.message_id,
      text: '待处理',
      reply_markup: markup,
    };
    expect(await description('editMessageText', edit)).toBe(
      '400 Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );
    const edited = await ok<Message>(emulator, 'editMessageText', {
      ...edit,
      text: '<b>已处理</b>',
      parse_mode: 'HTML',
      reply_markup: undefined,
    });
    expect(edited.edit_date).toBeGreaterThan(0);
    const [message] = emulator.messages(VILLAGER);
    expect(message).toMatchObject({
      text: '已处理',
      entities: [{ type: 'bold', offset: 0, length: 3 }],
    });
    expect(message?.reply_markup).toBeUndefined();
    expect(await description('editMessageText', { ...edit, message_id: 99 })).toBe(
      '400 Bad Request: message to edit not found',
    );
    await ok(emulator, 'deleteMessage', { chat_id: VILLAGER, message_id: sent.message_id });
    expect(emulator.messages(VILLAGER)).toEqual([]);
  });

  it('waits for the next bot message and explains a timeout', async () => {
    const waiting = emulator.waitForBotMessage(VILLAGER, (m) => m.text === '第二条');
    await ok(emulator, 'sendMessage', { chat_id: VILLAGER, text: '第一条' });
    await ok(emulator, 'sendMessage', { chat_id: VILLAGER, text: '第二条' });
    expect((await waiting).text).toBe('第二条');
    await expect(emulator.waitForBotMessage(VILLAGER, undefined, 50)).rejects.toThrow(
      /No matching bot message in chat 100001 within 50 ms[\s\S]*#2 bot: "第二条"/,
    );
  });
});

describe('groups and bookkeeping', () => {
  it('delivers only commands, replies and mentions from a group in privacy mode', async () => {
    expect(emulator.sendText(200001, '大家好', { chatId: STATION_GROUP }).update_id).toBe(0);
    expect(emulator.sendText(200001, '/duty', { chatId: STATION_GROUP }).update_id).toBeGreaterThan(
      0,
    );
    expect(emulator.messages(STATION_GROUP).map((m) => m.text)).toEqual(['大家好', '/duty']);
    expect(() => emulator.sendText(VILLAGER, 'hi', { chatId: STATION_GROUP })).toThrow(
      /not in group -100100/,
    );
  });

  it('logs calls and keeps exact counters', async () => {
    await ok(emulator, 'sendMessage', { chat_id: VILLAGER, text: '1' });
    await call(emulator, 'sendMessage', { chat_id: 1, text: '2' });
    expect(emulator.calls.at(-1)).toMatchObject({
      method: 'sendMessage',
      chatId: 1,
      ok: false,
      errorCode: 400,
    });
    expect(emulator.stats()).toEqual({ sent: 1, http429: 0, byMethod: { sendMessage: 2 } });
  });
});
