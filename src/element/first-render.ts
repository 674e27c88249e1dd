import { isServer } from 'lit';
import { canonicalLocale } from '../i18n/locale.js';

/**
 * A page's first `Intl` formatter is costly: the browser loads its locale data
 * (docs/performance-log.md has the figures). Paid in the task that renders every block already on
 * the page, it makes one long task that blocks the reader's first taps. So when the elements are
 * defined, the formatters they will need are built in a task of their own, and those blocks
 * render in the task after it; blocks added later render at once. This only on pages with the
 * reserve stylesheet, whose `:state(pending)` rules hold the waiting blocks' space, and only for
 * elements that format: a page of source badges builds no formatter and does not wait.
 */
let ready: Promise<void> | undefined;
let done = false;

/** The formatters the page's elements need, each built by a function of the locale. */
const warmUps: ((locale: string) => void)[] = [];

/**
 * Called by the modules that write dates or counts, when they load: what they format is built
 * ahead of the first render.
 */
export function warmBeforeFirstRender(warm: (locale: string) => void): void {
  warmUps.push(warm);
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

/** Starts the warm-up; called when the elements are defined. */
export function prepareFirstRender(): void {
  if (isServer || ready || warmUps.length === 0) return;
  ready = nextTask()
    .then(() => {
      for (const warm of warmUps) {
        try {
          warm(canonicalLocale(document.documentElement.lang) ?? 'en');
        } catch {
          // A page that broke Intl (or its document) still gets its blocks, rendered as they can be.
        }
      }
    })
    .then(nextTask)
    .then(() => {
      done = true;
    });
}

/**
 * Whether the page linked the reserve stylesheet, which says so in a custom property. Only then do
 * blocks wait: without it, a block that rendered a task later could appear after the first paint
 * and push the page, where rendering at once may still beat the paint.
 */
let holdsSpace: boolean | undefined;

/** What a block's first render waits for, or undefined when it may render at once. */
export function beforeFirstRender(): Promise<void> | undefined {
  if (done || isServer || warmUps.length === 0) return undefined;
  holdsSpace ??=
    getComputedStyle(document.documentElement).getPropertyValue('--digest-reserve-stylesheet').trim() !== '';
  if (!holdsSpace) return undefined;
  prepareFirstRender();
  return ready;
}
