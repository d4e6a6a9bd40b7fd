import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** This tool's name and version, recorded in every scorecard and conformance summary. */
export const TOOL = {
  name: 'interop-readiness',
  version: (require('../package.json') as { version: string }).version,
} as const;
