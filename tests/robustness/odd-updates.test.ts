/**
 * Fuzzing with updates Telegram could send but the types do not promise: missing or odd fields,
 * wrong types, no chat, unknown kinds. None may end in an error-level log line or an apology.
 */
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;

const ODD_VALUES = [
  undefined,
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  [],
  {},
  true,
  2 ** 60,
  '/start',
  { a: 1 },
];
const TEXTS = [
  '/start',
  '/help',
  '/reports',
  '/broadcast_status 1',
  '户口怎么迁',
  '安全账户',
  'hi',
];
const DATA = ['twp:T-WULAN', 'myf:1:yes', 'lang:en', 'menu', '', 'x'.repeat(70), 'ptc'];

function user(): Record<string, unknown> {
  const u: Record<string, unknown> = { id: 800_000 + Math.floor(random() * 50), is_bot: false };
  if (random() < 0.7) u.first_name = pick(['A', '', '王大妈']);
  if (random() < 0.3) u.first_name = pick(ODD_VALUES);
  if (random() < 0.5) u.language_code = pick(['zh-hans', 'en', 'mn', 42, null]);
  return u;
}

function chat(id: number): Record<string, unknown> | undefined {
  if (random() < 0.1) return undefined;
  if (random() < 0.1) return { id: pick(ODD_VALUES) };
  return {
    id: random() < 0.8 ? id : -100_123,
    type: pick(['private', 'group', 'supergroup', 'channel']),
  };
}

function message(): Record<string, unknown> {
  const from = random() < 0.9 ? user() : undefined;
  const m: Record<string, unknown> = {
    message_id: random() < 0.9 ? Math.floor(random() * 1000) : pick(ODD_VALUES),
    date: random() < 0.9 ? 0 : pick(ODD_VALUES),
    chat: chat(Number(from?.id ?? 1)),
    from,
  };
  const text = random() < 0.7 ? pick(TEXTS) : pick(ODD_VALUES);
  if (random() < 0.8) m.text = text;
  if (random() < 0.2)
    m.entities = pick([[{ type: 'bot_command', offset: 0, length: 6 }], 'x', null]);
  if (random() < 0.1) m.caption = pick(ODD_VALUES);
  if (random() < 0.05) m.location = pick([{ latitude: 'x' }, {}, null]);
  if (random() < 0.05) m.photo = pick([[], 'x', [{ file_id: 1 }]]);
  return m;
}

function oddUpdate(update_id: number): Update {
  const kind = pick([
    'message',
    'edited_message',
    'callback_query',
    'my_chat_member',
    'poll',
    'other',
  ]);
  const u: Record<string, unknown> = { update_id };
  if (kind === 'message' || kind === 'edited_message') u[kind] = message();
  else if (kind === 'callback_query') {
    u.callback_query = {
      id: random() < 0.9 ? `cb-${update_id}` : pick(ODD_VALUES),
      from: random() < 0.9 ? user() : undefined,
      chat_instance: 'ci',
      data: random() < 0.8 ? pick(DATA) : pick(ODD_VALUES),
      ...(random() < 0.8 ? { message: message() } : {}),
    };
  } else if (kind === 'my_chat_member') {
    u.my_chat_member = {
      chat: chat(-100_555),
      from: random() < 0.9 ? user() : undefined,
      date: 0,
      old_chat_member: random() < 0.8 ? { status: 'left', user: user() } : undefined,
      new_chat_member:
        random() < 0.8 ? { status: pick(['member', 'kicked', 7]), user: user() } : null,
    };
  } else u[kind] = { id: 'x' };
  return u as unknown as Update;
}

describe('odd updates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.stop());

  it('never end in an error-level log line or an apology', { timeout: 300_000 }, async () => {
    for (let i = 1; i <= 3000; i++) await app.handle(oddUpdate(i));
    const errors = app.logger.entries.filter((e) => e.level === 'error');
    expect(errors.map((e) => `${e.msg}: ${JSON.stringify(e.error)}`).slice(0, 5)).toEqual([]);
    const apologies = app.telegram.calls.filter(
      (c) => typeof c.payload.text === 'string' && /没有办成|暂时连不上/.test(c.payload.text),
    );
    expect(apologies).toEqual([]);
  });
});
