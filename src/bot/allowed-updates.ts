/**
 * The update types the bot asks Telegram for (`allowed_updates` in getUpdates and setWebhook).
 * The webhook server answers anything else with 200 and ignores it, so a forged or stray
 * update type never reaches a handler written for these four.
 */
export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
] as const;

export type AllowedUpdate = (typeof ALLOWED_UPDATES)[number];

/** The kind of an update: its one field besides `update_id`, or null when there is none. */
export function updateKind(update: Record<string, unknown>): string | null {
  for (const key of Object.keys(update)) if (key !== 'update_id') return key;
  return null;
}

/** The chat an update belongs to, for ordering; null when it has none (inline queries, polls). */
export function chatOfUpdate(update: Record<string, unknown>): number | null {
  const kind = updateKind(update);
  const body = kind ? (update[kind] as Record<string, unknown> | null) : null;
  if (!body || typeof body !== 'object') return null;
  const idOf = (value: unknown): number | null => {
    const id = (value as { id?: unknown } | null | undefined)?.id;
    return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
  };
  return (
    idOf(body.chat) ??
    idOf((body.message as { chat?: unknown } | undefined)?.chat) ??
    idOf(body.from) ??
    null
  );
}
