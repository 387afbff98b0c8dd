/**
 * 提醒设置 is a person's, whichever channel they change it on: one person with a Telegram chat and
 * a web device changes their settings once through the workflow, and both channels' audiences
 * (who takes a topic, with which quiet hours) follow, while another person keeps the defaults.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION } from '../../../src/domain/awareness/subscription.js';
import { telegramAddress, webAddress } from '../../../src/domain/people/addresses.js';
import { channelSegments } from '../../../src/store/channel-audience.repository.js';
import { addAddress, ensurePerson } from '../../../src/store/people.repository.js';
import { audienceSegments, countAudience } from '../../../src/store/subscriptions.repository.js';
import { ensureUser, setLanguage, setVillage } from '../../../src/store/users.repository.js';
import { seeWebResident, updateWebResident } from '../../../src/store/web-residents.repository.js';
import {
  changeReminders,
  remindersOf,
} from '../../../src/workflows/awareness/reminder-settings.js';
import { createTestStore, ENGINES, settingsOf, type TestStore } from '../../helpers/store.js';

const VILLAGE = 'wl-hongqi';
const HERS = 'webDeviceWang00000001';
const OTHERS = 'webDeviceLi0000000002';

describe.each(ENGINES)('reminder settings per person on %s', (engine) => {
  let store: TestStore;
  let person: number;
  beforeEach(async () => {
    store = await createTestStore(engine);
    const { db } = store;
    for (const id of [100001, 100002]) {
      await ensureUser(db, id, `村民${id}`);
      await setVillage(db, id, VILLAGE);
      await setLanguage(db, id, 'zh-CN');
    }
    for (const device of [HERS, OTHERS]) {
      await seeWebResident(db, device, 'zh-CN');
      await updateWebResident(db, device, { villageCode: VILLAGE });
    }
    // 王 uses Telegram (100001) and the web chat (HERS): one person.
    person = await ensurePerson(db, telegramAddress(100001));
    await addAddress(db, person, webAddress(HERS));
  });
  afterEach(() => store.cleanup());

  const telegramTakers = (topic: 'legal' | 'urgent') =>
    countAudience(store.db, topic, { villages: [VILLAGE] });
  const webTakers = async (topic: 'legal' | 'urgent') =>
    (await channelSegments(store.db, { topic, villages: [VILLAGE], channels: new Set(['web']) }))
      .filter((s) => s.channel === 'web')
      .reduce((n, s) => n + s.count, 0);

  it('one change holds on every channel the person uses, and nobody else’s', async () => {
    expect(await telegramTakers('legal')).toBe(2);
    expect(await webTakers('legal')).toBe(2);

    const saved = await changeReminders(store.db, { personId: person }, { toggle: 'legal' });
    expect(saved).toMatchObject({ outcome: 'saved', subscription: { topics: { legal: false } } });
    expect(await telegramTakers('legal')).toBe(1);
    expect(await webTakers('legal')).toBe(1);
    // Read back from either address, the settings are the same person's.
    expect(await settingsOf(store.db, webAddress(HERS))).toEqual(
      await settingsOf(store.db, telegramAddress(100001)),
    );
    expect(await settingsOf(store.db, webAddress(OTHERS))).toEqual(DEFAULT_SUBSCRIPTION);
    expect(await settingsOf(store.db, telegramAddress(100002))).toEqual(DEFAULT_SUBSCRIPTION);
  });

  it('asks before urgent warnings go off, and the quiet hours group both channels’ audiences', async () => {
    const who = { personId: person };
    expect(await changeReminders(store.db, who, { toggle: 'urgent' })).toMatchObject({
      outcome: 'confirm-urgent',
    });
    expect(await telegramTakers('urgent')).toBe(2);
    await changeReminders(store.db, who, { urgentOff: true });
    expect(await telegramTakers('urgent')).toBe(1);
    expect(await webTakers('urgent')).toBe(1);

    await changeReminders(store.db, who, { quiet: 1 });
    expect(await remindersOf(store.db, who)).toMatchObject({
      quietStart: '22:00',
      quietEnd: '06:00',
    });
    const quietOf = (s: { quietStart: string; quietEnd: string; count: number }) =>
      `${s.quietStart}–${s.quietEnd}×${s.count}`;
    const telegram = await audienceSegments(store.db, 'legal', { villages: [VILLAGE] });
    expect(telegram.map(quietOf).sort()).toEqual(['21:00–07:30×1', '22:00–06:00×1']);
    const web = await channelSegments(store.db, {
      topic: 'legal',
      villages: [VILLAGE],
      channels: new Set(['web']),
    });
    expect(web.map(quietOf).sort()).toEqual(['21:00–07:30×1', '22:00–06:00×1']);
    expect(await changeReminders(store.db, who, { quiet: 7 })).toEqual({ outcome: 'invalid' });
  });
});
