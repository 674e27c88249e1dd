import { formatNumber, pluralCategory } from './format.js';

/**
 * Every string a reader sees or hears. `{name}` is a name from the data, `{n}` a localized
 * number. Counted messages hold one form per plural category.
 */
const en = {
  unavailable: 'This story is unavailable',
  loading: 'Loading…',
  retry: 'Try again',
  logo: '{name} logo',
  continueReading: 'Continue Reading',
  previous: 'Previous stories',
  next: 'Next stories',
  curatedBy: 'Curated by {name}',
  share: 'Share',
  linkCopied: 'Link copied',
  shareLink: 'Link to this story',
  sourcesHeading: 'Sources',
  citation: 'Source {n}: {name}',
  sources: { one: '{n} Source', other: '{n} Sources' } as Counted,
};

type Counted = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Messages = typeof en;
export type MessageKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

// Further languages join this table; lookups fall back to English key by key.
const tables: Record<string, Partial<Messages>> = { en };

function table(locale: string): Partial<Messages> {
  return tables[locale] ?? tables[locale.split('-')[0]] ?? en;
}

export function message(locale: string, key: MessageKey, vars: { name?: string; n?: number } = {}): string {
  return (table(locale)[key] ?? en[key])
    .replace('{name}', vars.name ?? '')
    .replace('{n}', vars.n === undefined ? '' : formatNumber(vars.n, locale));
}

/** The text before and after `{name}`, for messages whose name is rendered as a link. */
export function messageAround(locale: string, key: MessageKey): [string, string] {
  const [before = '', after = ''] = (table(locale)[key] ?? en[key]).split('{name}');
  return [before, after];
}

/** "1 Source", "22 Sources", with the locale's plural rules and digits. */
export function countMessage(locale: string, key: 'sources', count: number): string {
  const forms = table(locale)[key] ?? en[key];
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}
