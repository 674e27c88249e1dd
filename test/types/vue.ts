// Vue 3 template types for the elements, checked against the packed package by scripts/check-package.mjs.
import type { GlobalComponents } from 'vue';
import type {} from 'digest-elements/vue';

type CardProps = InstanceType<GlobalComponents['story-card']>['$props'];
type RailProps = InstanceType<GlobalComponents['related-rail']>['$props'];

export const card: CardProps = {
  article: { title: 'A story' },
  layout: 'compact',
  'date-style': 'absolute',
  onDigestSelect: (event) => event.detail.url,
};
export const rail: RailProps = { layout: 'list', onDigestImpression: (event) => event.detail.position };

// @ts-expect-error -- a rail's layout is scroll, grid or list
export const wrong: RailProps = { layout: 'carousel' };
