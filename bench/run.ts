/**
 * Benchmark runner: `npm run bench` runs every benchmark, `npm run bench -- <name>` runs one.
 * Each benchmark is a module `bench/<name>.bench.ts` exporting `run(args)`, which returns the
 * figures to record; they are written to `bench/results/<name>.json` (`<name>-postgres.json` for a PostgreSQL run) with the machine and time.
 * Benchmarks report ratios and percentiles, never pass/fail timings: these machines are noisy.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

interface BenchModule {
  run(args: string[]): Promise<Record<string, unknown>>;
}

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('-'));
const names = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((n) => !only || n === only);

if (names.length === 0) {
  console.error(only ? `No benchmark named "${only}" in bench/.` : 'No benchmarks in bench/.');
  process.exit(2);
}

await mkdir(join(here, 'results'), { recursive: true });
for (const name of names) {
  const mod = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as BenchModule;
  console.log(`▶ ${name}`);
  const figures = await mod.run(args.filter((a) => a !== name));
  const record = {
    benchmark: name,
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    ...figures,
  };
  // A PostgreSQL run keeps its own file, so it never overwrites the SQLite figures.
  const file = figures.engine === 'postgres' ? `${name}-postgres` : name;
  await writeFile(join(here, 'results', `${file}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(JSON.stringify(figures, null, 2));
}
