export { readTextFile, decodeText, type TextFile } from './text-file.js';
export { writeFileAtomic, type WriteOptions } from './atomic-write.js';
export { prepareOutputDir } from './output-dir.js';
export { walkFiles, type WalkOptions } from './walk.js';
export { PACKAGE_ROOT, packagePath } from './package-path.js';
export { readJsonFile } from './json-file.js';
export { JsonSyntaxError, parseJson, lineColumnAt } from './json-syntax-error.js';
