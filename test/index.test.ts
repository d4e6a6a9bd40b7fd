// The package entry as the README's "As a library" section uses it: these are its examples, run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers/cli.js';

// The built package (what `import ... from 'interop-readiness'` loads; npm test builds it first: the
// validators' worker threads run from dist/), typed by its sources.
type Entry = typeof import('../src/index.js');
const entry = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Entry;
const {
  QuestionnaireCatalog,
  assessFiles,
  dicom,
  evidenceStepFor,
  loadAssessment,
  renderReportFiles,
  renderSummary,
  scoreAssessment,
  TOOL,
  validateDicom,
  validateFhir,
  collectDicomFiles,
} = entry;

const EXAMPLES = 'examples/european-consortium';

describe('the package entry (README: As a library)', () => {
  it('scores a shipped example with the catalog, in German', async () => {
    const catalog = new QuestionnaireCatalog();
    const questionnaire = await catalog.get('comprehensive-diagnostics');
    const { assessment } = await loadAssessment(`${EXAMPLES}/fr-chn.yaml`, { questionnaire });
    const card = scoreAssessment(questionnaire, assessment, { lang: 'de', resolve: catalog.resolve });
    expect(card.subject.id).toBe('fr-chn');
    expect(card.overall.score).toBeGreaterThan(0);
    expect(renderSummary(card)).toContain('fr-chn');
  });

  it('validates exports, applies them as evidence and renders a report without writing anything but the summaries', async () => {
    const dir = await tempDir();
    const { summary } = await validateFhir({
      inputs: [`${EXAMPLES}/exports/it-osm/fhir`],
      config: { igs: [], profiles: [], showValues: false },
      out: join(dir, 'it-osm', 'fhir.json'),
    });
    expect(summary.totals.items).toBeGreaterThan(100);
    const dicomRun = await validateDicom([`${EXAMPLES}/exports/fr-chn/dicom`], {
      deid: dicom.parseDeidOptions('basic'),
      out: join(dir, 'fr-chn', 'dicom.json'),
    });
    expect(dicomRun.summary.metrics['dicom.deidentified_share']).toBe(0);
    const inputs = [`${EXAMPLES}/it-osm.yaml`, `${EXAMPLES}/fr-chn.yaml`];
    const run = await assessFiles({ inputs, evidence: await evidenceStepFor({ inputs, dir }) });
    expect(run.failures).toEqual([]);
    const frChn = run.scorecards
      .find((c) => c.subject.id === 'fr-chn')
      ?.indicators.find((i) => i.id === 'sharing.deidentified-share');
    expect(frChn).toMatchObject({ source: 'verified', answer: 0 });
    const { files } = await renderReportFiles(run.scorecards, { tool: TOOL });
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['index.html', 'report.md', 'scores.csv', 'indicators.csv', 'report.json']),
    );
  }, 120_000);

  it('parses and checks one DICOM file without throwing', async () => {
    const file = (await collectDicomFiles([`${EXAMPLES}/exports/de-uka/dicom`])).files[0]!;
    const standard = entry.loadDicomStandard();
    const parsed = await dicom.parseDicomFile(file, standard);
    const findings = [...parsed.findings, ...dicom.checkDicomFile(parsed, standard)];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('exports the core and the use cases', () => {
    expect(Object.keys(entry).length).toBeGreaterThan(50);
    expect(typeof entry.assess).toBe('function');
  });
});
