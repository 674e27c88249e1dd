/** Rails of made-up stories, shared by the rail's test files. */
import { html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Article, RelatedRail, StoryCard } from '../../src/digest-elements.js';
import { mount } from '../support/mount.js';
import { shadow } from '../support/shadow.js';

/** Story n of a made-up rail: "Story 1", "Story 2", … */
export const story = (n: number): Article => ({
  id: `story-${n}`,
  title: `Story ${n}`,
  url: `https://news.example/stories/${n}`,
  summary: `What happened in story ${n}.`,
  sources: [{ name: 'Fortune' }, { name: 'The Verge' }],
});
export const stories = (count: number) => Array.from({ length: count }, (_, index) => story(index + 1));

export const cards = (rail: Element) => Array.from(shadow(rail).querySelectorAll<StoryCard>('story-card'));
export const titleLink = (card: Element) =>
  shadow(card).querySelector<HTMLAnchorElement>('[part=title-link]');
export const scroller = (rail: Element) =>
  shadow(rail).querySelector<HTMLElement>('[part~="scroller"]') as HTMLElement;

/** A rail of `count` stories in a box of `width` pixels, in the scroll layout unless told. */
export async function wideRail(
  count: number,
  width = 600,
  attributes: Partial<Record<'dir' | 'layout', string>> = {},
) {
  const wrapper = await mount<HTMLElement>(
    html`<div dir=${attributes.dir ?? 'ltr'} style="width: ${width}px">
      <related-rail layout=${attributes.layout ?? 'scroll'} .articles=${stories(count)}></related-rail>
    </div>`,
  );
  return wrapper.querySelector('related-rail') as RelatedRail;
}
