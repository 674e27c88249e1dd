import { expect } from '@open-wc/testing';
import { adaptArticle, adaptArticles, detectFormat, readPage } from '../../src/contract/adapters/index.js';
import { decode } from '../../src/contract/adapters/text.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
import { normalizeArticle } from '../../src/contract/normalize.js';
import { decodeBody, loadJson } from '../../src/data/loader.js';

/** The cases issue 17 lists, each as small as it can be. */

const card = (input: unknown) => normalizeArticle(adaptArticle(input), {}).value as NormalizedArticle;
const ld = (fields: Record<string, unknown>) =>
  card({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: 'https://news.example/a',
    ...fields,
  });
const rss = (item: string, channel = '<title>Example News</title><link>https://news.example/</link>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>${channel}<item>${item}</item></channel></rss>`;

describe('formats: text as a reader sees it', () => {
  it('decodes every HTML entity, also JSON-escaped ones, with the platform', () => {
    expect(
      ld({ headline: 'x', description: 'a media behemoth\u0026mdash;but they keep vlogging.' }).summary,
    ).to.equal('a media behemoth—but they keep vlogging.');
    expect(decode('&hearts; &frac34; &Scaron; &zwnj;x &#128512; &notanentity;')).to.equal(
      '♥ ¾ Š \u200cx 😀 &notanentity;',
    );
  });

  it('decodes the common entities on a server, where there is no DOMParser', () => {
    const saved = globalThis.DOMParser;
    Reflect.deleteProperty(globalThis, 'DOMParser');
    try {
      expect(decode('a&mdash;b &rsquo;c&hellip; &eacute;')).to.equal('a—b ’c… é');
    } finally {
      globalThis.DOMParser = saved;
    }
  });

  it('strips markup from every text field: JSON-LD, NewsAPI, WordPress, RSS', () => {
    const here = 'Subscribe <a href="https://x.example/?a=1&amp;b=2">here</a>.';
    expect(ld({ headline: '<b>Bold</b> move', description: here }).summary).to.equal('Subscribe here.');
    expect(ld({ headline: '<b>Bold</b> move' }).title).to.equal('Bold move');
    expect(
      card({ articles: [{ title: '<i>Hi</i>', description: here, source: { name: 'S' } }] }).summary,
    ).to.equal('Subscribe here.');
    expect(card([{ title: { rendered: 'A &amp; <em>B</em>' }, link: 'https://w.example/p' }]).title).to.equal(
      'A & B',
    );
    expect(
      card(rss('<title>&lt;b&gt;T&lt;/b&gt;</title><link>https://news.example/t</link>')).title,
    ).to.equal('T');
  });

  it('accepts JSON-LD wrapped in CDATA or a comment on a page', () => {
    const block = '{"@type":"NewsArticle","headline":"Wrapped","url":"https://news.example/w"}';
    for (const text of [`<![CDATA[${block}]]>`, `<!--${block}-->`, `//<![CDATA[\n${block}\n//]]>`]) {
      const doc = new DOMParser().parseFromString(
        `<script type="application/ld+json">${text}</script>`,
        'text/html',
      );
      expect(card(readPage(doc)).title).to.equal('Wrapped');
    }
  });
});

describe('formats: titles without site suffixes', () => {
  it('strips one or two parts that name the publisher, site or domain, loosely', () => {
    const medium = ld({
      headline: 'webpack 4: Official Release!! - webpack - Medium',
      url: 'https://medium.com/webpack/webpack-4',
      publisher: { name: 'webpack' },
    });
    expect(medium.title).to.equal('webpack 4: Official Release!!');
    const news = (title: string, name: string) =>
      card({ articles: [{ title, source: { name }, url: 'https://apnews.com/x' }] });
    expect(news('Rates rise - The Associated Press', 'Associated Press').title).to.equal('Rates rise');
    expect(news('Rates rise - BBC.com', 'BBC News').title).to.equal('Rates rise');
    expect(news('Rates rise | Other Paper', 'BBC News').title).to.equal('Rates rise | Other Paper');
  });

  it('never strips a part that names no site', () => {
    expect(ld({ headline: 'Minecraft 1.8 - The Bountiful Update' }).title).to.equal(
      'Minecraft 1.8 - The Bountiful Update',
    );
    expect(ld({ headline: 'A - John Smith - Example', publisher: { name: 'Example' } }).title).to.equal(
      'A - John Smith',
    );
  });

  it('takes the publisher of a NewsAPI aggregator from the title', () => {
    const article = card({
      articles: [
        {
          title: 'Markets rally - Reuters',
          source: { name: 'Google News' },
          url: 'https://news.google.com/x',
        },
      ],
    });
    expect(article.title).to.equal('Markets rally');
    expect(article.sources[0]?.name).to.equal('Reuters');
  });

  it('cleans publisher names of "Home |" and taglines', () => {
    const source = (title: string) =>
      card(
        rss(
          '<title>T</title><link>https://example-news.com/t</link>',
          `<title>${title}</title><link>https://example-news.com/</link>`,
        ),
      ).sources[0]?.name;
    expect(source('Home | Example News')).to.equal('Example News');
    expect(source('World, Politics &amp; More - Example News')).to.equal('Example News');
    expect(source('Example News: All the news that fits')).to.equal('Example News');
    expect(source('A Blog About Things')).to.equal('A Blog About Things');
  });
});

describe('formats: schema.org types', () => {
  it('reads every Article subtype, and a WebPage whose mainEntity is one', () => {
    for (const type of [
      'SocialMediaPosting',
      'DiscussionForumPosting',
      'LiveBlogPosting',
      'Report',
      'ScholarlyArticle',
      'TechArticle',
      'AnalysisNewsArticle',
    ])
      expect(ld({ '@type': type, headline: type }).title).to.equal(type);
    expect(
      card({
        '@type': 'WebPage',
        mainEntity: { '@type': 'BlogPosting', headline: 'Inside', url: 'https://b.example/i' },
      }).title,
    ).to.equal('Inside');
    expect(adaptArticle({ '@type': 'WebPage', name: 'Just a page' })).to.equal(undefined);
  });
});

describe('formats: dates', () => {
  const date = (text: string) =>
    card(rss(`<title>T</title><link>https://news.example/t</link><pubDate>${text}</pubDate>`)).publishedAt;
  it('reads RFC 822 and the variants real feeds write; no zone is UTC', () => {
    expect(date('Sat, Dec 16 2023 02:02:33 PM')).to.equal('2023-12-16T14:02:33.000Z');
    expect(date('Tue, 21 Aug 2012 10:33:00 EST')).to.equal('2012-08-21T15:33:00.000Z');
    expect(date('Tue, 03 Sep 2019 18:00:00 -0000')).to.equal('2019-09-03T18:00:00.000Z');
    expect(date('Tue, 15 Nov 2022 20:15:04 Z')).to.equal('2022-11-15T20:15:04.000Z');
    expect(date('Fri, 31 May 2019 12:17:58 -0700')).to.equal('2019-05-31T19:17:58.000Z');
    expect(date('29 May 19 10:16 +0530')).to.equal('2019-05-29T04:46:00.000Z');
    expect(date('Episode 4')).to.equal(undefined);
  });

  it("reads WordPress's date_gmt as UTC", () => {
    expect(
      card([{ title: { rendered: 'T' }, date_gmt: '2020-05-07T23:12:51', link: 'https://w.example/t' }])
        .publishedAt,
    ).to.equal('2020-05-07T23:12:51Z');
  });
});

describe('formats: images', () => {
  it('skips trackers, share buttons, avatars and favicons, and prefers the largest declared', () => {
    const image = (item: string) =>
      card(rss(`<title>T</title><link>https://news.example/t</link>${item}`)).image?.src;
    expect(
      image(
        '<media:content url="https://i.example/s.jpg" width="140"/><media:content url="https://i.example/l.jpg" width="460"/>',
      ),
    ).to.equal('https://i.example/l.jpg');
    const html = (text: string) => `<description>${text.replace(/</g, '&lt;')}</description>`;
    expect(image(html('<img src="https://t.example/p.gif" width="1" height="1">'))).to.equal(undefined);
    expect(image(html('<img src="https://i.example/mm/facebook.gif">'))).to.equal(undefined);
    expect(image(html('<img src="https://i.example/avatar/40.png" width="40" height="40">'))).to.equal(
      undefined,
    );
    expect(image(html('<img src="https://i.example/favicon.ico">'))).to.equal(undefined);
    expect(
      image(html('<img src="https://t.example/a.gif" width="1"><img src="https://i.example/photo.jpg">')),
    ).to.equal('https://i.example/photo.jpg');
  });
});

describe('formats: detection from content', () => {
  it('tells each format apart from what it holds', () => {
    expect(detectFormat('\n\n\n\n<rss version="2.0"><channel/></rss>')).to.equal('rss');
    expect(detectFormat('<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x"/>')).to.equal('rss');
    expect(detectFormat('\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>')).to.equal(
      'atom',
    );
    expect(detectFormat([{ title: { rendered: 'x' }, meta: {} }])).to.equal('wordpress');
    expect(detectFormat({ meta: { 'og:title': 'x' } })).to.equal('opengraph');
    expect(detectFormat({ 'og:title': 'x' })).to.equal('opengraph');
    expect(detectFormat('<!doctype html><html></html>')).to.equal(undefined);
    expect(detectFormat('just text')).to.equal(undefined);
  });

  it('resolves Atom links against xml:base and the feed page, and prefers origLink', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/"><title>A</title><link href="https://a.example/"/><entry xml:base="posts/"><title>E</title><link href="e1"/></entry></feed>`;
    expect(card(feed).url).to.equal('https://a.example/blog/posts/e1');
    const rssFeed = rss(
      '<title>T</title><link>http://feedproxy.google.com/~r/x</link><feedburner:origLink xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">https://news.example/real</feedburner:origLink>',
    );
    expect(card(rssFeed).url).to.equal('https://news.example/real');
  });

  it('converts only the items an element shows', () => {
    const items = Array.from({ length: 80 }, (_, n) => `<item><title>T${n}</title></item>`).join('');
    expect(adaptArticles(rss(items.slice(6, -7)))).to.have.length(50);
    expect(adaptArticles(rss(items.slice(6, -7)), 'rss', 3)).to.have.length(3);
  });
});

describe('formats: character sets of loaded feeds', () => {
  const bytes = (text: string, latin1: boolean) =>
    latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : new TextEncoder().encode(text);
  const xml = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><t>è é</t></rss>`;

  it('prefers valid UTF-8, then the Content-Type charset, then the XML declaration', () => {
    expect(decodeBody(bytes(xml('ISO-8859-1'), false), 'text/xml')).to.contain('è é');
    expect(decodeBody(bytes(xml('ISO-8859-1'), true), 'text/xml')).to.contain('è é');
    expect(decodeBody(bytes(xml('UTF-8'), true), 'text/xml; charset=iso-8859-1')).to.contain('è é');
    expect(decodeBody(bytes('<rss>é</rss>', true), 'application/rss+xml')).to.contain('é');
  });

  it('loads an ISO-8859-1 feed, and one that declares ISO-8859-1 but sends UTF-8', async () => {
    const options = () => ({
      credentials: 'omit' as const,
      timeout: 5000,
      maxBytes: 1_000_000,
      signal: new AbortController().signal,
    });
    const base = `${location.origin}/api/publishers/rss/feed-rs-ilgiornale.xml?declare=ISO-8859-1`;
    for (const url of [`${base}&latin1=1`, base]) {
      const { data } = await loadJson(url, options());
      expect(card(data).title).to.equal(
        "Arrestato in Pakistan Shabbar Abbas. In Italia è accusato per l'omicidio di Saman",
      );
    }
  });
});
