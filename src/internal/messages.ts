import { formatNumber, pluralCategory } from './format.js';
import { canonicalLocale } from './locale.js';
import { refreshAll } from './live.js';
import { builtIn, en, type Counted, type Strings } from './translations.js';

export type { Counted, Strings };

/** Some or all strings of a language: what the `strings` property and `setDigestStrings()` take. */
export type DigestStrings = Partial<Strings>;

type Plain = Exclude<keyof Strings, 'sources'>;

/** What an element speaks: its locale and its own overrides, if any. */
export interface Wording {
  locale: string;
  strings?: DigestStrings;
}

/** Languages added or changed by the page. A Map, because a language tag is data, not a property name. */
const added = new Map<string, DigestStrings>();
const shipped = new Map(Object.entries(builtIn));

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
  added.set(locale, { ...added.get(locale), ...strings });
  refreshAll();
}

/** The first usable value for `key`: the element's own, the page's, the shipped language's, English. */
function lookup<K extends keyof Strings>(
  wording: Wording,
  key: K,
  usable: (value: unknown) => value is Strings[K],
): Strings[K] {
  const language = wording.locale.split('-')[0];
  for (const table of [
    wording.strings,
    added.get(wording.locale),
    shipped.get(wording.locale),
    added.get(language),
    shipped.get(language),
  ]) {
    const value: unknown = table?.[key];
    if (usable(value)) return value;
  }
  return en[key];
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isCounted = (value: unknown): value is Counted =>
  typeof value === 'object' && value !== null && typeof (value as Counted).other === 'string';

export function message(wording: Wording, key: Plain, vars: { name?: string; n?: number } = {}): string {
  return lookup(wording, key, isText)
    .replace('{name}', vars.name ?? '')
    .replace('{n}', vars.n === undefined ? '' : formatNumber(vars.n, wording.locale));
}

/** The text before and after `{name}`, for messages whose name is rendered as a link. */
export function messageAround(wording: Wording, key: Plain): [string, string] {
  const [before = '', after = ''] = lookup(wording, key, isText).split('{name}');
  return [before, after];
}

/** "1 Source", "22 Sources", with the locale's plural rules and digits. */
export function countMessage(wording: Wording, key: 'sources', count: number): string {
  const forms = lookup(wording, key, isCounted);
  const form = forms[pluralCategory(count, wording.locale)];
  return (typeof form === 'string' ? form : forms.other).replace('{n}', formatNumber(count, wording.locale));
}
