import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import {
  answerQuestion,
  claimDueReminders,
  createQuestion,
  findByOfficerMessage,
  getQuestion,
  recordDelivery,
} from '../../src/store/officer-questions.repository.js';
import { useFixedClock } from '../helpers/clock.js';
import { createTestStore, ENGINES, type TestStore, telegramPerson } from '../helpers/store.js';

describe.each(ENGINES)('officer questions on %s', (engine) => {
  // Ages and deadlines below are counted from one fixed instant, not from the hour of the run.
  useFixedClock();
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  const ask = async (officerId: number | null, at = new Date()) =>
    createQuestion(
      store.db,
      {
        askerPersonId: await telegramPerson(store.db, 1),
        villageCode: 'wl-hongqi',
        officer: officerId === null ? null : telegramAddress(officerId),
        topicId: null,
        question: '问题 <b>&',
        shareContact: false,
      },
      at,
    );

  it('stores, delivers, finds by the officer message and answers once', async () => {
    const q = await ask(200001);
    expect(q).toMatchObject({ status: 'open', question: '问题 <b>&' });
    await recordDelivery(store.db, q.id, 200001, 77);
    expect((await findByOfficerMessage(store.db, 200001, 77))?.id).toBe(q.id);
    expect(await answerQuestion(store.db, q.id, '好')).toBe(true);
    expect(await answerQuestion(store.db, q.id, '再答')).toBe(false);
    expect(await getQuestion(store.db, q.id)).toMatchObject({ status: 'answered', answer: '好' });
    expect((await ask(null)).status).toBe('undelivered');
  });

  it('hands each overdue question to one reminder run only, even when runs overlap', async () => {
    const old = new Date(Date.now() - 25 * 3600_000);
    for (let i = 0; i < 6; i++) await ask(200001, old);
    await ask(200001); // fresh: not due
    const [a, b] = await Promise.all([claimDueReminders(store.db), claimDueReminders(store.db)]);
    const ids = [...(a ?? []), ...(b ?? [])].map((q) => q.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(await claimDueReminders(store.db)).toEqual([]);
  });
});
