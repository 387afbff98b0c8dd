/**
 * Drops empty rows from every keyboard the bot sends. A builder that ends with `.row()` (easy
 * in a loop that breaks rows every two buttons) leaves an empty last row; Telegram hides it,
 * but it is still sent, and other clients and the sandbox may show a gap. Doing it once here
 * keeps every builder, present and future, honest.
 */
import type { Transformer } from 'grammy';

type Rows = unknown[][];

function withoutEmptyRows(markup: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const field of ['inline_keyboard', 'keyboard'] as const) {
    const rows = markup[field];
    if (Array.isArray(rows) && (rows as Rows).some((row) => Array.isArray(row) && !row.length)) {
      return { ...markup, [field]: (rows as Rows).filter((row) => row.length > 0) };
    }
  }
  return undefined;
}

export const dropEmptyKeyboardRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: unknown }).reply_markup;
  const fixed =
    markup && typeof markup === 'object'
      ? withoutEmptyRows(markup as Record<string, unknown>)
      : undefined;
  return fixed
    ? prev(method, { ...payload, reply_markup: fixed } as typeof payload, signal)
    : prev(method, payload, signal);
};
