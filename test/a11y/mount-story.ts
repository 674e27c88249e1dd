/**
 * Mounts a prepared story on a page-like background, in one theme and one direction, and waits
 * until it shows what the story means to show: every nested element updated, every image loaded
 * or failed (a failed logo becomes a monogram), every `src` answered, unless the story is about
 * the request that never answers, whose skeleton is the point.
 */
import { fixtureSync, html } from '@open-wc/testing';
import { NEVER_ANSWERS } from '../../stories/slow-network.js';
import { nextTask } from '../support/events.js';
import { eventually, loadNow } from '../support/images.js';
import { allElements, deepUpdated } from '../support/shadow.js';
import { servedAsset, withServedAssets } from './assets.js';
import type { PreparedStory } from './storybook.js';

export type Theme = 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';

const DIGEST_ELEMENTS = 'source-badge, source-stack, story-card, related-rail, story-digest';

/** The language each page direction speaks: Arabic on a right-to-left page. */
const LANGUAGE: Record<Direction, string> = { ltr: 'en', rtl: 'ar' };

/**
 * Storybook's canvas font (.storybook/preview-head.html) and `layout: 'padded'`, on white: the
 * page of a light theme. Dark elements paint their own backdrop (#16171b) over it.
 */
const PAGE_STYLE =
  "background: #fff; color: #000; padding: 1rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** One rendering opportunity: a frame where the page is visible, a task at most 50 ms later otherwise. */
const nextFrame = () =>
  Promise.race([
    new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
    new Promise<void>((resolve) => setTimeout(resolve, 50)),
  ]);

/** Attributes of the elements that take an asset URL. */
const ASSET_ATTRIBUTES = ['logo', 'src'];

/** Data properties of the elements, which may hold asset URLs (logos, lead images). */
const DATA_PROPERTIES = ['article', 'articles', 'source', 'sources'];

/**
 * Maps the Storybook asset URLs that a story's render function hands the elements itself, not
 * through args (the "All sizes and labels" badges' `logo`, the data the language and publisher
 * theme stories import), as `withServedAssets` does for args. Called right after the story is
 * rendered and before the elements' first update, so they never request an unserved URL.
 */
function serveMarkupAssets(page: Element): void {
  for (const element of page.querySelectorAll(DIGEST_ELEMENTS)) {
    for (const name of ASSET_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && servedAsset(value) !== value) element.setAttribute(name, servedAsset(value));
    }
    const data = element as unknown as Record<string, unknown>;
    for (const name of DATA_PROPERTIES) {
      if (data[name] !== undefined) data[name] = withServedAssets(data[name]);
    }
  }
}

/** Digest elements in the story's own markup that no other digest element contains. */
function topLevelElements(page: Element): Element[] {
  return Array.from(page.querySelectorAll(DIGEST_ELEMENTS)).filter(
    (element) => !element.parentElement?.closest(DIGEST_ELEMENTS),
  );
}

/**
 * The theme a story fixes for itself, if any: Storybook's toolbar (.storybook/theme.ts) leaves a
 * `theme` the story set on an element alone, and a story's `globals.theme` overrides the toolbar.
 */
export function ownTheme(story: PreparedStory): string | undefined {
  const own = story.args.theme ?? story.globals.theme;
  return typeof own === 'string' ? own : undefined;
}

const isBusy = (elements: Element[]) =>
  elements.some((element) => element.getAttribute('aria-busy') === 'true');

/** Whether the story shows its final state; starts any lazy image that is still waiting. */
function isSettled(page: Element, keepsLoading: boolean): boolean {
  const elements = allElements(page);
  const images = elements.filter(
    (element): element is HTMLImageElement => element instanceof HTMLImageElement,
  );
  images.forEach(loadNow);
  return images.every((image) => image.complete) && isBusy(elements) === keepsLoading;
}

async function settle(page: Element, keepsLoading: boolean, what: string): Promise<void> {
  // Settled twice in a row, with updates and a frame in between: a failed logo's monogram, data
  // that arrived and the rail's scroll buttons (measured on resize) have all been rendered.
  let quiet = 0;
  for (let pass = 0; pass < 10 && quiet < 2; pass++) {
    await deepUpdated(page);
    await nextTask();
    await nextFrame();
    await deepUpdated(page);
    if (isSettled(page, keepsLoading)) {
      quiet++;
    } else {
      quiet = 0;
      await eventually(
        () => isSettled(page, keepsLoading),
        `${what}: images and data did not finish loading (skeleton expected: ${keepsLoading})`,
        // The axe tests allow 30 s: wait on the images themselves, not a limit a busy machine misses.
        20_000,
      );
    }
  }
}

/**
 * Renders `story` as the Storybook canvas would, inside `<div dir lang>` for the page direction
 * (the toolbar's Language), with `theme` set on each top-level digest element that has none of its
 * own (the toolbar's Light and Dark). Returns the page wrapper, for axe.
 */
export async function mountStory(
  story: PreparedStory,
  { theme, dir }: { theme: Theme; dir: Direction },
): Promise<HTMLElement> {
  const args = withServedAssets(story.args);
  const rendered = story.render({ args });
  const page = fixtureSync<HTMLElement>(
    html`<div class="a11y-page" style=${PAGE_STYLE}>
      <div dir=${dir} lang=${LANGUAGE[dir]}>${rendered}</div>
    </div>`,
  );
  serveMarkupAssets(page);
  for (const element of topLevelElements(page)) {
    if (!element.hasAttribute('theme')) element.setAttribute('theme', ownTheme(story) ?? theme);
  }
  const what = `${story.title} › ${story.name}`;
  // The loading story's `src` never answers on purpose (stories/slow-network.ts).
  const keepsLoading = story.args.src === NEVER_ANSWERS;
  await settle(page, keepsLoading, what);
  await story.play(page);
  await settle(page, keepsLoading, what);
  return page;
}
