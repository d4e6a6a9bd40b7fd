import { parseMultiplicity, type Multiplicity } from '../values/value-multiplicity.js';

/** One data dictionary entry (PS3.6). */
export interface DictionaryEntry {
  /** The VR; several separated by `|` (`US|SS`); '' for item delimiters. */
  vr: string;
  /** Value multiplicity as the standard writes it: `1`, `1-n`, `2-2n`... */
  vm: string;
  /** The VM parsed, undefined for a form not known here. */
  multiplicity?: Multiplicity;
  keyword: string;
  retired: boolean;
}

/** standards/dicom/dictionary.json: tag -> [VR, VM, keyword, retired], and masks of repeating groups. */
export interface DictionaryFile {
  tags: Record<string, [string, string, string, number]>;
  masks: [string, string, string, string, number][];
}

function entry(vr: string, vm: string, keyword: string, retired: number): DictionaryEntry {
  return { vr, vm, multiplicity: parseMultiplicity(vm), keyword, retired: retired === 1 };
}

const PRIVATE_CREATOR = entry('LO', '1', 'PrivateCreator', 0);
const GROUP_LENGTH = entry('UL', '1', 'GroupLength', 0);

/** True for a private tag (odd group number). */
export function isPrivateTag(tag: string): boolean {
  return (parseInt(tag.slice(3, 4), 16) & 1) === 1;
}

/** `00100010` -> `(0010,0010)`. */
export function formatTag(tag: string): string {
  return `(${tag.slice(0, 4)},${tag.slice(4)})`;
}

/**
 * The data dictionary: the entry of a tag (8 upper-case hex digits), including repeating groups
 * (`60xx,3000`), group lengths and private creators; undefined for unknown and private data tags.
 */
export function buildDictionary(file: DictionaryFile): (tag: string) => DictionaryEntry | undefined {
  const tags = new Map<string, DictionaryEntry>();
  for (const [tag, [vr, vm, keyword, retired]] of Object.entries(file.tags))
    tags.set(tag, entry(vr, vm, keyword, retired));
  const masks = file.masks.map(([mask, vr, vm, keyword, retired]) => ({
    pattern: new RegExp(`^${mask.replaceAll('X', '[0-9A-F]')}$`),
    entry: entry(vr, vm, keyword, retired),
  }));
  return (tag) => {
    const known = tags.get(tag);
    if (known) return known;
    if (tag.endsWith('0000')) return GROUP_LENGTH;
    if (isPrivateTag(tag)) {
      const element = parseInt(tag.slice(4), 16);
      return element >= 0x10 && element <= 0xff ? PRIVATE_CREATOR : undefined;
    }
    for (const m of masks) if (m.pattern.test(tag)) return m.entry;
    return undefined;
  };
}
