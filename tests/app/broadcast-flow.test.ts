import { afterEach, describe, expect, it } from 'vitest';
import { loadAwarenessLibrary } from '../../src/domain/awareness/library.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { runCampaign } from '../../src/workflows/awareness/run-campaign.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import { COUNTY_MORNING, useClockFrom } from '../helpers/clock.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
  startEmulatorApp,
  until,
  untilScreen,
  untilText,
} from '../helpers/emulator-driver.js';
import { ENGINES, saveSettingsOf } from '../helpers/store.js';

const ADMIN = 900001;
const OFFICER = 200001;
const VILLAGERS = [
  [100001, 'wl-hongqi'],
  [100002, 'wl-hongqi'], // turned anti-fraud tips off
  [100003, 'by-bayan'], // quiet hours right now
  [100004, 'xm-xinmin'], // another station
] as const;

describe.each(ENGINES)(
  'scheduled tips and a reviewed urgent warning through the emulator, on %s',
  (engine) => {
    // 10:00 in the county, so the quiet hours below hold whatever the hour of the run.
    useClockFrom(COUNTY_MORNING);
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
      const app = run;
      const db = { url: run.databaseUrl };
      const store = openStore(db.url);
      try {
        for (const [id, village] of VILLAGERS) {
          await say(app, id, `/start v_${village}`);
          await press(app, id, 'lang:zh-CN');
        }
        const now = new Date();
        const settings = (antifraud: boolean, quietStart: string, quietEnd: string) => ({
          topics: { antifraud, legal: true, traffic: true, urgent: true },
          quietStart,
          quietEnd,
        });
        await saveSettingsOf(store.db, telegramAddress(100002), settings(false, '21:00', '07:30'));
        // The run starts at 10:00 county time, inside these quiet hours.
        await saveSettingsOf(store.db, telegramAddress(100003), settings(true, '09:00', '13:00'));
        // The default quiet hours must not hold the others during this test.
        for (const id of [100001, 100004])
          await saveSettingsOf(store.db, telegramAddress(id), settings(true, '00:00', '00:00'));
        await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');

        // A scheduled anti-fraud tip.
        const translate = createTranslate(LOCALES_DIR);
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
        await untilText(emulator, 100001, '今日反诈提醒');
        await untilText(emulator, 100004, '今日反诈提醒');
        // Nothing more is due: every recipient the engine may deliver to now has a final state,
        // in the same pass that would have taken 100003 had quiet hours been ignored.
        const openNow = async () =>
          (
            await store.db
              .selectFrom('broadcast_recipients as r')
              .innerJoin('broadcasts as b', 'b.id', 'r.broadcast_id')
              .select('r.user_id')
              .where('r.status', 'in', ['pending', 'claimed'])
              .where((eb) =>
                eb.or([
                  eb('b.not_before', 'is', null),
                  eb('b.not_before', '<=', new Date().toISOString()),
                ]),
              )
              .execute()
          ).length;
        await until(async () => (await openNow()) === 0, 'the due tips to be delivered');
        expect(tip(100001)).toBe(true);
        expect(tip(100004)).toBe(true);
        expect(tip(100002)).toBe(false); // unsubscribed
        expect(tip(100003)).toBe(false); // quiet hours
        const held = await store.db
          .selectFrom('broadcast_recipients as r')
          .innerJoin('broadcasts as b', 'b.id', 'r.broadcast_id')
          .select(['r.status', 'b.not_before'])
          .where('r.user_id', '=', 100003)
          .executeTakeFirstOrThrow();
        expect(held.status).toBe('pending'); // held until the end of the quiet hours
        expect(String(held.not_before) > new Date().toISOString()).toBe(true);

        // A reviewed urgent warning for the officer's station only.
        const officerSays = (text: string) => say(app, OFFICER, text);
        const officerTaps = (data: string) => press(app, OFFICER, data);
        await officerSays('/broadcast');
        await officerTaps('bck:urgent');
        await officerSays('今天有人冒充医保局打电话要验证码，马上挂断！');
        await officerTaps('bcl:done');
        await officerTaps('bcn');
        await officerTaps('bcg:all');
        expect(lastBotText(emulator, OFFICER)).toContain('共 3 位村民');
        await officerTaps('bcw:now');
        await officerTaps('bcs:submit');
        await untilScreen(
          emulator,
          ADMIN,
          (messages) =>
            messages.some((m) => JSON.stringify(m.reply_markup ?? {}).includes('brv:1:approve')),
          'the review request',
        );
        await press(app, ADMIN, 'brv:1:approve');
        const urgent = (id: number) =>
          screen(emulator, id).some((m) => m.text?.includes('今天有人冒充医保局'));
        for (const id of [100001, 100002, 100003])
          await untilText(emulator, id, '今天有人冒充医保局');
        // The author's report comes after the last recipient has a final state: by then a
        // message to the other station's villager would have been sent too.
        // The approval notice travels apart from the report, so either may come last.
        const report = () =>
          screen(emulator, OFFICER)
            .map((m) => m.text ?? '')
            .filter((text) => text.includes('发送完成'));
        await untilScreen(emulator, OFFICER, () => report().length > 0, 'the delivery report');
        await untilText(emulator, OFFICER, '已由');
        expect(urgent(100001) && urgent(100002) && urgent(100003)).toBe(true);
        expect(urgent(100004)).toBe(false); // another station
        expect(report()).toHaveLength(1);
        expect(report()[0]).toMatch(/送达 3，已停用 0，失败 0/);
        await officerSays('/broadcast_status 1');
        expect(lastBotText(emulator, OFFICER)).toMatch(/共 3 人，已送达 3/);
      } finally {
        await store.close();
      }
    }, 90_000);
  },
);
