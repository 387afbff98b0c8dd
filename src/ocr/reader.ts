/**
 * The screenshot reader the bot uses: picture bytes in, cleaned text out, with the limits that
 * keep OCR from starving the bot (bytes, pixels, time, how many at once). The engine behind it
 * is a small interface, so tests use a fake and a machine without Tesseract says so kindly.
 */
import { OcrError } from './errors.js';
import { decodeGrey, MAX_PIXELS } from './image.js';
import { createLimiter } from './limiter.js';
import { prepareForOcr } from './preprocess.js';
import { runTesseract, tesseractMissing } from './tesseract.js';
import { cleanOcrText } from './text.js';

/** Reads the text in one prepared image (a binary PGM). */
export interface OcrEngine {
  /** Why this engine cannot run here, or null; may be cached by the engine. */
  missing(): Promise<string | null>;
  recognise(pgm: Uint8Array, options: { timeoutMs: number }): Promise<string>;
}

export interface ScreenshotReader {
  /** Why screenshots cannot be read here, or null when they can. */
  missing(): Promise<string | null>;
  /** The cleaned text of a PNG or JPEG; empty when there is none. Throws OcrError. */
  read(image: Uint8Array): Promise<string>;
  /** Largest file the bot should download for it. */
  readonly maxBytes: number;
}

export interface ReaderOptions {
  /** Runs at the same time (1–2 on a small server). */
  concurrency?: number;
  /** Pictures waiting beyond those; more are refused as busy. */
  queue?: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxPixels?: number;
}

/** A phone screenshot is 0.2–3 MB as PNG; Telegram's photos are far smaller. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export function createScreenshotReader(
  engine: OcrEngine,
  options: ReaderOptions = {},
): ScreenshotReader {
  const limiter = createLimiter(options.concurrency ?? 1, options.queue ?? 4);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    maxBytes,
    missing: () => engine.missing(),
    async read(image) {
      if (image.length > maxBytes)
        throw new OcrError('too-large', `${image.length} bytes is over ${maxBytes}`);
      const why = await engine.missing();
      if (why) throw new OcrError('unavailable', why);
      return limiter.run(async () => {
        // Decoding runs inside the limit too: it is the other half of the CPU cost.
        const pgm = prepareForOcr(decodeGrey(image, options.maxPixels ?? MAX_PIXELS));
        return cleanOcrText(await engine.recognise(pgm, { timeoutMs }));
      });
    },
  };
}

/** Tesseract on PATH with chi_sim and eng; whether it is there is checked once. */
export function tesseractEngine(command = 'tesseract'): OcrEngine {
  let checked: Promise<string | null> | undefined;
  return {
    missing: () => {
      checked ??= tesseractMissing(command);
      return checked;
    },
    recognise: (pgm, { timeoutMs }) => runTesseract(pgm, { command, timeoutMs }),
  };
}

/** No engine at all (OCR turned off): every read says so. */
export const noOcrEngine: OcrEngine = {
  missing: async () => 'OCR is turned off (OCR_CONCURRENCY=0)',
  recognise: async () => {
    throw new OcrError('unavailable', 'OCR is turned off');
  },
};
