import type { ReactiveController, ReactiveElement } from 'lit';

/** Most elements never see an image fail: they share one empty set until one does. */
const NONE: ReadonlySet<string> = new Set();

/**
 * The image URLs that failed to load in one element: logos show monograms from then on, lead
 * images an empty box in the neutral fill. It listens once, on the element's shadow root, for the
 * `error` of any image in it (the event does not bubble, but the capture phase passes the root),
 * so a page of cards adds no listener per image.
 */
export class BrokenImages implements ReactiveController, EventListenerObject {
  private urls = NONE;
  private listening = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.listening) return;
    this.listening = true;
    this.host.renderRoot.addEventListener('error', this, true);
  }

  has(url: string | undefined): boolean {
    return url !== undefined && this.urls.has(url);
  }

  handleEvent(event: Event): void {
    // (An element adopted into a frame sees that frame's images: no instanceof across documents.)
    const image = event.target as Element;
    if (image.localName !== 'img') return;
    const src = image.getAttribute('src');
    if (!src || this.urls.has(src)) return;
    this.urls = new Set(this.urls).add(src);
    this.host.requestUpdate();
  }
}
