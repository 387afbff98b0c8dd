/**
 * The web report form: what it offers (kinds and categories, from the same list as the bot) and
 * the check of what comes back, before anything is handed to the reports seam. A submitted
 * form that fails the check changes nothing and says what to fix.
 */

import type { Locale } from '../../domain/locale.js';
import { CATEGORIES, findCategory } from '../../domain/reports/categories.js';
import { WebError } from './http-kit.js';
import { acceptPhoto, MAX_PHOTO_BYTES, MAX_PHOTOS, type Photo } from './photo.js';
import type { WebReportInput } from './reports-seam.js';
import type { WebTranslate } from './web-translate.js';

export const MAX_DESCRIPTION_CHARS = 2000;
export const MAX_PLACE_CHARS = 200;
/** A report's JSON body: three photos in base64 plus the text fields. */
export const MAX_REPORT_BYTES = Math.ceil((MAX_PHOTOS * MAX_PHOTO_BYTES * 4) / 3) + 64 * 1024;

const FORM_TEXTS = [
  'web-report-title',
  'web-report-category',
  'web-report-description',
  'web-report-place',
  'web-report-use-location',
  'web-report-location-set',
  'web-report-location-failed',
  'web-report-locating',
  'web-report-anonymous',
  'web-report-submit',
  'web-report-photos',
  'web-photo-pick',
  'web-cookie-warning',
] as const;

export function reportForm(t: WebTranslate, locale: Locale) {
  return {
    texts: Object.fromEntries(FORM_TEXTS.map((k) => [k, t(locale, k)])),
    kinds: (['dispute', 'clue'] as const).map((kind) => ({
      id: kind,
      label: t(locale, `report-kind-${kind}`),
      categories: CATEGORIES.filter((c) => c.kind === kind).map((c) => ({
        id: c.id,
        label: t(locale, `report-cat-${c.id}`),
      })),
    })),
  };
}

const invalid = () => new WebError(400, 'invalid_report', 'web-report-invalid');
const chars = (text: string) => [...text].length;

/** The form's fields as a report input, or a 400 saying what to fix. */
export function parseReport(
  body: Record<string, unknown>,
  deviceId: string,
  villageCode: string | null,
): WebReportInput {
  if (!villageCode) throw new WebError(400, 'no_village', 'web-choose-village-first');
  const category = findCategory(String(body.category ?? ''));
  const description = String(body.description ?? '').trim();
  const submissionKey = String(body.submissionKey ?? '');
  if (!category || !description || chars(description) > MAX_DESCRIPTION_CHARS) throw invalid();
  if (!/^[\w-]{16,64}$/.test(submissionKey)) throw invalid();
  const where = body.place as Record<string, unknown> | undefined;
  let place: WebReportInput['place'];
  if (typeof where?.text === 'string' && where.text.trim() && chars(where.text) <= MAX_PLACE_CHARS)
    place = { text: where.text.trim() };
  else if (
    typeof where?.latitude === 'number' &&
    typeof where.longitude === 'number' &&
    Math.abs(where.latitude) <= 90 &&
    Math.abs(where.longitude) <= 180
  )
    place = { latitude: where.latitude, longitude: where.longitude };
  else throw invalid();
  const anonymous = body.anonymous !== false;
  return {
    deviceId,
    villageCode,
    kind: category.kind,
    category: category.id,
    description,
    place,
    anonymous,
    submissionKey,
    photos: parsePhotos(body.photos, anonymous),
  };
}

/** Base64 photos, sniffed, with metadata removed from an anonymous reporter's. */
function parsePhotos(value: unknown, anonymous: boolean): Photo[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) throw invalid();
  if (value.length > MAX_PHOTOS) throw new WebError(413, 'too_many_photos', 'web-photo-too-large');
  return (value as string[]).map((encoded) => {
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES)
      throw new WebError(413, 'photo_too_large', 'web-photo-too-large');
    const photo = acceptPhoto(bytes, anonymous);
    if (!photo) throw new WebError(415, 'not_an_image', 'web-photo-not-image');
    return photo;
  });
}
