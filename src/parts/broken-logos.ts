import type { ReactiveControllerHost } from 'lit';

/** Most elements never see a logo fail: they share one empty set until one does. */
const NONE: ReadonlySet<string> = new Set();

/**
 * The logo URLs that failed to load in one element: their publishers show monograms from then on.
 * It is itself the `error` listener of every logo the element draws (Lit takes listener objects),
 * so a page of cards makes no function per logo.
 */
export class BrokenLogos implements EventListenerObject {
  private urls = NONE;

  constructor(private readonly host: ReactiveControllerHost) {}

  has(url: string | undefined): boolean {
    return url !== undefined && this.urls.has(url);
  }

  handleEvent(event: Event): void {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (!src || this.urls.has(src)) return;
    this.urls = new Set(this.urls).add(src);
    this.host.requestUpdate();
  }
}
