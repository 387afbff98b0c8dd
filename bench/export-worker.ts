/**
 * One `cunjing reports export` run in its own process, for `export.bench.ts`: prints the wall
 * time and the process's peak resident memory (getrusage maxRSS) as JSON on the last line.
 *
 * It calls the export command itself rather than the whole `cunjing` entry, whose eager imports of
 * every other command (the bot included) add about 30 MB that has nothing to do with exporting.
 *
 *   node bin/run-ts.js bench/export-worker.ts <reports export arguments…>
 */
import { processIo } from '../src/cli/context.js';
import { reportsCommand } from '../src/cli/reports.js';

const started = performance.now();
const code = await reportsCommand(['export', ...process.argv.slice(2)], processIo);
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ code, seconds: Number(seconds.toFixed(1)), peakRssMb }));
