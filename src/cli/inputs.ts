/**
 * One input from the command line, or one per line from stdin: how `ask` and `check` take their
 * text, so a large set runs in one process.
 */
import { createInterface } from 'node:readline';

export async function forEachInput(
  positionals: string[],
  stdin: NodeJS.ReadableStream,
  handle: (text: string) => void,
): Promise<void> {
  if (positionals.length > 0) {
    handle(positionals.join(' '));
    return;
  }
  for await (const line of createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY }))
    handle(line);
}
