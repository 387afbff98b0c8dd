/**
 * `cunjing broadcast create|status`: the same review path from the command line, for county IT
 * and other systems that raise alerts. A request from an admin of kind urgent goes out directly
 * (recorded as such); everything else waits for review in Telegram (the running bot announces it).
 *   cunjing broadcast create --kind urgent --text "…" [--target all|township:<code>,…|village:<code>,…] [--at <ISO time>] --by <telegram id>
 *   cunjing broadcast status <id>      (delivery report as JSON)
 */

import { parseArgs } from 'node:util';
import { LOCALES_DIR } from '../app/content.js';
import { residentChannels } from '../config.js';
import {
  BROADCAST_KINDS,
  type BroadcastKind,
  type TargetSpec,
  textProblem,
} from '../domain/broadcasts/request.js';
import { telegramAddress } from '../domain/people/addresses.js';
import { effectivePerson } from '../domain/people/roles.js';
import { createTranslate } from '../i18n/translate.js';
import { appendAudit } from '../store/audit.repository.js';
import { createRequest, getRequest } from '../store/broadcast-requests.repository.js';
import type { Db } from '../store/database.js';
import { ensurePerson, personsOf } from '../store/people.repository.js';
import { listTownships, listVillages } from '../store/places.repository.js';
import { getUser } from '../store/users.repository.js';
import { decideBroadcast } from '../workflows/broadcasts/decide-request.js';
import { deliveryState, requestChannelReport } from '../workflows/broadcasts/delivery-state.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE = `usage:
  cunjing broadcast create --kind ${BROADCAST_KINDS.join('|')} --text "<text>" [--target all|township:<code>,…|village:<code>,…] [--at <ISO time>] --by <telegram id>
  cunjing broadcast status <id>`;

function parseTarget(raw: string | undefined): TargetSpec {
  if (!raw || raw === 'all') return { all: true };
  const parts = raw.split(',').map((p) => p.trim());
  const townships = parts.filter((p) => p.startsWith('township:')).map((p) => p.slice(9));
  const villages = parts.filter((p) => p.startsWith('village:')).map((p) => p.slice(8));
  if (
    townships.length + villages.length !== parts.length ||
    (townships.length && villages.length)
  ) {
    throw new UsageError(`--target takes all, or township:<code>,… or village:<code>,…\n${USAGE}`);
  }
  return townships.length ? { townships } : { villages };
}

/** Every township or village code in the target must exist: a typo must not reach nobody. */
async function checkPlaces(db: Db, target: TargetSpec): Promise<void> {
  if ('townships' in target) {
    const known = new Set((await listTownships(db)).map((t) => t.code));
    const unknown = target.townships.filter((c) => !known.has(c));
    if (unknown.length)
      throw new UsageError(
        `unknown township ${unknown.join(', ')}; townships: ${[...known].join(', ')}`,
      );
  }
  if ('villages' in target) {
    const known = new Set((await listVillages(db)).map((v) => v.code));
    const unknown = target.villages.filter((c) => !known.has(c));
    if (unknown.length)
      throw new UsageError(
        `unknown village ${unknown.join(', ')}; villages: ${[...known].join(', ')}`,
      );
  }
}

export async function broadcastCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      text: { type: 'string' },
      target: { type: 'string' },
      at: { type: 'string' },
      by: { type: 'string' },
    },
  });
  return withStore(io, async ({ db }, config) => {
    if (action === 'status') {
      const idText = positionals[0];
      if (!idText || !/^\d{1,12}$/.test(idText))
        throw new UsageError(`broadcast status needs the broadcast's number\n${USAGE}`);
      const request = await getRequest(db, Number(idText));
      if (!request) throw new UsageError(`there is no broadcast #${idText}`);
      const state = await deliveryState(db, request);
      io.out(
        JSON.stringify({
          id: request.id,
          kind: request.kind,
          // As people say it: "delivered" once every copy went, not the review's "approved".
          status: state.state,
          ...('at' in state ? { goesAt: state.at.toISOString() } : {}),
          review: request.status,
          direct: request.direct,
          // Every channel's figures (`channels`), and their sums.
          ...(await requestChannelReport(db, request)),
        }),
      );
      return 0;
    }
    if (action !== 'create') throw new UsageError(USAGE);
    const kind = values.kind as BroadcastKind;
    if (!(BROADCAST_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind must be one of ${BROADCAST_KINDS.join(', ')}\n${USAGE}`);
    const problem = textProblem(values.text ?? '');
    if (problem)
      throw new UsageError(
        `--text is ${problem === 'empty' ? 'empty' : 'over 3500 characters'}\n${USAGE}`,
      );
    const by = Number(values.by);
    const author = Number.isSafeInteger(by) ? await getUser(db, by) : null;
    const isAdmin = config.ADMIN_IDS.includes(by);
    if (!author && !isAdmin)
      throw new UsageError(`--by must be the Telegram id of an officer or admin\n${USAGE}`);
    if (!isAdmin && author?.role !== 'officer')
      throw new UsageError(`${by} is not an officer or admin`);
    const at = values.at ? new Date(values.at) : null;
    if (at && Number.isNaN(at.getTime()))
      throw new UsageError(`--at must be an ISO time such as 2026-11-24T08:00:00+08:00\n${USAGE}`);
    const target = parseTarget(values.target);
    await checkPlaces(db, target);
    // `--by` and ADMIN_IDS are Telegram ids; requests and workflows name persons.
    const authorPerson = author?.personId ?? (await ensurePerson(db, telegramAddress(by)));
    const request = await createRequest(db, {
      kind,
      texts: { 'zh-CN': (values.text ?? '').trim() },
      photoFileId: null,
      target,
      notBefore: at,
      authorId: authorPerson,
    });
    await appendAudit(db, {
      actorId: authorPerson,
      action: 'broadcast.request',
      subject: `broadcast:${request.id}`,
      detail: { kind, via: 'cli' },
    });
    if (isAdmin && kind === 'urgent') {
      const adminPersons = await personsOf(db, config.ADMIN_IDS.map(telegramAddress));
      const decision = await decideBroadcast(
        {
          db,
          translate: createTranslate(LOCALES_DIR),
          timeZone: config.TZ,
          adminPersons,
          channels: residentChannels(config),
        },
        request,
        effectivePerson(authorPerson, author, true),
        true,
        { direct: true, via: 'cli' },
      );
      const count = decision.decided ? decision.recipients : 0;
      io.out(
        JSON.stringify({ id: request.id, status: 'approved', direct: true, recipients: count }),
      );
      return 0;
    }
    io.out(JSON.stringify({ id: request.id, status: 'pending_review', direct: false }));
    return 0;
  });
}
