/**
 * 提醒设置 in the web chat, on a real database: a resident sees every reminder on, turns one off,
 * is asked again before urgent warnings go off, picks other quiet hours; the settings are kept
 * by device (another device still has the defaults), and a forged change is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { DEFAULT_SUBSCRIPTION } from '../../../src/domain/awareness/subscription.js';
import { telegramAddress, webAddress } from '../../../src/domain/people/addresses.js';
import { changeReminders } from '../../../src/workflows/awareness/reminder-settings.js';
import {
  createTestStore,
  ENGINES,
  settingsOf,
  type TestStore,
  telegramPerson,
} from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
// biome-ignore lint/suspicious/noExplicitAny: test code reads the API's JSON.
const labels = (message: any): string[] => message.choices.map((c: any) => c.label);
const topic = (mark: string, name: string) =>
  t('zh-CN', 'web-reminders-topic', { mark, topic: t('zh-CN', `reminders-topic-${name}`) });

describe.each(ENGINES)('reminder settings in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;

  beforeEach(async () => {
    store = await createTestStore(engine);
    ({ web, base } = await startWebChannel(store.db));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  it('turns a reminder off, asks before urgent warnings go off, and keeps quiet hours per device', async () => {
    const wang = new WebClient(base);
    await wang.open();
    const shown = await wang.get('/web/api/reminders');
    expect(textsOf(shown.body.message)).toEqual([
      t('zh-CN', 'web-reminders-title'),
      t('zh-CN', 'web-reminders-quiet', { quiet: '21:00–07:30' }),
    ]);
    expect(labels(shown.body.message)).toEqual([
      topic('✅', 'antifraud'),
      topic('✅', 'legal'),
      topic('✅', 'traffic'),
      topic('✅', 'urgent'),
      t('zh-CN', 'web-reminders-chosen', { preset: '🌙 21:00–07:30' }),
      '🌙 22:00–06:00',
      '🌙 20:00–08:00',
      t('zh-CN', 'reminders-quiet-none'),
    ]);

    const legalOff = await wang.post('/web/api/reminders', { toggle: 'legal' });
    expect(textsOf(legalOff.body.message)[0]).toBe(t('zh-CN', 'reminders-saved'));
    expect(labels(legalOff.body.message)[1]).toBe(topic('⬜', 'legal'));

    // Urgent warnings: asked first; "keep" changes nothing, "off" turns them off.
    const asked = await wang.post('/web/api/reminders', { toggle: 'urgent' });
    expect(textsOf(asked.body.message)).toEqual([t('zh-CN', 'reminders-urgent-confirm')]);
    expect(asked.body.message.choices.map((c: { action: string }) => c.action)).toEqual([
      'urgentoff',
      'reminders',
    ]);
    const device = deviceOf(wang);
    expect((await settingsOf(store.db, webAddress(device))).topics.urgent).toBe(true);
    const off = await wang.post('/web/api/reminders', { urgentOff: true });
    expect(textsOf(off.body.message)[0]).toBe(t('zh-CN', 'reminders-urgent-now-off'));
    await wang.post('/web/api/reminders', { quiet: 3 });

    expect(await settingsOf(store.db, webAddress(device))).toEqual({
      topics: { antifraud: true, legal: false, traffic: true, urgent: false },
      quietStart: '00:00',
      quietEnd: '00:00',
    });
    const after = await wang.get('/web/api/reminders');
    expect(textsOf(after.body.message)[1]).toBe(
      t('zh-CN', 'web-reminders-quiet', { quiet: t('zh-CN', 'reminders-quiet-none') }),
    );

    // Turning urgent warnings back on needs no question.
    await wang.post('/web/api/reminders', { toggle: 'urgent' });
    expect((await settingsOf(store.db, webAddress(device))).topics.urgent).toBe(true);

    // Another device keeps the defaults; junk and forged changes are refused and change nothing.
    const other = new WebClient(base);
    await other.open();
    expect(await settingsOf(store.db, webAddress(deviceOf(other)))).toEqual(DEFAULT_SUBSCRIPTION);
    expect((await other.post('/web/api/reminders', { toggle: 'nonsense' })).status).toBe(400);
    expect((await other.post('/web/api/reminders', { quiet: 9 })).status).toBe(400);
    expect((await other.post('/web/api/reminders', { toggle: 'legal' }, false)).status).toBe(403);
    expect(await settingsOf(store.db, webAddress(deviceOf(other)))).toEqual(DEFAULT_SUBSCRIPTION);
  });

  it('the same workflow changes a Telegram person’s settings, without any channel', async () => {
    const who = { personId: await telegramPerson(store.db, 100001) };
    expect(await changeReminders(store.db, who, { toggle: 'urgent' })).toMatchObject({
      outcome: 'confirm-urgent',
    });
    await changeReminders(store.db, who, { toggle: 'antifraud' });
    await changeReminders(store.db, who, { quiet: 1 });
    expect(await settingsOf(store.db, telegramAddress(100001))).toEqual({
      topics: { antifraud: false, legal: true, traffic: true, urgent: true },
      quietStart: '22:00',
      quietEnd: '06:00',
    });
    expect(await changeReminders(store.db, who, { quiet: 1.5 })).toEqual({ outcome: 'invalid' });
  });
});
