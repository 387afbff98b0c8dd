/**
 * Buttons for choosing a township, then a village. Two per row: names are short, and the
 * buttons stay large enough for older thumbs.
 */
import { InlineKeyboard } from 'grammy';
import { type Locale, localize } from '../../domain/locale.js';
import type { Township, Village } from '../../domain/people/places.js';
import { CODE, callbackAction } from '../callback-data.js';

export const pickTownship = callbackAction('twp', [CODE]);
export const pickVillage = callbackAction('vil', [CODE]);
export const backToTownships = callbackAction('twps');

function inRows(
  keyboard: InlineKeyboard,
  buttons: Array<{ label: string; data: string }>,
): InlineKeyboard {
  buttons.forEach((b, i) => {
    keyboard.text(b.label, b.data);
    if (i % 2 === 1) keyboard.row();
  });
  if (buttons.length % 2 === 1) keyboard.row();
  return keyboard;
}

export function townshipKeyboard(townships: Township[], locale: Locale): InlineKeyboard {
  return inRows(
    new InlineKeyboard(),
    townships.map((t) => ({ label: localize(t.name, locale), data: pickTownship.data(t.code) })),
  );
}

export function villageKeyboard(
  villages: Village[],
  locale: Locale,
  backLabel?: string,
): InlineKeyboard {
  const keyboard = inRows(
    new InlineKeyboard(),
    villages.map((v) => ({ label: localize(v.name, locale), data: pickVillage.data(v.code) })),
  );
  if (backLabel) keyboard.text(backLabel, backToTownships.data());
  return keyboard;
}
