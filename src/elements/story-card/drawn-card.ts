import { html, render } from 'lit';
import type { ArticleImage } from '../../contract/article.js';
import type { FormattedDate } from '../../i18n/formatters.js';
import type { MarkChoice } from '../../parts/logo.js';

/** What the usual card shows, worked out by the element: text, safe URLs, formatted values. */
export interface DrawnView {
  layout: string;
  image?: ArticleImage;
  url: string;
  title: string;
  summary: string;
  iso: string;
  date: FormattedDate;
  logos: DrawnLogo[];
  count: string;
}

/** A logo or monogram (logo.ts) and its accessible name. */
export interface DrawnLogo extends MarkChoice {
  label: string;
}

type Prototype = 'card' | 'media' | 'logo' | 'monogram';

let prototypes: Record<Prototype, Element> | undefined;

/**
 * The static markup, made once per page. Lit parses it, since a page that enforces Trusted Types
 * refuses `innerHTML` but allows Lit's own policy.
 */
function clone(name: Prototype): HTMLElement {
  if (!prototypes) {
    const holder = document.createElement('div');
    // Empty prototypes: the link gets its address and text, each image its source and alt text,
    // before anything is shown.
    /* eslint-disable lit-a11y/accessible-name, lit-a11y/anchor-is-valid, lit-a11y/alt-text */
    render(
      html`<article part="base">
          <div class="body">
            <h3 part="title" class="title" dir="auto"><a part="title-link"></a></h3>
            <p part="summary" class="summary" dir="auto"></p>
            <div part="meta" class="meta">
              <time part="date"></time>
              <div part="sources" class="stack">
                <ul part="logos" class="logos" role="list"></ul>
                <span part="count" class="count" dir="auto"></span>
              </div>
            </div>
          </div>
        </article>
        <div part="media"><img part="image" loading="lazy" fetchpriority="low" decoding="async" /></div>
        <li part="badge">
          <img
            part="logo"
            class="mark"
            width="32"
            height="32"
            loading="lazy"
            fetchpriority="low"
            decoding="async"
          />
        </li>
        <li part="badge"><span part="monogram"></span></li>`,
      holder,
    );
    /* eslint-enable lit-a11y/accessible-name, lit-a11y/anchor-is-valid, lit-a11y/alt-text */
    const [card, media, logo, monogram] = Array.from(holder.children);
    prototypes = { card, media, logo, monogram };
  }
  return prototypes[name].cloneNode(true) as HTMLElement;
}

/**
 * Changes the text of an element's one text node, as Lit does: replacing the node instead would
 * cost the browser more style and layout work on every update.
 */
function setText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node?.nodeType !== Node.TEXT_NODE || node.nextSibling) element.textContent = text;
  else if ((node as Text).data !== text) (node as Text).data = text;
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Whether a list item already shows `logo`. */
function shows(item: Element | undefined, { src, label, hue, letters }: DrawnLogo): boolean {
  const mark = item?.firstElementChild;
  if (!mark) return false;
  if (src) return mark.getAttribute('src') === src && mark.getAttribute('alt') === label;
  return (
    mark.getAttribute('class') === `mark monogram hue-${hue}` &&
    (mark.getAttribute('aria-label') ?? '') === label &&
    mark.textContent === letters
  );
}

/**
 * The usual card (an `h3` title with its link, summary, date and logos), drawn by hand: one clone
 * of static markup, filled with `textContent` and `setAttribute`, and patched in place on each
 * update. Lit's templates give every binding a part object of its own, which in a list of
 * 1,000 cards cost about a tenth more time and twice the memory per card (BENCHMARKS.md). The
 * markup is the same as the element's Lit template for other cards, which a test holds it to;
 * that template also serves server rendering and hydration.
 */
export class DrawnCard {
  readonly element = clone('card');
  private readonly link: HTMLAnchorElement;
  private readonly summary: HTMLElement;
  private readonly time: HTMLElement;
  private readonly logoList: HTMLElement;
  private readonly count: HTMLElement;
  private media?: HTMLElement;

  /**
   * `listener` takes the title link's `click` and `auxclick` and each logo's `error`: one
   * function per card, since a list of cards keeps thousands of them.
   */
  constructor(private readonly listener: (event: Event) => void) {
    const body = this.element.firstElementChild as HTMLElement;
    const [heading, summary, meta] = Array.from(body.children) as HTMLElement[];
    this.link = heading.firstElementChild as HTMLAnchorElement;
    this.summary = summary;
    this.time = meta.firstElementChild as HTMLElement;
    const stack = meta.lastElementChild as HTMLElement;
    this.logoList = stack.firstElementChild as HTMLElement;
    this.count = stack.lastElementChild as HTMLElement;
    this.link.addEventListener('click', listener);
    this.link.addEventListener('auxclick', listener);
  }

  draw(view: DrawnView): HTMLElement {
    setAttribute(this.element, 'class', `card ${view.layout}`);
    this.drawImage(view.image);
    setAttribute(this.link, 'href', view.url);
    setText(this.link, view.title);
    setText(this.summary, view.summary);
    setAttribute(this.time, 'datetime', view.iso);
    setAttribute(this.time, 'title', view.date.title);
    setText(this.time, view.date.text);
    this.drawLogos(view.logos);
    setText(this.count, view.count);
    return this.element;
  }

  private drawImage(image: ArticleImage | undefined): void {
    if (!image) {
      this.media?.remove();
      this.media = undefined;
      return;
    }
    if (!this.media) {
      this.media = clone('media');
      this.element.prepend(this.media);
    }
    setAttribute(this.media, 'class', image.width ? 'media sized' : 'media');
    const img = this.media.firstElementChild as HTMLImageElement;
    setAttribute(img, 'src', image.src);
    setAttribute(img, 'alt', image.alt ?? '');
    setAttribute(img, 'width', String(image.width ?? 16));
    setAttribute(img, 'height', String(image.height ?? 9));
  }

  /** Redraws the logos when they changed; what is shown is read back from the list, not kept. */
  private drawLogos(logos: DrawnLogo[]): void {
    const items = this.logoList.children;
    if (items.length === logos.length && logos.every((logo, index) => shows(items[index], logo))) return;
    this.logoList.replaceChildren(...logos.map((logo) => this.logoItem(logo)));
  }

  private logoItem({ src, label, hue, letters }: DrawnLogo): HTMLElement {
    if (src) {
      const item = clone('logo');
      const img = item.firstElementChild as HTMLImageElement;
      img.setAttribute('src', src);
      img.setAttribute('alt', label);
      img.addEventListener('error', this.listener);
      return item;
    }
    const item = clone('monogram');
    const mark = item.firstElementChild as HTMLElement;
    mark.setAttribute('class', `mark monogram hue-${hue}`);
    // Beside no written name, a monogram is the publisher's name; without a label it says nothing.
    if (label) {
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', label);
    } else {
      mark.setAttribute('aria-hidden', 'true');
    }
    mark.textContent = letters;
    return item;
  }
}
