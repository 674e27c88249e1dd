/** Spanish, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'Esta noticia no está disponible',
  loading: 'Cargando…',
  retry: 'Reintentar',
  logo: 'Logotipo de {name}',
  continueReading: 'Sigue leyendo',
  previous: 'Noticias anteriores',
  next: 'Noticias siguientes',
  curatedBy: 'Selección de {name}',
  share: 'Compartir',
  linkCopied: 'Enlace copiado',
  shareLink: 'Enlace a esta noticia',
  sourcesHeading: 'Fuentes',
  citation: 'Fuente {n}: {name}',
  sources: { one: '{n} fuente', many: '{n} de fuentes', other: '{n} fuentes' },
};
