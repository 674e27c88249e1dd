/** Italian, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'Questa notizia non è disponibile',
  loading: 'Caricamento…',
  retry: 'Riprova',
  logo: 'Logo di {name}',
  continueReading: 'Continua a leggere',
  previous: 'Notizie precedenti',
  next: 'Notizie successive',
  curatedBy: 'A cura di {name}',
  share: 'Condividi',
  linkCopied: 'Link copiato',
  shareLink: 'Link a questa notizia',
  sourcesHeading: 'Fonti',
  citation: 'Fonte {n}: {name}',
  sources: { one: '{n} fonte', many: '{n} di fonti', other: '{n} fonti' },
};
