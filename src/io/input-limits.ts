/**
 * How much readiness reads of a file it reads whole (assessment and questionnaire YAML, scorecard
 * and conformance summary JSON): checked before reading (the file's size) and while reading (a
 * file that grows, or reports no size). Past it the file is refused with a located error and the
 * other inputs go on. Listed in the README, section "Limits".
 */
export const MAX_TEXT_FILE_BYTES = 16 * 2 ** 20;

/** A byte count for people: `16 MiB`, `1.5 MiB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 2 ** 20) return `${bytes} bytes`;
  const mib = bytes / 2 ** 20;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
