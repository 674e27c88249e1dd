/**
 * The whole library: importing this module defines every element. It is the entry of both CDN
 * bundles and of the npm package's main export.
 */
import { RelatedRail } from './elements/related-rail/related-rail.js';
import { SourceBadge } from './elements/source-badge/source-badge.js';
import { SourceStack } from './elements/source-stack/source-stack.js';
import { StoryCard } from './elements/story-card/story-card.js';
import { StoryDigest } from './elements/story-digest/story-digest.js';
import { defineElements } from './element/register.js';
import { elementsByTag } from './elements/registry.js';
import { setDigestStrings } from './i18n/messages.js';

export * from './contract/index.js';
export type {
  DigestErrorDetail,
  DigestEventMap,
  DigestImpressionDetail,
  DigestLoadDetail,
  DigestSelectDetail,
  DigestShareDetail,
} from './element/events.js';
export type { DateStyle } from './i18n/formatters.js';
export type { Counted, DigestStrings, Strings } from './i18n/messages.js';
export { defineElements, RelatedRail, setDigestStrings, SourceBadge, SourceStack, StoryCard, StoryDigest };

defineElements(elementsByTag);
