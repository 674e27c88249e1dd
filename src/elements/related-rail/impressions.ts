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

/**
 * The key each item is counted under: its own, numbered when an earlier item has the same one,
 * so two stories sharing an id each count once. Items without a key are left out.
 */
export function impressionKeys<T>(items: T[], keyOf: (item: T) => string | undefined): Map<T, string> {
  const keys = new Map<T, string>();
  const times = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const time = (times.get(key) ?? 0) + 1;
    times.set(key, time);
    keys.set(item, time === 1 ? key : `${key}\u0000${time}`);
  }
  return keys;
}
