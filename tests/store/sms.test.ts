/**
 * The SMS tables' housekeeping: codes a day old are deleted, and sent messages lose their number
 * (kept only for the hourly rate limit) while keeping their provider id and status.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webAddress } from '../../src/domain/people/addresses.js';
import { smsTables } from '../../src/store/sms.table.js';
import { addSmsCode } from '../../src/store/sms-codes.repository.js';
import {
  countSmsSentSince,
  pruneSmsRecords,
  recordSmsSent,
} from '../../src/store/sms-messages.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const DAY = 86_400_000;
const NOW = new Date('2026-12-06T02:00:00Z');

describe.each(ENGINES)('SMS records on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('forgets codes and numbers after a day, keeping what receipts need', async () => {
    const old = new Date(NOW.getTime() - DAY - 1000);
    const phone = '+8613800000001';
    await addSmsCode(store.db, { requester: webAddress('d1'), phone, salt: 's' }, old);
    await addSmsCode(store.db, { requester: webAddress('d1'), phone, salt: 's' }, NOW);
    const sent = { noticeId: 1, phone, provider: 'aliyun', template: 'urgent' };
    await recordSmsSent(store.db, { ...sent, providerMessageId: 'old' }, old);
    await recordSmsSent(store.db, { ...sent, providerMessageId: 'new' }, NOW);
    await pruneSmsRecords(store.db, NOW);
    expect(
      await smsTables(store.db).selectFrom('sms_codes').select('created_at').execute(),
    ).toEqual([{ created_at: NOW.toISOString() }]);
    expect(
      await smsTables(store.db)
        .selectFrom('sms_messages')
        .select(['provider_message_id', 'phone', 'status'])
        .orderBy('id')
        .execute(),
    ).toEqual([
      { provider_message_id: 'old', phone: '', status: 'submitted' },
      { provider_message_id: 'new', phone, status: 'submitted' },
    ]);
    expect(
      await countSmsSentSince(store.db, phone, {
        number: new Date(NOW.getTime() - 3_600_000),
        global: new Date(NOW.getTime() - 60_000),
      }),
    ).toEqual({ number: 1, numberLastMinute: 1, global: 1 });
  });
});
