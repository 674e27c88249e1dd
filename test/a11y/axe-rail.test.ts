/**
 * Zero axe-core violations for the related-rail stories, in both themes and page directions (axe-suite.ts).
 * Every module in stories/ belongs in one of the axe*.test.ts files: a new stories file must be
 * added to one of them.
 */
import * as relatedRail from '../../stories/related-rail.stories.js';
import { axeSuite } from './axe-suite.js';

axeSuite([relatedRail]);
