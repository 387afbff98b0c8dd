/**
 * A station network that reaches the internet only through a proxy: with TELEGRAM_PROXY set,
 * every call to the Bot API goes through it (grammY's client and the delivery engine alike), and
 * the villager gets answers as usual. The proxy here is a plain CONNECT tunnel that records
 * where it was asked to go.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { type CunjingProcess, startCunjing } from '../helpers/child-process.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  hasButton,
  startEmulator,
  untilScreen,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;

interface TunnelProxy {
  url: string;
  /** `host:port` of every CONNECT request, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

async function startTunnelProxy(): Promise<TunnelProxy> {
  const tunnels: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

describe('an outgoing proxy for the Bot API', () => {
  let emulator: BotApiEmulator | undefined;
  let proxy: TunnelProxy | undefined;
  let bot: CunjingProcess | undefined;
  afterEach(async () => {
    if (bot?.child.exitCode === null) bot.child.kill('SIGKILL');
    await proxy?.close();
    await emulator?.stop();
  });

  it('sends every Bot API call through TELEGRAM_PROXY, and the villager is answered', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-hans' });
    proxy = await startTunnelProxy();
    const db = await appDatabase('sqlite');
    bot = startCunjing(['start'], {
      BOT_TOKEN: EMULATOR_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      TELEGRAM_PROXY: proxy.url,
      DATABASE_URL: db.url,
    });
    await bot.waitForLine((l) => l.msg === 'polling mode');
    emulator.sendText(VILLAGER, '/start');
    await untilScreen(
      emulator,
      VILLAGER,
      () => hasButton(emulator as BotApiEmulator, VILLAGER, 'lang:zh-CN'),
      'the language picker',
    );

    const apiHost = new URL(emulator.apiRoot).host;
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([apiHost]));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  }, 90_000);
});
