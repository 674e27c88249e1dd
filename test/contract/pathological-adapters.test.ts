import { expect } from '@open-wc/testing';
import { adaptArticle, adaptArticles, readPage, type Format } from '../../src/contract/adapters/index.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';

/**
 * Inputs of about 1 MB built to make a backtracking pattern, or work for every item, take seconds
 * to minutes. Each must be read within a generous 1 s: the failure mode is orders slower.
 */
const MB = 1_000_000;
const BOUND_MS = 1000;

/** "a - a - a - …" then a line break: a suffix pattern that backtracks is quadratic on it. */
const dashes = `${'a - '.repeat(MB / 4)}a\nb`;
/** White space before no punctuation, as a lookahead after `\s+` is quadratic on it. */
const spaces = `x${' '.repeat(5000)}y`;
const unclosed = '<img src=x '.repeat(MB / 11);
const comments = '<!--'.repeat(MB / 4);
const entities = '&#x1;&amp'.repeat(MB / 9);

/** Runs each of `reads` and asserts it took at most BOUND_MS. */
function bounded(name: string, reads: (() => unknown)[]): void {
  for (const read of reads) {
    const start = performance.now();
    read();
    const took = performance.now() - start;
    expect(took, `${name} took ${Math.round(took)} ms`).to.be.below(BOUND_MS);
  }
}

/** Reading `input` as one card does, and as a rail does. */
const both = (input: unknown, format?: Format) => [
  () => normalizeArticle(adaptArticle(input, format)),
  () => normalizeArticles(adaptArticles(input, format)),
];

/** `text` escaped for XML and cut (between entities) to a third of a megabyte: three make a feed. */
function field(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .slice(0, MB / 3);
  return escaped.slice(0, escaped.lastIndexOf('&'));
}

describe('adapters: 1 MB pathological inputs each complete within 1 s', function () {
  this.timeout(20_000);

  it('JSON-LD: a "a - " headline with a line break, and hostile descriptions and dates', () => {
    for (const text of [dashes, spaces.repeat(180), unclosed, comments, entities])
      bounded(
        `jsonld ${text.slice(0, 8)}`,
        both({
          '@type': 'NewsArticle',
          headline: text,
          description: text,
          datePublished: text,
          publisher: { name: text },
        }),
      );
  });

  it('JSON Feed: 180 items of 5,000 spaces, and 1 MB titles and content', () => {
    const items = Array.from({ length: 180 }, () => ({
      title: 'x',
      content_html: spaces,
      content_text: spaces,
    }));
    bounded('jsonfeed spaces', both({ version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items }));
    for (const text of [dashes, unclosed, comments, entities])
      bounded(
        `jsonfeed ${text.slice(0, 8)}`,
        both({ items: [{ title: text, content_html: text }], title: text }),
      );
  });

  it('NewsAPI: a "a - " title from an aggregator and from a named source', () => {
    for (const name of ['Google News', 'BBC News', dashes])
      bounded(
        `newsapi ${name.slice(0, 8)}`,
        both({
          articles: [{ title: dashes, description: dashes, source: { name }, url: 'https://a.example/' }],
        }),
      );
  });

  it('RSS: a "a - " title, hostile HTML, and 20,000 items of which one is shown', () => {
    for (const text of [dashes, spaces.repeat(60), unclosed, comments, entities]) {
      const feed = `<rss version="2.0"><channel><title>${field(text)}</title><item><title>${field(text)}</title><description>${field(text)}</description><pubDate>${field(text.slice(0, 5000))}</pubDate></item></channel></rss>`;
      bounded(`rss ${text.slice(0, 8)}`, both(feed, 'rss'));
    }
    const items = '<item><title>t</title><description>&lt;p&gt;x&lt;/p&gt;</description></item>'.repeat(
      13_000,
    );
    bounded('rss many items', both(`<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`));
  });

  it('Atom: a "a - " title, hostile HTML content, and 20,000 entries', () => {
    for (const text of [dashes, unclosed, comments, entities]) {
      const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>${field(text)}</title><entry><title>${field(text)}</title><content type="html">${field(text)}</content></entry></feed>`;
      bounded(`atom ${text.slice(0, 8)}`, both(feed, 'atom'));
    }
    const entries = '<entry><title>t</title><link href="/x"/></entry>'.repeat(20_000);
    bounded(
      'atom many entries',
      both(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries}</feed>`),
    );
  });

  it('WordPress: hostile rendered title, excerpt and content', () => {
    for (const text of [dashes, spaces.repeat(180), unclosed, comments, entities])
      bounded(
        `wordpress ${text.slice(0, 8)}`,
        both([
          {
            title: { rendered: text },
            excerpt: { rendered: text },
            content: { rendered: text },
            link: 'https://a.example/',
            yoast_head_json: { title: text, og_site_name: text },
          },
        ]),
      );
  });

  it('Open Graph: hostile meta values, and a 1 MB page of meta tags and JSON-LD read as from-page does', () => {
    for (const text of [dashes, unclosed, comments, entities])
      bounded(
        `opengraph ${text.slice(0, 8)}`,
        both({
          meta: {
            'og:title': text,
            'og:site_name': text,
            'og:description': text,
            'article:published_time': text,
          },
        }),
      );
    const tags =
      '<meta property="og:title" content="a - a - a"><script type="application/ld+json">{"@type":"Thing"}</script>'.repeat(
        9000,
      );
    const doc = new DOMParser().parseFromString(`<!doctype html><head>${tags}</head>`, 'text/html');
    bounded('opengraph page', both(readPage(doc)));
  });
});
