/**
 * The normalizer's readers of single values: text, URLs, dates, counts and lists, each cleaned,
 * clipped and judged by the contract's rules, with every problem reported under its path.
 */
import { asFields, asList, own } from './fields.js';
import { LIMITS } from './limits.js';
import { isCanonicalHttpUrl, safeUrl } from './url.js';

/** Problems listed per input; past them they are only counted, so hostile data cannot grow the list. */
const MAX_PROBLEMS = 100;

/** Collects problems under a JSON-path-like prefix, so messages name the exact bad value. */
export class Reader {
  private readonly listed: string[] = [];
  private unlisted = 0;

  constructor(readonly base: string | undefined) {}

  report(path: string, what: string): void {
    if (this.listed.length < MAX_PROBLEMS) this.listed.push(`${path} ${what}`);
    else this.unlisted++;
  }

  get problems(): string[] {
    return this.unlisted === 0 ? this.listed : [...this.listed, `and ${this.unlisted} more`];
  }
}

// C0/C1 controls other than whitespace have no business in display text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * What the cleaning below would change: a control, white space other than a single inner space.
 * Most text from feeds has none and is taken as it is, without three regular-expression passes.
 */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}|^ | $/;

/** Cuts `text` to `max` characters ending in "…"; `cut` says its input was already cut short. */
export function clip(text: string, max: number, cut = false): string {
  if (text.length <= max && !cut) return text;
  let end = Math.min(text.length, max - 1);
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Plain text: strings only, controls removed, whitespace collapsed (unless `keepLines`), trimmed,
 * clipped. Empty text is absent text.
 */
export function text(
  read: Reader,
  path: string,
  value: unknown,
  max: number,
  keepLines = false,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    read.report(path, 'is not a string');
    return undefined;
  }
  // Cleaning only removes characters, so past a window twice the limit the rest cannot show
  // unless the text is mostly white space: every pattern below runs on at most that window.
  const window = 2 * max + 64;
  const cut = value.length > window;
  const raw = cut ? value.slice(0, window) : value;
  if (!UNCLEAN.test(raw)) return raw === '' ? undefined : clip(raw, max, cut);
  let clean = raw.replace(CONTROL, '');
  clean = keepLines ? clean.replace(/[ \t]+/g, ' ').trim() : clean.replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clip(clean, max, cut);
}

export function url(read: Reader, path: string, value: unknown, mailto = false): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const safe = safeUrl(value, read.base, { mailto });
  if (safe === undefined)
    read.report(path, `is not a usable ${mailto ? 'http(s) or mailto' : 'http(s)'} URL`);
  return safe;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Rejects days a month does not have, which `Date.parse` would silently roll over (Feb 30 → Mar 2). */
function isCalendarDay(iso: string): boolean {
  // Every month has days up to the 28th, and Date.parse has already refused a day 00.
  if (Number(iso.slice(8, 10)) <= 28) return true;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO 8601 dates that the platform can also parse; the original spelling is kept. */
export function date(read: Reader, path: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) && isCalendarDay(trimmed)) {
      return trimmed;
    }
  }
  read.report(path, 'is not an ISO 8601 date');
  return undefined;
}

export function count(read: Reader, path: string, value: unknown, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
  read.report(path, `is not a whole number from 0 to ${max}`);
  return undefined;
}

/** Runs `item` over at most `cap` entries of a list, keeping the ones that come out usable. */
export function list<T>(
  read: Reader,
  path: string,
  value: unknown,
  cap: number,
  item: (entry: unknown, path: string) => T | undefined,
  usableBeyondCap: (entry: unknown) => boolean = () => false,
): { kept: T[]; usable: number } {
  const kept: T[] = [];
  let usable = 0;
  const entries = value === undefined || value === null ? [] : asList(value);
  if (!entries) read.report(path, 'is not a list');
  // Unusable entries are read up to a point too: a megabyte of them would otherwise cost seconds.
  const readable = cap + MAX_PROBLEMS;
  if (entries && entries.length > readable) {
    read.report(path, `has ${entries.length} entries; those past the first ${readable} are not read`);
  }
  for (let index = 0; entries && index < entries.length; index++) {
    // Past the cap entries are only counted, never normalized or rendered: a huge list costs no DOM.
    if (kept.length >= cap || index >= readable) {
      if (usableBeyondCap(entries[index])) usable++;
      continue;
    }
    const result = item(entries[index], `${path}[${index}]`);
    if (result !== undefined) {
      kept.push(result);
      usable++;
    }
  }
  Object.freeze(kept);
  return { kept, usable };
}

export const lowerCase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

export function hostOf(href: string | undefined): string | undefined {
  if (href === undefined || !href.startsWith('http')) return undefined;
  // A canonical URL's host name is plainly between `://` and the next `/`: no parsing needed.
  const start = href.indexOf('://') + 3;
  const hostname = isCanonicalHttpUrl(href)
    ? href.slice(start, href.indexOf('/', start))
    : new URL(href).hostname;
  const host = hostname.replace(/^www\./, '');
  return host ? clip(host, LIMITS.shortText) : undefined;
}

/** A cheap version of readSource's test, for sources past the cap that are counted but not read. */
export function hasName(input: unknown): boolean {
  const fields = asFields(input);
  const name = fields && own(fields, 'name');
  return typeof name === 'string' && name.trim() !== '';
}
