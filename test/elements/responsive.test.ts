import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/digest-elements.js';
import type { Article } from '../../src/digest-elements.js';
import seedStory from '../fixtures/seed-story.json';
import { fullArticle, LOGO, manySources } from '../support/data.js';
import { mount } from '../support/mount.js';
import { renderedElements, shadow } from '../support/shadow.js';

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(3);

/** A story built to overflow: unbreakable words in every text, many sources, a tall image. */
const stubborn: Article = fullArticle({
  title: `${LONG_WORD} ${LONG_WORD}`,
  summary: `https://news.example/${'a'.repeat(200)} ${LONG_WORD}`,
  image: { src: LOGO, alt: '', width: 400, height: 900 },
  sources: manySources(12).map((source) => ({ ...source, name: LONG_WORD })),
  sourceCount: 1_234_567,
});

const blocks: [string, (article: Article) => TemplateResult][] = [
  ['story-card', (article) => html`<story-card .article=${article}></story-card>`],
  [
    'story-card layout="horizontal"',
    (article) => html`<story-card layout="horizontal" .article=${article}></story-card>`,
  ],
  [
    'story-card layout="compact"',
    (article) => html`<story-card layout="compact" .article=${article}></story-card>`,
  ],
  [
    'related-rail layout="grid"',
    (article) => html`<related-rail layout="grid" .articles=${[article, article]}></related-rail>`,
  ],
  [
    'related-rail layout="list"',
    (article) => html`<related-rail layout="list" .articles=${[article]}></related-rail>`,
  ],
  [
    'related-rail (scroll)',
    (article) => html`<related-rail .articles=${[article, article, article]}></related-rail>`,
  ],
  ['story-digest', (article) => html`<story-digest .article=${{ ...seedStory, ...article }}></story-digest>`],
  [
    'source-stack',
    (article) => html`<source-stack .sources=${article.sources} count="1234567"></source-stack>`,
  ],
];

/** Whether `element` sits inside a rail's scrolling row, across shadow roots: that row scrolls by design. */
function inScroller(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.matches('[part=scroller]')) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** Rendered boxes that stick out of the host's box, ignoring what a scrolling rail row holds. */
function overflowing(host: Element): string[] {
  const box = host.getBoundingClientRect();
  return renderedElements(host)
    .filter((element) => !inScroller(element))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return false;
      return rect.left < box.left - 1 || rect.right > box.right + 1;
    })
    .map(
      (element) =>
        `${element.localName}[part=${element.getAttribute('part') ?? ''}] ${Math.round(element.getBoundingClientRect().width)}px`,
    );
}

describe('layout follows the element’s own width', () => {
  for (const width of [240, 300, 900]) {
    for (const [name, render] of blocks) {
      it(`${name} at ${width} px: nothing sticks out of its box, even with unbreakable words`, async () => {
        const wrapper = await mount<HTMLElement>(
          html`<div style="width: ${width}px">${render(stubborn)}</div>`,
        );
        const host = wrapper.firstElementChild as Element;
        expect(Math.round(host.getBoundingClientRect().width)).to.be.at.most(width);
        expect(overflowing(host)).to.deep.equal([]);
        expect(wrapper.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('a horizontal card puts the image beside the text in a wide column and above it in a narrow one', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 900px">
          <story-card
            layout="horizontal"
            .article=${fullArticle({ image: { src: LOGO, alt: '' } })}
          ></story-card>
        </div>
        <div style="width: 300px">
          <story-card
            layout="horizontal"
            .article=${fullArticle({ image: { src: LOGO, alt: '' } })}
          ></story-card>
        </div>`,
    );
    const [wide, narrow] = Array.from(wrapper.parentElement?.querySelectorAll('story-card') ?? []);
    const direction = (card: Element | undefined) =>
      getComputedStyle(shadow(card).querySelector('[part=base]') as Element).flexDirection;
    expect(direction(wide)).to.equal('row');
    expect(direction(narrow)).to.equal('column');
  });

  it('a lead image box keeps 16:9 even when the image file is square', async () => {
    const card = await mount<HTMLElement>(
      html`<story-card
        style="width: 320px"
        .article=${fullArticle({ image: { src: LOGO, alt: '', width: 1200, height: 675 } })}
      ></story-card>`,
    );
    const media = shadow(card).querySelector('[part=media]') as Element;
    const { width, height } = media.getBoundingClientRect();
    expect(width / height).to.be.closeTo(16 / 9, 0.02);
  });

  it('clamps the title to --digest-title-lines lines', async () => {
    const longTitle = 'A headline long enough to wrap over many lines in a narrow card '.repeat(4);
    const wrapper = await mount<HTMLElement>(
      html`<div style="width: 260px; --digest-title-lines: 2">
        <story-card .article=${fullArticle({ title: longTitle, image: undefined })}></story-card>
      </div>`,
    );
    const title = shadow(wrapper.querySelector('story-card')).querySelector('[part=title]') as HTMLElement;
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 2);
    expect(title.scrollHeight).to.be.greaterThan(title.clientHeight);
  });
});
