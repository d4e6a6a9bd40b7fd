export { checkAcrossFiles } from './check-across-files.js';
export { digestOf, STUDY_LEVEL_TAGS, type FileDigest } from './file-digest.js';
