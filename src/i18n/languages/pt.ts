/** Portuguese, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'Esta notícia não está disponível',
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  logo: 'Logotipo de {name}',
  continueReading: 'Continue lendo',
  previous: 'Notícias anteriores',
  next: 'Próximas notícias',
  curatedBy: 'Seleção de {name}',
  share: 'Compartilhar',
  linkCopied: 'Link copiado',
  shareLink: 'Link para esta notícia',
  sourcesHeading: 'Fontes',
  citation: 'Fonte {n}: {name}',
  sources: { one: '{n} fonte', many: '{n} de fontes', other: '{n} fontes' },
};
