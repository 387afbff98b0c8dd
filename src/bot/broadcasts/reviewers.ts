/**
 * A broadcast request as its reviewer sees it on Telegram: who wrote it, how many it reaches,
 * where it goes (townships or villages by name), the text as residents will read it, and approve
 * / reject buttons. Who reviews, and when they are told, is the workflow's part
 * (`src/workflows/broadcasts/announce-requests.ts`); this renders its `review-request` notice.
 */
import { InlineKeyboard } from 'grammy';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import type { Locale } from '../../domain/locale.js';
import { telegramAddress } from '../../domain/people/addresses.js';
import type { Translate } from '../../i18n/translate.js';
import type { Db } from '../../store/database.js';
import { personsOf } from '../../store/people.repository.js';
import { getPerson } from '../../store/users.repository.js';
import { recipientsOf } from '../../workflows/broadcasts/publish-request.js';
import { callbackAction } from '../callback-data.js';
import { broadcastHtml } from './outbox-html.js';
import { targetNames } from './target-names.js';

export const reviewAction = callbackAction('brv', ['\\d{1,12}', 'approve|reject']);

export async function renderReviewRequest(
  deps: { db: Db; translate: Translate; adminIds: ReadonlySet<number> },
  request: BroadcastRequest,
  locale: Locale,
): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const author = await getPerson(deps.db, request.authorId);
  const admins = await personsOf(deps.db, [...deps.adminIds].map(telegramAddress));
  // Counted when the reviewer is told, with the author's rights as they are now.
  const count = await recipientsOf(
    deps.db,
    request,
    author ? { ...author, role: admins.has(author.personId) ? 'admin' : author.role } : null,
  );
  const t = (key: string, vars?: Record<string, string | number>) =>
    deps.translate(locale, key, vars);
  const text = [
    t('broadcast-review-title', {
      id: String(request.id),
      author: author?.firstName || String(author?.telegramId ?? request.authorId),
      count,
    }),
    t('broadcast-review-where', {
      where: await targetNames(deps.db, deps.translate, locale, request.target),
    }),
    '',
    broadcastHtml(deps.translate, 'zh-CN', request),
  ].join('\n');
  const keyboard = new InlineKeyboard()
    .text(t('broadcast-approve'), reviewAction.data(request.id, 'approve'))
    .text(t('broadcast-reject'), reviewAction.data(request.id, 'reject'));
  return { text, keyboard };
}
