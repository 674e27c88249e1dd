/** Defines `<story-card>`, which draws its logos itself. Importing this module is the side effect. */
import { StoryCard } from '../elements/story-card/story-card.js';
import { defineElements } from '../element/register.js';

export { StoryCard };

defineElements({ 'story-card': StoryCard });
