import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for a subject: `S-` and the first 10 hex digits of HMAC-SHA256(salt, subject
 * id). The same subject gets the same pseudonym in every run with the same salt; without the salt
 * the pseudonym cannot be traced back by hashing candidate ids.
 *
 * @example pseudonym('de-uka', 'consortium-2026') // 'S-…' (10 hex digits)
 */
export function pseudonym(subjectId: string, salt: string): string {
  return `S-${createHmac('sha256', salt).update(subjectId, 'utf8').digest('hex').slice(0, 10)}`;
}

/** How the report names subjects: their own names, or pseudonyms. */
export interface SubjectNamer {
  readonly anonymised: boolean;
  /** The stable key of a subject (id, or pseudonym). */
  key(subjectId: string): string;
  /** What the report prints for a subject. */
  label(subjectId: string, name: string): string;
}

/** A namer that uses names as given, or pseudonyms when `salt` is set. */
export function subjectNamer(salt: string | undefined): SubjectNamer {
  if (salt === undefined) return { anonymised: false, key: (id) => id, label: (_id, name) => name };
  const cache = new Map<string, string>();
  const get = (id: string): string => {
    let p = cache.get(id);
    if (p === undefined) cache.set(id, (p = pseudonym(id, salt)));
    return p;
  };
  return { anonymised: true, key: get, label: (id) => get(id) };
}
