/**
 * Small readers shared by the adapters, on top of the contract's defensive field readers. Every
 * byte here ships to readers' phones, so the helpers are few and small. None of them throws on
 * plain data; exotic input (a throwing getter or proxy) is caught by the adapters' caller.
 */
import type { ArticleImage } from '../article.js';
import { asFields, asList, own } from '../fields.js';
import { decode, plain, WINDOW } from './text.js';

export { asFields, own };

/** Upper bound on any list an adapter walks, so a huge array costs bounded time. */
const MAX = 500;

/** One value or many as a list: null → [], an array or a JSON-LD `{"@list": [...]}` → its entries. */
export const list = (value: unknown): unknown[] => {
  const items = own(value, '@list') ?? value;
  return asList(items)?.slice(0, MAX) ?? (items == null ? [] : [items]);
};

/** Non-empty text with markup removed and entities decoded, or undefined. Never markup. */
export const str = (value: unknown): string | undefined =>
  typeof value == 'string' ? plain(value) || undefined : undefined;

/** The first of the own properties `keys` of `value` that `str` accepts. */
export const pick = (value: unknown, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const text = str(own(value, key));
    if (text) return text;
  }
  return undefined;
};

/**
 * A URL as written in data: entities decoded, once more for the double-escaped `&amp;amp;` some
 * CMSs write, and trimmed. The normalizer's URL rule judges it afterwards.
 */
export const link = (value: unknown): string | undefined =>
  typeof value == 'string'
    ? decode(value.slice(0, WINDOW)).replace(/&amp;/g, '&').trim() || undefined
    : undefined;

/** The first of the own properties `keys` of `value` that `link` accepts. */
export const pickLink = (value: unknown, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const url = link(own(value, key));
    if (url) return url;
  }
  return undefined;
};

/** A positive number, also from a numeric string (`"1200"`). */
export const num = (value: unknown): number | undefined => {
  const n = typeof value == 'string' ? +value : value;
  return typeof n == 'number' && n > 0 ? n : undefined;
};

/** `url` resolved against `base` when both parse; otherwise `url` as it is, for the URL rule to judge. */
export const abs = (url: string | undefined, base: string | undefined): string | undefined => {
  try {
    return url && new URL(url, base).href;
  } catch {
    return url;
  }
};

/** The host of an absolute URL without "www.", e.g. "bbc.com". */
export const host = (url: string | undefined): string | undefined => {
  try {
    return new URL(url as string).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
};

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** Offsets of the zone names RFC 822 allows (and feeds use), in hours. */
const ZONES: Record<string, number> = {
  __proto__: null as unknown as number,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

/**
 * RFC 822 and the variants real feeds write: an optional weekday, "16 Dec 2023" or "Dec 16 2023",
 * a 12-hour clock with AM/PM, a named zone, "Z", "-0000" or no zone at all (read as UTC).
 */
const RFC822 =
  /^(?:[a-z]{3,9},?\s{1,3})?(?:(\d{1,2})\s{1,3}([a-z]{3,9})\.?|([a-z]{3,9})\.?\s{1,3}(\d{1,2}),?)\s{1,3}(\d{4}|\d\d)(?:\s{1,3}(\d{1,2}):(\d\d)(?::(\d\d))?\s{0,3}([ap]m)?)?\s{0,3}([a-z]{1,5}|[+-]\d\d:?\d\d)?$/i;

function rfc822(text: string): number | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(((m[2] ?? m[3]) as string).slice(0, 3).toLowerCase());
  if (month % 3 != 0) return undefined;
  let year = +(m[5] as string);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  let hour = +(m[6] ?? 0) % (m[9] ? 12 : 24);
  if (m[9]?.toLowerCase() == 'pm') hour += 12;
  const zone = m[10]?.toUpperCase() ?? 'Z';
  const offset = /\d/.test(zone)
    ? (zone[0] == '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2))
    : (ZONES[zone] ?? 0) * 60;
  const time = Date.UTC(year, month / 3, +(m[1] ?? m[4]), hour, +(m[7] ?? 0), +(m[8] ?? 0)) - offset * 60_000;
  return time === time ? time : undefined;
}

/**
 * An ISO 8601 date as written (the normalizer checks it), or an RFC 822 date as ISO. Any other
 * text is no date: lenient platform parsers read dates into text that merely holds a number.
 */
export const date = (value: unknown): string | undefined => {
  const text = str(value)?.slice(0, 100);
  if (!text) return undefined;
  if (/^\d{4}-\d\d-\d\d/.test(text)) return text;
  const time = rfc822(text);
  return time === undefined ? undefined : new Date(time).toISOString();
};

/** A candidate image and what is known of it. */
export interface Candidate {
  src: string | undefined;
  width?: number;
  height?: number;
  alt?: string;
}

/** Tracking pixels, share buttons, icons and avatars, by how their URLs are named. */
const NOT_A_PICTURE =
  /\/(?:_\/stat|~r\/|~4\/)|pixel\.(?:gif|png)|\/pixel[/?]|tracking|spacer|blank\.gif|favicon|\.ico(?:$|\?)|gravatar|avatar|(?:facebook|twitter|reddit|linkedin|pinterest|digg|stumbleupon|email|share)[\w-]{0,20}\.(?:gif|png)|\/\/ads\.|doubleclick|pheedo/i;

/** Whether a candidate could be the story's picture: not a tracker, button, icon or avatar. */
export const isPicture = ({ src, width, height }: Candidate): boolean =>
  !!src &&
  !NOT_A_PICTURE.test(src.slice(0, 2000)) &&
  !((width ?? Infinity) < 64 || (height ?? Infinity) < 64);

/** The largest declared picture of `candidates` (the first one when none declares a size). */
export function bestImage(candidates: Candidate[]): ArticleImage | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (!isPicture(candidate)) continue;
    const area = (candidate.width ?? 0) * (candidate.height ?? candidate.width ?? 0);
    if (!best || area > (best.width ?? 0) * (best.height ?? best.width ?? 0)) best = candidate;
  }
  return best && { src: best.src as string, width: best.width, height: best.height, alt: best.alt };
}

/**
 * The first picture in an HTML fragment, found by pattern (never parsed as HTML). A relative
 * source resolves against `base`; without one it is passed over, as its page is unknown.
 */
export function contentImage(html: string, base: string | undefined): ArticleImage | undefined {
  for (const [tag] of html.slice(0, WINDOW).matchAll(/<img\b[^>]{0,3000}>/gi)) {
    const value = (name: string) =>
      new RegExp(`\\s${name}\\s{0,3}=\\s{0,3}(?:"([^"]{0,3000})"|'([^']{0,3000})'|([^\\s>]{1,3000}))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((found) => found);
    const src = link(value('src'));
    if (!src || (!base && !/^(?:https?:)?\/\//i.test(src))) continue;
    // A declared 0 (a hidden tracker) is a size too.
    const size = (name: string) => Number(/^\d{1,5}$/.exec(value(name) ?? '')?.[0] ?? NaN);
    const candidate = { src: abs(src, base), width: size('width'), height: size('height') };
    // The sizes only choose: they are how the page showed the picture, not the file's own.
    if (isPicture(candidate)) return { src: candidate.src as string };
  }
  return undefined;
}
