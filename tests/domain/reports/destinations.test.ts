/**
 * 一警双报 as a rule over places: the station's inbox (its group, else the village officer) and
 * the command inbox (the township's, else the county's), named by the places they serve; one
 * chat gets one card, the station's, without the exact place.
 */
import { describe, expect, it } from 'vitest';
import { type Address, telegramAddress } from '../../../src/domain/people/addresses.js';
import {
  inboxAddress,
  inboxKey,
  type PlaceInboxes,
  parseInbox,
  parseReportCardsKey,
  reportCardsKey,
  reportDestinations,
} from '../../../src/domain/reports/destinations.js';

const place = (o: {
  station?: Address | null;
  officer?: Address | null;
  township?: Address | null;
  county?: Address | null;
}): PlaceInboxes => ({
  village: { code: 'V01', officer: { address: o.officer ?? null } },
  township: { code: 'T01', commandInbox: o.township ?? null },
  station: { code: 'ST01', inbox: o.station ?? null },
  county: { commandInbox: o.county ?? null },
});
const GROUP = telegramAddress(-100100);
const COUNTY = telegramAddress(-100200);
const TOWNSHIP = telegramAddress(-100300);
const OFFICER = telegramAddress(300001);
const STATION_INBOX = { kind: 'station', station: 'ST01', village: 'V01' } as const;

describe('report destinations', () => {
  it('go to the station group and the county command, which alone sees the exact place', () => {
    expect(reportDestinations(place({ station: GROUP, officer: OFFICER, county: COUNTY }))).toEqual(
      [
        { inbox: STATION_INBOX, command: false },
        { inbox: { kind: 'command' }, command: true },
      ],
    );
  });

  it('name the township command inbox when the township has its own', () => {
    const p = place({ station: GROUP, township: TOWNSHIP, county: COUNTY });
    expect(reportDestinations(p)[1]).toEqual({
      inbox: { kind: 'command', township: 'T01' },
      command: true,
    });
    expect(inboxAddress(p, { kind: 'command', township: 'T01' })).toEqual(TOWNSHIP);
    expect(inboxAddress(p, { kind: 'command' })).toEqual(COUNTY);
  });

  it('reach the village officer when the station has no group', () => {
    const p = place({ officer: OFFICER, county: COUNTY });
    expect(reportDestinations(p).map((d) => d.inbox)).toEqual([STATION_INBOX, { kind: 'command' }]);
    expect(inboxAddress(p, STATION_INBOX)).toEqual(OFFICER);
    // The station's own inbox (digests) has no officer to fall back on.
    expect(inboxAddress(p, { kind: 'station', station: 'ST01' })).toBeNull();
  });

  it('are one card, without the exact place, when the station group is the command chat', () => {
    expect(reportDestinations(place({ station: GROUP, county: GROUP }))).toEqual([
      { inbox: STATION_INBOX, command: false },
    ]);
    expect(reportDestinations(place({ station: GROUP, township: GROUP, county: COUNTY }))).toEqual([
      { inbox: STATION_INBOX, command: false },
    ]);
  });

  it('are only what is configured', () => {
    expect(reportDestinations(place({}))).toEqual([]);
    expect(reportDestinations(place({ county: COUNTY }))).toEqual([
      { inbox: { kind: 'command' }, command: true },
    ]);
  });
});

describe('inbox keys', () => {
  it('read back what they write, and nothing else', () => {
    const inboxes = [
      STATION_INBOX,
      { kind: 'station', station: 'ST01' },
      { kind: 'command', township: 'T-01' },
      { kind: 'command' },
    ] as const;
    expect(inboxes.map(inboxKey)).toEqual([
      'station:ST01@V01',
      'station:ST01',
      'command:township:T-01',
      'command:county',
    ]);
    for (const inbox of inboxes) expect(parseInbox(inboxKey(inbox))).toEqual(inbox);
    for (const other of ['-100100', '100001', 'relay:k3y', 'cards:42', 'station:', 'station:@V'])
      expect(parseInbox(other)).toBeNull();
    expect(parseReportCardsKey(reportCardsKey(42))).toBe(42);
    expect(parseReportCardsKey('-100100')).toBeNull();
  });
});
