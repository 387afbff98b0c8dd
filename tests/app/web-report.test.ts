/**
 * A report filed from the web chat goes through the same workflow as one from Telegram: the
 * villager posts the form (with a photo), gets a number, and the station and county groups get
 * the same cards, delivered by the notice loop to the Bot API.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { acceptPhoto } from '../../src/channels/web/photo.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { openStore, type Store } from '../../src/store/database.js';
import { listReports } from '../../src/store/reports.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { jpegWithGps } from '../channels/web/photo.test-data.js';
import { WebClient } from '../channels/web/web-client.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  screen,
  startEmulator,
  tap,
  until,
  untilScreen,
} from '../helpers/emulator-driver.js';
import { ENGINES, routeToGroups } from '../helpers/store.js';

const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
const OFFICER = 200001;

describe.each(ENGINES)('a report from the web chat, on %s', (engine) => {
  let emulator: BotApiEmulator | undefined;
  let app: RunningApp | undefined;
  let store: Store | undefined;
  let cleanup = async () => {};
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
    await store?.close();
    await cleanup();
  });

  it('reaches the station and the county as the same cards as a Telegram report', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: OFFICER, first_name: '李警官', language_code: 'zh-hans' });
    emulator.addGroup({ id: STATION_GROUP, title: '乌兰派出所', memberIds: [OFFICER] });
    emulator.addGroup({ id: COUNTY_GROUP, title: '旗指挥中心', memberIds: [] });
    const db = await appDatabase(engine);
    cleanup = db.cleanup;
    const dataDir = mkdtempSync(join(tmpdir(), 'cunjing-data-'));
    const config = loadConfig(
      {
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: db.url,
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: 'http://127.0.0.1',
        DATA_DIR: dataDir,
      },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    store = openStore(db.url);
    await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
    const port = app.webChat?.port ?? 0;

    const resident = new WebClient(`http://127.0.0.1:${port}`);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const report = {
      category: 'theft',
      description: '<b>昨晚</b>羊圈里丢了三只羊',
      place: { latitude: 43.95123, longitude: 116.07456 },
      submissionKey: 'web-0123456789abcdef',
      photos: [jpegWithGps().toString('base64')],
    };
    const ok = await resident.post('/web/api/report', report);
    expect(ok.status).toBe(200);
    const [stored] = await listReports(store.db, {});
    expect(JSON.stringify(ok.body.message)).toContain(stored?.reference ?? '?');

    await untilScreen(emulator, STATION_GROUP, (m) => m.length > 0, 'the station card');
    await untilScreen(emulator, COUNTY_GROUP, (m) => m.length > 0, 'the county card');
    const station = screen(emulator, STATION_GROUP)[0]?.text ?? '';
    const county = screen(emulator, COUNTY_GROUP)[0]?.text ?? '';
    expect(station).toContain(stored?.reference ?? '?');
    expect(station).toContain('<b>昨晚</b>羊圈里丢了三只羊');
    expect(station).toContain('匿名');
    // Exact place only in the county command group, as for a Telegram report.
    expect(county).toContain('43.95123');
    expect(station).not.toContain('43.95123');
    const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
    expect(`${station}${county}`).not.toContain(deviceId);
    // The photo is kept by its content hash, without its EXIF position.
    const photo = acceptPhoto(jpegWithGps(), true);
    expect(existsSync(join(dataDir, 'evidence', `${photo?.sha256}.jpg`))).toBe(true);
    expect(stored).toMatchObject({ anonymous: true, reporterPersonId: null });

    // A replayed submit answers with the same number and adds no report and no card.
    const again = await resident.post('/web/api/report', report);
    expect(JSON.stringify(again.body.message)).toContain(stored?.reference ?? '?');
    expect(await listReports(store.db, {})).toHaveLength(1);
    const notices = await store.db.selectFrom('notices').select('status').execute();
    expect(notices.map((n) => n.status)).toEqual(['sent', 'sent']);

    // The officer opens the evidence: the photo is uploaded from the data directory, not
    // passed to Telegram as if its stored name were a Telegram file id.
    await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    emulator.sendText(OFFICER, '/start');
    await untilScreen(emulator, OFFICER, (m) => m.length > 0, 'the officer greeted');
    const before = emulator.calls.length;
    tap(emulator, OFFICER, `tre:${stored?.id}`, STATION_GROUP);
    await until(
      () => emulator?.calls.slice(before).some((c) => c.method === 'sendPhoto') ?? false,
      'the evidence photo sent to the officer',
    );
    const photoCall = emulator.calls.slice(before).find((c) => c.method === 'sendPhoto');
    expect(photoCall?.ok, JSON.stringify(photoCall)).toBe(true);
    expect(screen(emulator, OFFICER).some((m) => m.caption === stored?.reference)).toBe(true);
  }, 60_000);

  it('a question to the village officer from the web reaches Telegram and the answer comes back to the page', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: OFFICER, first_name: '张建军', language_code: 'zh-hans' });
    const db = await appDatabase(engine);
    cleanup = db.cleanup;
    const config = loadConfig(
      {
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: db.url,
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: 'http://127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'cunjing-data-')),
      },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    store = openStore(db.url);
    await store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    emulator.sendText(OFFICER, '/start');
    await untilScreen(emulator, OFFICER, (m) => m.length > 0, 'the officer greeted');

    const resident = new WebClient(`http://127.0.0.1:${app.webChat?.port ?? 0}`);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const asked = await resident.post('/web/api/askofficer', { text: '村里的低保怎么申请？' });
    expect(JSON.stringify(asked.body.message)).toContain('已转给驻村民警');
    await untilScreen(
      emulator,
      OFFICER,
      (m) => m.some((x) => x.text?.includes('低保')),
      'the question at the officer',
    );
    const question = screen(emulator, OFFICER).find((m) => m.text?.includes('低保'));
    const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
    expect(question?.text).not.toContain(deviceId);
    expect(question?.text).not.toContain('tg://user');

    emulator.sendText(OFFICER, '带户口本到村委会找网格员登记。', {
      replyToMessageId: question?.message_id,
    });
    await untilScreen(
      emulator,
      OFFICER,
      (m) => m.some((x) => x.text?.includes('已把您的回答转给村民')),
      'the officer told it was passed on',
    );
    await until(async () => {
      const inbox = await resident.get('/web/api/inbox');
      return JSON.stringify(inbox.body).includes('带户口本到村委会找网格员登记。');
    }, 'the answer in the web inbox');
  }, 60_000);
});
