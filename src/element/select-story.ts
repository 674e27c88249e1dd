/**
 * A story card's `digest-select` (a rail passes its cards' on, with the position). Apart from
 * events.ts, which every element loads: the source badge and stack never send it.
 */
import { emit, type DigestSelectDetail } from './events.js';

/**
 * Dispatches `digest-select` for a reader's click (or Enter) on a story's link, with the button and
 * modifier keys, and keeps the link from being followed when a listener cancels it.
 */
export function selectStory(
  host: HTMLElement,
  story: Pick<DigestSelectDetail, 'id' | 'url' | 'title'>,
  click: MouseEvent,
): void {
  const { button, ctrlKey, metaKey, shiftKey, altKey } = click;
  const newTab = button === 1 || ctrlKey || metaKey || shiftKey;
  const { id, url, title } = story;
  const detail = { id, url, title, button, ctrlKey, metaKey, shiftKey, altKey, newTab };
  if (!emit(host, 'digest-select', detail, true)) click.preventDefault();
}
