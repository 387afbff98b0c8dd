/**
 * /broadcast_status checks scope like every other officer command: an officer sees the delivery
 * figures of their own station's broadcasts only; admins see all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { createRequest } from '../../src/store/broadcast-requests.repository.js';
import { ensurePerson } from '../../src/store/people.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/bot-driver.js';

describe('/broadcast_status scope', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('shows a broadcast to its station and admins only', async () => {
    await grantOfficer(app.store.db, 301, { kind: 'station', code: 'ST-WULAN' }, 'Author');
    await grantOfficer(app.store.db, 303, { kind: 'station', code: 'ST-XINMIN' }, 'Other');
    const request = await createRequest(app.store.db, {
      kind: 'notice',
      texts: { 'zh-CN': '通知' },
      photoFileId: null,
      target: { all: true },
      notBefore: null,
      authorId: await ensurePerson(app.store.db, telegramAddress(301)),
    });
    const ask = async (id: number) => {
      const person = app.person({ id });
      await person.send(`/broadcast_status ${request.id}`);
      return person.lastText();
    };
    const shown = await ask(301);
    expect(shown).toContain(String(request.id));
    expect(await ask(ADMIN_ID)).toBe(shown);
    const other = await ask(303);
    expect(other).not.toBe(shown);
    expect((await listAudit(app.store.db, { action: 'refused' })).map((a) => a.subject)).toEqual([
      `broadcast:${request.id}`,
    ]);
  });
});
