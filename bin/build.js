#!/usr/bin/env node
// Compiles src/ to dist/ (tsc with tsconfig.build.json) and copies the non-TypeScript files beside
// them (the sandbox web chat's page and scripts). Run by `npm install` (prepare) and by
// `npm start` when the sources are newer (`--if-stale`). Without TypeScript installed
// (npm install --omit=dev) it says so and leaves the CLI to run the sources through tsx.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { DIST, isDistFresh, ROOT, STAMP } from './dist-state.js';

if (process.argv.includes('--if-stale') && isDistFresh()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error(
    'cunjing: TypeScript is not installed, so nothing is compiled; running the sources.',
  );
  process.exit(0);
}

console.error('cunjing: compiling src/ to dist/ …');
rmSync(DIST, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
  cwd: ROOT,
});
if (result.status !== 0) {
  rmSync(DIST, { recursive: true, force: true });
  console.error('cunjing: compiling failed (see above); the CLI will run the sources instead.');
  process.exit(process.argv.includes('--if-stale') ? 0 : 1);
}

function copyAssets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(path);
    else if (!entry.name.endsWith('.ts')) {
      const target = join(DIST, relative(join(ROOT, 'src'), path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
copyAssets(join(ROOT, 'src'));
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
