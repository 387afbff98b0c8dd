/**
 * The sandbox's fixed identities, apart from the emulator itself so the production start path can
 * name them without loading the 4,000-line emulator.
 */

/** A fixed, obviously fake token: the emulator accepts only this one. */
export const SANDBOX_TOKEN = '1000000001:SANDBOX-local-emulator-token-00';

export const SANDBOX_PEOPLE = {
  villager: 100001,
  villagerMongolian: 100002,
  officer: 200001,
  admin: 900001,
  stationGroup: -100100,
  countyGroup: -100200,
} as const;
