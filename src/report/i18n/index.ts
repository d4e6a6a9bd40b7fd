export { LANGUAGES, parseLanguage, type Language } from './languages.js';
export { UnknownLanguageError } from './unknown-language-error.js';
export { CATALOGUES, type Catalogue, type MessageKey } from './catalogues.js';
export { t, translator, type MessageParams, type Translator } from './translate.js';
export { formatCount, formatDelta, formatNumber, formatPercent } from './format-number.js';
export { formatDate } from './format-date.js';
