export { LANGUAGES, parseLanguage, type Language } from './languages.js';
export { UnknownLanguageError } from './unknown-language-error.js';
export { CATALOGUES, type Catalogue, type MessageKey } from './catalogues.js';
export { t, translator, type MessageParams, type Translator } from './translate.js';
export { formatCount, formatDate, formatDelta, formatNumber, formatPercent } from './format-number-date.js';
