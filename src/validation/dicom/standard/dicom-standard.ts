import { buildDictionary, formatTag, type DictionaryEntry, type DictionaryFile } from '../dictionary/dictionary.js';
import type { DeidProfileFile } from '../deid/profile.js';
import { buildIodTables, type IodTables } from '../iod/iod-tables.js';

/** The tables of standards/dicom, as read (JSON values): the only input of a {@link DicomStandard}. */
export interface DicomStandardFiles {
  /** dictionary.json (PS3.6). */
  dictionary: unknown;
  /** iods.json (PS3.3 IOD, module and macro tables, PS3.4 SOP classes). */
  iods: unknown;
  /** modality-terms.json (PS3.3 C.7.3.1.1.1). */
  modalityTerms: unknown;
  /** deid-profile.json (PS3.15 Table E.1-1). */
  deidProfile: unknown;
}

/** Names a cache the standard owns, and how to start it (a module holds the key, never the cache). */
export interface CacheKey<T> {
  create(): T;
}

/** Media Storage Directory Storage (PS3.4 Annex I): the SOP Class of a DICOMDIR. */
export const MEDIA_DIRECTORY = '1.2.840.10008.1.3.10';

/**
 * The DICOM standard as the checks read it, built once per run (or per worker thread) from the
 * shipped tables and passed to the parser and every check: the data dictionary, IOD, module and
 * macro tables, SOP classes, modality terms and the confidentiality profile. What the checks
 * compile from these tables is cached here, so a test can build its own standard and nothing is
 * shared between runs.
 */
export class DicomStandard {
  readonly tables: IodTables;
  readonly deidProfile: DeidProfileFile;
  /** The data dictionary entry of a tag (8 upper-case hex digits); undefined for unknown and private data tags. */
  readonly lookupTag: (tag: string) => DictionaryEntry | undefined;
  private readonly modalities: Set<string>;
  private readonly caches = new Map<CacheKey<unknown>, unknown>();

  constructor(files: DicomStandardFiles) {
    this.lookupTag = buildDictionary(files.dictionary as DictionaryFile);
    this.tables = buildIodTables(files.iods as IodTables);
    this.deidProfile = files.deidProfile as DeidProfileFile;
    const terms = files.modalityTerms as { current: string[]; retired: string[] };
    this.modalities = new Set([...terms.current, ...terms.retired]);
    // and the values IODs enumerate for Modality
    for (const module of Object.values(this.tables.modules))
      for (const attribute of module?.attributes ?? [])
        if (attribute.tag === '00080060') for (const v of attribute.enum ?? []) this.modalities.add(v);
  }

  /** `PatientID (0010,0020)`: the keyword and the tag, for messages. */
  describeTag(tag: string): string {
    const keyword = this.lookupTag(tag)?.keyword;
    return keyword ? `${keyword} ${formatTag(tag)}` : formatTag(tag);
  }

  /** True for a Modality (0008,0060) value the standard defines. */
  isStandardModality = (value: string): boolean => this.modalities.has(value);

  /** True for a SOP Class UID the standard defines (an IOD checked here, another storage class, or a DICOMDIR). */
  isStandardSopClass = (uid: string): boolean =>
    uid === MEDIA_DIRECTORY ||
    this.tables.sopClasses[uid] !== undefined ||
    this.tables.otherSopClasses[uid] !== undefined;

  /** The cache `key` names, started on first use. */
  cache<T>(key: CacheKey<T>): T {
    let value = this.caches.get(key);
    if (value === undefined) this.caches.set(key, (value = key.create()));
    return value as T;
  }
}
