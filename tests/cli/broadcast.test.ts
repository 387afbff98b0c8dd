import { describe, expect, it } from 'vitest';
import { broadcastCommand } from '../../src/cli/broadcast.js';
import type { CliIo } from '../../src/cli/context.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { openStore } from '../../src/store/database.js';
import { personOf } from '../../src/store/people.repository.js';
import { ensureUser, grantOfficer, setVillage } from '../../src/store/users.repository.js';
import { createTestStore } from '../helpers/store.js';

describe('cunjing broadcast', () => {
  it('creates through review, sends an admin’s urgent warning directly, and reports status as JSON', async () => {
    const store = await createTestStore('sqlite', { file: true });
    const { url } = store;
    for (const [id, village] of [
      [1, 'wl-hongqi'],
      [2, 'by-bayan'],
      [3, 'xm-henan'],
    ] as const) {
      await ensureUser(store.db, id, `v${id}`);
      await setVillage(store.db, id, village);
    }
    await grantOfficer(store.db, 200001, { kind: 'station', code: 'ST-WULAN' });
    await store.close();
    const lines: string[] = [];
    const io: CliIo = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: { DATABASE_URL: url, ADMIN_IDS: '900001' },
    };

    expect(
      await broadcastCommand(
        ['create', '--kind', 'traffic', '--text', '明天修路', '--by', '200001'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ id: 1, status: 'pending_review' });
    expect(
      await broadcastCommand(
        [
          'create',
          '--kind',
          'urgent',
          '--text',
          '冒充医保局的电话，挂断！',
          '--target',
          'township:T-WULAN,township:T-BAYAN',
          '--by',
          '900001',
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({
      id: 2,
      status: 'approved',
      direct: true,
      recipients: 2,
    });
    expect(await broadcastCommand(['status', '2'], io)).toBe(0);
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({
      id: 2,
      status: 'sending',
      review: 'approved',
      total: 2,
      pending: 2,
      sent: 0,
    });
    // Once every copy went, the status says so in people's words, not the review's "approved".
    const delivered = openStore(url);
    await delivered.db
      .updateTable('broadcast_recipients')
      .set({ status: 'sent' })
      .where('status', '=', 'pending')
      .execute();
    await delivered.close();
    expect(await broadcastCommand(['status', '2'], io)).toBe(0);
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ id: 2, status: 'delivered', sent: 2 });
    await expect(broadcastCommand(['status', '99'], io)).rejects.toThrow(/no broadcast #99/);
    await expect(
      broadcastCommand(
        [
          'create',
          '--kind',
          'urgent',
          '--text',
          'x',
          '--target',
          'village:nowhere',
          '--by',
          '900001',
        ],
        io,
      ),
    ).rejects.toThrow(/unknown village nowhere/);

    await expect(
      broadcastCommand(['create', '--kind', 'urgent', '--text', '  ', '--by', '900001'], io),
    ).rejects.toThrow(/empty/);
    await expect(
      broadcastCommand(['create', '--kind', 'shout', '--text', 'x', '--by', '900001'], io),
    ).rejects.toThrow(/--kind/);
    await expect(
      broadcastCommand(['create', '--kind', 'urgent', '--text', 'x', '--by', '12345'], io),
    ).rejects.toThrow(/officer or admin/);
    const check = openStore(url);
    expect(
      (await listAudit(check.db, { action: 'broadcast.direct' })).map((a) => a.actorId),
    ).toEqual([await personOf(check.db, telegramAddress(900001))]);
    await check.close();
  });
});
