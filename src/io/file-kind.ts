import type { Stats } from 'node:fs';

/**
 * What a path is when it is neither a regular file nor a folder, in words (`a FIFO or pipe`,
 * `a character device`...), or undefined for a regular file or a folder. readiness reads only
 * regular files: a FIFO blocks forever, a device such as /dev/zero never ends.
 */
export function nonRegularKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'a FIFO or pipe, as stdin and <(...) are';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
