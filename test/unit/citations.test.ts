import { expect } from '@open-wc/testing';
import { digestCitations, splitCitations, type Run } from '../../src/elements/story-digest/citations.js';

const NBSP = '\u00a0';

/** The text back from the runs, with each citation written as `[n]` again and no-break spaces as spaces. */
const join = (runs: Run[]) =>
  runs
    .map((run) => (typeof run === 'string' ? run : `[${run.cite}]`))
    .join('')
    .replaceAll(NBSP, ' ');
const cites = (runs: Run[]) => runs.filter((run): run is { cite: number } => typeof run !== 'string');

describe('splitCitations', () => {
  it('returns plain text as one run', () => {
    expect(splitCitations('No markers here.', 3)).to.deep.equal(['No markers here.']);
  });

  it('returns no runs for an empty paragraph', () => {
    expect(splitCitations('', 3)).to.deep.equal([]);
  });

  it('turns [n] into a citation of source n, keeping the text around it', () => {
    expect(splitCitations('Meta aimed at GPT-4 [1].', 3)).to.deep.equal([
      `Meta aimed at GPT-4${NBSP}`,
      { cite: 1 },
      '.',
    ]);
  });

  it('cites at the very start and the very end without empty text runs', () => {
    expect(splitCitations('[2] opens and closes [3]', 3)).to.deep.equal([
      { cite: 2 },
      ` opens and closes${NBSP}`,
      { cite: 3 },
    ]);
    expect(splitCitations('[1]', 1)).to.deep.equal([{ cite: 1 }]);
  });

  it('splits adjacent markers [1][3] into two citations with nothing between them', () => {
    expect(splitCitations('rivals [1][3].', 3)).to.deep.equal([
      `rivals${NBSP}`,
      { cite: 1 },
      { cite: 3 },
      '.',
    ]);
  });

  it('keeps a citation on the line of the word before it: the one space right before it becomes a no-break space', () => {
    expect(splitCitations('a b [1] c d [2]', 3)).to.deep.equal([
      `a b${NBSP}`,
      { cite: 1 },
      ` c d${NBSP}`,
      { cite: 2 },
    ]);
    expect(splitCitations('word[1]', 3)).to.deep.equal(['word', { cite: 1 }]);
  });

  it('leaves the space before a marker that stays text alone', () => {
    expect(splitCitations('none [99] here', 3)).to.deep.equal(['none [99] here']);
    expect(splitCitations('x [0] y [1]', 3)).to.deep.equal([`x [0] y${NBSP}`, { cite: 1 }]);
  });

  it('cites the last source and not one past it', () => {
    expect(cites(splitCitations('[3] [4]', 3))).to.deep.equal([{ cite: 3 }]);
  });

  it('keeps [n] as text when there are no sources', () => {
    expect(splitCitations('Claimed [1].', 0)).to.deep.equal(['Claimed [1].']);
  });

  const plain = [
    '[0]',
    '[-1]',
    '[1e9]',
    '[01]',
    '[99]',
    '[]',
    '[ 1]',
    '[1 ]',
    '[1.0]',
    '[+1]',
    '[١]',
    '[99999]',
  ];
  for (const marker of plain) {
    it(`keeps ${marker} as plain text with 3 sources`, () => {
      const text = `before ${marker} after`;
      expect(splitCitations(text, 3)).to.deep.equal([text]);
    });
  }

  it('cites the real [1] inside [[1]] and keeps the outer brackets as text', () => {
    expect(splitCitations('see [[1]] here', 3)).to.deep.equal(['see [', { cite: 1 }, '] here']);
  });

  it('handles huge numbers and huge source counts without citing past the list', () => {
    expect(splitCitations('[9999]', 10_000)).to.deep.equal([{ cite: 9999 }]);
    expect(splitCitations('[10000]', 10_000)).to.deep.equal(['[10000]']);
    expect(splitCitations('[9007199254740993]', Number.MAX_SAFE_INTEGER)).to.deep.equal([
      '[9007199254740993]',
    ]);
  });

  it('never loses or adds text: joining the runs gives the paragraph back', () => {
    const text = 'A [1] b [0] c [[2]] d [1][2][3] e [01] f [-1] g [4] h [';
    const runs = splitCitations(text, 3);
    expect(join(runs)).to.equal(text);
    expect(cites(runs).map((run) => run.cite)).to.deep.equal([1, 2, 1, 2, 3]);
  });

  it('gives the same result when called again on the same text (no regex state leaks)', () => {
    const text = 'x [1] y [2]';
    expect(splitCitations(text, 3)).to.deep.equal(splitCitations(text, 3));
    expect(splitCitations(text, 3)).to.have.length(4);
  });

  it('never throws for odd source counts', () => {
    for (const count of [-1, Number.NaN, Infinity, 1.5]) {
      expect(() => splitCitations('[1] [2]', count), String(count)).not.to.throw();
    }
    expect(splitCitations('[1]', -1)).to.deep.equal(['[1]']);
  });

  // README: at most 50 citations a paragraph and 250 a digest; markers past them stay text.
  it('cites at most 50 markers of a paragraph and keeps the rest as its text', () => {
    const text = '[1]'.repeat(60);
    const runs = splitCitations(text, 1);
    expect(cites(runs)).to.have.length(50);
    expect(runs.at(-1)).to.equal('[1]'.repeat(10));
    expect(join(runs)).to.equal(text);
  });

  it('cites at most 250 markers in a whole digest, the first ones in reading order', () => {
    const cite = digestCitations(2);
    const perParagraph = Array.from({ length: 7 }, () => cites(cite('[1] [2] '.repeat(30))).length);
    expect(perParagraph).to.deep.equal([50, 50, 50, 50, 50, 0, 0]);
  });

  it('stops reading a paragraph at its cap, whatever follows', () => {
    const text = `${'[1]'.repeat(50)}${'x'.repeat(1000)}[1]`;
    expect(splitCitations(text, 1).slice(50)).to.deep.equal([`${'x'.repeat(1000)}[1]`]);
  });
});
