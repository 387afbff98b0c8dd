import type { Message } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { createWebChat, type WebChat } from '../../src/sandbox/webchat.js';
import { ok } from './api-call.js';

const WANG = 100001;
const LI = 200001;
const STATION_GROUP = -100100;
let emulator: BotApiEmulator;
let webChat: WebChat;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  webChat = createWebChat({ emulator, port: 0 });
  await webChat.start();
});
afterEach(async () => {
  await webChat.stop();
  await emulator.stop();
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
