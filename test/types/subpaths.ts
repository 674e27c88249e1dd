// Every typed subpath of the packed package, as an app imports it; checked by scripts/check-package.mjs.
import { normalizeArticle, StoryCard, type Article, type DigestEventMap } from 'digest-elements';
import { safeUrl } from 'digest-elements/contract';
import { RelatedRail } from 'digest-elements/related-rail';
import { RelatedRail as RelatedRailClass } from 'digest-elements/related-rail/class';
import { SourceBadge } from 'digest-elements/source-badge';
import { SourceBadge as SourceBadgeClass } from 'digest-elements/source-badge/class';
import { SourceStack } from 'digest-elements/source-stack';
import { SourceStack as SourceStackClass } from 'digest-elements/source-stack/class';
import { StoryCard as DefinedCard } from 'digest-elements/story-card';
import { StoryCard as StoryCardClass } from 'digest-elements/story-card/class';
import { StoryDigest } from 'digest-elements/story-digest';
import { StoryDigest as StoryDigestClass } from 'digest-elements/story-digest/class';
import * as cdn from 'digest-elements/cdn/digest-elements.js';
import { adaptArticle } from 'digest-elements/cdn/contract.js';
import type * as ssr from 'digest-elements/ssr';

export const classes: CustomElementConstructor[] = [
  RelatedRail,
  RelatedRailClass,
  SourceBadge,
  SourceBadgeClass,
  SourceStack,
  SourceStackClass,
  DefinedCard,
  StoryCardClass,
  StoryDigest,
  StoryDigestClass,
  cdn.StoryCard,
];

// HTMLElementTagNameMap reaches the app: createElement and querySelector know each tag's class.
export const card: StoryCard = document.createElement('story-card');
export const digest: StoryDigest | null = document.querySelector('story-digest');
card.layout = 'horizontal';
// @ts-expect-error -- the map types properties too
card.layout = 'sideways';

// GlobalEventHandlersEventMap reaches the app: listeners get typed details.
document.addEventListener('digest-select', (event) => {
  const url: string = event.detail.url;
  return url;
});
export const impression: DigestEventMap['digest-impression']['detail']['position'] = 1;

const article: Article = { title: 'A story', url: 'https://news.example/a' };
export const normalized = normalizeArticle(article).value?.title;
export const safe: string | undefined = safeUrl('/a', 'https://news.example/');
export const adapted: unknown = adaptArticle({ '@type': 'NewsArticle', headline: 'A story' });
// The CDN's whole-library entry has the elements and the types, not the contract's functions.
export const cdnArticle: cdn.Article = article;
// @ts-expect-error -- on the CDN the contract is dist/contract.js
export const cdnAdapt = cdn.adaptArticle;
export type Ssr = typeof ssr;
