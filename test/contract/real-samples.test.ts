import { expect } from '@open-wc/testing';
import { adaptArticles, detectFormat, readPage } from '../../src/contract/adapters/index.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import { adaptArticle } from '../../src/contract/adapters/index.js';
import { FEEDS, PAGES } from './provenance-truth.js';

/**
 * Every real page and feed in test/fixtures/publishers (copies of ../shared/data) adapts to what a
 * reader sees on the publisher's site. The expected values are typed from PROVENANCE.md's truth
 * tables, never from this code's output.
 */

const fixture = async (file: string): Promise<string> => {
  const response = await fetch(`/api/publishers/${file}`);
  expect(response.ok, `${file} is served`).to.equal(true);
  return response.text();
};

const hasZone = (iso: string) => /(?:Z|[+-]\d\d:?\d\d)$/i.test(iso);

/** The calendar day of `iso` in the publisher's zone `tz`; a date without offset is its own day. */
function dayIn(iso: string, tz: string | undefined): string {
  if (!tz || !hasZone(iso)) return iso.slice(0, 10);
  const minutes = (tz.startsWith('-') ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10);
}

/** The article `<story-card from-page>` shows for the page in `file`, normalized. */
async function pageArticle(file: string) {
  const doc = new DOMParser().parseFromString(await fixture(file), 'text/html');
  return normalizeArticle(adaptArticle(readPage(doc)), { baseUrl: 'https://reader.example/' });
}

describe('real samples: article pages (from-page) and Open Graph pages', () => {
  for (const truth of PAGES) {
    it(`${truth.file}: ${truth.none ? 'no card (negative control)' : 'headline, publisher, day, link, image'}`, async () => {
      const { value, problems } = await pageArticle(truth.file);
      if (truth.none) {
        expect(value, 'no card').to.equal(undefined);
        return;
      }
      expect(problems).to.deep.equal([]);
      const article = value as NormalizedArticle;
      expect(truth.titles).to.include(article.title);
      expect(truth.publishers).to.include(article.sources[0]?.name);
      expect(truth.days).to.include(dayIn(article.publishedAt ?? '', truth.tz));
      expect(article.url).to.equal(truth.link);
      expect(article.image !== undefined, 'has a lead image').to.equal(truth.image);
    });
  }
});

describe('real samples: RSS, Atom and WordPress feeds', () => {
  for (const truth of FEEDS) {
    it(`${truth.file} #${truth.item}: ${truth.advert ? 'an advertisement gives no card' : 'title, publisher, date, link, image'}`, async () => {
      const body = await fixture(truth.file);
      const folder = truth.file.split('/')[0];
      const data: unknown = folder === 'wordpress' ? JSON.parse(body) : body;
      expect(detectFormat(data)).to.equal(folder);
      const { value, problems } = normalizeArticles(adaptArticles(data), {});
      expect(problems).to.deep.equal([]);
      const articles = value as NormalizedArticle[];
      if (truth.advert) {
        expect(articles.map((article) => article.title)).to.not.include(truth.advert);
        expect(articles.map((article) => article.url).join(' ')).to.not.include('ads.');
        return;
      }
      // Items are in feed order; an advertisement before this item would have been skipped.
      const article = articles[truth.item - 1] as NormalizedArticle;
      if (truth.textStarts) expect(article.title.startsWith(truth.textStarts), article.title).to.equal(true);
      else expect(article.title).to.equal(truth.title);
      expect(truth.publishers).to.include(article.sources[0]?.name);
      const written = Date.parse(hasZone(truth.date) ? truth.date : `${truth.date}Z`);
      expect(Date.parse(article.publishedAt ?? ''), `${article.publishedAt} is ${truth.date}`).to.equal(
        written,
      );
      expect(article.url).to.equal(truth.link);
      expect(article.image !== undefined, 'has a lead image').to.equal(truth.image);
    });
  }
});
