/** French, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'Cet article n’est pas disponible',
  loading: 'Chargement…',
  retry: 'Réessayer',
  logo: 'Logo de {name}',
  continueReading: 'Continuer la lecture',
  previous: 'Articles précédents',
  next: 'Articles suivants',
  curatedBy: 'Sélectionné par {name}',
  share: 'Partager',
  linkCopied: 'Lien copié',
  shareLink: 'Lien vers cet article',
  sourcesHeading: 'Sources',
  citation: 'Source {n}\u00a0: {name}',
  sources: { one: '{n} source', many: '{n} de sources', other: '{n} sources' },
};
