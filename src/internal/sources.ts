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
  const items = shown.map((source) => {
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
  // Cards and digests show up to four logos, each in a place of its own in the template: as
  // items of an array, each would cost two marker comments more. A longer stack takes the array.
  const [first, second, third, fourth] = items.length > 4 ? [items] : items;
  return html`<div part=${part} class="stack">
    <ul part="logos" class="logos ${linked ? 'linked' : ''}" role="list">
      ${first}${second}${third}${fourth}
    </ul>
    <span part="count" class="count" dir="auto">${total}</span>
  </div>`;
}
