/**
 * Impression tracking shared by every rail on a page: one IntersectionObserver for all cards.
 * A card counts as seen when at least half of it has stayed in view for a full second, the usual
 * bar for a "viewable" impression; a card scrolled past faster, or never laid out, never counts.
 */
const VISIBLE_RATIO = 0.5;
const DWELL_MS = 1000;

interface Watch {
  seen: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

const watches = new Map<Element, Watch>();
let observer: IntersectionObserver | undefined;

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const watch = watches.get(entry.target);
    if (!watch) continue;
    if (entry.isIntersecting && entry.intersectionRatio >= VISIBLE_RATIO) {
      watch.timer ??= setTimeout(() => {
        unwatchImpression(entry.target);
        watch.seen();
      }, DWELL_MS);
    } else {
      clearTimeout(watch.timer);
      watch.timer = undefined;
    }
  }
}

/** Calls `seen` once, the first time `element` meets the bar. */
export function watchImpression(element: Element, seen: () => void): void {
  if (watches.has(element)) return;
  observer ??= new IntersectionObserver(onIntersect, { threshold: [0, VISIBLE_RATIO] });
  watches.set(element, { seen });
  observer.observe(element);
}

export function unwatchImpression(element: Element): void {
  const watch = watches.get(element);
  if (!watch) return;
  clearTimeout(watch.timer);
  watches.delete(element);
  observer?.unobserve(element);
}
