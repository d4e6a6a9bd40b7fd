import { readFileSync } from 'node:fs';
import { packagePath } from '../../../io/package-path.js';

/** One data dictionary entry (PS3.6). */
export interface DictionaryEntry {
  /** The VR; several separated by `|` (`US|SS`); '' for item delimiters. */
  vr: string;
  /** Value multiplicity as the standard writes it: `1`, `1-n`, `2-2n`... */
  vm: string;
  keyword: string;
  retired: boolean;
}

interface DictionaryFile {
  tags: Record<string, [string, string, string, number]>;
  masks: [string, string, string, string, number][];
}

let loaded: { tags: Map<string, DictionaryEntry>; masks: { pattern: RegExp; entry: DictionaryEntry }[] } | undefined;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(packagePath('standards', 'dicom', 'dictionary.json'), 'utf8')) as DictionaryFile;
  const tags = new Map<string, DictionaryEntry>();
  for (const [tag, [vr, vm, keyword, retired]] of Object.entries(file.tags))
    tags.set(tag, { vr, vm, keyword, retired: retired === 1 });
  const masks = file.masks.map(([mask, vr, vm, keyword, retired]) => ({
    pattern: new RegExp(`^${mask.replaceAll('X', '[0-9A-F]')}$`),
    entry: { vr, vm, keyword, retired: retired === 1 },
  }));
  loaded = { tags, masks };
  return loaded;
}

const PRIVATE_CREATOR: DictionaryEntry = { vr: 'LO', vm: '1', keyword: 'PrivateCreator', retired: false };
const GROUP_LENGTH: DictionaryEntry = { vr: 'UL', vm: '1', keyword: 'GroupLength', retired: false };

/** True for a private tag (odd group number). */
export function isPrivateTag(tag: string): boolean {
  return (parseInt(tag.slice(3, 4), 16) & 1) === 1;
}

/**
 * The dictionary entry of a tag (8 upper-case hex digits), including repeating groups
 * (`60xx,3000`), group lengths and private creators; undefined for unknown and private data tags.
 */
export function lookupTag(tag: string): DictionaryEntry | undefined {
  const { tags, masks } = load();
  const entry = tags.get(tag);
  if (entry) return entry;
  if (tag.endsWith('0000')) return GROUP_LENGTH;
  if (isPrivateTag(tag)) {
    const element = parseInt(tag.slice(4), 16);
    return element >= 0x10 && element <= 0xff ? PRIVATE_CREATOR : undefined;
  }
  for (const m of masks) if (m.pattern.test(tag)) return m.entry;
  return undefined;
}

/** The keyword of a tag, or `(gggg,eeee)` when unknown. */
export function tagName(tag: string): string {
  return lookupTag(tag)?.keyword || formatTag(tag);
}

/** `00100010` -> `(0010,0010)`. */
export function formatTag(tag: string): string {
  return `(${tag.slice(0, 4)},${tag.slice(4)})`;
}
