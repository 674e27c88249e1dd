export type * from './article.js';
export {
  LIMITS,
  normalizeArticle,
  normalizeArticles,
  normalizeSource,
  normalizeSources,
} from './normalize.js';
export type { NormalizeOptions } from './normalize.js';
export { MAX_URL_LENGTH, safeUrl } from './url.js';
export type { UrlRuleOptions } from './url.js';
export { adaptArticle, adaptArticles, detectFormat, readPage } from './adapters/index.js';
export type { Format, PageData } from './adapters/index.js';
