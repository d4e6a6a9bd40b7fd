// The house rules of src/, checked on the import graph (README "Development"): the core is a library
// (no oclif, no printing, no exit), only src/run/ and src/io/ touch the disk, threads or zlib, and no
// module or folder imports itself round a cycle. Each rule has an allowlist, empty now: an entry
// would have to be true to pass, so the lists only shrink.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
const files = (await readdir(SRC, { recursive: true }))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split('\\').join('/'));

/** What a file imports (static, `export ... from`, `import type`, dynamic `import()`) and the calls it makes on `process` and `console`. */
async function scan(file: string): Promise<{ imports: string[]; uses: string[] }> {
  const source = ts.createSourceFile(file, await readFile(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      imports.push((node.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      imports.push(arg && ts.isStringLiteralLike(arg) ? arg.text : '(computed)');
    } else if (ts.isPropertyAccessExpression(node)) uses.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, uses };
}
const scanned = new Map(await Promise.all(files.map(async (f) => [f, await scan(f)] as const)));

const DISK_AND_THREADS = new Set(['fs', 'fs/promises', 'worker_threads', 'zlib'].flatMap((m) => [m, `node:${m}`]));

/** Core files outside src/run and src/io that touch the disk, threads or zlib: none left; keep it so. */
const DISK_ALLOWED: string[] = [];

/** Module cycles as madge reports them (`a > b > c` imports round to a): none left; keep it so. */
const MODULE_CYCLES_ALLOWED: string[] = [];

/** Folder cycles (`a <-> b <-> c`, sorted), as madge reports the imports: none left; keep it so. */
const FOLDER_CYCLES_ALLOWED: string[] = [];

describe('architecture', () => {
  it('the core is a library: outside src/commands nothing imports oclif, prints or exits', () => {
    expect(files.length).toBeGreaterThan(100);
    const offending: string[] = [];
    for (const [file, { imports, uses }] of scanned) {
      if (file.startsWith('commands/')) continue;
      if (imports.some((i) => i === '@oclif/core' || i.startsWith('@oclif/'))) offending.push(`${file}: oclif`);
      if (uses.some((u) => u === 'process.exit')) offending.push(`${file}: exits`);
      if (uses.some((u) => /^console\.(log|error|warn|info)$|^process\.(stdout|stderr)\.write$/.test(u)))
        offending.push(`${file}: prints`);
    }
    expect(offending).toEqual([]);
  });

  it('only src/run and src/io touch the disk, threads or zlib (the allowlist only shrinks)', () => {
    const found = [...scanned]
      .filter(([file]) => !/^(run|io)\//.test(file))
      .filter(([, { imports }]) => imports.some((i) => DISK_AND_THREADS.has(i)))
      .map(([file]) => file)
      .sort();
    expect(scanned.get('run/pipeline.ts')?.imports).toContain('node:fs/promises'); // the scan sees imports
    expect(found).toEqual(DISK_ALLOWED);
  });

  it('has no import cycle between modules or folders (the allowlists only shrink)', async () => {
    type MadgeResult = { obj(): Record<string, string[]>; circular(): string[][] };
    const madge = createRequire(import.meta.url)('madge') as (
      path: string,
      config: { fileExtensions: string[]; tsConfig: string },
    ) => Promise<MadgeResult>;
    const graph = await madge(SRC, { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    const tree = graph.obj();
    expect(tree['commands/assess.ts']).toContain('run/assess.ts'); // dynamic import() counts
    expect(graph.circular().map((cycle) => cycle.join(' > '))).toEqual(MODULE_CYCLES_ALLOWED);
    expect(folderCycles(tree)).toEqual(FOLDER_CYCLES_ALLOWED);
  }, 600_000);

  it('finds a folder cycle, and not one between a folder and its subfolders', () => {
    const tree = {
      'questionnaire/model.ts': ['scoring/scorecard.ts'],
      'scoring/scorecard.ts': ['questionnaire/period.ts'],
      'questionnaire/period.ts': [],
      'validation/index.ts': ['validation/fhir/index.ts'],
      'validation/fhir/index.ts': ['validation/finding.ts'],
      'validation/finding.ts': [],
    };
    expect(folderCycles(tree)).toEqual(['questionnaire <-> scoring']);
  });
});

/**
 * Cycles between folders (a file's folder: its first two directory levels below src, e.g. `scoring`,
 * `validation/fhir`, `report/model`): the strongly connected components of the folder graph, by
 * Tarjan's algorithm. A folder and the folders inside it are one area: imports between them (an
 * index re-exporting its subfolders, a subfolder using its parent's shared types) are not counted.
 */
function folderCycles(tree: Readonly<Record<string, readonly string[]>>): string[] {
  const folderOf = (file: string) => file.split('/').slice(0, -1).slice(0, 2).join('/') || '.';
  const nested = (a: string, b: string) => a === '.' || b === '.' || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  const edges = new Map<string, Set<string>>();
  for (const [file, deps] of Object.entries(tree))
    for (const dep of deps) {
      const [from, to] = [folderOf(file), folderOf(dep)];
      if (from !== to && !nested(from, to)) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) connect(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1) cycles.push(component.sort().join(' <-> '));
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);
  return cycles.sort();
}
