import type { ReactiveElement } from 'lit';

/**
 * Elements whose text depends on something outside them: the page's `lang` attributes, strings
 * set with `setDigestStrings()`, and the clock for relative dates. One observer and one timer
 * serve every element on the page, and exist only while an element needs them.
 *
 * Elements are held per document. An element adopted into an iframe's document stays connected
 * there when the iframe is removed, and is never told: holding it would keep the whole frame
 * alive. So a document's elements are let go when it is unloaded or found without a window, and
 * they are disconnected as the browser would have done, releasing what each of them holds.
 */
const connected = new Map<Document, Set<ReactiveElement>>();
/** Where each element was followed: a moved element is disconnected after it changed document. */
const followedIn = new WeakMap<ReactiveElement, Document>();
const clockWatchers = new Set<ReactiveElement>();
let languageObserver: MutationObserver | undefined;
let clock: ReturnType<typeof setInterval> | undefined;

/** How often "5 minutes ago" is brought up to date. */
const CLOCK_INTERVAL = 60_000;

/** A document without a window (its iframe was removed) never shows anything again. */
const gone = (doc: Document) => doc.defaultView === null;

export function refreshElements(): void {
  for (const [doc, elements] of connected) {
    if (gone(doc)) releaseDocument(doc);
    else elements.forEach((element) => element.requestUpdate());
  }
}

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** Roots the observer already watches, with every root around them: a rail's cards stop at once. */
let observedRoots = new WeakSet<Node>();

export function followPage(element: ReactiveElement): void {
  const doc = element.ownerDocument;
  if (gone(doc)) return;
  let elements = connected.get(doc);
  if (!elements) {
    connected.set(doc, (elements = new Set()));
    doc.defaultView?.addEventListener('pagehide', releaseOnUnload);
  }
  elements.add(element);
  followedIn.set(element, doc);
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
  const doc = followedIn.get(element);
  const elements = doc && connected.get(doc);
  watchClock(element, false);
  if (doc && elements?.delete(element) && elements.size === 0) forgetDocument(doc);
  if (connected.size === 0) {
    languageObserver?.disconnect();
    languageObserver = undefined;
    observedRoots = new WeakSet();
  }
}

/** A page kept for the back/forward cache comes back as it was: only a real unload lets go. */
function releaseOnUnload(this: Window, event: PageTransitionEvent): void {
  if (!event.persisted) releaseDocument(this.document);
}

function forgetDocument(doc: Document): void {
  connected.delete(doc);
  doc.defaultView?.removeEventListener('pagehide', releaseOnUnload);
}

function releaseDocument(doc: Document): void {
  const elements = connected.get(doc);
  forgetDocument(doc);
  // Each one's own disconnect lets go of its loader, impression watch and clock.
  elements?.forEach((element) => element.disconnectedCallback());
}

/** Keeps an element showing relative dates current, or stops doing so. */
export function watchClock(element: ReactiveElement, watch: boolean): void {
  if (watch && !gone(element.ownerDocument)) clockWatchers.add(element);
  else clockWatchers.delete(element);
  if (clockWatchers.size > 0) {
    clock ??= setInterval(refreshClockWatchers, CLOCK_INTERVAL);
  } else if (clock !== undefined) {
    // Not called needlessly: every render of every element passes here, and clearInterval is not
    // free even with nothing to clear (docs/performance-log.md).
    clearInterval(clock);
    clock = undefined;
  }
}

function refreshClockWatchers(): void {
  clockWatchers.forEach((watcher) => {
    if (!gone(watcher.ownerDocument)) watcher.requestUpdate();
    else {
      releaseDocument(watcher.ownerDocument);
      watchClock(watcher, false);
    }
  });
}

/** For tests: how many elements and page-wide helpers are alive. */
export function liveCounts(): { elements: number; observing: boolean; ticking: boolean } {
  let elements = 0;
  connected.forEach((set) => (elements += set.size));
  return {
    elements,
    observing: languageObserver !== undefined,
    ticking: clock !== undefined,
  };
}
