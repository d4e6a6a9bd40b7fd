import en from './catalogues/en.json' with { type: 'json' };
import de from './catalogues/de.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import it from './catalogues/it.json' with { type: 'json' };
import pl from './catalogues/pl.json' with { type: 'json' };
import pt from './catalogues/pt.json' with { type: 'json' };
import nl from './catalogues/nl.json' with { type: 'json' };
import type { Language } from './languages.js';

/** A message id: a key of the English catalogue, so that a typo does not compile. */
export type MessageKey = keyof typeof en;

/**
 * A language's messages. The English one is complete by type; a translation may lag behind while a
 * new text waits for it (the text then shows in English), and test/report/i18n fails until it is done.
 */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

/** The catalogues as data (src/report/i18n/catalogues/<language>.json), by language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, de, fr, es, it, pl, pt, nl };

/** The English catalogue, complete by construction: the fallback of a missing translation. */
export const ENGLISH: Readonly<Record<MessageKey, string>> = en;
