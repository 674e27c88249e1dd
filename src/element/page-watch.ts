import type { ReactiveElement } from 'lit';

/**
 * Elements whose text depends on something outside them: the page's `lang` attributes, strings
 * set with `setDigestStrings()`, and the clock for relative dates. One observer and one timer
 * serve every element on the page, and exist only while an element needs them.
 */
const connected = new Set<ReactiveElement>();
const clockWatchers = new Set<ReactiveElement>();
let languageObserver: MutationObserver | undefined;
let clock: ReturnType<typeof setInterval> | undefined;

/** How often "5 minutes ago" is brought up to date. */
const CLOCK_INTERVAL = 60_000;

export function refreshElements(): void {
  connected.forEach((element) => element.requestUpdate());
}

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** Roots the observer already watches, with every root around them: a rail's cards stop at once. */
let observedRoots = new WeakSet<Node>();

export function followPage(element: ReactiveElement): void {
  connected.add(element);
  languageObserver ??= new MutationObserver(refreshElements);
  // A document observer does not see into shadow roots: watch each root the element sits in too
  // (a card in a rail, a block inside a page's own component).
  let root: Node = element.getRootNode();
  while (!observedRoots.has(root)) {
    languageObserver.observe(root, LANG_CHANGES);
    observedRoots.add(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

export function unfollowPage(element: ReactiveElement): void {
  connected.delete(element);
  watchClock(element, false);
  if (connected.size === 0) {
    languageObserver?.disconnect();
    languageObserver = undefined;
    observedRoots = new WeakSet();
  }
}

/** Keeps an element showing relative dates current, or stops doing so. */
export function watchClock(element: ReactiveElement, watch: boolean): void {
  if (watch) clockWatchers.add(element);
  else clockWatchers.delete(element);
  if (clockWatchers.size > 0) {
    clock ??= setInterval(() => clockWatchers.forEach((watcher) => watcher.requestUpdate()), CLOCK_INTERVAL);
  } else if (clock !== undefined) {
    // Not called needlessly: every render of every element passes here, and clearInterval is not
    // free even with nothing to clear (BENCHMARKS.md).
    clearInterval(clock);
    clock = undefined;
  }
}

/** For tests: how many elements and page-wide helpers are alive. */
export function liveCounts(): { elements: number; observing: boolean; ticking: boolean } {
  return {
    elements: connected.size,
    observing: languageObserver !== undefined,
    ticking: clock !== undefined,
  };
}
