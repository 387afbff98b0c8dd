#!/usr/bin/env node
// Builds dist/, the JavaScript that production runs: esbuild bundles src/cli/index.ts and the
// packages it uses into a few files in dist/run/ (the CLI's entry, plus one chunk per group of
// modules that a subcommand or an optional feature loads by dynamic import). Loading a few dozen
// files instead of several hundred is most of what makes `cunjing start` quick.
// Native and optional heavy packages (better-sqlite3, resvg, pg, the Redis client, exceljs…) stay
// outside the bundle and load from node_modules when needed. The non-TypeScript files under src/
// (the sandbox web chat's page and scripts) are copied to dist/ beside where their modules would
// be, and each module's `import.meta.url` is rewritten to that place, so paths the sources build
// from their own location (locales/, data/, assets/) resolve the same in the bundle.
//
// Run by `npm install` (prepare) and by `npm start` when the sources are newer (`--if-stale`).
// esbuild comes with tsx (a dependency); without it the CLI runs the sources through tsx.
// CUNJING_METAFILE=file writes esbuild's metafile (what went into which chunk, and its size);
// CUNJING_REAL_DENO_SHIM=1 bundles the real @deno/shim-deno instead of the stand-in below.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { DIST, isDistFresh, ROOT, STAMP } from './dist-state.js';

if (process.argv.includes('--if-stale') && isDistFresh()) process.exit(0);

const SRC = join(ROOT, 'src');
const OUT = join(DIST, 'run');

/**
 * Never bundled: native packages, those loaded on demand (src/load-on-demand.ts), and node-cron,
 * which finds its own files (a daemon script) from its location.
 */
const EXTERNAL = [
  'node-cron',
  'better-sqlite3',
  '@resvg/resvg-js',
  'pg',
  'pg-native',
  '@keyv/redis',
  'exceljs',
  'qrcode',
  'pngjs',
  'jpeg-js',
  'tsx',
  'tsx/*',
  'playwright-core',
];

let esbuild;
try {
  const require = createRequire(import.meta.url);
  let from = require;
  try {
    from = createRequire(require.resolve('tsx/package.json'));
  } catch {}
  esbuild = from('esbuild');
} catch {
  console.error('cunjing: esbuild is not installed, so nothing is built; running the sources.');
  process.exit(0);
}

/** `import.meta.url` of a module in the bundle → the URL its compiled file would have had. */
const placeInDist = {
  name: 'place-in-dist',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(SRC + sep)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (/import\.meta\.(dirname|filename)/.test(source)) {
        return {
          errors: [
            { text: 'use import.meta.url (the build places it; dirname/filename it does not)' },
          ],
        };
      }
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const compiled = join(DIST, relative(SRC, args.path)).replace(/\.ts$/, '.js');
      const fromOut = relative(OUT, compiled).split(sep).join('/');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

/**
 * What @grammyjs/i18n (and the Deno standard library it carries) calls on `Deno`, on Node's fs:
 * reading the locales folder and its files. It stands in for @deno/shim-deno, which loads the
 * whole Deno API (about 30 ms and 190 kB of code at every start) for these few calls.
 */
const DENO_STAND_IN = `
const fs = require('node:fs');
const info = (s) => ({
  isFile: s.isFile(), isDirectory: s.isDirectory(), isSymlink: s.isSymbolicLink(), size: s.size,
  mtime: s.mtime, atime: s.atime, birthtime: s.birthtime, dev: s.dev, ino: s.ino, mode: s.mode,
  nlink: s.nlink, uid: s.uid, gid: s.gid, rdev: s.rdev, blksize: s.blksize, blocks: s.blocks,
});
const entry = (d) => ({
  name: d.name, isFile: d.isFile(), isDirectory: d.isDirectory(), isSymlink: d.isSymbolicLink(),
});
const path = (p) => (p instanceof URL ? require('node:url').fileURLToPath(p) : p);
const Deno = {
  build: { os: process.platform === 'win32' ? 'windows' : process.platform },
  cwd: () => process.cwd(),
  statSync: (p) => info(fs.statSync(path(p))),
  lstatSync: (p) => info(fs.lstatSync(path(p))),
  stat: async (p) => info(await fs.promises.stat(path(p))),
  lstat: async (p) => info(await fs.promises.lstat(path(p))),
  realPathSync: (p) => fs.realpathSync(path(p)),
  realPath: (p) => fs.promises.realpath(path(p)),
  readDirSync: (p) => fs.readdirSync(path(p), { withFileTypes: true }).map(entry),
  readDir: async function* (p) {
    for (const d of await fs.promises.readdir(path(p), { withFileTypes: true })) yield entry(d);
  },
  readFileSync: (p) => new Uint8Array(fs.readFileSync(path(p))),
  readFile: async (p) => new Uint8Array(await fs.promises.readFile(path(p))),
  readTextFileSync: (p) => fs.readFileSync(path(p), 'utf8'),
  readTextFile: (p) => fs.promises.readFile(path(p), 'utf8'),
};
module.exports = { Deno };
`;

/**
 * Leaves out code that a package loads at start but Node never runs: node-fetch (grammY's HTTP
 * client) loads whatwg-url, and with it tr46's large Unicode tables, only as a fallback for Node's
 * own URL class; zod loads the messages of 40 languages, where cunjing only reads the English
 * default (its own texts are in locales/); @grammyjs/i18n gets DENO_STAND_IN for its Deno shim.
 */
const leaveOut = {
  name: 'leave-out',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'stub' }));
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]classic[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = { URL: require('node:url').URL };",
      loader: 'js',
    }));
    if (!process.env.CUNJING_REAL_DENO_SHIM) {
      build.onResolve({ filter: /^@deno\/shim-deno$/ }, () => ({
        path: 'deno',
        namespace: 'stub-deno',
      }));
      build.onLoad({ filter: /.*/, namespace: 'stub-deno' }, () => ({
        contents: DENO_STAND_IN,
        loader: 'js',
      }));
    }
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Sources under src/sandbox/ (the Bot API emulator) that `cunjing start` loads before knowing it
 * runs the sandbox: those in the files that src/main.ts's chunk imports statically.
 */
function sandboxOnStartPath(metafile) {
  const outputs = metafile.outputs;
  const main = Object.keys(outputs).find((name) =>
    outputs[name].entryPoint?.endsWith('src/main.ts'),
  );
  const entry = Object.keys(outputs).find((name) =>
    outputs[name].entryPoint?.endsWith('cli/index.ts'),
  );
  const seen = new Set();
  const visit = (name) => {
    if (!name || seen.has(name) || !outputs[name]) return;
    seen.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  visit(main);
  if (!main) return ['(no chunk for src/main.ts)'];
  return [...seen].flatMap((name) =>
    Object.keys(outputs[name].inputs).filter(
      (input) => input.startsWith('src/sandbox/') || input === 'src/app/sandbox.ts',
    ),
  );
}

console.error('cunjing: building dist/ …');
rmSync(DIST, { recursive: true, force: true });
try {
  const built = await esbuild.build({
    entryPoints: { cunjing: join(SRC, 'cli/index.ts') },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    chunkNames: 'chunk-[hash]',
    sourcemap: true,
    legalComments: 'none',
    // Some packages compare constructor names (node-fetch: `signal.constructor.name`).
    keepNames: true,
    // A third less to parse at start. Names stay, so stack traces still read; for source
    // positions run with `node --enable-source-maps` (the .map files are beside the chunks).
    minifyWhitespace: true,
    logLevel: 'warning',
    plugins: [placeInDist, leaveOut],
    metafile: true,
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins,
    // and some read __dirname.
    banner: {
      js: [
        "import { createRequire as __cunjingRequire } from 'node:module';",
        "import { fileURLToPath as __cunjingPath } from 'node:url';",
        'const require = __cunjingRequire(import.meta.url);',
        'const __filename = __cunjingPath(import.meta.url);',
        "const __dirname = __cunjingPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
  });
  if (process.env.CUNJING_METAFILE) {
    writeFileSync(process.env.CUNJING_METAFILE, JSON.stringify(built.metafile));
  }
  const leaked = sandboxOnStartPath(built.metafile);
  if (leaked.length) {
    console.error(
      `cunjing: the production start path would load the emulator: ${leaked.join(', ')}`,
    );
    throw new Error('emulator on the start path');
  }
} catch {
  rmSync(DIST, { recursive: true, force: true });
  console.error('cunjing: building failed (see above); the CLI will run the sources instead.');
  process.exit(process.argv.includes('--if-stale') ? 0 : 1);
}

function copyAssets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(path);
    else if (!entry.name.endsWith('.ts')) {
      const target = join(DIST, relative(SRC, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
copyAssets(SRC);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
