import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { StoryDigest } from '../../src/digest-elements.js';
import { mount } from '../support/mount.js';
import { deepQueryAll } from '../support/shadow.js';
import { COMPLETES_WITHIN_MS, LONGEST_TASK_MS, measureBest, megabyteOf, warmUp } from './long-tasks.js';

const sources = [{ name: 'Metro Daily' }, { name: 'Harbor Gazette' }];

const digestOf = (paragraphs: string[]) => ({
  title: 'Citations everywhere',
  sources,
  sections: [{ paragraphs }],
});

async function renderDigest(paragraphs: string[]): Promise<StoryDigest> {
  const digest = await mount<StoryDigest>(
    html`<story-digest .article=${digestOf(paragraphs)}></story-digest>`,
  );
  // Layout is part of the cost the reader waits for.
  void digest.shadowRoot?.firstElementChild?.getBoundingClientRect();
  return digest;
}

describe('pathological citations', () => {
  before(warmUp);

  const cases: [string, string[]][] = [
    // 3,333 markers in one paragraph (its 10,000-character cap): the shape that froze the page.
    ['one paragraph of [1] markers only', ['[1]'.repeat(3334)]],
    ['one 1 MB paragraph of [1] markers', [megabyteOf('[1]')]],
    ['100 paragraphs of 10,000 characters of markers (1 MB)', Array(100).fill('[1][2]'.repeat(1667))],
    ['1 MB of markers between words', Array(100).fill('a [2] b [1]'.repeat(910))],
  ];
  for (const [name, paragraphs] of cases) {
    it(`renders ${name} within 1 s, with no task over 200 ms`, async () => {
      const cost = await measureBest(() => renderDigest(paragraphs));
      expect(cost.elapsed, 'time to render').to.be.below(COMPLETES_WITHIN_MS);
      expect(cost.longestTask, 'longest task').to.be.below(LONGEST_TASK_MS);
    });
  }

  it('still cites the first markers of each paragraph', async () => {
    const digest = await renderDigest(['[1]'.repeat(3334), 'Then [2].']);
    const [first, second] = deepQueryAll(digest, '[part="paragraph"]');
    expect(first?.querySelectorAll('.citation').length).to.be.greaterThan(0);
    expect(second?.querySelectorAll('.citation').length).to.equal(1);
  });
});
