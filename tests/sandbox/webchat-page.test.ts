import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { createWebChat, type WebChat } from '../../src/sandbox/webchat.js';
import { ok } from './api-call.js';
import { type FakeNode, fakeDocument, runScripts } from './fake-dom.js';

const WANG = 100001;
let emulator: BotApiEmulator;
let webChat: WebChat;
let stopEvents: (() => void) | undefined;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  webChat = createWebChat({ emulator, port: 0 });
  await webChat.start();
});
afterEach(async () => {
  stopEvents?.();
  await webChat.stop();
  await emulator.stop();
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Loads the real page scripts against a fake DOM, with fetch pointed at the web chat. */
function openPage() {
  const document = fakeDocument();
  const base = webChat.url;
  class FakeEventSource {
    onmessage?: (message: { data: string }) => void;
    onopen?: () => void;
    constructor() {
      stopEvents = emulator.subscribe((event) => this.onmessage?.({ data: JSON.stringify(event) }));
    }
  }
  runScripts(
    {
      document,
      fetch: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init),
      EventSource: FakeEventSource,
      location: { hash: '' },
      URLSearchParams,
      setTimeout,
      clearTimeout,
      alert: () => {},
      prompt: () => '43.9, 116.1',
    },
    'webchat-render.js',
    'webchat-client.js',
  );
  return (id: string): FakeNode => document.getElementById(id);
}

describe('the web chat page script', () => {
  it('chats as a villager: send, see the reply, press buttons, use the reply keyboard', async () => {
    const page = openPage();
    await until(() => page('personas').children.length === 4, 'the persona tabs');
    expect(page('personas').textContent).toContain('王大妈 · 村民');
    expect(page('chats').textContent).toContain('与机器人私聊');

    page('text').value = '/start';
    page('composer').requestSubmit();
    await until(() => emulator.messages(WANG).length === 1, 'the message to arrive');
    expect(emulator.messages(WANG)[0]).toMatchObject({ userId: WANG, text: '/start' });

    await ok(emulator, 'sendMessage', {
      chat_id: WANG,
      text: '<b>欢迎</b>，请选择',
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [[{ text: '报警', callback_data: 'report' }]] },
    });
    await ok(emulator, 'sendMessage', {
      chat_id: WANG,
      text: '或者发送位置',
      reply_markup: { keyboard: [[{ text: '📍 位置', request_location: true }], ['取消']] },
    });
    await until(
      () => page('log').textContent.includes('或者发送位置'),
      'the bot reply on the page',
    );
    expect(String(page('log'))).toContain('<b>欢迎</b>，请选择');

    const inline = page('log')
      .findAll('button')
      .find((b) => b.textContent === '报警');
    inline?.listeners.get('click')?.();
    await until(() => emulator.pendingUpdates === 2, 'the callback query');

    const keys = page('keyboard').findAll('button');
    expect(keys.map((k) => k.textContent)).toEqual(['📍 位置', '取消']);
    keys[0]?.listeners.get('click')?.();
    await until(() => emulator.messages(WANG).some((m) => m.location), 'the shared location');
    expect(emulator.messages(WANG).find((m) => m.location)?.location).toEqual({
      latitude: 43.9,
      longitude: 116.1,
    });
  });

  it('switches to the officer in the station group', async () => {
    const page = openPage();
    await until(() => page('personas').children.length === 4, 'the persona tabs');
    page('personas').children[2]?.listeners.get('click')?.();
    await until(() => page('chats').children.length === 3, "the officer's chats");
    page('chats').children[1]?.listeners.get('click')?.();
    expect(page('chat-info').textContent).toContain('群隐私模式');
    page('text').value = '/duty';
    page('composer').requestSubmit();
    await until(() => emulator.messages(-100100).length === 1, 'the group message');
    expect(emulator.messages(-100100)[0]).toMatchObject({ userId: 200001, text: '/duty' });
  });
});
