// Private data elements (PS3.5 7.8.1): a block (gggg,xx00-xxFF) is reserved by its Private Creator
// (gggg,00xx), which is present with a value wherever the block is used; private groups 0001, 0003,
// 0005, 0007 and FFFF shall not be used.
import { privateBlocks } from '../../deid/private-blocks.js';
import { formatTag } from '../../dictionary/dictionary.js';
import { report, type CheckContext, type DicomRule } from '../../iod/dicom-rule.js';
import type { DicomDataset } from '../../model.js';

const FORBIDDEN_GROUPS = new Set(['0001', '0003', '0005', '0007', 'FFFF']);

function checkLevel(ctx: CheckContext, dataset: DicomDataset, prefix: string): void {
  const forbidden = new Set<string>();
  for (const block of privateBlocks(dataset)) {
    const first = block.elements[0]!;
    const creatorTag = `${block.group}00${block.block}`;
    if (FORBIDDEN_GROUPS.has(block.group)) {
      if (!forbidden.has(block.group))
        report(
          ctx,
          'dicom.private.forbidden-group',
          `${prefix}${formatTag(first.tag)}`,
          { group: block.group },
          { element: first },
        );
      forbidden.add(block.group);
      continue;
    }
    if (parseInt(block.block, 16) < 0x10) continue; // (gggg,0001-000F): no block
    const creator = dataset.elements.get(creatorTag);
    const data = block.elements.find((e) => e !== creator);
    if (!data) continue; // a creator that reserves a block nothing uses (pydicom's dicomdirtests have empty ones)
    if (!creator)
      report(
        ctx,
        'dicom.private.no-creator',
        `${prefix}${formatTag(data.tag)}`,
        { creator: formatTag(creatorTag) },
        { element: data },
      );
    else if ((creator.values ?? []).every((v) => String(v).trim() === ''))
      report(ctx, 'dicom.private.empty-creator', `${prefix}${formatTag(creatorTag)}`, {}, { element: creator });
  }
  for (const element of dataset.elements.values())
    element.items?.forEach((item, i) => checkLevel(ctx, item, `${prefix}${formatTag(element.tag)}[${i}]/`));
}

export const privateCreatorsRule: DicomRule = {
  id: 'private-creators',
  description:
    'private blocks have their Private Creator, with a value; private groups 0001, 0003, 0005, 0007 and FFFF are not used (PS3.5 7.8.1)',
  emits: ['dicom.private.no-creator', 'dicom.private.empty-creator', 'dicom.private.forbidden-group'],
  check(ctx) {
    checkLevel(ctx, ctx.parsed.dataset, '');
  },
};
