/** `cunjing officers add|list|remove`: the county IT person's way to manage officers. */
import { parseArgs } from 'node:util';
import { formatScope, type Scope } from '../domain/people/roles.js';
import { appendAudit } from '../store/audit.repository.js';
import { getTownship, listStations } from '../store/places.repository.js';
import { grantOfficer, listOfficers, revokeOfficer } from '../store/users.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE = `usage:
  cunjing officers add <telegram-id> (--station <code> | --township <code>) [--name <name>]
  cunjing officers list
  cunjing officers remove <telegram-id>`;

function telegramId(text: string | undefined): number {
  const id = Number(text);
  if (!text || !Number.isSafeInteger(id) || id <= 0)
    throw new UsageError(`"${text ?? ''}" is not a Telegram user id\n${USAGE}`);
  return id;
}

export async function officersCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      station: { type: 'string' },
      township: { type: 'string' },
      name: { type: 'string' },
    },
  });
  return withStore(io, async ({ db }) => {
    if (action === 'list') {
      const officers = await listOfficers(db);
      if (officers.length === 0) io.out('No officers yet.');
      for (const o of officers)
        io.out(`${o.telegramId}\t${o.scope ? formatScope(o.scope) : '-'}\t${o.firstName}`);
      return 0;
    }
    if (action === 'add') {
      const id = telegramId(positionals[0]);
      if (Boolean(values.station) === Boolean(values.township))
        throw new UsageError(`give exactly one of --station or --township\n${USAGE}`);
      const scope: Scope = values.station
        ? { kind: 'station', code: values.station }
        : { kind: 'township', code: values.township ?? '' };
      const exists =
        scope.kind === 'station'
          ? (await listStations(db)).some((s) => s.code === scope.code)
          : (await getTownship(db, scope.code)) !== null;
      if (!exists)
        throw new UsageError(`unknown ${scope.kind} "${scope.code}"; import the county file first`);
      await grantOfficer(db, id, scope, values.name ?? '');
      await appendAudit(db, {
        actorId: null,
        action: 'officer.grant',
        subject: `user:${id}`,
        detail: { scope: formatScope(scope), via: 'cli' },
      });
      io.out(
        `${id} is now an officer for ${formatScope(scope)}. Their command menu updates when the bot next starts.`,
      );
      return 0;
    }
    if (action === 'remove') {
      const id = telegramId(positionals[0]);
      if (!(await revokeOfficer(db, id))) {
        io.err(`${id} is not an officer.`);
        return 1;
      }
      await appendAudit(db, {
        actorId: null,
        action: 'officer.revoke',
        subject: `user:${id}`,
        detail: { via: 'cli' },
      });
      io.out(`${id} is no longer an officer.`);
      return 0;
    }
    throw new UsageError(USAGE);
  });
}
