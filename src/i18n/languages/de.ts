/** German, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'Dieser Artikel ist nicht verfügbar',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  logo: 'Logo von {name}',
  continueReading: 'Weiterlesen',
  previous: 'Vorherige Artikel',
  next: 'Nächste Artikel',
  curatedBy: 'Ausgewählt von {name}',
  share: 'Teilen',
  linkCopied: 'Link kopiert',
  shareLink: 'Link zu diesem Artikel',
  sourcesHeading: 'Quellen',
  citation: 'Quelle {n}: {name}',
  sources: { one: '{n} Quelle', other: '{n} Quellen' },
};
