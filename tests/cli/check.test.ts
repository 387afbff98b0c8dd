import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check.js';
import type { CliIo } from '../../src/cli/context.js';
import { addToBlocklist } from '../../src/store/blocklist.repository.js';
import { createTestStore } from '../helpers/store.js';

describe('cunjing check', () => {
  it('checks a number against the county blocklist, as the bot does', async () => {
    const store = await createTestStore('sqlite', { file: true });
    await addToBlocklist(store.db, 'phone', '17012345678', 200001);
    await addToBlocklist(store.db, 'phone', '17012345678', 200002);
    await store.close();
    const lines: string[] = [];
    const io: CliIo = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: { DATABASE_URL: store.url },
    };
    expect(await checkCommand(['170-1234-5678'], io)).toBe(0);
    expect(lines.join('\n')).toContain('这个号码已被举报 2 次');
    lines.length = 0;
    expect(await checkCommand(['13800138000'], io)).toBe(0);
    expect(lines.join('\n')).toContain('号码库没有这个号码');
  });
});
