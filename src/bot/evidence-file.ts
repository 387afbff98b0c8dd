/**
 * What to hand the Bot API for a report's evidence: Telegram's own file id, or, for a photo a web
 * resident uploaded (`web:<sha256>.<ext>`, kept under DATA_DIR/evidence), the file from disk.
 * The name is checked against that exact shape, so a stored id can never point elsewhere.
 */
import { join } from 'node:path';
import { InputFile } from 'grammy';

const WEB_EVIDENCE = /^web:([0-9a-f]{64}\.(?:jpg|png))$/;

export function evidenceFile(fileId: string, dataDir: string): string | InputFile {
  const onDisk = WEB_EVIDENCE.exec(fileId);
  return onDisk?.[1] ? new InputFile(join(dataDir, 'evidence', onDisk[1])) : fileId;
}
