export { ExitCode } from './exit-code.js';
export { formatLocation, type Location } from './location.js';
export { ReadinessError, isReadinessError, type ReadinessErrorOptions } from './readiness-error.js';
export { InputFileError, type InputFileProblem } from './input-file-error.js';
export { OutputError, type OutputProblem } from './output-error.js';
