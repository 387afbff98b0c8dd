/**
 * Why a picture could not be read. Each reason is something the bot can explain kindly to the
 * villager ("send the text instead", "this is an animation"); none of them is a bug.
 */
export type OcrFailure =
  /** No OCR engine here (tesseract or its Chinese data not installed, or OCR turned off). */
  | 'unavailable'
  /** Not a PNG or JPEG (GIF, WebP, HEIC, or not an image at all). */
  | 'unsupported'
  /** More pixels or bytes than we are willing to decode. */
  | 'too-large'
  /** The engine did not finish in time. */
  | 'timeout'
  /** Too many pictures are being read at once. */
  | 'busy'
  /** The engine failed for another reason (logged without the picture or its text). */
  | 'failed';

export class OcrError extends Error {
  override name = 'OcrError';
  constructor(
    readonly reason: OcrFailure,
    message: string,
  ) {
    super(message);
  }
}
