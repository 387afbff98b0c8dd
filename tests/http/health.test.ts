/**
 * The health and metrics server, and a Bot API server that rejects setMyCommands (like
 * telegram-test-api or an older self-hosted server): the menus are a warning, retried later, and
 * the bot serves villagers meanwhile.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/app/content.js';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { processRegistry } from '../../src/metrics/index.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { appDatabase, EMULATOR_TOKEN, startEmulator } from '../helpers/emulator-driver.js';

const VILLAGER = 100001;

/** The emulator behind a proxy that answers setMyCommands with ok: false. */
async function rejectingSetMyCommands(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    if (req.url?.endsWith('/setMyCommands')) {
      req.resume();
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: false,
          error_code: 400,
          description: 'Bad Request: command scopes are not supported',
        }),
      );
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'GET',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('health, metrics, and a Bot API server that rejects setMyCommands', () => {
  let emulator: BotApiEmulator | undefined;
  let app: RunningApp | undefined;
  let proxy: Server | undefined;
  afterEach(async () => {
    await app?.stop();
    proxy?.closeAllConnections();
    await new Promise((done) => (proxy ? proxy.close(done) : done(undefined)));
    await emulator?.stop();
  });

  it('warns about the menus, serves updates, and reports health and metrics', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-hans' });
    const fake = await rejectingSetMyCommands(emulator.apiRoot);
    proxy = fake.server;
    const db = await appDatabase('sqlite');
    const logger = createMemoryLogger();
    const config = loadConfig(
      {
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: db.url,
        HEALTH_PORT: '0',
      },
      undefined,
    );
    app = await startApp(config, { logger });
    await app.menus.firstTry;
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: expect.stringMatching(
          /^registering the command menus failed: 400 Bad Request: command scopes are not supported; trying again in 60 s/,
        ),
      }),
    );

    const reply = emulator.waitForBotMessage(VILLAGER);
    emulator.sendText(VILLAGER, '/start');
    expect((await reply).text).toContain('请选择语言');

    const base = `http://127.0.0.1:${app.healthPort}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      checks: {
        database: { ok: true, engine: 'sqlite' },
        sessions: { ok: true },
        telegram: { ok: true },
      },
    });

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/^cunjing_updates_handled_total\{type="message"\} [1-9]/m);
    expect(text).toMatch(/^cunjing_update_duration_seconds_count [1-9]/m);
    expect(text).toMatch(/^cunjing_updates_failed_total \d+/m);
    expect(text).toMatch(/^cunjing_outbox_depth 0$/m);
    expect(text).toContain('# TYPE cunjing_outbox_messages gauge');
    expect(text).toContain('# TYPE cunjing_reports gauge');
    expect(text).toContain('# TYPE cunjing_service_answers_total counter');
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  }, 60_000);

  it('counts service answers by confidence band', async () => {
    const { services } = loadContent(loadConfig({}, undefined));
    const before = await processRegistry.getSingleMetricAsString('cunjing_service_answers_total');
    const result = services.matcher.match('身份证丢了怎么补办');
    const after = await processRegistry.getSingleMetricAsString('cunjing_service_answers_total');
    const count = (text: string) =>
      Number(new RegExp(`band="${result.band}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    expect(count(after)).toBe(count(before) + 1);
  });
});
