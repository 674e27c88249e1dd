/**
 * The page's own strings, for every element at once. Only the whole-library entry offers it, so it
 * is apart from messages.ts, which every element loads.
 */
import { canonicalLocale } from './locale.js';
import { addedByPage, type DigestStrings } from './messages.js';
import { refreshElements } from '../element/page-watch.js';

/**
 * Adds a language, or changes some strings of one, for every element on the page; missing keys
 * fall back to the language without region (`pt-BR` → `pt`), then to English. Elements already
 * shown update.
 *
 * @example setDigestStrings('nl', { continueReading: 'Lees verder', sources: { one: '{n} bron', other: '{n} bronnen' } })
 */
export function setDigestStrings(lang: string, strings: DigestStrings): void {
  const locale = canonicalLocale(lang);
  if (!locale || typeof strings !== 'object' || strings === null) {
    console.warn(`digest-elements: setDigestStrings() needs a language tag and an object of strings.`);
    return;
  }
  addedByPage.set(locale, { ...addedByPage.get(locale), ...strings });
  refreshElements();
}
