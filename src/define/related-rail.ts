/** Defines `<related-rail>` and the `<story-card>`s it renders. Importing this module is the side effect. */
import { RelatedRail } from '../elements/related-rail/related-rail.js';
import { StoryCard } from '../elements/story-card/story-card.js';
import { defineElements } from '../element/register.js';

export { RelatedRail };

defineElements({ 'story-card': StoryCard, 'related-rail': RelatedRail });
