import { formatNumber, pluralCategory } from './format.js';

/**
 * Every string a reader sees or hears. Counted messages hold one form per plural category;
 * `{n}` is the localized number and `{name}` a publisher's name.
 */
interface Messages {
  sources: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  logo: string;
  unavailable: string;
}

const en: Messages = {
  sources: { one: '{n} Source', other: '{n} Sources' },
  logo: '{name} logo',
  unavailable: 'This story is unavailable',
};

// Further languages join this table; lookups fall back to English key by key.
const tables: Record<string, Partial<Messages>> = { en };

function table(locale: string): Partial<Messages> {
  return tables[locale] ?? tables[locale.split('-')[0]] ?? en;
}

export function message(locale: string, key: 'logo' | 'unavailable', name = ''): string {
  return (table(locale)[key] ?? en[key]).replace('{name}', name);
}

/** "1 Source", "22 Sources", with the locale's plural rules and digits. */
export function countMessage(locale: string, key: 'sources', count: number): string {
  const forms = table(locale)[key] ?? en[key];
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}
