/**
 * The axe suite shared by the a11y test files (axe*.test.ts), split so each finishes well within
 * its time limit. Zero axe-core violations for every story in stories/*.stories.ts, in the light
 * and the dark theme, on a left-to-right (English) and a right-to-left (Arabic) page.
 *
 * Each story is rendered from its CSF module as the Storybook canvas would render it (see
 * storybook.ts), with Storybook's static assets mapped to where this server has them (assets.ts),
 * then axe runs on the page wrapper with the WCAG 2.0–2.2 A/AA and best-practice rules (axe.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/digest-elements.js';
// Patches fetch so the loading story's request never answers, as in Storybook.
import '../../stories/slow-network.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { serveStorybookAssets } from './assets.js';
import { describeViolations, failWith, REQUIRED_RULES, runAxe } from './axe.js';
import { mountStory, ownTheme, type Direction, type Theme } from './mount-story.js';
import { prepareStories } from './storybook.js';

serveStorybookAssets();

const THEMES: Theme[] = ['light', 'dark'];
const DIRECTIONS: Direction[] = ['ltr', 'rtl'];

// Error stories report their problems through console.warn by design; keep the log readable.
let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

/** Registers the axe tests of each stories module (one describe block per module). */
export function axeSuite(modules: Parameters<typeof prepareStories>[0][]): void {
  for (const module of modules) {
    const stories = prepareStories(module);
    describe(`axe: ${stories[0]?.title ?? 'stories'}`, function () {
      // Room for a slow, busy machine: a story takes well under a second here.
      this.timeout(30_000);

      for (const story of stories) {
        for (const theme of THEMES) {
          for (const dir of DIRECTIONS) {
            // A story that fixes its own theme keeps it, as in Storybook: the name says so.
            const fixed = ownTheme(story);
            const themeName = fixed && fixed !== theme ? `${theme} (story keeps theme ${fixed})` : theme;
            const name = `${story.name} [${story.exportName}] · theme ${themeName} · page ${dir}`;
            const label = `${story.title} › ${name}`;
            it(name, async () => {
              const page = await mountStory(story, { theme, dir });
              const { violations, ran } = await runAxe(page);
              const missing = REQUIRED_RULES.filter((rule) => !ran.includes(rule));
              expect(missing, `rules axe did not run for ${label}`).to.deep.equal([]);
              if (violations.length > 0) {
                const count = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
                failWith(
                  `${count} axe violation(s) of ${violations.length} rule(s) in ${label}:\n${describeViolations(violations)}`,
                );
              }
            });
          }
        }
      }
    });
  }
}
