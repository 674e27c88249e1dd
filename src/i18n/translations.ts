/**
 * Every string a reader sees or hears, per language. `{name}` is a name from the data, `{n}` a
 * localized number. Counted messages hold one form per plural category the language uses
 * (`Intl.PluralRules`); `other` is always present.
 */
export interface Counted {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export interface Strings {
  unavailable: string;
  loading: string;
  retry: string;
  logo: string;
  continueReading: string;
  previous: string;
  next: string;
  curatedBy: string;
  share: string;
  linkCopied: string;
  shareLink: string;
  sourcesHeading: string;
  citation: string;
  sources: Counted;
}

export const en: Strings = {
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
  sources: { one: '{n} Source', other: '{n} Sources' },
};

/**
 * The languages shipped besides English, by language tag without region. Each is a module of its
 * own, so a page fetches only the ones its blocks speak (the classic script holds them all).
 */
export const shippedLanguages: Record<string, () => Promise<{ strings: Strings }>> = {
  es: () => import('./languages/es.js'),
  fr: () => import('./languages/fr.js'),
  de: () => import('./languages/de.js'),
  pt: () => import('./languages/pt.js'),
  it: () => import('./languages/it.js'),
  ja: () => import('./languages/ja.js'),
  ar: () => import('./languages/ar.js'),
};
