import type { Finding } from '../../finding.js';
import { redactValue } from '../../redact.js';
import { formatTag } from '../dictionary/dictionary.js';
import type { DicomDataset } from '../model.js';
import { deidFinding, type DeidContext } from './deid-context.js';
import { effectiveAction } from './effective-action.js';
import { ELEMENT_CHECKS } from './element-checks/index.js';
import { privateBlocks } from './private-blocks.js';

/** Says whether a private element is declared safe: (group, creator, element byte in block). */
export type SafePrivate = (group: string, creator: string | undefined, elementByte: number) => boolean;

function isPrivate(tag: string): boolean {
  return (parseInt(tag.slice(3, 4), 16) & 1) === 1;
}

/**
 * Walks a dataset and its sequence items (at any depth) and reports every attribute the profile
 * removes, empties or replaces that is still there, and every private block it does not keep.
 * A sequence that must go is reported once and not entered; other sequences are entered, since
 * the profile applies to the attributes inside their items too.
 */
export function findLeaks(
  ctx: DeidContext,
  dataset: DicomDataset,
  safe: SafePrivate,
  prefix = '',
  depth = 0,
): Finding[] {
  const findings: Finding[] = [];
  const keptPrivate = new Set<string>();
  let hasPrivate = false;
  for (const tag of dataset.elements.keys()) if (isPrivate(tag)) hasPrivate = true;
  for (const block of hasPrivate ? privateBlocks(dataset) : []) {
    const unsafe = block.elements.filter(
      (e) => ctx.profile.privateAction !== 'C' || !safe(block.group, block.creator, parseInt(e.tag.slice(6), 16)),
    );
    if (unsafe.length === 0) {
      for (const e of block.elements) keptPrivate.add(e.tag);
      continue;
    }
    const first = block.elements[0];
    findings.push(
      deidFinding(
        ctx,
        'dicom.deid.private-tag',
        { path: `${prefix}${formatTag(first?.tag ?? '')}`, offset: first?.offset },
        {
          block: `(${block.group},xx${block.block})`,
          // a private creator is free text of the file (no standard defines it): shown only with --show-values
          ...(block.creator ? { creator: ctx.showValues ? block.creator : redactValue(block.creator) } : {}),
          elements: unsafe.length,
          cleaned: ctx.profile.privateAction === 'C',
        },
      ),
    );
  }
  for (const element of dataset.elements.values()) {
    let enter = true;
    // Paths are built only for what is reported or entered: most elements are neither.
    const path = (): string => `${prefix}${formatTag(element.tag)}`;
    if (isPrivate(element.tag)) {
      enter = keptPrivate.has(element.tag);
    } else {
      const resolved = ctx.profile.actionFor(element.tag);
      if (resolved) {
        const action = effectiveAction(resolved.action, depth === 0 ? ctx.typeOf?.(element.tag) : undefined);
        if (action !== 'K' && action !== 'C') {
          const visit = {
            element,
            path: path(),
            depth,
            name: `${resolved.name} ${formatTag(element.tag)}`,
            tableAction: resolved.action,
          };
          for (const check of ELEMENT_CHECKS) {
            if (!check.actions.includes(action)) continue;
            const finding = check.check(ctx, visit, action);
            if (finding) {
              findings.push(finding);
              break;
            }
          }
        }
        enter = action !== 'X' && action !== 'Z';
      }
    }
    if (!enter || !element.items) continue;
    const at = path();
    element.items.forEach((item, i) => findings.push(...findLeaks(ctx, item, safe, `${at}[${i}]/`, depth + 1)));
  }
  return findings;
}
