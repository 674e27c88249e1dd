import { html } from 'lit';
import type { Source } from '../contract/article.js';

/** Hues for monograms; each keeps white initials above 4.5:1 contrast. */
const MONOGRAM_HUES = 8;

/**
 * Each hue's class list, written once: a class attribute with text around its value would keep
 * an array per monogram on the page.
 */
const MONOGRAM_CLASSES = Array.from({ length: MONOGRAM_HUES }, (_, hue) => `mark monogram hue-${hue}`);

/** The first letter or digit of the first `count` words; a small monogram only has room for one. */
export function initials(name: string, locale: string, count = 2): string {
  const letters = name
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? '')
    .filter(Boolean);
  return letters.slice(0, count).join('').toLocaleUpperCase(locale) || '?';
}

/** The same name always gets the same colour, on every page. */
export function monogramHue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % MONOGRAM_HUES;
}

export interface LogoOptions {
  /** The accessible name ("Fortune logo"); empty when the name is shown as text beside it. */
  label: string;
  locale: string;
  /** Initials a monogram shows: a small one only has room for one. */
  letters: 1 | 2;
  /** The logo URL failed to load before: show the monogram instead. */
  broken: boolean;
}

/** What a mark shows: the logo (`src`), or the monogram's `letters` in colour `hue`. */
export interface MarkChoice {
  src?: string;
  hue: number;
  letters: string;
}

/** The logo when there is a usable one, else the monogram of the publisher's name. */
export function chooseMark(source: Source, locale: string, letters: 1 | 2, broken: boolean): MarkChoice {
  return source.logo && !broken
    ? { src: source.logo, hue: 0, letters: '' }
    : { hue: monogramHue(source.name), letters: initials(source.name, locale, letters) };
}

/**
 * A publisher's logo, or the monogram of its name when there is no usable logo. A badge shows one;
 * a list of logos (`listItem`) draws each as its list item in the same template, since a page of
 * cards pays for every template it nests. Images that fail to load are caught by the element's
 * BrokenImages, not by a listener on each image.
 */
export function logoMark(source: Source, { label, locale, letters, broken }: LogoOptions, listItem = false) {
  const look = chooseMark(source, locale, letters, broken);
  if (look.src) {
    return listItem
      ? html`<li part="badge">
          <img
            part="logo"
            class="mark"
            src=${look.src}
            alt=${label}
            width="32"
            height="32"
            loading="lazy"
            fetchpriority="low"
            decoding="async"
          />
        </li>`
      : html`<img
          part="logo"
          class="mark"
          src=${look.src}
          alt=${label}
          width="32"
          height="32"
          loading="lazy"
          fetchpriority="low"
          decoding="async"
        />`;
  }
  const { hue, letters: letterMark } = look;
  // Beside the name written out, a monogram says nothing more: hidden rather than read twice.
  if (!label) {
    return html`<span part="monogram" class=${MONOGRAM_CLASSES[hue]} aria-hidden="true">${letterMark}</span>`;
  }
  return listItem
    ? html`<li part="badge">
        <span part="monogram" class=${MONOGRAM_CLASSES[hue]} role="img" aria-label=${label}
          >${letterMark}</span
        >
      </li>`
    : html`<span part="monogram" class=${MONOGRAM_CLASSES[hue]} role="img" aria-label=${label}
        >${letterMark}</span
      >`;
}
