import type { DicomDataset, DicomElement } from '../model.js';

/** Calls `visit` for every element of the dataset and of its sequence items, with its tag path. */
export function walkElements(
  dataset: DicomDataset,
  visit: (element: DicomElement, path: string) => void,
  prefix = '',
): void {
  for (const element of dataset.elements.values()) {
    const path = `${prefix}(${element.tag.slice(0, 4)},${element.tag.slice(4)})`;
    visit(element, path);
    if (element.items) element.items.forEach((item, i) => walkElements(item, visit, `${path}[${i}]/`));
  }
}
