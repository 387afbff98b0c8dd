// Whether dist/ (the compiled JavaScript that production runs) is up to date with the sources.
// `dist/.built` is written last by bin/build.js; anything under src/, tsconfig.json or the build
// script itself newer than it means a rebuild is due.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const STAMP = join(DIST, '.built');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

export function isDistFresh() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  const inputs = [join(ROOT, 'src'), join(ROOT, 'tsconfig.json'), join(ROOT, 'bin', 'build.js')];
  return inputs.every((p) => !existsSync(p) || newest(p) <= built);
}
