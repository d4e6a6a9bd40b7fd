// Hostile inputs to `readiness import`, through its use case (importForms, no CLI spawn): keys named
// like Object.prototype's members in a QuestionnaireResponse and in a CSV header, and FIFOs (named,
// or found in a folder); and a FIFO given to merge-summaries. Each is refused with a located error,
// nothing is written for it, and the good subjects beside it are written.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { ExitCode } from '../../src/errors/exit-code.js';
import { csvForm } from '../../src/forms/csv-form.js';
import { fhirQuestionnaire } from '../../src/forms/fhir-questionnaire.js';
import { importForms, type ImportResult } from '../../src/run/import.js';
import { mergeSummaries } from '../../src/run/merge-summaries.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { fillCsvWide, formAnswers, loadQ, questionnaireResponse, type Filled } from '../forms/form-fill.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const Q = 'comprehensive-diagnostics';
const fifoOk = process.platform !== 'win32';
let dir: string;
let q: Questionnaire;
let uka: Filled;

const as = (f: Filled, id: string): Filled => ({ subject: { ...f.subject, id }, answers: f.answers });
const printed = (r: ImportResult): string => r.skipped.flatMap((s) => s.diagnostics.map(formatDiagnostic)).join('\n');
const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);

beforeAll(async () => {
  dir = await tempDir('readiness-import-hostile-');
  q = await loadQ(Q);
  uka = await formAnswers(join(ROOT, 'examples/european-consortium/de-uka.yaml'));
}, 60_000);

describe('readiness import: keys named like Object.prototype members', () => {
  it('a QuestionnaireResponse item with linkId __proto__ or constructor is an unknown item, located', async () => {
    const fhirQ = fhirQuestionnaire(q, 'en');
    const bad = questionnaireResponse(fhirQ, q, as(uka, 'qr-proto')) as { item: { item: unknown[] }[] };
    bad.item[1]!.item.push({ linkId: '__proto__', answer: [{ valueString: 'x' }] });
    bad.item[1]!.item.push({ linkId: 'constructor', answer: [{ valueString: 'y' }] });
    const good = questionnaireResponse(fhirQ, q, as(uka, 'qr-good'));
    await mkdir(join(dir, 'qr'));
    await writeFile(join(dir, 'qr', 'r.ndjson'), `${JSON.stringify(bad)}\n${JSON.stringify(good)}\n`);
    const r = await importForms({ inputs: [join(dir, 'qr')], questionnaire: Q, out: join(dir, 'qr-out') });
    expect(r.exitCode).toBe(ExitCode.Partial);
    expect(printed(r)).toMatch(
      /r\.ndjson:1 QuestionnaireResponse\.item\[1\]\.item\[\d+\]: error: item '__proto__' is not/,
    );
    expect(printed(r)).toMatch(
      /r\.ndjson:1 QuestionnaireResponse\.item\[1\]\.item\[\d+\]: error: item 'constructor' is not/,
    );
    expect(await readdir(join(dir, 'qr-out'))).toEqual(['qr-good-2026.yaml']);
  });

  it('a wide CSV with __proto__ and constructor columns: each column located, no subject of it written', async () => {
    await writeFile(join(dir, 'wide.csv'), csvForm(q, { layout: 'wide', separator: ',', decimal: '.', lang: 'en' }));
    await mkdir(join(dir, 'csv'));
    await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'csv', 'good.csv'), q, [as(uka, 'csv-good')]);
    await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'scratch.csv'), q, [as(uka, 'csv-proto')]);
    const [head, row] = (await readFile(join(dir, 'scratch.csv'), 'utf8')).split(/\r?\n/);
    await writeFile(join(dir, 'csv', 'proto.csv'), `${head},__proto__,constructor\n${row},1,2\n`);
    const r = await importForms({ inputs: [join(dir, 'csv')], questionnaire: Q, out: join(dir, 'csv-out') });
    expect(r.exitCode).toBe(ExitCode.Partial);
    const columns = head!.split(',').length;
    expect(printed(r)).toContain(`proto.csv:1:${columns + 1}: error: column '__proto__' is not known`);
    expect(printed(r)).toContain(`proto.csv:1:${columns + 2}: error: column 'constructor' is not known`);
    expect(await readdir(join(dir, 'csv-out'))).toEqual(['csv-good-2026.yaml']);
  });
});

describe.skipIf(!fifoOk)('FIFOs are refused, never opened', () => {
  it('import: a FIFO named is refused; one in a folder is reported and the other forms written', async () => {
    await mkdir(join(dir, 'fifo'));
    mkfifo(join(dir, 'fifo', 'pipe.xlsx'));
    await expect(
      importForms({ inputs: [join(dir, 'fifo', 'pipe.xlsx')], questionnaire: Q, out: join(dir, 'fifo-out') }),
    ).rejects.toThrow(/is not a regular file \(a FIFO/);
    await expect(readdir(join(dir, 'fifo-out'))).rejects.toThrow(/ENOENT/);
    await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'fifo', 'good.csv'), q, [as(uka, 'fifo-good')]);
    const r = await importForms({ inputs: [join(dir, 'fifo')], questionnaire: Q, out: join(dir, 'fifo-out') });
    expect(r.exitCode).toBe(ExitCode.Partial);
    expect(printed(r)).toMatch(/fifo\/pipe\.xlsx: error: is not a regular file \(a FIFO/);
    expect(await readdir(join(dir, 'fifo-out'))).toEqual(['fifo-good-2026.yaml']);
  });

  it('merge-summaries: a FIFO given as a summary is refused, nothing written', async () => {
    mkfifo(join(dir, 'summary.json'));
    await expect(
      mergeSummaries({ inputs: [join(dir, 'summary.json')], out: join(dir, 'merged.json') }),
    ).rejects.toThrow(/is not a regular file \(a FIFO/);
    expect(await readdir(dir)).not.toContain('merged.json');
  });
});
