import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, createTranslate } from '../../src/bot/i18n.js';
import { runCampaign } from '../../src/bot/jobs/campaigns.js';
import { loadAwarenessLibrary } from '../../src/domain/awareness/library.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
  settle,
  startEmulatorApp,
  tap,
} from '../helpers/emulator-driver.js';
import { ENGINES } from '../helpers/store.js';

const ADMIN = 900001;
const OFFICER = 200001;
const VILLAGERS = [
  [100001, 'wl-hongqi'],
  [100002, 'wl-hongqi'], // turned anti-fraud tips off
  [100003, 'by-bayan'], // quiet hours right now
  [100004, 'xm-xinmin'], // another station
] as const;

async function until(check: () => boolean, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(ENGINES)(
  'scheduled tips and a reviewed urgent warning through the emulator, on %s',
  (engine) => {
    let run: EmulatorApp | undefined;
    afterEach(() => run?.stop());

    it('reach exactly the targeted, subscribed villagers; quiet hours hold; the delivery report is right', async () => {
      run = await startEmulatorApp({
        engine,
        people: [
          ...VILLAGERS.map(([id]) => ({ id, first_name: `村民${id}` })),
          { id: OFFICER, first_name: '李警官' },
          { id: ADMIN, first_name: '赵所长' },
        ],
        adminIds: [ADMIN],
      });
      const { emulator } = run;
      const db = { url: run.databaseUrl };
      const store = openStore(db.url);
      try {
        for (const [id, village] of VILLAGERS) {
          emulator.sendText(id, `/start v_${village}`);
          await settle(emulator, id);
          tap(emulator, id, 'lang:zh-CN');
          await settle(emulator, id);
        }
        const now = new Date();
        const hhmm = (d: Date) =>
          new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Asia/Shanghai',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(d);
        const base = {
          legal: 1,
          traffic: 1,
          urgent: 1,
          antifraud_cursor: 0,
          legal_cursor: 0,
          updated_at: now.toISOString(),
        };
        await store.db
          .insertInto('subscriptions')
          .values([
            { user_id: 100002, ...base, antifraud: 0, quiet_start: '21:00', quiet_end: '07:30' },
            {
              user_id: 100003,
              ...base,
              antifraud: 1,
              quiet_start: hhmm(new Date(now.getTime() - 3600_000)),
              quiet_end: hhmm(new Date(now.getTime() + 3 * 3600_000)),
            },
          ])
          .execute();
        // The default quiet hours must not hold the others during this test.
        await store.db
          .insertInto('subscriptions')
          .values(
            [100001, 100004].map((id) => ({
              user_id: id,
              ...base,
              antifraud: 1,
              quiet_start: '00:00',
              quiet_end: '00:00',
            })),
          )
          .execute();
        await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');

        // A scheduled anti-fraud tip.
        const translate = createTranslate(createI18n(LOCALES_DIR));
        const queued = await runCampaign(
          {
            db: store.db,
            translate,
            library: loadAwarenessLibrary(LOCALES_DIR),
            timeZone: 'Asia/Shanghai',
          },
          { id: 'antifraud-daily', topic: 'antifraud', cron: '0 9 * * *' },
          now,
        );
        expect(queued).toBe(3);
        const tip = (id: number) =>
          screen(emulator, id).some((m) => m.text?.includes('今日反诈提醒'));
        await until(() => tip(100001) && tip(100004), 'the tip');
        await new Promise((r) => setTimeout(r, 1500));
        expect(tip(100002)).toBe(false); // unsubscribed
        expect(tip(100003)).toBe(false); // quiet hours

        // A reviewed urgent warning for the officer's station only.
        const officerSays = (text: string) => say(emulator, OFFICER, text);
        const officerTaps = (data: string) => press(emulator, OFFICER, data);
        await officerSays('/broadcast');
        await officerTaps('bck:urgent');
        await officerSays('今天有人冒充医保局打电话要验证码，马上挂断！');
        await officerTaps('bcl:done');
        await officerTaps('bcn');
        await officerTaps('bcg:all');
        expect(lastBotText(emulator, OFFICER)).toContain('共 3 位村民');
        await officerTaps('bcw:now');
        await officerTaps('bcs:submit');
        await settle(emulator, ADMIN);
        tap(emulator, ADMIN, 'brv:1:approve');
        const urgent = (id: number) =>
          screen(emulator, id).some((m) => m.text?.includes('今天有人冒充医保局'));
        await until(() => urgent(100001) && urgent(100002) && urgent(100003), 'the urgent warning');
        await new Promise((r) => setTimeout(r, 1500));
        expect(urgent(100004)).toBe(false); // another station
        await until(
          () => lastBotText(emulator, OFFICER).includes('发送完成'),
          'the delivery report',
        );
        expect(lastBotText(emulator, OFFICER)).toMatch(/送达 3，已停用 0，失败 0/);
        await officerSays('/broadcast_status 1');
        expect(lastBotText(emulator, OFFICER)).toMatch(/共 3 人，已送达 3/);
      } finally {
        await store.close();
      }
    }, 90_000);
  },
);
