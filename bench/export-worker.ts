/**
 * One `cunjing reports export` run in its own process, for `export.bench.ts`: prints the wall
 * time and the process's peak resident memory (getrusage maxRSS) as JSON on the last line.
 *
 *   node bin/run-ts.js bench/export-worker.ts <reports export arguments…>
 */
import { runCli } from '../src/cli/index.js';

const started = performance.now();
const code = await runCli(['reports', 'export', ...process.argv.slice(2)]);
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ code, seconds: Number(seconds.toFixed(1)), peakRssMb }));
