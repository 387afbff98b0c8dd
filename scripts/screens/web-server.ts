/**
 * The villagers' web chat as a resident meets it, for the phone-size walk: the real channel on
 * a loopback port with the real knowledge base, report workflow (photos into a temporary
 * evidence folder), SMS settings and Web Push offered. The caller brings the database (the
 * walk script a temporary SQLite file, the test its test store).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES_DIR } from '../../src/app/content.js';
import { createWebSubmitter } from '../../src/channels/web/submit-report.js';
import { createWebChannel, type WebChannel } from '../../src/channels/web/web-channel.js';
import { loadServiceCatalog } from '../../src/domain/services/catalog.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { Db } from '../../src/store/database.js';

export interface WalkServer {
  web: WebChannel;
  base: string;
  close(): Promise<void>;
}

export async function startWalkServer(db: Db): Promise<WalkServer> {
  const evidenceDir = mkdtempSync(join(tmpdir(), 'cunjing-walk-evidence-'));
  const web = await createWebChannel({
    db,
    catalog: loadServiceCatalog(LOCALES_DIR),
    localesDir: LOCALES_DIR,
    logger: createMemoryLogger(),
    publicUrl: 'http://127.0.0.1',
    timeZone: 'Asia/Shanghai',
    evidenceDir,
    submitReport: createWebSubmitter({
      db,
      timeZone: 'Asia/Shanghai',
      evidenceDir,
      wakeNotices: () => {},
    }),
    deliverQuestion: async () => true,
    sms: true,
    webPush: { contact: 'mailto:it@county.example', extraHosts: [] },
    // A walk is one person tapping quickly, not a flood.
    limits: { perDevice: 500, perAddress: 5000, windowMs: 60_000 },
  });
  const base = `http://127.0.0.1:${await web.listen(0, '127.0.0.1')}`;
  return {
    web,
    base,
    async close() {
      await web.close();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}
