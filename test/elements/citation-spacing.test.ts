import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Article, StoryDigest } from '../../src/digest-elements.js';
import seedStory from '../fixtures/seed-story.json';
import { mount } from '../support/mount.js';
import { shadow } from '../support/shadow.js';

/**
 * Issue 19: a citation sits tight against the punctuation after it ("model [1]." and never
 * "model [1] ."), in either writing direction. What a reader sees is measured: the glyphs of the
 * marker and of the full stop, so padding, margins or a minimum width around the marker's text all
 * count as gap.
 */
const story = (paragraph: string): Article => ({
  ...(seedStory as Article),
  sections: [{ heading: 'Markers', paragraphs: [paragraph] }],
});

const isText = (node: Node | null): node is Text =>
  node?.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim());

/** The box of the first (or last) visible character of `text`. */
function glyphBox(text: Text, which: 'first' | 'last'): DOMRect {
  const content = text.textContent ?? '';
  const start = which === 'first' ? content.search(/\S/) : content.trimEnd().length - 1;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  return range.getBoundingClientRect();
}

/** The box of the first character of the text that follows `element` in its paragraph. */
function nextCharacterBox(element: Element): DOMRect {
  let node: Node | null = element.nextSibling;
  while (node && !isText(node)) node = node.nextSibling;
  if (!isText(node)) throw new Error('no text after the citation');
  return glyphBox(node, 'first');
}

/** The box of the marker's last character, the "]" of "[1]". */
function markerEnd(citation: Element): DOMRect {
  const text = Array.from(citation.childNodes).filter(isText).at(-1);
  if (!text) throw new Error('the citation has no text');
  return glyphBox(text, 'last');
}

async function gapAfterCitation(paragraph: string, dir: 'ltr' | 'rtl'): Promise<number> {
  const wrapper = await mount<HTMLElement>(
    html`<div dir=${dir} style="width: 40rem">
      <story-digest .article=${story(paragraph)}></story-digest>
    </div>`,
  );
  const digest = wrapper.querySelector('story-digest') as StoryDigest;
  const citation = shadow(digest).querySelector('[part~="citation"]');
  if (!citation) throw new Error('no citation rendered');
  const marker = markerEnd(citation);
  const stop = nextCharacterBox(citation);
  return dir === 'ltr' ? stop.left - marker.right : marker.left - stop.right;
}

describe('story-digest citations sit tight against the text', () => {
  it('leaves at most 1 px between a citation and the full stop after it', async () => {
    const gap = await gapAfterCitation('Meta set out to match the model [1].', 'ltr');
    expect(gap).to.be.at.most(1);
  });

  it('leaves at most 1 px between a citation and a comma after it, right to left', async () => {
    const gap = await gapAfterCitation('نموذج اللغة [1]، ثم الخطوة التالية.', 'rtl');
    expect(gap).to.be.at.most(1);
  });
});
