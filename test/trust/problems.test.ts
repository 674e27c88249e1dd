import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { RelatedRail, SourceStack } from '../../src/digest-elements.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { recordEvents, settle } from '../support/events.js';
import { mount } from '../support/mount.js';

// The promise: at most 100 problems per input, then one "and N more".
describe('problems are bounded: 100 listed per input, then "and N more"', () => {
  let warnings: WarnSpy;
  beforeEach(() => (warnings = spyOnWarn()));
  afterEach(() => warnings.restore());

  it('lists the first 100 problems and counts the rest in one line', () => {
    const { problems } = normalizeArticle({ title: 't', sources: Array(150).fill(7) });
    expect(problems).to.have.length(101);
    expect(problems[0]).to.equal('article.sources[0] is not an object');
    expect(problems[99]).to.equal('article.sources[99] is not an object');
    expect(problems[100]).to.equal('and 50 more');
  });

  it('reads only the first entries of a huge list of unusable ones, and says so first', () => {
    const { problems } = normalizeArticle({ title: 't', sources: Array(490_000).fill(7) });
    expect(problems).to.have.length(101);
    expect(problems[0]).to.equal('article.sources has 490000 entries; those past the first 200 are not read');
    expect(problems[100]).to.equal('and 101 more');
  });

  it('lists exactly 100 problems without a count line', () => {
    const { problems } = normalizeArticle({ title: 't', sources: Array(100).fill(7) });
    expect(problems).to.have.length(100);
    expect(problems.at(-1)).to.equal('article.sources[99] is not an object');
  });

  it('counts each input on its own', () => {
    expect(normalizeArticles(Array(101).fill({})).problems.at(-1)).to.equal('and 1 more');
    expect(normalizeArticles(Array(3).fill({})).problems).to.have.length(3);
  });

  it('a rail given 330,000 empty stories sends 101 problems and one short warning', async () => {
    const errors = recordEvents(document, 'digest-error');
    await mount<RelatedRail>(html`<related-rail .articles=${Array(330_000).fill({})}></related-rail>`);
    await settle();
    errors.stop();
    expect(errors.events).to.have.length(1);
    const { problems } = (errors.events[0] as CustomEvent<{ problems: string[] }>).detail;
    expect(problems).to.have.length(101);
    expect(problems[100]).to.equal('and 51 more');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]?.length).to.be.below(10_000);
  });

  it('a source-stack given 490,000 invalid sources warns once, briefly', async () => {
    await mount<SourceStack>(
      html`<source-stack .sources=${Array(490_000).fill({ name: '' })}></source-stack>`,
    );
    await settle();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]?.length).to.be.below(10_000);
    expect(warnings.messages[0]).to.match(/\n- and 101 more$/);
  });
});
