/**
 * Every shipped language in one table, for server rendering, which writes a block's text in one
 * pass and cannot wait for a language to arrive (see `addShippedLanguages`).
 */
import { strings as ar } from './languages/ar.js';
import { strings as de } from './languages/de.js';
import { strings as es } from './languages/es.js';
import { strings as fr } from './languages/fr.js';
import { strings as it } from './languages/it.js';
import { strings as ja } from './languages/ja.js';
import { strings as pt } from './languages/pt.js';
import { en, type Strings } from './translations.js';

/** English and every language shipped besides it, by language tag. */
export const builtIn: Record<string, Strings> = { en, es, fr, de, pt, it, ja, ar };
