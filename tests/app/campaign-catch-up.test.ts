import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCampaigns } from '../../src/app/campaigns.js';
import { loadAwarenessLibrary } from '../../src/domain/awareness/library.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { createMemoryLogger } from '../../src/logger.js';
import { campaignState } from '../../src/store/subscriptions.repository.js';
import { ensureUser, setVillage } from '../../src/store/users.repository.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const CAMPAIGN = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '0 9 * * *' };

describe.each(ENGINES)('campaign catch-up on %s', (engine) => {
  // Ages and deadlines below are counted from one fixed instant, not from the hour of the run.
  useFixedClock();
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await ensureUser(store.db, 1, 'A');
    await setVillage(store.db, 1, 'wl-hongqi');
  });
  afterEach(() => store.cleanup());

  const deps = () => ({
    db: store.db,
    translate: createTranslate(LOCALES_DIR),
    library: loadAwarenessLibrary(LOCALES_DIR),
    timeZone: 'Asia/Shanghai',
    logger: createMemoryLogger(),
  });
  const broadcasts = async () =>
    (await store.db.selectFrom('broadcasts').select('id').execute()).length;

  it('records the schedule on the very first start without sending', async () => {
    const runner = await startCampaigns(deps(), [CAMPAIGN]);
    await runner.stop();
    expect(await broadcasts()).toBe(0);
    expect((await campaignState(store.db, CAMPAIGN.id)).lastRunAt).not.toBeNull();
  });

  it('catches up a run missed while down exactly once, even across restarts', async () => {
    await store.db
      .insertInto('campaigns')
      .values({
        id: CAMPAIGN.id,
        paused: 0,
        last_run_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      })
      .execute();
    for (let i = 0; i < 3; i++) {
      const runner = await startCampaigns(deps(), [CAMPAIGN]);
      await runner.stop();
    }
    expect(await broadcasts()).toBe(1);
  });

  it('sends nothing for a paused campaign', async () => {
    await store.db
      .insertInto('campaigns')
      .values({
        id: CAMPAIGN.id,
        paused: 1,
        last_run_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      })
      .execute();
    const runner = await startCampaigns(deps(), [CAMPAIGN]);
    await runner.stop();
    expect(await broadcasts()).toBe(0);
  });
});
