/**
 * The Tesseract command-line engine (Debian: tesseract-ocr, tesseract-ocr-chi-sim), run as a
 * child process: the image goes in on stdin, the text comes out on stdout, nothing touches the
 * disk. One thread per run (OMP_THREAD_LIMIT=1), a hard timeout, and a cap on what is read back,
 * so a bad picture can cost at most one core for a few seconds.
 */
import { execFile, spawn } from 'node:child_process';
import { OcrError } from './errors.js';

export interface TesseractOptions {
  /** The executable; `tesseract` on PATH by default. */
  command?: string;
  languages?: string;
  /** Page segmentation mode: 4 = one column of text of variable sizes, as in a chat. */
  psm?: number;
  timeoutMs?: number;
}

export const DEFAULT_LANGUAGES = 'chi_sim+eng';
const MAX_OUTPUT = 64 * 1024;

/** Why Tesseract cannot be used here, or null when it can (checked once per process). */
export async function tesseractMissing(
  command = 'tesseract',
  languages = DEFAULT_LANGUAGES,
): Promise<string | null> {
  const listed = await new Promise<string | null>((resolve) => {
    execFile(command, ['--list-langs'], { timeout: 5_000 }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });
  if (listed === null)
    return `${command} is not installed (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)`;
  const have = new Set(listed.split('\n').map((l) => l.trim()));
  const lacking = languages.split('+').filter((l) => !have.has(l));
  return lacking.length
    ? `Tesseract has no ${lacking.join(', ')} data (apt-get install -y tesseract-ocr-chi-sim tesseract-ocr-eng)`
    : null;
}

/** Runs Tesseract on one prepared image (PGM or PNG bytes) and returns its text. */
export function runTesseract(image: Uint8Array, options: TesseractOptions = {}): Promise<string> {
  const args = [
    'stdin',
    'stdout',
    '-l',
    options.languages ?? DEFAULT_LANGUAGES,
    '--psm',
    String(options.psm ?? 4),
    '--dpi',
    '300',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.command ?? 'tesseract', args, {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: OcrError | null, text = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(text);
    };
    const timer = setTimeout(
      () => finish(new OcrError('timeout', 'tesseract took too long')),
      options.timeoutMs ?? 15_000,
    );
    child.on('error', (error) =>
      finish(new OcrError('unavailable', `tesseract could not start: ${error.message}`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) finish(new OcrError('failed', 'tesseract wrote too much'));
      else chunks.push(chunk);
    });
    child.on('close', (code) =>
      code === 0
        ? finish(null, Buffer.concat(chunks).toString('utf8'))
        : finish(new OcrError('failed', `tesseract exited with ${code}`)),
    );
    child.stdin.on('error', () => {}); // the child may exit before reading everything
    child.stdin.end(image);
  });
}
