import { waitUntil } from '@open-wc/testing';
import { deepUpdated } from './shadow.js';

/**
 * Fails with an explanation when the test page is hidden.
 *
 * Web Test Runner opens its concurrent test pages as tabs of one browser window, and only the
 * front tab is visible. A hidden page gets no rendering updates at all: no animation frames, no
 * scroll events, no ResizeObserver or IntersectionObserver callbacks, and smooth scrolling never
 * moves. Behaviour built on those (impressions, the rail's edge states after a scroll) can only
 * be observed in a visible page, and waiting does not help: the tab stays in the background.
 * Opening each page in its own window (`createPage: ({ context }) => context.newPage({ type:
 * 'window' })` in the Chrome launcher) makes every page visible.
 */
export function requireVisiblePage(): void {
  if (document.visibilityState !== 'visible') {
    throw new Error(
      'This test needs a visible page, and this one is a background tab (document.visibilityState is ' +
        `"${document.visibilityState}"): it gets no rendering updates, so scroll events and ` +
        'IntersectionObserver callbacks never arrive. See test/support/rendering.ts.',
    );
  }
}

/** One animation frame (visible pages only). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Lets the browser render two frames (ResizeObserver and scroll callbacks run there), then waits
 * for `root` and everything nested in it to finish the updates those callbacks asked for.
 * Fails in a hidden page, which renders no frames.
 */
export async function framesRendered(root: Element): Promise<void> {
  requireVisiblePage();
  await deepUpdated(root);
  await nextFrame();
  await nextFrame();
  await deepUpdated(root);
}

/**
 * Waits until `scroller` has stopped moving: the same scroll position for five frames in a row,
 * which covers smooth scrolling and scroll snapping (visible pages only).
 */
export async function scrollSettled(scroller: Element, timeout = 4000): Promise<void> {
  let last = Number.NaN;
  let still = 0;
  await waitUntil(
    async () => {
      await nextFrame();
      const now = scroller.scrollLeft;
      still = now === last ? still + 1 : 0;
      last = now;
      return still >= 5;
    },
    'the scroller did not come to rest',
    { interval: 0, timeout },
  );
}

/** The focused element, following focus into nested open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `inner`'s box lies inside `outer`'s visible box, allowing `slack` pixels for rounding. */
export function isInside(inner: Element, outer: DOMRect | Element, slack = 1): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer instanceof Element ? outer.getBoundingClientRect() : outer;
  return (
    a.left >= b.left - slack &&
    a.right <= b.right + slack &&
    a.top >= b.top - slack &&
    a.bottom <= b.bottom + slack
  );
}

/** The part of the viewport the page shows. */
export function viewport(): DOMRect {
  return new DOMRect(0, 0, document.documentElement.clientWidth, document.documentElement.clientHeight);
}
