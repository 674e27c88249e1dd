/**
 * Every element of the library under the tag the main entry registers it as: the one list that
 * the entry and server rendering read.
 */
import { RelatedRail } from './related-rail/related-rail.js';
import { SourceBadge } from './source-badge/source-badge.js';
import { SourceStack } from './source-stack/source-stack.js';
import { StoryCard } from './story-card/story-card.js';
import { StoryDigest } from './story-digest/story-digest.js';

export const elementsByTag = {
  'source-badge': SourceBadge,
  'source-stack': SourceStack,
  'story-card': StoryCard,
  'related-rail': RelatedRail,
  'story-digest': StoryDigest,
} as const;

/** The tag names of the library's elements. */
export type DigestTag = keyof typeof elementsByTag;
