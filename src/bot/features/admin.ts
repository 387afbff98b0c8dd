/**
 * Admin tools: /grant, /revoke and /officers. Admins come only from ADMIN_IDS; officers are made
 * only here (or by the CLI). Every step is checked again on the server when a button is pressed,
 * and every grant, revocation and refused attempt goes to the audit log.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { localize } from '../../domain/locale.js';
import { formatScope, parseScope, type Scope } from '../../domain/people/roles.js';
import type { Translate } from '../../i18n/translate.js';
import { appendAudit } from '../../store/audit.repository.js';
import { getTownship, listStations, listTownships } from '../../store/places.repository.js';
import {
  getUser,
  grantOfficer,
  listOfficers,
  revokeOfficer,
} from '../../store/users.repository.js';
import { callbackAction } from '../callback-data.js';
import { registerPersonCommands } from '../commands.js';
import type { BotContext } from '../context.js';
import { dismiss } from '../keyboards/cancel.js';
import { actorOf } from '../person-id.js';
import { refuseCallback, refuseCommand } from '../refuse.js';

export const confirmGrant = callbackAction('grant', [
  '\\d{1,15}',
  'station|township',
  '[A-Za-z0-9_-]{1,32}',
]);
export const confirmRevoke = callbackAction('rvk', ['\\d{1,15}']);
export const askRevoke = callbackAction('rvka', ['\\d{1,15}']);

async function scopeExists(ctx: BotContext, scope: Scope): Promise<boolean> {
  if (scope.kind === 'township') return (await getTownship(ctx.app.db, scope.code)) !== null;
  return (await listStations(ctx.app.db)).some((s) => s.code === scope.code);
}

/** A scope by the name people use: "乌兰派出所", "巴音苏木", never "station:ST-WULAN". */
async function scopeName(ctx: BotContext, scope: Scope): Promise<string> {
  if (scope.kind === 'township') {
    const township = await getTownship(ctx.app.db, scope.code);
    return township ? localize(township.name, ctx.locale) : scope.code;
  }
  const station = (await listStations(ctx.app.db)).find((s) => s.code === scope.code);
  return station ? localize(station.name, ctx.locale) : scope.code;
}

/** What is wrong with a /grant, said plainly: a bad id, an unknown station or township. */
async function grantProblem(
  ctx: BotContext,
  idText: string | undefined,
  id: number,
  scope: Scope | null,
): Promise<string | null> {
  const stations = await listStations(ctx.app.db);
  const examples = stations.map((s) => `station:${s.code}`).join(', ');
  if (!idText || !scope) return ctx.t('grant-usage', { examples });
  if (!Number.isSafeInteger(id) || id <= 0) return ctx.t('grant-bad-id', { id: idText });
  if (await scopeExists(ctx, scope)) return null;
  if (scope.kind === 'station')
    return ctx.t('grant-unknown-station', { code: scope.code, examples });
  const townships = (await listTownships(ctx.app.db)).map((t) => `township:${t.code}`).join(', ');
  return ctx.t('grant-unknown-township', { code: scope.code, examples: townships });
}

export function createAdmin(translate: Translate): Composer<BotContext> {
  const admin = new Composer<BotContext>();
  const privateChats = admin.chatType('private');
  const isAdmin = (ctx: BotContext) => ctx.person?.role === 'admin';

  privateChats.command('grant', async (ctx) => {
    if (!isAdmin(ctx)) return refuseCommand(ctx, 'grant', 'not admin');
    const [idText, scopeText] = ctx.match.trim().split(/\s+/);
    const id = Number(idText);
    const scope = scopeText ? parseScope(scopeText) : null;
    const problem = await grantProblem(ctx, idText, id, scope);
    if (problem) {
      await ctx.reply(problem);
      return;
    }
    if (!scope) return;
    const keyboard = new InlineKeyboard()
      .text(ctx.t('grant-confirm-button'), confirmGrant.data(id, scope.kind, scope.code))
      .text(ctx.t('button-cancel'), dismiss.data());
    await ctx.reply(
      ctx.t('grant-confirm', { id: String(id), scope: await scopeName(ctx, scope) }),
      {
        reply_markup: keyboard,
      },
    );
  });

  privateChats.callbackQuery(confirmGrant.pattern, async (ctx) => {
    if (!isAdmin(ctx))
      return refuseCallback(ctx, 'grant by non-admin', { audit: true, key: 'admin-only' });
    const id = Number(ctx.match[1]);
    const scope = { kind: ctx.match[2], code: ctx.match[3] } as Scope;
    if (!(await scopeExists(ctx, scope))) return refuseCallback(ctx, 'unknown scope');
    await grantOfficer(ctx.app.db, id, scope);
    await appendAudit(ctx.app.db, {
      actorId: await actorOf(ctx),
      action: 'officer.grant',
      subject: `user:${id}`,
      detail: { scope: formatScope(scope) },
    });
    const officer = await getUser(ctx.app.db, id);
    if (officer) await registerPersonCommands(ctx.api, translate, officer, ctx.app.logger);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(
      ctx.t('grant-done', { id: String(id), scope: await scopeName(ctx, scope) }),
    );
  });

  async function showRevokeConfirm(ctx: BotContext, id: number): Promise<void> {
    if (!Number.isSafeInteger(id) || id <= 0) {
      await ctx.reply(ctx.t('revoke-usage'));
      return;
    }
    const officer = await getUser(ctx.app.db, id);
    if (officer?.role !== 'officer') {
      await ctx.reply(ctx.t('revoke-not-officer', { id: String(id) }));
      return;
    }
    const keyboard = new InlineKeyboard()
      .text(ctx.t('revoke-confirm-button'), confirmRevoke.data(id))
      .text(ctx.t('button-cancel'), dismiss.data());
    await ctx.reply(
      ctx.t('revoke-confirm', { id: String(id), name: officer.firstName || String(id) }),
      {
        reply_markup: keyboard,
      },
    );
  }

  privateChats.command('revoke', async (ctx) => {
    if (!isAdmin(ctx)) return refuseCommand(ctx, 'revoke', 'not admin');
    await showRevokeConfirm(ctx, Number(ctx.match.trim()));
  });

  privateChats.callbackQuery(askRevoke.pattern, async (ctx) => {
    if (!isAdmin(ctx))
      return refuseCallback(ctx, 'revoke by non-admin', { audit: true, key: 'admin-only' });
    await ctx.answerCallbackQuery();
    await showRevokeConfirm(ctx, Number(ctx.match[1]));
  });

  privateChats.callbackQuery(confirmRevoke.pattern, async (ctx) => {
    if (!isAdmin(ctx))
      return refuseCallback(ctx, 'revoke by non-admin', { audit: true, key: 'admin-only' });
    const id = Number(ctx.match[1]);
    const revoked = await revokeOfficer(ctx.app.db, id);
    await ctx.answerCallbackQuery();
    if (!revoked) {
      await ctx.editMessageText(ctx.t('revoke-usage'));
      return;
    }
    await appendAudit(ctx.app.db, {
      actorId: await actorOf(ctx),
      action: 'officer.revoke',
      subject: `user:${id}`,
    });
    const person = await getUser(ctx.app.db, id);
    if (person) await registerPersonCommands(ctx.api, translate, person, ctx.app.logger);
    await ctx.editMessageText(ctx.t('revoke-done', { id: String(id) }));
  });

  privateChats.command('officers', async (ctx) => {
    if (!isAdmin(ctx)) return refuseCommand(ctx, 'officers', 'not admin');
    const officers = await listOfficers(ctx.app.db);
    if (officers.length === 0) {
      await ctx.reply(ctx.t('officers-none'));
      return;
    }
    const lines: string[] = [];
    for (const o of officers)
      lines.push(
        ctx.t('officers-line', {
          id: String(o.telegramId),
          name: o.firstName || '—',
          scope: o.scope ? await scopeName(ctx, o.scope) : '—',
        }),
      );
    const keyboard = new InlineKeyboard();
    for (const o of officers.slice(0, 30))
      keyboard
        .text(
          ctx.t('officers-revoke-button', { id: String(o.telegramId) }),
          askRevoke.data(o.telegramId),
        )
        .row();
    await ctx.reply([ctx.t('officers-title'), ...lines].join('\n'), { reply_markup: keyboard });
  });

  return admin;
}
