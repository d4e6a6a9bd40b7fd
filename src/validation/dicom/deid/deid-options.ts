/**
 * The de-identification profile and options a user can ask for with `--deid` (PS3.15 Annex E,
 * Table E.1-1): `basic` is the Basic Application Level Confidentiality Profile, the others are its
 * options, which keep (K) or clean (C) attributes the basic profile removes or replaces.
 */
export const DEID_OPTIONS = [
  'basic',
  'retain-safe-private',
  'retain-uids',
  'retain-device-identity',
  'retain-institution-identity',
  'retain-patient-characteristics',
  'retain-long-full-dates',
  'retain-long-modified-dates',
  'clean-descriptors',
  'clean-structured-content',
  'clean-graphics',
] as const;

export type DeidOption = (typeof DEID_OPTIONS)[number];

/** True when `name` is a known `--deid` option. */
export function isDeidOption(name: string): name is DeidOption {
  return (DEID_OPTIONS as readonly string[]).includes(name);
}
