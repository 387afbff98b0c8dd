/**
 * Two replicas of the web chat on one PostgreSQL database: a message stored by one reaches a
 * page open on the other, once, and a page open on the storing replica gets it once too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createTestStore, TEST_DATABASE_URL, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, WebClient } from './web-client.js';

const note = (text: string) => ({
  tone: 'info' as const,
  blocks: [{ type: 'paragraph' as const, text: { text } }],
  choices: [],
});

/** Reads an event stream and resolves when `text` has arrived; counts how often it came. */
async function openStream(base: string, cookie: string) {
  const response = await fetch(`${base}/web/api/events`, { headers: { cookie } });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('the event stream has no body');
  let seen = '';
  const until = async (text: string) => {
    while (!seen.includes(text)) seen += new TextDecoder().decode((await reader.read()).value);
  };
  await until('event: ready');
  return {
    until,
    count: (text: string) => seen.split(text).length - 1,
    close: () => reader.cancel(),
  };
}

describe.skipIf(!TEST_DATABASE_URL)('live messages across replicas on PostgreSQL', () => {
  let store: TestStore;
  let replicas: WebChannel[];
  let bases: string[];
  beforeEach(async () => {
    store = await createTestStore('postgres');
    replicas = [];
    bases = [];
    for (let i = 0; i < 2; i++) {
      const { web, base } = await startWebChannel(store.db, { fanoutUrl: store.url });
      replicas.push(web);
      bases.push(base);
    }
  });
  afterEach(async () => {
    for (const web of replicas) await web.close();
    await store.cleanup();
  });

  it('a message stored on one replica arrives once on a page open on the other', async () => {
    const [a, b] = replicas as [WebChannel, WebChannel];
    const resident = new WebClient(bases[1] as string);
    await resident.open();
    const deviceId = deviceOf(resident);
    const onB = await openStream(bases[1] as string, resident.cookie);
    const onA = await openStream(bases[0] as string, resident.cookie);

    await a.deliver(deviceId, note('报告状态：已受理'));
    await onB.until('已受理');
    await onA.until('已受理');
    await b.deliver(deviceId, note('民警提问：请补充照片'));
    await onA.until('请补充照片');
    await onB.until('请补充照片');
    // A third message is the signal that nothing more of the first two is on its way.
    await a.deliver(deviceId, note('第三条'));
    await onA.until('第三条');
    await onB.until('第三条');
    for (const stream of [onA, onB]) {
      expect(stream.count('已受理')).toBe(1);
      expect(stream.count('请补充照片')).toBe(1);
      await stream.close();
    }
  });
});
