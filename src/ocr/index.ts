/**
 * Reading text from screenshots (OCR): the public surface of `src/ocr`.
 *
 * The bot calls `ScreenshotReader.read` on a photo a villager sends in the scam check; the
 * engine is Tesseract (Debian packages) behind the `OcrEngine` interface.
 */
export { OcrError, type OcrFailure } from './errors.js';
export { screenshotReaderFromConfig } from './from-config.js';
export { decodeGrey, imageDimensions, MAX_PIXELS, sniffImage } from './image.js';
export {
  createScreenshotReader,
  DEFAULT_MAX_BYTES,
  noOcrEngine,
  type OcrEngine,
  type ReaderOptions,
  type ScreenshotReader,
  tesseractEngine,
} from './reader.js';
export { cleanOcrText, looksLikeMessage } from './text.js';
