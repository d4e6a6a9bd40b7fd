import { escapeTerminalValue } from './terminal-text.js';

/**
 * Where something was found: a file and, as far as known, the place inside it.
 * YAML and JSON use line and column (1-based); NDJSON the line; a Bundle the entry index;
 * FHIR an element path; DICOM a tag path and a byte offset.
 */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Index of a Bundle entry (0-based). */
  entry?: number;
  /** A Bundle entry's fullUrl. */
  fullUrl?: string;
  /** An element path (FHIRPath style, `Bundle.entry[3].resource.code`) or a schema path. */
  path?: string;
  /** A DICOM tag path, e.g. `(0040,A730)[2]/(0008,0100)`. */
  tag?: string;
  /** Byte offset in the file. */
  offset?: number;
}

/**
 * `file:line:column`, then entry, path, tag and offset where known. Names from the input (file,
 * fullUrl, path, tag) have their control characters and line feeds escaped: a location is one line.
 */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.file !== undefined) {
    let head = escapeTerminalValue(location.file);
    if (location.line !== undefined) {
      head += `:${location.line}`;
      if (location.column !== undefined) head += `:${location.column}`;
    }
    parts.push(head);
  } else if (location.line !== undefined) {
    parts.push(`line ${location.line}${location.column !== undefined ? `:${location.column}` : ''}`);
  }
  if (location.entry !== undefined) parts.push(`entry ${location.entry}`);
  if (location.fullUrl !== undefined) parts.push(escapeTerminalValue(location.fullUrl));
  if (location.path !== undefined) parts.push(escapeTerminalValue(location.path));
  if (location.tag !== undefined) parts.push(escapeTerminalValue(location.tag));
  if (location.offset !== undefined) parts.push(`byte ${location.offset}`);
  return parts.join(' ');
}
