import { afterEach, describe, expect, it } from 'vitest';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import type { WebChat } from '../../src/sandbox/webchat.js';
import { useSandboxWebChat } from '../helpers/sandbox-web-chat.js';
import { until } from '../helpers/until.js';
import { ok } from './api-call.js';
import { type FakeNode, fakeDocument, runScripts } from './fake-dom.js';

const WANG = 100001;
let emulator: BotApiEmulator;
let webChat: WebChat;
let stopEvents: (() => void) | undefined;

useSandboxWebChat((chat) => {
  ({ emulator, webChat } = chat);
});
// Registered after the web chat's, so it runs before the web chat stops.
afterEach(() => {
  stopEvents?.();
});

/** Loads the real page scripts against a fake DOM, with fetch pointed at the web chat. */
function openPage(address: { search?: string; hash?: string } = {}) {
  // Like a browser's: setting `hash` to "a/b" reads back as "#a/b".
  let hash = address.hash ?? '';
  const location = {
    pathname: '/',
    search: address.search ?? '',
    get hash() {
      return hash;
    },
    set hash(value: string) {
      hash = value && !value.startsWith('#') ? `#${value}` : value;
    },
  };
  const replaced: string[] = [];
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
      location,
      history: {
        replaceState(_state: unknown, _title: string, url: string) {
          replaced.push(url);
          location.search = url.includes('?')
            ? (url.slice(url.indexOf('?')).split('#')[0] ?? '')
            : '';
        },
      },
      URLSearchParams,
      setTimeout,
      clearTimeout,
      alert: () => {},
      prompt: () => '43.9, 116.1',
    },
    'webchat-render.js',
    'webchat-client.js',
  );
  const page = (id: string): FakeNode => document.getElementById(id);
  return Object.assign(page, { document, location, replaced });
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

describe('the web chat page script, continued', () => {
  it('sends /start v_<code> from ?start= in the address once, then drops it from the address', async () => {
    const page = openPage({ search: '?start=v_wl-hongqi', hash: `#${WANG}/${WANG}` });
    await until(() => emulator.messages(WANG).length === 1, 'the deep link /start');
    expect(emulator.messages(WANG)[0]).toMatchObject({ userId: WANG, text: '/start v_wl-hongqi' });
    expect(page.replaced).toEqual([`/#${WANG}/${WANG}`]);
    expect(page.location.search).toBe('');

    const bad = openPage({ search: '?start=<script>', hash: `#${WANG}/${WANG}` });
    await until(() => bad('toast').textContent.includes('start='), 'the refusal');
    expect(emulator.messages(WANG)).toHaveLength(1);
  });

  it("replies to a message: the officer answers the bot's question by replying to it", async () => {
    const LI = 200001;
    await ok(emulator, 'sendMessage', { chat_id: LI, text: '问题 #7：低保怎么申请？' });
    const page = openPage({ hash: `#${LI}/${LI}` });
    await until(() => page('log').findAll('button').length > 0, 'the question bubble');
    const reply = page('log')
      .findAll('button')
      .find((b) => b.className === 'reply-btn');
    reply?.listeners.get('click')?.();
    expect(page('reply-bar').textContent).toContain('问题 #7');
    page('text').value = '带户口本去苏木民政办。';
    page('composer').requestSubmit();
    await until(() => emulator.messages(LI).length === 2, 'the answer');
    expect(emulator.messages(LI)[1]).toMatchObject({
      text: '带户口本去苏木民政办。',
      reply_to_message_id: emulator.messages(LI)[0]?.message_id,
    });
    expect(page('reply-bar').children).toHaveLength(0);
  });

  it('opens the command menu in place of the reply keyboard, and an empty chat does not say "send /start"', async () => {
    const page = openPage({ hash: `#${WANG}/${WANG}` });
    await until(() => page('log').textContent.includes('暂无消息'), 'the empty chat');
    expect(page('log').textContent).not.toContain('发送 /start 开始');
    page('menu').listeners.get('click')?.();
    expect(page('commands').classList.contains('open')).toBe(true);
    expect(page.document.body.classList.contains('menu-open')).toBe(true);
    page('menu').listeners.get('click')?.();
    expect(page.document.body.classList.contains('menu-open')).toBe(false);
  });
});
