/**
 * Who reviews a broadcast request, and telling them: the admins and the other officers of the
 * author's station each get the preview, where it goes (townships or villages by name), the
 * recipient count and approve / reject buttons.
 */
import { type Api, InlineKeyboard } from 'grammy';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import type { Person } from '../../domain/people/roles.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { getTownship } from '../../store/places.repository.js';
import { getUser, listOfficers, localeOfUser } from '../../store/users.repository.js';
import { callbackAction } from '../callback-data.js';
import type { Translate } from '../i18n.js';
import { recipientsOf, renderBroadcast } from './publish.js';
import { targetNames } from './target-names.js';

export const reviewAction = callbackAction('brv', ['\\d{1,12}', 'approve|reject']);

export async function stationOfPerson(db: Db, person: Person | null): Promise<string | null> {
  if (!person?.scope) return null;
  if (person.scope.kind === 'station') return person.scope.code;
  return (await getTownship(db, person.scope.code))?.stationCode ?? null;
}

export interface ReviewDeps {
  api: Api;
  db: Db;
  translate: Translate;
  logger: Logger;
  adminIds: ReadonlySet<number>;
}

export async function announceToReviewers(
  deps: ReviewDeps,
  request: BroadcastRequest,
): Promise<number> {
  const author = await getUser(deps.db, request.authorId);
  const authorStation = await stationOfPerson(deps.db, author);
  const officers = await listOfficers(deps.db);
  const reviewers = new Set<number>([...deps.adminIds]);
  for (const o of officers)
    if ((await stationOfPerson(deps.db, o)) === authorStation && authorStation !== null)
      reviewers.add(o.telegramId);
  reviewers.delete(request.authorId);
  const count = await recipientsOf(
    deps.db,
    request,
    author
      ? { ...author, role: deps.adminIds.has(author.telegramId) ? 'admin' : author.role }
      : null,
  );
  let told = 0;
  for (const id of reviewers) {
    const locale = await localeOfUser(deps.db, id);
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate(locale, key, vars);
    const text = [
      t('broadcast-review-title', {
        id: String(request.id),
        author: author?.firstName || String(request.authorId),
        count,
      }),
      t('broadcast-review-where', {
        where: await targetNames(deps.db, deps.translate, locale, request.target),
      }),
      '',
      renderBroadcast(deps.translate, 'zh-CN', request),
    ].join('\n');
    try {
      await deps.api.sendMessage(id, text, {
        reply_markup: new InlineKeyboard()
          .text(t('broadcast-approve'), reviewAction.data(request.id, 'approve'))
          .text(t('broadcast-reject'), reviewAction.data(request.id, 'reject')),
      });
      told++;
    } catch (error) {
      deps.logger.warn('reviewer could not be told', {
        request_id: request.id,
        reviewer: id,
        error,
      });
    }
  }
  return told;
}
