/**
 * Shared by /reports and /stats: the reports an officer may see (their station or township;
 * admins all), and the check that a button pressed in a group comes from someone the group's
 * area covers (features/groups.ts already checks commands there the same way).
 */
import { isStaff, type Person } from '../../../domain/people/roles.js';
import type { ScopeFilter } from '../../../store/reports.repository.js';
import type { BotContext } from '../../context.js';
import { jurisdictionOfChat, mayUseInGroup } from '../../group-scope.js';
import { refuseCallback } from '../../refuse.js';

export function scopeOf(person: Person): ScopeFilter {
  if (person.role === 'admin' || !person.scope) return {};
  return person.scope.kind === 'station'
    ? { stationCode: person.scope.code }
    : { townshipCode: person.scope.code };
}

/** A button pressed in a group by someone the group's area does not cover: refused, audited. */
export async function groupRefuses(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type === 'private') return false;
  const where = ctx.chat ? await jurisdictionOfChat(ctx.app.db, ctx.chat.id) : null;
  if (where && (await mayUseInGroup(ctx.app.db, ctx.person, where))) return false;
  await refuseCallback(ctx, 'group outside the officer scope', {
    audit: true,
    key: isStaff(ctx.person) ? 'group-out-of-scope' : 'staff-only',
  });
  return true;
}
