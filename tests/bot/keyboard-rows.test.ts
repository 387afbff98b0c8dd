import { afterEach, describe, expect, it } from 'vitest';
import { categoriesKeyboard } from '../../src/bot/keyboards/services.js';
import {
  type EmulatorApp,
  press,
  say,
  screen,
  startEmulatorApp,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;

/** Rows of every keyboard the bot sent, as it sent them (the emulator keeps the markup as sent). */
function sentRows(run: EmulatorApp): unknown[][][] {
  return screen(run.emulator, VILLAGER)
    .map((m) => m.reply_markup as Record<string, unknown> | undefined)
    .flatMap((m) => [m?.inline_keyboard, m?.keyboard])
    .filter((rows): rows is unknown[][] => Array.isArray(rows));
}

describe('keyboards the bot sends', () => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('never end with an empty row, even from a builder that ends with .row()', async () => {
    // The builder itself leaves a trailing empty row after an even number of categories …
    const built = categoriesKeyboard([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ] as never).inline_keyboard;
    expect(built.at(-1)).toEqual([]);

    // … and the villager never gets it.
    run = await startEmulatorApp({ people: [{ id: VILLAGER, first_name: '王大妈' }] });
    const { emulator } = run;
    await say(run, VILLAGER, '/start v_wl-hongqi');
    await press(run, VILLAGER, 'lang:zh-CN');
    await say(run, VILLAGER, '📋 办事咨询');
    await say(run, VILLAGER, '👤 我的');
    await press(run, VILLAGER, 'me:reminders'); // topics one a row, then quiet hours two a row
    expect(screen(emulator, VILLAGER).some((m) => m.text?.includes('🔔'))).toBe(true);
    const languages = screen(emulator, VILLAGER).find((m) =>
      JSON.stringify(m.reply_markup ?? {}).includes('lang:mn'),
    );
    expect(languages?.reply_markup).toMatchObject({
      inline_keyboard: [
        [{ text: '中文' }],
        [{ text: 'ᠮᠣᠩᠭᠣᠯ Монгол Mongolian' }],
        [{ text: 'English' }],
      ],
    });
    const keyboards = sentRows(run);
    expect(keyboards.length).toBeGreaterThanOrEqual(3);
    for (const rows of keyboards) expect(rows.every((row) => row.length > 0)).toBe(true);
  });
});
