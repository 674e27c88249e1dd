/**
 * The whole library: importing this module defines every element. It is the entry of both CDN
 * bundles and of the npm package's main export.
 */
import { SourceBadge } from './elements/source-badge/source-badge.js';
import { SourceStack } from './elements/source-stack/source-stack.js';
import { StoryCard } from './elements/story-card/story-card.js';
import { defineElements } from './internal/define.js';

export * from './contract/index.js';
export type { DigestErrorDetail, DigestEventMap, DigestSelectDetail } from './internal/events.js';
export { defineElements, SourceBadge, SourceStack, StoryCard };

defineElements({
  'source-badge': SourceBadge,
  'source-stack': SourceStack,
  'story-card': StoryCard,
});
