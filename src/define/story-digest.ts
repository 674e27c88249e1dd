/**
 * Defines `<story-digest>` and every element it renders: the `<source-badge>`s of its source list
 * and its `<related-rail>` of `<story-card>`s. Importing this module is the side effect.
 */
import { RelatedRail } from '../elements/related-rail/related-rail.js';
import { SourceBadge } from '../elements/source-badge/source-badge.js';
import { StoryCard } from '../elements/story-card/story-card.js';
import { StoryDigest } from '../elements/story-digest/story-digest.js';
import { defineElements } from '../element/register.js';

export { StoryDigest };

defineElements({
  'source-badge': SourceBadge,
  'story-card': StoryCard,
  'related-rail': RelatedRail,
  'story-digest': StoryDigest,
});
