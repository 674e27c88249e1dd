/**
 * Defines `<related-rail>` and what it renders: `<story-card>` and the cards' `<source-stack>`.
 * Importing this module is the side effect.
 */
import { RelatedRail } from '../elements/related-rail/related-rail.js';
import { SourceStack } from '../elements/source-stack/source-stack.js';
import { StoryCard } from '../elements/story-card/story-card.js';
import { defineElements } from '../internal/define.js';

export { RelatedRail };

defineElements({ 'source-stack': SourceStack, 'story-card': StoryCard, 'related-rail': RelatedRail });
