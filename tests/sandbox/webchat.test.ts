import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { createWebChat, type WebChat } from '../../src/sandbox/webchat.js';
import { useSandboxWebChat } from '../helpers/sandbox-web-chat.js';
import { ok } from './api-call.js';

const WANG = 100001;
const LI = 200001;
const STATION_GROUP = -100100;
let emulator: BotApiEmulator;
let webChat: WebChat;

useSandboxWebChat((chat) => {
  ({ emulator, webChat } = chat);
});

async function api(path: string, body?: unknown) {
  const response = await fetch(`${webChat.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface ChatView {
  messages: Array<{ from: string; text?: string; senderName: string; entities: unknown[] }>;
  keyboard: { keyboard: unknown[][] } | null;
  commands: unknown[];
}

describe('web chat', () => {
  it('serves the page with a strict content security policy', async () => {
    const response = await fetch(webChat.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('村警通');
    expect(html).toContain('Noto Sans Mongolian');
    for (const path of ['/webchat-render.js', '/webchat.js']) {
      const script = await fetch(`${webChat.url}${path}`);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect(await script.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });

  it('lists the default personas and groups', async () => {
    const { body } = await api('/api/state');
    const personas = body.personas as Array<{
      id: number;
      first_name: string;
      language_code: string;
    }>;
    expect(personas.map((p) => [p.id, p.first_name, p.language_code])).toEqual([
      [100001, '王大妈', 'zh-CN'],
      [100002, 'Bataar', 'mn'],
      [200001, '李警官', 'zh-CN'],
      [900001, '赵所长', 'zh-CN'],
    ]);
    expect((body.groups as Array<{ id: number }>).map((g) => g.id)).toEqual([-100100, -100200]);
  });

  it('sends text as a persona and shows the bot reply with entities and keyboard', async () => {
    const sent = await api('/api/send', { as: WANG, chat: WANG, text: '你好' });
    expect(sent.status).toBe(200);
    const [update] = await ok<Array<{ message: Message }>>(emulator, 'getUpdates');
    expect(update?.message).toMatchObject({ text: '你好', from: { id: WANG } });
    await ok(emulator, 'sendMessage', {
      chat_id: WANG,
      text: '<b>您好</b> &lt;script&gt;',
      parse_mode: 'HTML',
      reply_markup: {
        keyboard: [[{ text: '📍 发送位置', request_location: true }]],
        resize_keyboard: true,
      },
    });
    const view = (await api(`/api/chat?as=${WANG}&chat=${WANG}`)).body as unknown as ChatView;
    expect(view.messages).toEqual([
      expect.objectContaining({ from: 'user', text: '你好', senderName: '王大妈' }),
      expect.objectContaining({
        from: 'bot',
        text: '您好 <script>',
        entities: [{ type: 'bold', offset: 0, length: 2 }],
        senderName: '村警通',
      }),
    ]);
    expect(view.keyboard?.keyboard).toEqual([[{ text: '📍 发送位置', request_location: true }]]);
  });

  it('shares a location and a photo, and acts in a group as the officer', async () => {
    await api('/api/location', { as: WANG, chat: WANG, latitude: 43.93, longitude: 116.07 });
    const photo = await fetch(
      `${webChat.url}/api/photo?as=${WANG}&chat=${WANG}&caption=${encodeURIComponent('现场')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'image/png' },
        body: Buffer.from('not really a png'),
      },
    );
    expect(photo.status).toBe(200);
    const messages = emulator.messages(WANG);
    expect(messages[0]?.location).toEqual({ latitude: 43.93, longitude: 116.07 });
    expect(messages[1]).toMatchObject({ caption: '现场', photo: { file_id: expect.any(String) } });
    const image = await fetch(`${webChat.url}/api/file/${messages[1]?.photo?.file_id}`);
    expect(Buffer.from(await image.arrayBuffer()).toString()).toBe('not really a png');

    expect((await api('/api/send', { as: LI, chat: STATION_GROUP, text: '/duty' })).status).toBe(
      200,
    );
    expect(emulator.messages(STATION_GROUP)[0]).toMatchObject({ userId: LI, text: '/duty' });
  });

  it('refuses to act in chats the persona is not in, and relays bot-side errors', async () => {
    const outsider = await api('/api/send', { as: WANG, chat: STATION_GROUP, text: 'hi' });
    expect(outsider).toEqual({
      status: 403,
      body: { error: { code: 'not_in_chat', message: '王大妈 is not in chat -100100.' } },
    });
    const press = await api('/api/press', { as: WANG, chat: WANG, messageId: 5, data: 'x' });
    expect(press.status).toBe(400);
    expect((press.body.error as { message: string }).message).toContain('No bot message #5');
  });

  it('streams events to the page', async () => {
    const controller = new AbortController();
    const response = await fetch(`${webChat.url}/api/events`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // ": connected"
    await ok(emulator, 'sendMessage', { chat_id: LI, text: '集合' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"type":"message","chatId":200001');
    controller.abort();
  });
});

describe('web chat history across restarts', () => {
  it('keeps the chats in the history file, so a restart shows the same conversation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'webchat-'));
    const file = join(dir, 'data', 'sandbox-chats.json');
    const first = createBotApiEmulator({ token: '42:TEST', limits: false });
    await first.start();
    const before = createWebChat({ emulator: first, port: 0, historyFile: file });
    await before.start();
    expect(before.restoredChats).toBe(0);
    first.sendText(WANG, '/start v_wl-hongqi');
    await ok(first, 'sendMessage', {
      chat_id: WANG,
      text: '欢迎，红旗村的王大妈',
      reply_markup: { keyboard: [['🛡️ 查诈骗', '👤 我的']], resize_keyboard: true },
    });
    await ok(first, 'sendMessage', {
      chat_id: WANG,
      text: '要不要订阅反诈提醒？',
      reply_markup: { inline_keyboard: [[{ text: '要', callback_data: 'sub:yes' }]] },
    });
    await before.stop(); // writes the file
    await first.stop();

    const second = createBotApiEmulator({ token: '42:TEST', limits: false });
    await second.start();
    const after = createWebChat({ emulator: second, port: 0, historyFile: file });
    await after.start();
    try {
      expect(after.restoredChats).toBeGreaterThanOrEqual(6); // 4 private chats, 2 groups
      const response = await fetch(`${after.url}/api/chat?as=${WANG}&chat=${WANG}`);
      const view = (await response.json()) as ChatView;
      expect(view.messages.map((m) => m.text)).toEqual([
        '/start v_wl-hongqi',
        '欢迎，红旗村的王大妈',
        '要不要订阅反诈提醒？',
      ]);
      expect(view.keyboard?.keyboard).toEqual([['🛡️ 查诈骗', '👤 我的']]);
      // The restored buttons still work, and new messages carry on the numbering.
      const pressed = second.pressButton(WANG, WANG, 3, 'sub:yes');
      expect(pressed.callback_query?.data).toBe('sub:yes');
      second.sendText(WANG, '/menu');
      expect(second.messages(WANG).at(-1)?.message_id).toBe(4);
      expect(second.chatsOf(LI)).toEqual(expect.arrayContaining([LI, STATION_GROUP]));
    } finally {
      await after.stop();
      await second.stop();
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).chats.length).toBeGreaterThanOrEqual(6);
  });

  it('moves an unreadable history file aside and starts with empty chats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'webchat-'));
    const file = join(dir, 'sandbox-chats.json');
    writeFileSync(file, '{ not json');
    const problems: string[] = [];
    const fresh = createBotApiEmulator({ token: '42:TEST', limits: false });
    const chat = createWebChat({
      emulator: fresh,
      port: 0,
      historyFile: file,
      onProblem: (m) => problems.push(m),
    });
    expect(chat.restoredChats).toBe(0);
    expect(problems[0]).toContain(`moved it to ${file}.bad`);
    expect(existsSync(`${file}.bad`)).toBe(true);
    expect(fresh.messages(WANG)).toEqual([]);
  });

  it('sends a reply to a message, and refuses one to a message that is gone', async () => {
    await ok(emulator, 'sendMessage', { chat_id: LI, text: '问题 #3：能不能帮我看看这个号码？' });
    const sent = await api('/api/send', { as: LI, chat: LI, text: '是诈骗，别回。', replyTo: 1 });
    expect(sent.status).toBe(200);
    expect(emulator.messages(LI)[1]).toMatchObject({ reply_to_message_id: 1 });
    const gone = await api('/api/send', { as: LI, chat: LI, text: '再说一次', replyTo: 99 });
    expect(gone.status).toBe(404);
    expect((gone.body.error as { message: string }).message).toContain('no longer in this chat');
  });
});
