/** Defines `<story-card>` and the `<source-stack>` it renders. Importing this module is the side effect. */
import { SourceStack } from '../elements/source-stack/source-stack.js';
import { StoryCard } from '../elements/story-card/story-card.js';
import { defineElements } from '../internal/define.js';

export { StoryCard };

defineElements({ 'source-stack': SourceStack, 'story-card': StoryCard });
