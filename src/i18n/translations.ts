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

const es: Strings = {
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

const fr: Strings = {
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

const de: Strings = {
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

const pt: Strings = {
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

const it: Strings = {
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

const ja: Strings = {
  unavailable: 'この記事は表示できません',
  loading: '読み込み中…',
  retry: '再試行',
  logo: '{name}のロゴ',
  continueReading: 'あわせて読みたい',
  previous: '前の記事',
  next: '次の記事',
  curatedBy: 'キュレーション: {name}',
  share: '共有',
  linkCopied: 'リンクをコピーしました',
  shareLink: 'この記事へのリンク',
  sourcesHeading: '情報源',
  citation: '情報源 {n}: {name}',
  sources: { other: '{n}件の情報源' },
};

const ar: Strings = {
  unavailable: 'هذا الخبر غير متاح',
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  logo: 'شعار {name}',
  continueReading: 'تابع القراءة',
  previous: 'الأخبار السابقة',
  next: 'الأخبار التالية',
  curatedBy: 'اختيار {name}',
  share: 'مشاركة',
  linkCopied: 'تم نسخ الرابط',
  shareLink: 'رابط هذا الخبر',
  sourcesHeading: 'المصادر',
  citation: 'المصدر {n}: {name}',
  sources: {
    zero: '{n} مصدر',
    one: 'مصدر واحد',
    two: 'مصدران',
    few: '{n} مصادر',
    many: '{n} مصدرًا',
    other: '{n} مصدر',
  },
};

/** The languages shipped in the bundle. */
export const builtIn: Record<string, Strings> = { en, es, fr, de, pt, it, ja, ar };
