/**
 * Caps that keep one hostile or mistaken article from costing a page unbounded DOM or time.
 * They are far above what a digest needs, so real data never meets them.
 */
export const LIMITS = {
  title: 300,
  shortText: 200,
  summary: 1000,
  paragraph: 10_000,
  /** All of an article's paragraphs together: laying out a megabyte of text blocks a page for long. */
  articleText: 100_000,
  sources: 100,
  sections: 50,
  paragraphs: 100,
  tags: 20,
  related: 50,
  imageSide: 10_000,
} as const;
