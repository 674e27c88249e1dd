import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';

import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { mount } from '../support/mount.js';
import { COMPLETES_WITHIN_MS, LONGEST_TASK_MS, measureBest, megabyteOf, warmUp } from './long-tasks.js';

/** About a megabyte of entries, each `size` characters when written as JSON. */
const megabyteList = <T>(entry: T, size: number): T[] => Array(Math.ceil(2 ** 20 / size)).fill(entry) as T[];

/** Each case is one 1 MB article aimed at one field and the patterns that read it. */
const cases: [string, Record<string, unknown>][] = [
  ['a title of spaces and tabs', { title: megabyteOf(' \t') }],
  ['a title of controls between letters', { title: megabyteOf('a\u0001\u0085') }],
  ['a title of one word', { title: megabyteOf('a') }],
  ['a summary of line breaks', { title: 't', summary: megabyteOf('\r\n ') }],
  [
    'paragraphs of runs of spaces',
    { title: 't', sections: [{ paragraphs: Array(100).fill(megabyteOf('  \t').slice(0, 10_500)) }] },
  ],
  ['a URL of a megabyte', { title: 't', url: `https://a.example/${megabyteOf('a')}` }],
  [
    'an almost-canonical host name',
    {
      title: 't',
      url: `https://${'a-'.repeat(2040)}`,
      sources: [{ name: 'n', url: `https://${'a.'.repeat(2040)}!` }],
    },
  ],
  [
    'a date with a megabyte of fraction',
    { title: 't', publishedAt: `2024-01-01T00:00:00.${megabyteOf('1')}x` },
  ],
  [
    'a domain of letters that grow when lower-cased',
    { title: 't', sources: [{ name: 'n', domain: megabyteOf('İ') }] },
  ],
  ['sources without names', { title: 't', sources: megabyteList({}, 3) }],
  [
    'source names of a megabyte',
    { title: 't', sources: [{ name: megabyteOf('n ') }, { name: megabyteOf('\u00a0 n') }] },
  ],
  ['sections that are not objects', { title: 't', sections: megabyteList(0, 2) }],
  ['empty sections', { title: 't', sections: megabyteList({}, 3) }],
  ['tags of white space', { title: 't', tags: megabyteList(' ', 4) }],
  ['related stories without titles', { title: 't', related: megabyteList({}, 3) }],
];

describe('pathological input: the normalizer', () => {
  before(warmUp);

  let warnings: WarnSpy;
  beforeEach(() => (warnings = spyOnWarn()));
  afterEach(() => warnings.restore());

  for (const [name, article] of cases) {
    it(`normalizes ${name} within 1 s, and renders it with no task over 200 ms`, async () => {
      const normalizing = await measureBest(() => normalizeArticle(article));
      expect(normalizing.elapsed, 'time to normalize').to.be.below(COMPLETES_WITHIN_MS);
      // Sections show only in a digest; everything else in a card, which is what a rail repeats.
      const rendering = await measureBest(() =>
        'sections' in article
          ? mount(html`<story-digest .article=${article}></story-digest>`)
          : mount(html`<story-card .article=${article}></story-card>`),
      );
      expect(rendering.elapsed, 'time to render').to.be.below(COMPLETES_WITHIN_MS);
      expect(rendering.longestTask, 'longest task').to.be.below(LONGEST_TASK_MS);
    });
  }

  it('normalizes a rail list of a megabyte of empty stories within 1 s', async () => {
    const cost = await measureBest(() => normalizeArticles(megabyteList({}, 3)));
    expect(cost.elapsed).to.be.below(COMPLETES_WITHIN_MS);
  });
});
