/**
 * Digest article JSON, version 1: the one data contract every element takes.
 * The product decision lives in `design/article-json.md`; `schema/article.schema.json`
 * is its machine-readable twin, and the test suite keeps the two in step.
 */

/** A story as a publisher hands it over. */
export interface Article {
  /** Stable id, used for keys and in events. */
  id?: string;
  /** Headline, plain text. */
  title: string;
  /** The story's own page; the title links here. */
  url?: string;
  /** One or two plain-text sentences. */
  summary?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  /** ISO 8601 date or date-time. */
  updatedAt?: string;
  curator?: Curator;
  image?: ArticleImage;
  /** The publishers the digest draws on, in citation order. */
  sources?: Source[];
  /** Total sources when `sources` lists only the first few; never shown smaller than `sources.length`. */
  sourceCount?: number;
  sections?: Section[];
  tags?: string[];
  /** Stories for the "Continue Reading" rail. */
  related?: Article[];
}

export interface Curator {
  name: string;
  url?: string;
  logo?: string;
}

export interface ArticleImage {
  src: string;
  alt?: string;
  /** Intrinsic width in CSS pixels; with `height` it reserves the image's space. */
  width?: number;
  height?: number;
}

/** One publisher whose reporting the digest cites. */
export interface Source {
  /** Publisher name; also the logo's text alternative. */
  name: string;
  /** The cited article at that publisher. */
  url?: string;
  /** Square-ish logo or favicon; a monogram of the name stands in when it is missing or broken. */
  logo?: string;
  /** The cited article's headline. */
  title?: string;
  /** E.g. "fortune.com"; derived from `url` when absent. */
  domain?: string;
}

export interface Section {
  heading?: string;
  /** Plain text; `[n]` cites `sources[n-1]`. */
  paragraphs: string[];
}

/**
 * An article after `normalizeArticle`: every string is plain trimmed text, every URL passed the
 * URL rule, every list is present. It is itself a valid `Article`, so normalizing it again
 * changes nothing.
 */
export interface NormalizedArticle extends Article {
  sources: Source[];
  sourceCount: number;
  sections: Section[];
  tags: string[];
  related: NormalizedArticle[];
}

/** What a normalizer returns: the usable value (if any) and what it had to drop, for developers. */
export interface Normalized<T> {
  value: T | undefined;
  /** Human-readable, e.g. `article.sources[2].name is missing`. */
  problems: string[];
}
