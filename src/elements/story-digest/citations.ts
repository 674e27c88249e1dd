/** One run of paragraph text: plain text, or a citation of source `n` (1-based). */
export type Run = string | { cite: number };

// Up to four digits: no digest cites ten thousand sources, and `[1e9]` or `[-1]` never match.
const MARKER = /\[(\d{1,4})\]/g;

/**
 * Splits a paragraph into text and citations. `[n]` cites source n when 1 ≤ n ≤ `sourceCount`
 * and is written without leading zeros; any other marker (`[0]`, `[01]`, `[99]` of three sources)
 * stays plain text, so nothing in the data can make a citation point nowhere. A space right before
 * a citation becomes a no-break space.
 */
export function splitCitations(text: string, sourceCount: number): Run[] {
  const runs: Run[] = [];
  let rest = 0;
  for (const match of text.matchAll(MARKER)) {
    const digits = match[1] as string;
    const n = Number(digits);
    if (digits.startsWith('0') || n > sourceCount) continue;
    // A no-break space keeps the citation on the line of the word it follows.
    if (match.index > rest) runs.push(text.slice(rest, match.index).replace(/ $/, '\u00a0'));
    runs.push({ cite: n });
    rest = match.index + match[0].length;
  }
  if (rest < text.length) runs.push(text.slice(rest));
  return runs;
}
