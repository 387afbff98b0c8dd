/**
 * The reader the application runs with, from the settings: Tesseract with OCR_CONCURRENCY runs
 * at once (0 turns screenshots off) and OCR_TIMEOUT_SECONDS per picture.
 */
import type { Config } from '../config.js';
import {
  createScreenshotReader,
  noOcrEngine,
  type ScreenshotReader,
  tesseractEngine,
} from './reader.js';

export function screenshotReaderFromConfig(
  config: Pick<Config, 'OCR_CONCURRENCY' | 'OCR_TIMEOUT_SECONDS'>,
): ScreenshotReader {
  if (config.OCR_CONCURRENCY === 0) return createScreenshotReader(noOcrEngine);
  return createScreenshotReader(tesseractEngine(), {
    concurrency: config.OCR_CONCURRENCY,
    queue: 2 * config.OCR_CONCURRENCY + 2,
    timeoutMs: config.OCR_TIMEOUT_SECONDS * 1000,
  });
}
