import { formatNumber, pluralCategory } from './formatters.js';
import { refreshElements } from '../element/page-watch.js';
import { en, shippedLanguages, type Counted, type Strings } from './translations.js';

export type { Counted, Strings };

/** Some or all strings of a language: what the `strings` property and `setDigestStrings()` take. */
export type DigestStrings = Partial<Strings>;

type Plain = Exclude<keyof Strings, 'sources'>;

/** What an element speaks: its locale and its own overrides, if any. */
export interface Language {
  locale: string;
  strings?: DigestStrings;
}

/**
 * Languages added or changed by the page (`setDigestStrings`, in page-strings.ts). A Map, because
 * a language tag is data, not a property name.
 */
export const addedByPage = new Map<string, DigestStrings>();
/** The shipped languages this page has so far, by language tag without region. */
const shipped = new Map<string, Strings>([['en', en]]);
/** Each shipped language being fetched, or fetched: settles when its strings are here or could not come. */
const arrivals = new Map<string, Promise<void>>();

/**
 * How long a block's first render waits for its language's strings. A block that waited this long
 * renders in English and switches once they arrive.
 */
const LANGUAGE_WAIT_MS = 1000;

/**
 * Starts fetching the strings `locale` falls back on (its language without region) when they are
 * shipped and not here yet; the answer settles when they are here, or after `LANGUAGE_WAIT_MS`.
 * Undefined when there is nothing to wait for. Blocks already shown update when they arrive.
 */
export function languageArrival(locale: string): Promise<void> | undefined {
  const base = locale.split('-')[0] ?? locale;
  if (shipped.has(base) || !Object.hasOwn(shippedLanguages, base)) return undefined;
  let arrival = arrivals.get(base);
  if (!arrival) {
    const strings = shippedLanguages[base]?.().then(
      (language) => {
        shipped.set(base, language.strings);
        refreshElements();
      },
      () => {
        // Offline, or the CDN lost the file: the blocks stay in English rather than break.
      },
    );
    arrival = Promise.race([strings, new Promise<void>((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS))]);
    arrivals.set(base, arrival);
  }
  return arrival;
}

/** Makes languages available at once, without fetching: see all-languages.ts. */
export function addShippedLanguages(languages: Record<string, Strings>): void {
  for (const [tag, strings] of Object.entries(languages)) shipped.set(tag, strings);
}

/** The first usable value for `key`: the element's own, the page's, the shipped language's, English. */
function lookup<K extends keyof Strings>(
  language: Language,
  key: K,
  usable: (value: unknown) => value is Strings[K],
): Strings[K] {
  const base = language.locale.split('-')[0] ?? language.locale;
  for (const table of [
    language.strings,
    addedByPage.get(language.locale),
    shipped.get(language.locale),
    addedByPage.get(base),
    shipped.get(base),
  ]) {
    const value: unknown = table?.[key];
    if (usable(value)) return value;
  }
  return en[key];
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isCounted = (value: unknown): value is Counted =>
  typeof value === 'object' && value !== null && typeof (value as Counted).other === 'string';

/**
 * Fills `{name}` and `{n}` in. The values come from a function: as a replacement string, `$&`,
 * `$'` or `` $` `` in a publisher's name would be read as patterns and repeat parts of the message.
 */
export function message(language: Language, key: Plain, vars: { name?: string; n?: number } = {}): string {
  const name = vars.name ?? '';
  const n = vars.n === undefined ? '' : formatNumber(vars.n, language.locale);
  // One pass, so a name holding `{n}` is not filled in again.
  return lookup(language, key, isText).replace(/\{(name|n)\}/g, (_, field) => (field === 'name' ? name : n));
}

/** The text before and after `{name}`, for messages whose name is rendered as a link. */
export function messageAround(language: Language, key: Plain): [string, string] {
  const [before = '', after = ''] = lookup(language, key, isText).split('{name}');
  return [before, after];
}

/** "1 Source", "22 Sources", with the locale's plural rules and digits. */
export function countMessage(language: Language, key: 'sources', count: number): string {
  const forms = lookup(language, key, isCounted);
  const form = forms[pluralCategory(count, language.locale)];
  const n = formatNumber(count, language.locale);
  return (typeof form === 'string' ? form : forms.other).replace('{n}', () => n);
}
