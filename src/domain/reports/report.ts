/**
 * A report as the domain sees it. For an anonymous report there is no reporter id at all, only a
 * relay key: an opaque token the bot can use to pass messages on, which no officer ever sees.
 */
import type { Colour, ReportKind } from './categories.js';
import type { ReportStatus } from './status.js';

export type EvidenceKind = 'photo' | 'video' | 'document' | 'voice';

export interface Evidence {
  kind: EvidenceKind;
  fileId: string;
}

export interface ReportPlace {
  villageCode: string | null;
  latitude: number | null;
  longitude: number | null;
  text: string | null;
  /** Set when a shared location lies far outside the county: accepted, but flagged. */
  outsideCounty: boolean;
}

export interface Report {
  id: number;
  reference: string;
  kind: ReportKind;
  category: string;
  colour: Colour;
  status: ReportStatus;
  description: string;
  evidence: Evidence[];
  place: ReportPlace;
  occurredText: string | null;
  anonymous: boolean;
  /** The reporter's person; only for named reports. */
  reporterPersonId: number | null;
  /** Only for anonymous reports. */
  relayKey: string | null;
  villageCode: string;
  townshipCode: string;
  stationCode: string;
  /** The accepting officer's person. */
  assignedOfficerId: number | null;
  rejectReason: string | null;
  createdAt: string;
  acceptedAt: string | null;
  escalatedAt: string | null;
}

/** At most this many attachments per report; a larger album is cut and the reporter told. */
export const MAX_EVIDENCE = 10;
/** Reports one account may file per minute before being asked to wait. */
export const MAX_REPORTS_PER_MINUTE = 5;
/** Beyond this distance from every village of the county, a shared location is flagged. */
export const OUTSIDE_COUNTY_KM = 80;

export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function isOutsideCounty(
  point: { latitude: number; longitude: number },
  villages: Array<{ latitude: number; longitude: number }>,
): boolean {
  if (villages.length === 0) return false;
  return villages.every((v) => distanceKm(point, v) > OUTSIDE_COUNTY_KM);
}
