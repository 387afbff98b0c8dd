/**
 * A V8 CPU profile of part of a benchmark run, written as a `.cpuprofile` (open it in Chrome
 * DevTools, or sum it with `node bench/profile-top.js <file>`). In-process, so it also holds the
 * load client's own work; compare functions, not the total.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

export async function profiled<T>(file: string | null, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  }
}
