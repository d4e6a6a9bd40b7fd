import type { DicomElement } from '../model.js';

/** `prefix` + `(gggg,eeee)`: prefix is '' at the top level or `(0040,A730)[2]/` inside an item. */
export function tagPath(prefix: string, tag: string): string {
  return `${prefix}(${tag.slice(0, 4)},${tag.slice(4)})`;
}

/** The prefix for the attributes of item `index` of the sequence at `path`. */
export function itemPrefix(path: string, index: number): string {
  return `${path}[${index}]/`;
}

/** True when an element carries no value: zero length, only empty values, or a sequence without items. */
export function isEmpty(element: DicomElement): boolean {
  if (element.length === 0) return true;
  if (element.items) return element.items.length === 0;
  if (element.values === undefined) return false;
  return element.values.length === 0 || element.values.every((v) => typeof v === 'string' && v.trim() === '');
}
