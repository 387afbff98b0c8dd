/**
 * The seam between the web chat and report storage. A report from the web must be stored and
 * routed exactly like one from Telegram (same tables, same station and county cards, same
 * anonymity rules), so the web channel does not write reports itself: it hands a validated
 * input to `submitReport`, which the composition root wires to the channel-neutral reports
 * workflow once that exists. Until then no submitter is given and the page says plainly that
 * reporting from the web is not yet available.
 */
import type { Photo } from './photo.js';

export interface WebReportInput {
  /** The web resident (device) submitting: kept away from officers when `anonymous`. */
  deviceId: string;
  villageCode: string;
  kind: string;
  category: string;
  description: string;
  /** Typed place, or the browser's location. */
  place: { text: string } | { latitude: number; longitude: number };
  anonymous: boolean;
  /** Idempotency: a replayed submit with the same key returns the first result. */
  submissionKey: string;
  /**
   * Up to three photos, type sniffed from their bytes, metadata already removed when anonymous;
   * the submitter stores them under the data directory by their content hash.
   */
  photos: Photo[];
}

export interface WebReportResult {
  /** The reference number the reporter sees (e.g. 2026-000123). */
  reference: string;
}

export type SubmitReport = (input: WebReportInput) => Promise<WebReportResult>;
