/**
 * The environment without libfaketime, for the machine's own programs that tests start (Chromium,
 * redis-server). `npm run test:clock` fakes the clock of every process through LD_PRELOAD; these
 * programs are not code under test, and under libfaketime they hang (Chromium never loads a page,
 * redis-server never prints its version).
 */
export function realClockEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'LD_PRELOAD' && !entry[0].startsWith('FAKETIME'),
    ),
  );
}
