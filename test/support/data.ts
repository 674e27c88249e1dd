import type { Article, Source } from '../../src/digest-elements.js';

/** A same-origin logo that really loads, so a test can tell a shown logo from a monogram. */
export const LOGO = new URL('./logo.svg', import.meta.url).href;

/** A same-origin URL that answers 404, so a logo pointing at it fails to load. */
export const MISSING_LOGO = '/no-such-logo.png';

/** A story with every part a card shows. */
export function fullArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'night-buses',
    title: 'A city council votes to extend night bus routes',
    url: 'https://news.example/stories/night-buses',
    summary: 'The change adds three routes and runs them until 3 a.m. on weekends.',
    publishedAt: '2025-01-15T08:02:00Z',
    image: { src: '/images/night-bus.jpg', alt: 'A bus at a stop after dark', width: 1200, height: 675 },
    sources: [
      { name: 'Metro Daily', url: 'https://metro.example/night-buses' },
      { name: 'The Verge', url: 'https://verge.example/buses' },
      { name: 'Fortune', url: 'https://fortune.example/buses' },
    ],
    ...overrides,
  };
}

/** `count` publishers named "Publisher 1", "Publisher 2", … */
export function manySources(count: number): Source[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Publisher ${index + 1}`,
    url: `https://publisher${index + 1}.example/story`,
  }));
}

/** JSON that can sit inside `<script type="application/json">` without ending it early. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A `<script type="application/json">` element holding `value` (or raw `text`). */
export function jsonScript(value: unknown, raw = false): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = raw ? String(value) : JSON.stringify(value);
  return script;
}

/** Markup that would run script if anything parsed the data as HTML. */
export const HOSTILE_TEXT = {
  image: '<img src=x onerror="window.__hostile = true">',
  script: '<script>window.__hostile = true</script>',
  markup: '<b>Bold</b> & <i>"quoted"</i>',
};

/**
 * URLs that must never reach an `href` or `src`: script and data schemes in every disguise the
 * WHATWG parser forgives, other schemes, and credentials.
 */
export const HOSTILE_URLS: string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript://news.example/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  'DATA:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'https://user:secret@evil.example/',
  'https://user@evil.example/',
  'http://:secret@evil.example/',
  'file:///etc/passwd',
  'blob:https://news.example/0b8a7c2e',
  'ftp://files.example/story',
  'about:blank',
  'intent://scan/#Intent;scheme=zxing;end',
  `https://news.example/${'a'.repeat(5000)}`,
];

/** Values of the wrong type where a URL string belongs. */
export const NON_STRING_URLS: unknown[] = [
  { toString: () => 'javascript:alert(1)' },
  ['javascript:alert(1)'],
  42,
  true,
];
