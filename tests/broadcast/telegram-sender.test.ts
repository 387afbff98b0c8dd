import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramSender } from '../../src/broadcast/telegram-sender.js';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';

const TOKEN = '5550002:BROADCAST-test-token';
const WANG = 100001;

describe('the Telegram sender against the Bot API emulator', () => {
  let emulator: BotApiEmulator;
  afterEach(() => emulator.stop());

  async function start(limits: ConstructorParameters<typeof BotApiEmulator>[0]['limits'] = false) {
    emulator = createBotApiEmulator({ token: TOKEN, port: 0, limits });
    await emulator.start();
    emulator.addUser({ id: WANG, first_name: '王大妈' });
    return createTelegramSender(emulator.apiRoot, TOKEN);
  }

  it('delivers text and photo warnings, HTML intact', async () => {
    const send = await start();
    const text = await send(WANG, { text: '<b>暴雨预警</b>', parseMode: 'HTML' }, { paid: false });
    expect(text).toEqual({ ok: true, messageId: expect.any(Number) });
    const photo = await send(
      WANG,
      { text: '认准官方渠道', photoFileId: 'https://example.org/poster.jpg' },
      { paid: false },
    );
    expect(photo.ok).toBe(true);
    const [first, second] = emulator.messages(WANG);
    expect(first?.text).toBe('暴雨预警');
    expect(second).toMatchObject({ caption: '认准官方渠道' });
  });

  it('calls a blocked villager and an unknown chat inactive', async () => {
    const send = await start();
    emulator.blockBot(WANG);
    expect(await send(WANG, { text: 'x' }, { paid: false })).toEqual({
      ok: false,
      kind: 'inactive',
    });
    expect(await send(424242, { text: 'x' }, { paid: false })).toEqual({
      ok: false,
      kind: 'inactive',
    });
  });

  it('calls any other 400 permanent, with Telegram’s reason', async () => {
    const send = await start();
    expect(await send(WANG, { text: '' }, { paid: false })).toEqual({
      ok: false,
      kind: 'permanent',
      description: expect.stringMatching(/^Bad Request: /),
    });
  });

  it('passes on retry_after from flood control; paid sends use the paid limit', async () => {
    const send = await start({ globalPerSecond: 1, paidGlobalPerSecond: 1000, perChatBurst: 10 });
    expect((await send(WANG, { text: '1' }, { paid: false })).ok).toBe(true);
    expect(await send(WANG, { text: '2' }, { paid: false })).toEqual({
      ok: false,
      kind: 'retry_after',
      seconds: 1,
    });
    expect((await send(WANG, { text: '3' }, { paid: true })).ok).toBe(true);
    expect(emulator.stats().http429).toBe(1);
  });
});

describe('the Telegram sender when the network fails', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it('calls a 502 and a refused connection transient', async () => {
    server = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const gateway = createTelegramSender(`http://127.0.0.1:${port}`, TOKEN);
    expect(await gateway(WANG, { text: 'x' }, { paid: false })).toEqual({
      ok: false,
      kind: 'transient',
      description: 'HTTP 502',
    });

    const closed = createTelegramSender('http://127.0.0.1:9', TOKEN, { timeoutMs: 2_000 });
    expect(await closed(WANG, { text: 'x' }, { paid: false })).toMatchObject({
      ok: false,
      kind: 'transient',
    });
  });
});
