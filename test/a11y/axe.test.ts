/**
 * Zero axe-core violations for the element stories of source-badge, source-stack and story-card, in both themes and page directions (axe-suite.ts).
 * Every module in stories/ belongs in one of the axe*.test.ts files: a new stories file must be
 * added to one of them.
 */
import * as sourceBadge from '../../stories/source-badge.stories.js';
import * as sourceStack from '../../stories/source-stack.stories.js';
import * as storyCard from '../../stories/story-card.stories.js';
import { axeSuite } from './axe-suite.js';

axeSuite([sourceBadge, sourceStack, storyCard]);
