/**
 * Runs `cunjing` as a real child process and lets a test wait for its log lines: each wait ends
 * when a matching line arrives (a signal), with a generous bound only as a failure guard.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const BIN = new URL('../../bin/cunjing.js', import.meta.url).pathname;

export interface LogLine {
  time?: string;
  level?: string;
  msg?: string;
  raw: string;
  [field: string]: unknown;
}

export interface CunjingProcess {
  child: ChildProcess;
  lines: LogLine[];
  stdout: string[];
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `options.bin` runs another copy of the program (a test that breaks its content files). */
export function startCunjing(
  args: string[],
  env: Record<string, string>,
  options: { bin?: string } = {},
): CunjingProcess {
  const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const stdout: string[] = [];
  const waiters = new Set<{ match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }>();
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (raw) => {
    let line: LogLine;
    try {
      line = { ...JSON.parse(raw), raw };
    } catch {
      line = { raw };
    }
    lines.push(line);
    for (const w of waiters) {
      if (!w.match(line)) continue;
      waiters.delete(w);
      w.resolve(line);
    }
  });
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (l) =>
    stdout.push(l),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines,
    stdout,
    exited,
    waitForLine(match, timeoutMs = 60_000) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (l: LogLine) => {
            clearTimeout(timer);
            resolve(l);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no such log line; got:\n${lines.map((l) => l.raw).join('\n')}`));
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then(() => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          reject(new Error(`the process exited; its log:\n${lines.map((l) => l.raw).join('\n')}`));
        });
      });
    },
  };
}
