/** One run of paragraph text: plain text, or a citation of source `n` (1-based). */
export type Run = string | { cite: number };

// Up to four digits: no digest cites ten thousand sources, and `[1e9]` or `[-1]` never match.
const MARKER = /\[(\d{1,4})\]/g;

/**
 * How many markers become citation buttons: far more than any real paragraph or digest has.
 * Markers past a cap stay plain text, so data full of markers costs a few text nodes, not tens of
 * thousands of buttons (inserting them into one `dir="auto"` paragraph grows faster than linearly).
 */
export const CITATION_LIMITS = { paragraph: 50, digest: 250 } as const;

/**
 * Splits a paragraph into text and citations, in one pass over the text. `[n]` cites source n
 * when 1 ≤ n ≤ `sourceCount` and is written without leading zeros; any other marker (`[0]`,
 * `[01]`, `[99]` of three sources) stays plain text, so nothing in the data can make a citation
 * point nowhere. After `allowed` citations the rest of the paragraph is text. A space right
 * before a citation becomes a no-break space.
 */
export function splitCitations(
  text: string,
  sourceCount: number,
  allowed: number = CITATION_LIMITS.paragraph,
): Run[] {
  const runs: Run[] = [];
  let rest = 0;
  let cited = 0;
  for (const match of text.matchAll(MARKER)) {
    if (cited >= allowed) break;
    const digits = match[1] as string;
    const n = Number(digits);
    if (digits.startsWith('0') || n > sourceCount) continue;
    // A no-break space keeps the citation on the line of the word it follows.
    if (match.index > rest) runs.push(text.slice(rest, match.index).replace(/ $/, '\u00a0'));
    runs.push({ cite: n });
    cited++;
    rest = match.index + match[0].length;
  }
  if (rest < text.length) runs.push(text.slice(rest));
  return runs;
}

/**
 * A splitter for the paragraphs of one digest, in reading order: each paragraph gets at most
 * `CITATION_LIMITS.paragraph` citations, and all of them together `CITATION_LIMITS.digest`.
 */
export function digestCitations(sourceCount: number): (paragraph: string) => Run[] {
  let left: number = CITATION_LIMITS.digest;
  return (paragraph) => {
    const runs = splitCitations(paragraph, sourceCount, Math.min(CITATION_LIMITS.paragraph, left));
    left -= runs.filter((run) => typeof run !== 'string').length;
    return runs;
  };
}
