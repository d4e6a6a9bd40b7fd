// The official FHIR R4 examples (hl7.fhir.r4.examples@4.0.1, CC0), unpacked once into bench/out/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the unpacked package (`.../package`), fetched with `npm pack` on first use. */
export function r4Examples(outDir) {
  const dir = join(outDir, 'hl7.fhir.r4.examples');
  const pkg = join(dir, 'package');
  if (existsSync(join(pkg, 'package.json'))) return pkg;
  mkdirSync(dir, { recursive: true });
  const file = execFileSync('npm', ['pack', 'hl7.fhir.r4.examples@4.0.1', '--silent'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', file], { cwd: dir });
  return pkg;
}
