import { editDistance } from '../../../questionnaire/closest.js';

/**
 * The known URLs closest to `url` (by edit distance of the whole URL and of its last segment),
 * at most `limit`, best first; none when nothing is reasonably close.
 */
export function closestUrls(url: string, known: Iterable<string>, limit = 3): string[] {
  const tail = (u: string) => u.slice(u.lastIndexOf('/') + 1).toLowerCase();
  const wantTail = tail(url);
  const scored: { url: string; score: number }[] = [];
  for (const candidate of known) {
    const score = Math.min(
      editDistance(url.toLowerCase(), candidate.toLowerCase()),
      editDistance(wantTail, tail(candidate)) + 2,
    );
    if (score <= Math.max(3, Math.floor(wantTail.length / 3))) scored.push({ url: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.url);
}
