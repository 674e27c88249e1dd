import { isServer } from 'lit';
import { warmDateFormatting } from '../i18n/formatters.js';
import { canonicalLocale } from '../i18n/locale.js';

/**
 * The page's first localized date is costly before one is written: the browser loads its date
 * data (docs/performance-log.md has the figures). Paid in the task that renders every block already on the
 * page, it makes one long task that blocks the reader's first taps. So when the elements are
 * defined, that cost gets a task of its own, and those blocks render in the task after it; blocks added later
 * render at once. This only on pages with the reserve stylesheet, whose `:state(pending)` rules
 * hold the waiting blocks' space.
 */
let ready: Promise<void> | undefined;
let done = false;

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
  if (isServer || ready) return;
  ready = nextTask()
    .then(() => {
      try {
        warmDateFormatting(canonicalLocale(document.documentElement.lang) ?? 'en');
      } catch {
        // A page that broke Intl still gets its blocks, rendered as they can be.
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
  if (done || isServer) return undefined;
  holdsSpace ??=
    getComputedStyle(document.documentElement).getPropertyValue('--digest-reserve-stylesheet').trim() !== '';
  if (!holdsSpace) return undefined;
  prepareFirstRender();
  return ready;
}
