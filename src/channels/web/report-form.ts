/**
 * The web report form: what it offers (kinds and categories, from the same list as the bot) and
 * the check of what comes back, before anything is handed to the reports seam. A submitted
 * form that fails the check changes nothing and says what to fix.
 */

import type { Locale } from '../../domain/locale.js';
import { CATEGORIES, findCategory } from '../../domain/reports/categories.js';
import { WebError } from './http-kit.js';
import type { WebReportInput } from './reports-seam.js';
import type { WebTranslate } from './web-translate.js';

export const MAX_DESCRIPTION_CHARS = 2000;
export const MAX_PLACE_CHARS = 200;

const FORM_TEXTS = [
  'web-report-title',
  'web-report-category',
  'web-report-description',
  'web-report-place',
  'web-report-use-location',
  'web-report-location-set',
  'web-report-anonymous',
  'web-report-submit',
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
  return {
    deviceId,
    villageCode,
    kind: category.kind,
    category: category.id,
    description,
    place,
    anonymous: body.anonymous !== false,
    submissionKey,
  };
}
