import type { NormalizedArticle } from '../contract/article.js';
import { normalizeArticle } from '../contract/normalize.js';
import type { StoryIntakeOptions } from './story-intake.js';
import { storyFormats } from './story-formats.js';

/** How an element showing one story takes it: the `article` property, adapted from any format. */
export const articleIntake: StoryIntakeOptions<NormalizedArticle> = {
  property: 'article',
  formats: storyFormats(1),
  normalize: (input, baseUrl) => normalizeArticle(input, { baseUrl }),
};
