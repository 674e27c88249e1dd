import { html, nothing } from 'lit';
import type { Source } from '../contract/article.js';
import { logoItem, logoMark, type LogoOptions } from './logo.js';
import { countMessage, message, type Wording } from './messages.js';

export interface SourcesView {
  /** Normalized sources, in citation order. */
  sources: Source[];
  /** The total, "N Sources"; nothing is shown when it is 0. */
  count: number;
  /** Logos shown at most. */
  max: number;
  /** Each logo links to its cited article. */
  linked: boolean;
  /** The part name of the wrapper: `base` in a stack, `sources` in a card or digest. */
  part: string;
}

/**
 * Overlapping publisher logos and "N Sources". A stack renders it as its whole content; a card
 * and a digest render it in their own shadow root, so a card is one element, not two.
 */
export function sourcesTemplate(
  { sources, count, max, linked, part }: SourcesView,
  wording: Wording,
  brokenLogos: ReadonlySet<string>,
  onLogoError: (event: Event) => void,
) {
  if (count === 0) return nothing;
  const total = countMessage(wording, 'sources', count);
  const shown = sources.slice(0, max);
  if (shown.length === 0) {
    return html`<div part=${part} class="stack">
      <span part="count" class="count" dir="auto">${total}</span>
    </div>`;
  }
  const [first, second, third, fourth] = logoPlaces(shown, linked, wording, brokenLogos, onLogoError);
  return html`<div part=${part} class="stack">
    <ul part="logos" class=${linked ? 'logos linked' : 'logos'} role="list">
      ${first}${second}${third}${fourth}
    </ul>
    <span part="count" class="count" dir="auto">${total}</span>
  </div>`;
}

/**
 * The list items of `sources`, as places in a template: cards and digests show up to four logos,
 * each in a place of its own, since as items of an array each would cost two marker comments
 * more. A longer list takes the first place, as an array.
 */
export function logoPlaces(
  sources: Source[],
  linked: boolean,
  wording: Wording,
  brokenLogos: ReadonlySet<string>,
  onLogoError: (event: Event) => void,
): unknown[] {
  const items = sources.map((source) => {
    const options: LogoOptions = {
      label: message(wording, 'logo', { name: source.name }),
      locale: wording.locale,
      letters: 1,
      broken: source.logo !== undefined && brokenLogos.has(source.logo),
      onError: onLogoError,
    };
    return linked && source.url
      ? html`<li part="badge">
          <a href=${source.url} title=${source.name}>${logoMark(source, options)}</a>
        </li>`
      : logoItem(source, options);
  });
  return items.length > 4 ? [items] : items;
}
