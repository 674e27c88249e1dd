import { html, nothing } from 'lit';
import type { Source } from '../contract/article.js';
import type { BrokenImages } from './broken-images.js';
import { logoMark } from './logo.js';
import { countMessage, message, type Language } from '../i18n/messages.js';
import { warmCountFormatting } from '../i18n/formatters.js';
import { warmBeforeFirstRender } from '../element/first-render.js';

warmBeforeFirstRender(warmCountFormatting);

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
  /** A single source is named ("The Verge") rather than counted ("1 Source"). */
  named?: boolean;
}

/**
 * What stands beside a story's logos: the publisher's name when there is only one ("The Verge"),
 * else the count ("3 Sources").
 */
export function storySourcesLabel(language: Language, sources: Source[], count: number): string {
  const only = count === 1 ? sources[0]?.name : undefined;
  return only ?? countMessage(language, 'sources', count);
}

/**
 * Overlapping publisher logos and "N Sources". A stack renders it as its whole content; a card
 * and a digest render it in their own shadow root, so a card is one element, not two. One
 * template with one per logo: every nested template is paid again by every card on a page.
 */
export function sourcesTemplate(
  { sources, count, max, linked, part, named = false }: SourcesView,
  language: Language,
  logos: BrokenImages,
) {
  if (count === 0) return nothing;
  const shown = sources.slice(0, max);
  const items = shown.map((source) => {
    const options = {
      label: message(language, 'logo', { name: source.name }),
      locale: language.locale,
      letters: 1,
      broken: logos.has(source.logo),
    } as const;
    return linked && source.url
      ? html`<li part="badge">
          <a href=${source.url} title=${source.name}>${logoMark(source, options)}</a>
        </li>`
      : logoMark(source, options, true);
  });
  const label = named
    ? storySourcesLabel(language, sources, count)
    : countMessage(language, 'sources', count);
  // Two templates rather than one with a hidden empty list: no logos means no list at all.
  return shown.length === 0
    ? html`<div part=${part} class="stack">
        <span part="count" class="count" dir="auto">${label}</span>
      </div>`
    : html`<div part=${part} class="stack">
        <ul part="logos" class=${linked ? 'logos linked' : 'logos'} role="list">
          ${items}
        </ul>
        <span part="count" class="count" dir="auto">${label}</span>
      </div>`;
}
