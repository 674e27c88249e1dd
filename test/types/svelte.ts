// Svelte 5 element types for the elements, checked against the packed package by scripts/check-package.mjs.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'digest-elements/svelte';

type DigestProps = SvelteHTMLElements['story-digest'];
type BadgeProps = SvelteHTMLElements['source-badge'];

export const digest: DigestProps = {
  src: '/story.json',
  credentials: 'include',
  'ondigest-error': (event) => event.detail.problems.join('\n'),
};
export const badge: BadgeProps = { name: 'Fortune', size: 'small', class: 'badge' };

// @ts-expect-error -- a badge's size is small, medium or large
export const wrong: BadgeProps = { size: 'huge' };
