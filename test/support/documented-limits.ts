/** The caps as README and docs/contract.md document them, written out: a test must not take them from the code it checks. */
export const LIMITS = {
  title: 300,
  shortText: 200,
  summary: 1000,
  paragraph: 10_000,
  sources: 100,
  sections: 50,
  paragraphs: 100,
  tags: 20,
  related: 50,
  imageSide: 10_000,
} as const;
