/**
 * A refused button press is logged without the person's Telegram id and without the payload's
 * arguments: a double tap on 满意 for one's own report must not tie the two together in the log.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';

describe('refused presses in the log', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('carries a keyed tag, not the id or the report number', async () => {
    const resident = app.person({ id: 5_550_001 });
    await resident.send('/start');
    await resident.forge('myf:777:yes');
    await resident.forge('myf:778:yes');
    const refused = app.logger.entries.filter((e) => e.msg === 'callback refused');
    expect(refused).toHaveLength(2);
    for (const line of refused) {
      const text = JSON.stringify(line);
      expect(text).not.toContain('5550001');
      expect(text).not.toMatch(/77[78]/);
      expect(line.action).toBe('myf');
    }
    // The same person gets the same tag, so repeated attempts can still be told apart.
    expect(refused[0]?.person).toBe(refused[1]?.person);
    expect(String(refused[0]?.person)).toMatch(/^[\w-]{12}$/);
  });
});
