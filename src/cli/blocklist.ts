/** `cunjing blocklist add|remove|list`: the county's confirmed fraud numbers, links and accounts. */
import { extractChannels } from '../domain/fraud/index.js';
import { appendAudit } from '../store/audit.repository.js';
import { addToBlocklist, removeFromBlocklist } from '../store/blocklist.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE =
  'usage: cunjing blocklist add|remove "<numbers, links or accounts>" | cunjing blocklist list';

export async function blocklistCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list' && action !== 'add' && action !== 'remove') throw new UsageError(USAGE);
  return withStore(io, async ({ db }) => {
    if (action === 'list') {
      const rows = await db.selectFrom('blocklist').selectAll().orderBy('count', 'desc').execute();
      for (const r of rows) io.out(`${r.kind}\t${r.value}\t${r.count}\t${r.last_at}`);
      if (rows.length === 0) io.out('The blocklist is empty.');
      return 0;
    }
    const channels = extractChannels(rest.join(' '));
    if (channels.length === 0)
      throw new UsageError(`no phone number, link or account found\n${USAGE}`);
    for (const c of channels) {
      if (action === 'add')
        io.out(
          `${c.kind}\t${c.key}\treported ${await addToBlocklist(db, c.kind, c.key, null)} time(s)`,
        );
      else
        io.out(
          `${c.kind}\t${c.key}\t${(await removeFromBlocklist(db, c.kind, c.key)) ? 'removed' : 'was not listed'}`,
        );
    }
    await appendAudit(db, {
      actorId: null,
      action: `blocklist.${action}`,
      detail: { entries: channels.length, via: 'cli' },
    });
    return 0;
  });
}
