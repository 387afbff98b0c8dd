import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import {
  approveBroadcast,
  createBroadcast,
  enqueueRecipients,
} from '../../src/store/broadcasts.repository.js';
import { EMULATOR_TOKEN, startEmulator } from '../helpers/emulator-driver.js';
import { createTestStore, TEST_DATABASE_URL, type TestStore } from '../helpers/store.js';

const WORKER = new URL('../../bench/broadcast-worker.ts', import.meta.url).pathname;
const RUN_TS = new URL('../../bin/run-ts.js', import.meta.url).pathname;

function replica(databaseUrl: string, apiRoot: string, id: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [RUN_TS, WORKER, databaseUrl, apiRoot, EMULATOR_TOKEN, '200', id],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

describe.skipIf(!TEST_DATABASE_URL)('two replica processes against PostgreSQL', () => {
  let store: TestStore | undefined;
  let emulator: BotApiEmulator | undefined;
  afterEach(async () => {
    await emulator?.stop();
    await store?.cleanup();
  });

  it('send each villager each broadcast exactly once between them', async () => {
    store = await createTestStore('postgres', { seed: false });
    emulator = await startEmulator();
    const users = Array.from({ length: 400 }, (_, i) => 500_000 + i);
    for (const id of users) emulator.addUser({ id, first_name: `u${id}` });
    const urgent = await createBroadcast(store.db, {
      kind: 'urgent',
      text: '紧急预警',
      priority: 100,
      authorId: 1,
    });
    const tip = await createBroadcast(store.db, {
      kind: 'antifraud',
      text: '反诈提醒',
      priority: 10,
      authorId: null,
      status: 'approved',
    });
    await enqueueRecipients(store.db, urgent, users);
    await enqueueRecipients(store.db, tip, users.slice(0, 200));
    await approveBroadcast(store.db, urgent, 2);

    const exits = await Promise.all([
      replica(store.url, emulator.apiRoot, 'replica-a'),
      replica(store.url, emulator.apiRoot, 'replica-b'),
    ]);
    expect(exits).toEqual([0, 0]);
    for (const id of users) {
      const texts = emulator
        .messages(id)
        .filter((m) => m.from === 'bot')
        .map((m) => m.text);
      expect(texts.filter((t) => t === '紧急预警')).toHaveLength(1);
      expect(texts.filter((t) => t === '反诈提醒')).toHaveLength(id < 500_200 ? 1 : 0);
    }
  }, 120_000);
});
