#!/usr/bin/env node
// `npm run conformance:dicom`: runs the reference validator dciodvfy (Debian dicom3tools) and ours over
// a corpus of real DICOM files not written by this project (Debian python3-pydicom's test files, and
// the examples of dicom3tools and libgdcm3.0), classifies dciodvfy's `Error -` lines (its exit status
// is not reliable) per class, and reports per class how many of its errors we also report and how many
// errors we report that it does not. De-identification findings are left out: dciodvfy has no such check.
// Writes bench/results/dicom-conformance.md (or $RESULTS), the full mismatch lists to bench/out/ (or $DETAILS),
// and with $FIGURES the figures as JSON.
// Needs `npm run build` first (the npm script does it) and: apt-get install dicom3tools python3-pydicom
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyError, corpusFiles, hasDciodvfy, mapLimit, runDciodvfy } from './dciodvfy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { createFileChecker } = await import(join(root, 'dist/run/export/dicom/file-checker.js'));
const { loadDicomStandard } = await import(join(root, 'dist/run/dicom-standard.js'));
const standard = loadDicomStandard();

const CLASSES = ['type1', 'type1c', 'type2', 'type2c', 'condition', 'enum', 'vr', 'vm', 'other'];
const TARGET = new Set(['type1', 'type2', 'enum', 'vr', 'vm']);

/** Our rule -> class (the family of dciodvfy errors it answers). */
function ourClass(rule) {
  const m = /^dicom\.(type1c|type2c|type1|type2)\./.exec(rule);
  if (m) return m[1];
  if (rule === 'dicom.condition.present-unsatisfied') return 'condition';
  if (rule === 'dicom.enum.invalid') return 'enum';
  if (rule.startsWith('dicom.vr.') || rule === 'dicom.parse.invalid-vr') return 'vr';
  if (rule === 'dicom.vm.invalid') return 'vm';
  return 'other';
}

/** Classes that count as reporting the same problem: presence (Type 1/1C/2/2C, present when its condition is false) is one family. */
const PRESENCE = new Set(['type1', 'type1c', 'type2', 'type2c', 'condition']);
const sameFamily = (a, b) => a === b || (PRESENCE.has(a) && PRESENCE.has(b));

/** Why we report what dciodvfy does not, where we checked that we are right (PS3 sections). */
const REASONS = [
  [
    /^dicom\.module\.missing/,
    'we also name the missing module once; dciodvfy lists only its attributes (which we report too)',
  ],
  [
    /^dicom\.meta\.(missing-element|no-transfer-syntax)/,
    'File Meta Information lacks a Type 1 element (PS3.10 7.1); dciodvfy reads on without an error',
  ],
  [
    /^dicom\.meta\.inconsistent/,
    "Media Storage SOP Class/Instance UID differ from the dataset's (PS3.10 7.1); dciodvfy words it as a missing SOP UID",
  ],
  [/^dicom\.parse\.(odd-length|truncated|tag-order)/, 'an encoding error (PS3.5 7.1, 7.5) that dciodvfy reads past'],
  [
    /^dicom\.parse\.leading-bytes/,
    'a stray byte before the first element of a bare dataset (PS3.5 7.1); dciodvfy reads it from byte 0 and finds no IOD',
  ],
  [
    /^dicom\.private\.(no-creator|empty-creator|forbidden-group)/,
    'a private block used without its Private Creator, or a forbidden private group 0001-0007/FFFF (PS3.5 7.8.1); dciodvfy does not check private elements',
  ],
  [
    /^dicom\.pixel-data\.length/,
    'native Pixel Data shorter or longer than rows x columns x samples x bits x frames (PS3.5 8.1.1); dciodvfy does not compare them',
  ],
  [
    /^dicom\.condition\.present-unsatisfied/,
    'a 1C/2C attribute present while its condition does not hold and the text does not say "may be present otherwise" (PS3.5 7.4.2)',
  ],
];

function reasonFor(o) {
  return REASONS.find(([pattern]) => pattern.test(o.rule))?.[1] ?? '';
}

const lastTag = (path) => {
  const m = /\(([0-9A-F]{4}),([0-9A-F]{4})\)$/i.exec(path ?? '');
  return m ? `${m[1]}${m[2]}`.toUpperCase() : undefined;
};

if (!hasDciodvfy()) {
  console.error('dciodvfy not found: install the Debian package dicom3tools (apt-get install dicom3tools)');
  process.exit(2);
}
const { files, missing } = corpusFiles();
if (files.length === 0) {
  console.error(`no corpus files: install python3-pydicom (looked in ${missing.join(', ')})`);
  process.exit(2);
}
const dictionary = JSON.parse(readFileSync(join(root, 'standards/dicom/dictionary.json'), 'utf8'));
const byKeyword = new Map(Object.entries(dictionary.tags).map(([tag, [, , keyword]]) => [keyword, tag]));

const checker = createFileChecker({ deid: ['basic'], showValues: false }, standard);
const perClass = Object.fromEntries(CLASSES.map((c) => [c, { reference: 0, alsoOurs: 0, oursOnly: 0 }]));
const missed = [];
const oursOnly = [];
const crashes = [];
const cleanButOurs = [];
let cleanFiles = 0;
let ourFailures = 0;
/** SOP Class (name) -> files whose IOD we do not check (no IOD tables): counted `notChecked`, never conformant. */
const notChecked = new Map();

const references = await mapLimit(files, 2, (f) => runDciodvfy(f));
for (const [i, file] of files.entries()) {
  const ref = references[i];
  const name = relative('/usr', file);
  const crashed = ref.signal !== null || (ref.code ?? 0) >= 128;
  if (crashed) crashes.push({ file: name, signal: ref.signal ?? `exit ${ref.code}` });
  let result;
  try {
    result = await checker.check(file);
  } catch (error) {
    ourFailures += 1;
    console.error(`readiness failed on ${file}: ${error.stack}`);
    continue;
  }
  const uncovered = result.findings.find(
    (f) => f.rule === 'dicom.iod.not-covered' || f.rule === 'dicom.iod.unknown-sop-class',
  );
  if (uncovered) {
    const name = uncovered.params?.name ?? 'not a standard SOP Class';
    notChecked.set(name, (notChecked.get(name) ?? 0) + 1);
  }
  const ours = result.findings
    .filter(
      (f) =>
        (f.severity === 'error' || f.severity === 'fatal') &&
        !f.rule.startsWith('dicom.deid.') &&
        !f.rule.startsWith('dicom.across.'),
    )
    .map((f) => ({ rule: f.rule, cls: ourClass(f.rule), tag: lastTag(f.location.tag), where: f.location.tag ?? '' }));
  const seen = new Set();
  const errors = [];
  for (const line of ref.lines) {
    if (!line.startsWith('Error - ')) continue;
    const e = classifyError(line);
    const tag = e.tag ?? (e.keyword ? byKeyword.get(e.keyword) : undefined);
    const key = `${e.cls}|${tag ?? e.keyword ?? e.text}`;
    if (seen.has(key)) continue; // dciodvfy repeats an attribute once per module (or macro) listing it
    seen.add(key);
    errors.push({ ...e, tag });
  }
  if (errors.length === 0 && !crashed) {
    cleanFiles += 1;
    if (ours.length > 0) cleanButOurs.push({ file: name, rules: ours.map((o) => `${o.rule} ${o.where}`) });
  }
  for (const e of errors) {
    perClass[e.cls].reference += 1;
    const found =
      e.keyword === '*file*'
        ? ours.some((o) => /^dicom\.(parse|meta)\./.test(o.rule))
        : e.tag !== undefined && ours.some((o) => o.tag === e.tag && (sameFamily(o.cls, e.cls) || e.cls === 'other'));
    if (found) perClass[e.cls].alsoOurs += 1;
    else missed.push({ file: name, cls: e.cls, text: e.text.slice(0, 160) });
  }
  const refTags = new Set(errors.map((e) => e.tag).filter(Boolean));
  const refFile = errors.some((e) => e.keyword === '*file*');
  for (const o of ours) {
    if (o.tag !== undefined && refTags.has(o.tag)) continue;
    if (refFile && /^dicom\.(parse|meta)\./.test(o.rule)) continue;
    perClass[o.cls].oursOnly += 1;
    oursOnly.push({
      file: name,
      cls: o.cls,
      rule: o.rule,
      where: o.where,
      why: crashed ? 'dciodvfy crashed on this file' : reasonFor(o),
    });
  }
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((a / b) * 100).toFixed(1)}%`);
const targetRef = [...TARGET].reduce((n, c) => n + perClass[c].reference, 0);
const targetAlso = [...TARGET].reduce((n, c) => n + perClass[c].alsoOurs, 0);
const group = (rows, key) => {
  const counts = new Map();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const NOT_OTHER = CLASSES.filter((c) => c !== 'other');
const sumOf = (classes, key) => classes.reduce((n, c) => n + perClass[c][key], 0);
const lines = [
  '## DICOM conformance: agreement with dciodvfy',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run conformance:dicom\` (bench/conformance-dicom.mjs). Corpus: ${files.length} real files not written by this project`,
  "(Debian python3-pydicom test, charset and palette files; dicom3tools and libgdcm3.0 examples). dciodvfy's `Error -` lines",
  'are counted (its exit status is not reliable), once per file, class and attribute (it repeats an attribute for each module listing it).',
  'A dciodvfy error counts as "also ours" when we report an error on the same attribute in the same file (for the Type classes: any',
  'presence rule, Type 1/1C/2/2C, or present when its condition is false). De-identification findings are left out (dciodvfy has no such check).',
  'Class `condition`: a conditional attribute present when its condition does not hold (PS3.5 7.4.2; dciodvfy\'s "Attribute present when',
  'condition unsatisfied" and "Shall not be present ..."), measured apart from the 99 % target (which is on Type 1, Type 2, enum, VR, VM).',
  '',
  '| class | dciodvfy errors | also reported by us | share | errors we report that dciodvfy does not |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...CLASSES.map(
    (c) =>
      `| ${c} | ${perClass[c].reference} | ${perClass[c].alsoOurs} | ${pct(perClass[c].alsoOurs, perClass[c].reference)} | ${perClass[c].oursOnly} |`,
  ),
  `| **Type 1, Type 2, enum, VR, VM** | ${targetRef} | ${targetAlso} | **${pct(targetAlso, targetRef)}** | ${[...TARGET].reduce((n, c) => n + perClass[c].oursOnly, 0)} |`,
  `| every class but other | ${sumOf(NOT_OTHER, 'reference')} | ${sumOf(NOT_OTHER, 'alsoOurs')} | ${pct(sumOf(NOT_OTHER, 'alsoOurs'), sumOf(NOT_OTHER, 'reference'))} | ${sumOf(NOT_OTHER, 'oursOnly')} |`,
  '',
  `- Files dciodvfy passes clean (no \`Error -\` line, no crash): ${cleanFiles}; of these, files where we report an error outside de-identification: ${cleanButOurs.length}.`,
  `- Files whose IOD we do not check (no IOD tables; counted \`notChecked\` in the summary, never conformant): ${[...notChecked.values()].reduce((a, b) => a + b, 0)}${
    notChecked.size
      ? ` (${[...notChecked]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, c]) => `${n} ${c}`)
          .join(', ')})`
      : ''
  }.`,
  `- dciodvfy crashed on ${crashes.length} file(s): ${crashes.map((c) => `${c.file} (${c.signal})`).join(', ') || 'none'}. readiness failed on ${ourFailures} file(s).`,
  ...(missing.length ? [`- Corpus folders not installed here: ${missing.join(', ')}.`] : []),
  '',
  '#### dciodvfy errors we do not report (most frequent)',
  '',
  '| class | dciodvfy message | files |',
  '| --- | --- | ---: |',
  ...group(missed, (m) => `${m.cls} | ${m.text.replace(/\|/g, '\\|')}`)
    .slice(0, 25)
    .map(([k, n]) => `| ${k} | ${n} |`),
  '',
  '#### Errors we report that dciodvfy does not (most frequent)',
  '',
  '| class | our rule at tag | why (where we checked) | files |',
  '| --- | --- | --- | ---: |',
  ...group(oursOnly, (o) => `${o.cls} | ${o.rule} ${o.where.replace(/\[\d+\]/g, '[n]')} | ${o.why}`)
    .slice(0, 25)
    .map(([k, n]) => `| ${k} | ${n} |`),
];
const section = `${lines.join('\n')}\n`;
// RESULTS and DETAILS redirect the outputs (the test of this script writes to a temp folder).
const results = process.env.RESULTS ?? join(here, 'results', 'dicom-conformance.md');
mkdirSync(dirname(results), { recursive: true });
writeFileSync(results, section);
if (process.env.FIGURES) {
  const figures = {
    files: files.length,
    targetShare: targetRef === 0 ? null : targetAlso / targetRef,
    perClass,
    cleanFiles,
    cleanButOurs: cleanButOurs.length,
    crashes: crashes.length,
    ourFailures,
  };
  writeFileSync(process.env.FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
}
const details = process.env.DETAILS ?? join(here, 'out', 'dicom-conformance-details.md');
mkdirSync(dirname(details), { recursive: true });
writeFileSync(
  details,
  [
    '# dciodvfy vs readiness: every mismatch',
    '',
    '## dciodvfy errors we do not report',
    ...missed.map((m) => `- ${m.file} [${m.cls}] ${m.text}`),
    '',
    '## errors we report that dciodvfy does not',
    ...oursOnly.map((o) => `- ${o.file} [${o.cls}] ${o.rule} ${o.where}${o.why ? ` (${o.why})` : ''}`),
    '',
    '## files dciodvfy passes clean where we report an error',
    ...cleanButOurs.map((c) => `- ${c.file}: ${c.rules.join('; ')}`),
    '',
  ].join('\n'),
);
console.log(section);
console.log(`wrote ${relative(root, results)} and ${relative(root, details)}`);
