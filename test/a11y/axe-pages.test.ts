/**
 * Zero axe-core violations for the language and publisher-theme stories, in both themes and page directions (axe-suite.ts).
 * Every module in stories/ belongs in one of the axe*.test.ts files: a new stories file must be
 * added to one of them.
 */
import * as languages from '../../stories/languages.stories.js';
import * as publisherThemes from '../../stories/publisher-themes.stories.js';
import { axeSuite } from './axe-suite.js';

axeSuite([languages, publisherThemes]);
