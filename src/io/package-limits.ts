// Limits on what an --ig package may hold once unpacked: a 3 MB tarball must not expand to
// gigabytes. The largest real package (hl7.fhir.r4.core) unpacks to about 70 MB in 4,600 files.

/** Most bytes a package (or folder of definitions) may hold, decompressed. */
export const MAX_PACKAGE_BYTES = 256 * 2 ** 20;

/** Most files (tar entries, or JSON files of a folder) a package may hold. */
export const MAX_PACKAGE_ENTRIES = 20_000;
