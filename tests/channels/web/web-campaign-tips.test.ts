/**
 * Scheduled awareness tips reach web residents too: residents set up their reminders through the
 * real web API, a campaign run at an injected minute puts one tip per subscribed device in the
 * outbox beside the Telegram broadcast (one transaction), quiet hours hold a device's tip until
 * they end, each device reads it in its language (Chinese where the library has no translation
 * yet), a rerun of the same tick adds nothing, and the next day's run brings the next item.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebMessage } from '../../../src/channels/web/render.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import {
  type AwarenessLibrary,
  loadAwarenessLibrary,
} from '../../../src/domain/awareness/library.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { campaignState } from '../../../src/store/subscriptions.repository.js';
import { ensureUser, setVillage } from '../../../src/store/users.repository.js';
import { listInbox } from '../../../src/store/web-residents.repository.js';
import { runCampaign } from '../../../src/workflows/awareness/run-campaign.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const library = loadAwarenessLibrary(LOCALES_DIR);
const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '30 20 * * *' };
/** 20:30 in the county: outside the default quiet hours (21:00–07:30), inside 20:00–08:00. */
const TICK = new Date('2026-12-03T12:30:00Z');
const NEXT_DAY = new Date('2026-12-04T12:30:00Z');
/** 08:00 in the county, the morning after the tick. */
const MORNING = new Date('2026-12-04T00:00:00Z');

describe.each(ENGINES)('scheduled tips for web residents on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;

  beforeEach(async () => {
    store = await createTestStore(engine);
    ({ web, base } = await startWebChannel(store.db, { timeZone: 'Asia/Shanghai' }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  async function resident(lang: string, ...changes: Record<string, unknown>[]) {
    const r = new WebClient(base);
    await r.open(lang);
    expect((await r.post('/web/api/village', { code: 'wl-hongqi' })).status).toBe(200);
    for (const change of changes)
      expect((await r.post('/web/api/reminders', change)).status).toBe(200);
    return deviceOf(r);
  }

  const deps = (lib: AwarenessLibrary = library) => ({
    db: store.db,
    translate: createTranslate(LOCALES_DIR),
    library: lib,
    timeZone: 'Asia/Shanghai',
  });
  const tips = () =>
    store.db
      .selectFrom('notices')
      .select(['recipient', 'payload', 'next_attempt_at', 'idempotency_key'])
      .where('kind', '=', 'tip')
      .orderBy('id')
      .execute();
  const deliver = (now: Date) =>
    createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      deliverers: { web: webDeliverer(web, { library }) },
      logger: createMemoryLogger(),
      now: () => now,
    }).drain();
  const tipsIn = async (device: string) =>
    (await listInbox(store.db, device)).map((m) => textsOf(m.body));

  it('one tip per subscribed device, none when unsubscribed, quiet hours held, and a rerun adds nothing', async () => {
    await ensureUser(store.db, 100001, '王大妈');
    await setVillage(store.db, 100001, 'wl-hongqi');
    const wang = await resident('zh-CN');
    const bataar = await resident('mn');
    const off = await resident('en', { toggle: 'antifraud' });
    const night = await resident('zh-CN', { quiet: 2 }); // 20:00–08:00

    // One Telegram villager and three web devices.
    expect(await runCampaign(deps(), campaign, TICK, TICK)).toBe(4);
    const queued = await tips();
    expect(queued.map((n) => n.recipient).sort()).toEqual([wang, bataar, night].sort());
    expect(queued.every((n) => JSON.parse(n.payload).itemId === 'af-001')).toBe(true);
    const due = Object.fromEntries(queued.map((n) => [n.recipient, n.next_attempt_at]));
    expect(due[wang]).toBe(TICK.toISOString());
    expect(due[night]).toBe(MORNING.toISOString());
    const broadcasts = await store.db.selectFrom('broadcast_recipients').selectAll().execute();
    expect(broadcasts.map((r) => r.user_id)).toEqual([100001]);

    // The same tick again (a restart's catch-up, another replica): nothing more.
    expect(await runCampaign(deps(), campaign, TICK, TICK)).toBe(0);
    expect(await tips()).toHaveLength(3);

    // Delivered now: each in the device's language; the night owl's waits for the morning.
    expect(await deliver(TICK)).toBe(2);
    const zh = library.items('antifraud', 'zh-CN')[0];
    const mn = library.items('antifraud', 'mn')[0];
    expect((await tipsIn(wang))[0]?.slice(0, 3)).toEqual([
      t('zh-CN', 'awareness-antifraud-header', { title: zh?.title ?? '' }),
      t('zh-CN', 'awareness-part-pattern'),
      zh?.parts[0]?.text,
    ]);
    expect((await tipsIn(bataar))[0]?.[0]).toBe(
      t('mn', 'awareness-antifraud-header', { title: mn?.title ?? '' }),
    );
    expect(mn?.locale).toBe('mn');
    expect(await tipsIn(off)).toEqual([]);
    expect(await tipsIn(night)).toEqual([]);
    expect(await deliver(MORNING)).toBe(1);
    expect(await tipsIn(night)).toHaveLength(1);
    const [inbox] = await listInbox(store.db, wang);
    expect((inbox?.body as WebMessage | undefined)?.choices).toEqual([
      { label: t('zh-CN', 'mine-reminders'), action: 'reminders' },
    ]);

    // The next day brings the next item, not a repeat.
    await runCampaign(deps(), campaign, NEXT_DAY, NEXT_DAY);
    const next = (await tips()).filter((n) => n.recipient === wang);
    expect(next.map((n) => JSON.parse(n.payload).itemId)).toEqual(['af-001', 'af-002']);
  });

  it('a Mongolian device gets the Chinese text, saying so, where the library has no translation', async () => {
    // A device whose person has a settings row (legal items off), seven tips had already.
    const bataar = await resident('mn', { toggle: 'legal' });
    // Seven tips had already: af-008 is next, and it is not translated yet.
    await store.db
      .withTables<{
        web_subscriptions: { device_id: string; antifraud_cursor: number; updated_at: string };
      }>()
      .insertInto('web_subscriptions')
      .values({ device_id: bataar, antifraud_cursor: 7, updated_at: TICK.toISOString() })
      .onConflict((oc) => oc.column('device_id').doUpdateSet({ antifraud_cursor: 7 }))
      .execute();
    const untranslated = library.items('antifraud', 'mn')[7];
    expect(untranslated?.locale).toBe('zh-CN');
    await runCampaign(deps(), campaign, TICK, TICK);
    await deliver(TICK);
    const [texts] = await tipsIn(bataar);
    expect(texts?.[0]).toBe(
      t('mn', 'awareness-antifraud-header', { title: untranslated?.title ?? '' }),
    );
    expect(texts).toContain(t('mn', 'awareness-in-chinese'));
  });

  it('a run that fails half-way leaves no claim, no broadcast and no web tip behind', async () => {
    await ensureUser(store.db, 100001, '王大妈');
    await setVillage(store.db, 100001, 'wl-hongqi');
    await resident('zh-CN');
    // The library breaks after the Telegram broadcast is written, while the web tips are made.
    let calls = 0;
    const failing: AwarenessLibrary = {
      ...library,
      at: (...args) => {
        if (++calls > 1) throw new Error('library unreadable');
        return library.at(...args);
      },
    };
    await expect(runCampaign(deps(failing), campaign, TICK, TICK)).rejects.toThrow('unreadable');
    expect((await campaignState(store.db, campaign.id)).lastRunAt).toBeNull();
    expect(await store.db.selectFrom('broadcasts').selectAll().execute()).toEqual([]);
    expect(await tips()).toEqual([]);
    // The next attempt at the same tick runs in full.
    expect(await runCampaign(deps(), campaign, TICK, TICK)).toBe(2);
    expect(await tips()).toHaveLength(1);
  });
});
