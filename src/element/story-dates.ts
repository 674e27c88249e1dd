import type { ReactiveController, ReactiveElement } from 'lit';
import { formatDate, warmDateFormatting, type DateStyle, type FormattedDate } from '../i18n/dates.js';
import { warmBeforeFirstRender } from './first-render.js';
import { watchClock } from './page-watch.js';

warmBeforeFirstRender(warmDateFormatting);

/**
 * Writes an element's story dates and, when one was written relative to now ("5 minutes ago"),
 * keeps the element on the page's clock so it stays true; elements that show dates opt in.
 */
export class StoryDates implements ReactiveController {
  /** Set while rendering when a date was written relative to now. */
  private relative = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** A story date as this element writes it. */
  format(iso: string | undefined, locale: string, style: DateStyle | undefined): FormattedDate | undefined {
    const formatted = iso === undefined ? undefined : formatDate(iso, locale, style);
    if (formatted?.relative) this.relative = true;
    return formatted;
  }

  hostUpdate(): void {
    this.relative = false;
  }

  hostUpdated(): void {
    if (this.host.isConnected) watchClock(this.host, this.relative);
  }

  hostDisconnected(): void {
    watchClock(this.host, false);
  }
}
