import type { ReactiveControllerHost } from 'lit';

/** Most elements never see an image fail: they share one empty set until one does. */
const NONE: ReadonlySet<string> = new Set();

/**
 * The image URLs that failed to load in one element: logos show monograms from then on, lead
 * images an empty box in the neutral fill. It is itself the `error` listener of every image the
 * element draws (Lit takes listener objects), so a page of cards makes no function per image.
 */
export class BrokenImages implements EventListenerObject {
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
