/**
 * How close OCR comes to the message: the share of the message's characters read right, as
 * 1 − (edit distance of the message to the closest stretch of the OCR text) / its length. The
 * phone's chrome around the message (clock, sender, "短信") costs nothing; anything wrong,
 * missing or inserted inside the message does. Whitespace is ignored and both sides are NFKC.
 */
export function charactersRight(expected: string, ocr: string): number {
  const a = [...normalise(expected)];
  const b = [...normalise(ocr)];
  if (a.length === 0) return 1;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
    }
    previous = current;
  }
  return Math.max(0, 1 - Math.min(...previous) / a.length);
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** CPU seconds used by this process's finished children (Linux /proc), or null elsewhere. */
export async function childCpuSeconds(): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from after the command name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
