import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { adaptArticle, adaptArticles, detectFormat, type Format } from '../../src/contract/adapters/index.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
// Plain imports: the esbuild plugin serves JSON as a JS module (see normalize.test.ts). The files are
// copies of ../shared/data, with their origin in test/fixtures/publishers/PROVENANCE.md.
import schemaJson from '../../schema/article.schema.json';
import daringFireball from '../fixtures/publishers/jsonfeed/daringfireball-v1.1.json';
import influx from '../fixtures/publishers/jsonfeed/feed-rs-influxdata-elastic-v1.1.json';
import hypercritical from '../fixtures/publishers/jsonfeed/hypercritical-v1.json';
import jsonFeedOrg from '../fixtures/publishers/jsonfeed/jsonfeed-org-v1.json';
import timetable from '../fixtures/publishers/jsonfeed/timetable-podcast-v1.json';
import bbc from '../fixtures/publishers/jsonld/bbc-1.json';
import folha from '../fixtures/publishers/jsonld/folha.json';
import gitlab from '../fixtures/publishers/jsonld/gitlab-blog.json';
import medium from '../fixtures/publishers/jsonld/medium-3.json';
import techcrunch from '../fixtures/publishers/jsonld/metascraper-techcrunch.json';
import techmonitor from '../fixtures/publishers/jsonld/metascraper-techmonitor.json';
import contextObject from '../fixtures/publishers/jsonld/schema-org-context-object.json';
import spiceworks from '../fixtures/publishers/jsonld/spiceworks.json';
import videos from '../fixtures/publishers/jsonld/videos-2.json';
import wikia from '../fixtures/publishers/jsonld/wikia.json';
import hiroaki from '../fixtures/publishers/newsapi/hiroaki-getnews.json';
import wasabeef from '../fixtures/publishers/newsapi/wasabeef-flutter-blueprints.json';

/** The page the data is shown on, as `document.baseURI` would give it. */
const BASE = 'https://pub.example/news/page.html';

/** Every file in test/fixtures/publishers, with the format it is in; keep in step with the folder. */
const FILES: [string, unknown, Format][] = [
  ['jsonld/bbc-1.json', bbc, 'jsonld'],
  ['jsonld/folha.json', folha, 'jsonld'],
  ['jsonld/gitlab-blog.json', gitlab, 'jsonld'],
  ['jsonld/medium-3.json', medium, 'jsonld'],
  ['jsonld/metascraper-techcrunch.json', techcrunch, 'jsonld'],
  ['jsonld/metascraper-techmonitor.json', techmonitor, 'jsonld'],
  ['jsonld/schema-org-context-object.json', contextObject, 'jsonld'],
  ['jsonld/spiceworks.json', spiceworks, 'jsonld'],
  ['jsonld/videos-2.json', videos, 'jsonld'],
  ['jsonld/wikia.json', wikia, 'jsonld'],
  ['jsonfeed/daringfireball-v1.1.json', daringFireball, 'jsonfeed'],
  ['jsonfeed/feed-rs-influxdata-elastic-v1.1.json', influx, 'jsonfeed'],
  ['jsonfeed/hypercritical-v1.json', hypercritical, 'jsonfeed'],
  ['jsonfeed/jsonfeed-org-v1.json', jsonFeedOrg, 'jsonfeed'],
  ['jsonfeed/timetable-podcast-v1.json', timetable, 'jsonfeed'],
  ['newsapi/hiroaki-getnews.json', hiroaki, 'newsapi'],
  ['newsapi/wasabeef-flutter-blueprints.json', wasabeef, 'newsapi'],
];

const validator = new Validator(schemaJson as unknown as Schema, '2020-12', false);

function schemaErrors(instance: unknown): string[] {
  return validator.validate(instance).errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}

/** The first article of `input`, adapted and normalized; it must come out usable and clean. */
function one(input: unknown, format?: Format): NormalizedArticle {
  const { value, problems } = normalizeArticle(adaptArticle(input, format), { baseUrl: BASE });
  expect(problems, 'normalizer problems').to.deep.equal([]);
  expect(value, 'normalized article').to.not.equal(undefined);
  return value as NormalizedArticle;
}

/** Every article of `input`, adapted and normalized with no problems. */
function all(input: unknown, format?: Format): NormalizedArticle[] {
  const { value, problems } = normalizeArticles(adaptArticles(input, format), { baseUrl: BASE });
  expect(problems, 'normalizer problems').to.deep.equal([]);
  expect(value, 'normalized articles').to.be.an('array');
  return value as NormalizedArticle[];
}

/** Every string anywhere in `value`, to show what did (not) make it into an adapter's output. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('adapters: every publisher file', () => {
  for (const [file, data, format] of FILES) {
    describe(file, () => {
      it(`is detected as ${format}`, () => {
        expect(detectFormat(data)).to.equal(format);
      });

      it('adapts to at least one article that normalizes without problems', () => {
        expect(all(data).length).to.be.above(0);
        expect(one(data).title).to.be.a('string').and.not.equal('');
      });

      it('passes the JSON Schema once adapted, before and after normalizing', () => {
        const adapted = adaptArticles(data) as unknown[];
        // A JSON round trip drops the fields an adapter left undefined, as serializing would.
        for (const article of JSON.parse(JSON.stringify(adapted)) as unknown[]) {
          expect(schemaErrors(article)).to.deep.equal([]);
        }
        for (const article of all(data)) expect(schemaErrors(article)).to.deep.equal([]);
      });

      it('gives the same first article whether the format is detected or forced', () => {
        expect(adaptArticle(data, format)).to.deep.equal(adaptArticle(data));
        expect((adaptArticles(data, format) as unknown[])[0]).to.deep.equal(adaptArticle(data));
      });

      it('does not change its input', () => {
        const before = JSON.stringify(data);
        adaptArticles(data);
        adaptArticle(data);
        detectFormat(data);
        expect(JSON.stringify(data)).to.equal(before);
      });
    });
  }
});

describe('adapters: JSON-LD', () => {
  it('bbc-1: an Article whose image is an @list and whose publisher logo is a plain string', () => {
    const article = one(bbc);
    expect(article.title).to.equal("Obama admits US gun laws are his 'biggest frustration'");
    expect(article.url).to.equal('http://www.bbc.com/news/world-us-canada-33646704');
    expect(article.publishedAt).to.equal('2015-07-24T05:36:09+01:00');
    // The first of the five @list entries.
    expect(article.image).to.deep.equal({
      src: 'http://ichef.bbci.co.uk/news/560/cpsprodpb/3D8B/production/_84455751_84455749.jpg',
    });
    expect(article.sources).to.deep.equal([
      {
        name: 'BBC News',
        url: 'http://www.bbc.com/news/world-us-canada-33646704',
        logo: 'http://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png?cb=1',
        domain: 'bbc.com',
      },
    ]);
    expect(article.sourceCount).to.equal(1);
    // No description: no summary (the article body is not used), and no author to hide.
    expect(article.summary).to.equal(undefined);
    expect(article.curator).to.equal(undefined);
  });

  it('folha: a ReportageNewsArticle with string image sizes, an author array and a NewsMediaOrganization', () => {
    const article = one(folha);
    expect(article.title).to.equal('Tite diz que errou ao levar taça da Libertadores a Lula em 2012');
    expect(article.summary).to.equal(
      'Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente',
    );
    expect(article.url).to.equal(
      'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    );
    expect(article.publishedAt).to.equal('2018-12-21T12:55:00Z');
    expect(article.image).to.deep.equal({
      src: 'https://f.i.uol.com.br/fotografia/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_md.jpg',
      width: 768,
      height: 512,
    });
    expect(article.sources.map(({ name, logo }) => ({ name, logo }))).to.deep.equal([
      { name: 'Folha de S.Paulo', logo: 'https://f.i.uol.com.br/hunting/folha/1/amp/logo.png' },
    ]);
    // Authors (and their empty sameAs) are not shown anywhere.
    expect(strings(article).join(' ')).to.not.include('Bruno');
  });

  it('gitlab-blog: only the BlogPosting of three blocks, with a plain string image and a date only', () => {
    const articles = all(gitlab);
    expect(articles).to.have.length(1);
    const [article] = articles;
    expect(article.title).to.equal('3 surprising findings from our 2024 Global DevSecOps Survey');
    // mainEntityOfPage is a WebPage object: its @id is the story's URL.
    expect(article.url).to.equal(
      'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings-from-our-2024-global-devsecops-survey/',
    );
    expect(article.publishedAt).to.equal('2024-06-25');
    expect(article.image).to.deep.equal({
      src: 'https://images.ctfassets.net/r9o86ar0p03f/Wz5s9ag9lbHesTOe6DEpF/64e9498cf34ee867e5fa5f6876733782/fy25-global-devsecops-report-blog-image.png?fm=webp&w=820&h=500',
    });
    expect(article.tags).to.deep.equal(['developer survey', 'DevSecOps', 'AI/ML', 'security', 'news']);
    expect(article.sources[0]).to.include({
      name: 'GitLab',
      logo: 'https://about.gitlab.com/nuxt-images/open-graph/open-graph-gitlab.png',
    });
    // The breadcrumb's broken URL never leaks into the article, and the author is not shown.
    expect(strings(article).join(' ')).to.not.match(/comundefined|Dave Steer/);
  });

  it('medium-3: a unicode-escaped @context, an image array of strings and a " - Medium" suffix', () => {
    expect(medium['@context']).to.equal('http://schema.org');
    const article = one(medium);
    // Only the publisher's name is stripped; the author's stays (it is not the publisher).
    expect(article.title).to.equal('Samantha and The Great Big Lie - John C. Welch');
    expect(article.url).to.equal(
      'https://medium.com/@johncwelch/samantha-and-the-great-big-lie-d146a92473a1',
    );
    expect(article.publishedAt).to.equal('2015-10-15T02:19:15.607Z');
    expect(article.updatedAt).to.equal('2018-04-22T22:24:24.777Z');
    expect(article.image).to.deep.equal({
      src: 'https://miro.medium.com/max/1200/1*kbPh7V97eyRodSOw2-ALDw.png',
    });
    expect(article.sources[0]).to.deep.equal({
      name: 'Medium',
      url: 'https://medium.com/@johncwelch/samantha-and-the-great-big-lie-d146a92473a1',
      logo: 'https://miro.medium.com/max/616/1*OMF3fSqH8t4xBJ9-6oZDZw.png',
      domain: 'medium.com',
    });
    // Medium's keywords are platform flags ("Lite:true"), not topics.
    expect(article.tags).to.deep.equal([]);
    expect(article.summary).to.match(/^\(EDIT: removed the link to Samantha’s post/);
  });

  it('videos-2: string image sizes, a URL-typed mainEntityOfPage and dates without a timezone', () => {
    const article = one(videos);
    // NBSP and « » survive entity-free; the normalizer folds the NBSP into a space.
    expect(article.title).to.equal('Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…');
    expect(article.url).to.equal(
      'https://next.liberation.fr/culture/2017/11/24/screenshot-vape-wave-6-days-alphonse-president_1612047',
    );
    expect(article.publishedAt).to.equal('2017-11-24T18:42:20.314667');
    expect(article.updatedAt).to.equal('2017-11-24T18:42:20.314667');
    expect(article.image).to.deep.equal({
      src: 'https://statics.liberation.fr/newnext/images/social-placeholder.jpg',
      width: 1000,
      height: 500,
    });
    expect(article.sources[0]).to.include({
      name: 'Libération',
      logo: 'https://statics.liberation.fr/newnext/images/logo-libe-meta.png',
    });
    expect(article.summary).to.match(/^Séries, documentaires, programmes jeunesse… Retrouvez/);
    // A comma-separated keywords string, capped by the normalizer.
    expect(article.tags.slice(0, 3)).to.deep.equal(['Documentaire', 'Libération', 'Netflix']);
    expect(article.tags).to.have.length(20);
    expect(strings(article).join(' ')).to.not.include('Hervaud');
  });

  it('wikia: no image but thumbnailUrl, no datePublished but dateCreated, no publisher', () => {
    const article = one(wikia);
    expect(article.title).to.equal("'Star Wars' Original Cuts Might Get Released for 40th Anniversary");
    expect(article.url).to.equal(
      'http://fandom.wikia.com/articles/star-wars-original-cuts-might-get-released-40th-anniversary',
    );
    expect(article.publishedAt).to.equal('2017-02-24T01:18:13Z');
    expect(article.image).to.deep.equal({
      src: 'https://vignette.wikia.nocookie.net/1fb5ee36-d9ae-4125-96d9-f52eb403f1c9/scale-to-width-down/400',
    });
    expect(article.sources).to.deep.equal([]);
    expect(article.sourceCount).to.equal(0);
    // The creator (a username) is not shown.
    expect(strings(article).join(' ')).to.not.include('CC7567');
    // Colons with spaces are real topics, unlike platform flags.
    expect(article.tags).to.include('Star Wars: Episode IV - A New Hope');
  });

  it('schema-org-context-object: an object @context, and the NewsArticle among unrelated nodes', () => {
    const articles = all(contextObject);
    // The VideoObjects and the Dataset are not articles.
    expect(articles).to.have.length(1);
    const [article] = articles;
    expect(article.title).to.equal(
      'South Korean president’s impeachment fails after ruling party lawmakers walk out',
    );
    expect(article.url).to.equal(
      'https://www.nbcnews.com/news/world/south-korea-martial-law-president-yoon-suk-yeol-impeachment-vote-rcna183138',
    );
    expect(article.publishedAt).to.equal('2024-12-06T22:00:40.000Z');
    expect(article.updatedAt).to.equal('2024-12-07T12:43:39.889Z');
    expect(article.image?.src).to.equal(
      'https://media-cldnry.s-nbcnews.com/image/upload/t_fit-1500w,f_auto,q_auto:best/rockcms/2024-12/241206-yoon-south-korea-mb-0824-656188.jpg',
    );
    expect(article.sources[0]).to.include({ name: 'NBC News', domain: 'nbcnews.com' });
    expect(article.tags).to.deep.equal(['News']);
    // Authors with their own @context and null image/jobTitle are simply not shown.
    expect(strings(article).join(' ')).to.not.include('Stella Kim');
  });

  it('metascraper-techcrunch: @graph references for image, publisher and authors are resolved', () => {
    const article = one(techcrunch);
    expect(article.title).to.equal('HackerRank Makes Technical Recruiting More Transparent');
    expect(article.url).to.equal(
      'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/',
    );
    expect(article.publishedAt).to.equal('2016-01-12T17:00:44+00:00');
    expect(article.updatedAt).to.equal('2016-01-12T21:25:54+00:00');
    // {"@id": "...#primaryimage"} → the ImageObject node, with its size.
    expect(article.image).to.deep.equal({
      src: 'https://techcrunch.com/wp-content/uploads/2015/08/10-interviewed.png',
      width: 720,
      height: 388,
    });
    // {"@id": "https://techcrunch.com/#organization"} → the Organization node and its logo.
    expect(article.sources).to.deep.equal([
      {
        name: 'TechCrunch',
        url: 'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/',
        logo: 'https://techcrunch.com/wp-content/uploads/2018/04/tc-logo-2018-square-reverse2x.png?resize=1200,1200',
        domain: 'techcrunch.com',
      },
    ]);
    expect(article.tags).to.deep.equal(['developers', 'job board', 'HackerRank']);
    expect(article.id).to.equal(
      'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/#article',
    );
    // The author reference resolves to a Person, who is not shown.
    expect(strings(article).join(' ')).to.not.include('Lardinois');
  });

  it('metascraper-techmonitor: a publisher whose @type is an array, an @id-only image and &#039;', () => {
    const article = one(techmonitor);
    expect(article.title).to.equal('New US AI Safety Institute Consortium announced');
    expect(article.summary).to.equal(
      "The US AI Safety Institute Consortium is the latest manifestation of the Biden administration's consensus-driven approach toward AI regulation.",
    );
    // mainEntityOfPage points at the WebPage node, whose url is the story's.
    expect(article.url).to.equal(
      'https://techmonitor.ai/technology/ai-and-automation/us-ai-safety-institute-consortium',
    );
    expect(article.publishedAt).to.equal('2024-02-09T09:59:25+00:00');
    expect(article.image).to.deep.equal({
      src: 'https://techmonitor.ai/wp-content/uploads/sites/4/2024/02/shutterstock_2423355809.jpg',
      width: 612,
      height: 612,
    });
    expect(article.sources[0]).to.include({
      name: 'Tech Monitor',
      logo: 'https://techmonitor.ai/wp-content/uploads/sites/4/2022/01/favicon_techmonitor_512x512.png',
    });
    expect(article.tags).to.deep.equal(['US AI Safety Institute Consortium']);
    // The half-resolved author reference is not shown.
    expect(strings(article).join(' ')).to.not.include('Greg Noone');
  });

  it('spiceworks: a top-level array of blocks, and an array of three ImageObjects', () => {
    const articles = all(spiceworks);
    expect(articles).to.have.length(1);
    const [article] = articles;
    expect(article.title).to.equal(
      'Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform',
    );
    expect(article.publishedAt).to.equal('2020-07-10T14:15:42+00:00');
    expect(article.updatedAt).to.equal('2025-01-07T09:08:22+00:00');
    // The first image, with its string sizes made numbers.
    expect(article.image).to.deep.equal({
      src: 'https://images.spiceworks.com/ad/93/9f099ec74374a67121155d25f38a/viyard.jpg',
      width: 1200,
      height: 1200,
    });
    expect(article.sources[0]).to.include({
      name: 'Spiceworks',
      logo: 'https://images.spiceworks.com/wp-content/uploads/2022/11/10090900/spiceworkslogo.png',
    });
    // An empty keywords string gives no tags; the author with an empty name is not shown.
    expect(article.tags).to.deep.equal([]);
    expect(article.curator).to.equal(undefined);
    expect(strings(article).join(' ')).to.not.include('Default-Pic');
  });

  it('reads blocks the way a page holds them: several scripts, one of them an array', () => {
    const articles = all([bbc, spiceworks, gitlab]);
    expect(articles.map((article) => article.sources[0]?.name)).to.deep.equal([
      'BBC News',
      'Spiceworks',
      'GitLab',
    ]);
    expect(detectFormat([bbc, spiceworks])).to.equal('jsonld');
  });
});

describe('adapters: JSON-LD mapping details', () => {
  const base = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'A headline',
    url: 'https://news.example/a',
    publisher: { '@type': 'Organization', name: 'Daily Example' },
  };

  it('accepts any type ending in Article or BlogPosting, as a string or in an array', () => {
    for (const type of [
      'Article',
      'ScholarlyArticle',
      'BlogPosting',
      'LiveBlogPosting',
      ['Thing', 'NewsArticle'],
    ]) {
      expect(one({ ...base, '@type': type }).title, JSON.stringify(type)).to.equal('A headline');
    }
    for (const type of ['WebPage', 'VideoObject', 'Dataset', ['Person', 'Organization']]) {
      expect(adaptArticles({ ...base, '@type': type }), JSON.stringify(type)).to.deep.equal([]);
    }
  });

  it('falls back from headline to name, from url to mainEntityOfPage, from datePublished to dateCreated', () => {
    const article = one({
      ...base,
      headline: undefined,
      name: 'The name',
      url: undefined,
      mainEntityOfPage: 'https://news.example/page',
      dateCreated: '2024-01-02T03:04:05Z',
    });
    expect(article).to.include({
      title: 'The name',
      url: 'https://news.example/page',
      publishedAt: '2024-01-02T03:04:05Z',
    });
  });

  it('skips an article with neither headline nor name', () => {
    expect(adaptArticles({ ...base, headline: ' ' })).to.deep.equal([]);
    expect(adaptArticle({ ...base, headline: null }, 'jsonld')).to.equal(undefined);
  });

  it('strips a trailing " - Publisher" or " | Publisher", and nothing else', () => {
    expect(one({ ...base, headline: 'Rates rise | Daily Example' }).title).to.equal('Rates rise');
    expect(one({ ...base, headline: 'Rates rise - daily example' }).title).to.equal('Rates rise');
    expect(one({ ...base, headline: 'Rates rise – Daily Example' }).title).to.equal('Rates rise');
    expect(one({ ...base, headline: 'Rates rise - Other Paper' }).title).to.equal('Rates rise - Other Paper');
    expect(one({ ...base, headline: 'Daily Example' }).title).to.equal('Daily Example');
    expect(one({ ...base, headline: 'Daily Example - Rates rise' }).title).to.equal(
      'Daily Example - Rates rise',
    );
  });

  it('decodes HTML entities into text, and never into markup', () => {
    const article = one({
      ...base,
      headline: 'Q&amp;A: &quot;Why&quot; &#8211; it&#039;s &#x2019;late&#x2019;&nbsp;now',
      description: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &unknown; &constructor; &#99999999; &#0065;',
    });
    expect(article.title).to.equal('Q&A: "Why" – it\'s ’late’ now');
    // One pass only: "&amp;amp;" is the text "&amp;". Unknown and out-of-range entities stay.
    expect(article.summary).to.equal('<b>bold</b> &amp; &unknown; &constructor; &#99999999; A');
  });

  it('reads image sizes given as numbers or numeric strings, and ignores other sizes', () => {
    const image = (value: unknown) => one({ ...base, image: value }).image;
    expect(image({ '@type': 'ImageObject', url: '/a.jpg', width: '640', height: 480 })).to.deep.equal({
      src: 'https://pub.example/a.jpg',
      width: 640,
      height: 480,
    });
    expect(image({ contentUrl: 'https://cdn.example/b.jpg', width: '100%', height: 'auto' })).to.deep.equal({
      src: 'https://cdn.example/b.jpg',
    });
    // The first entry with a URL wins; empty entries are skipped.
    expect(
      image([null, {}, { url: '' }, 'https://cdn.example/c.jpg', 'https://cdn.example/d.jpg']),
    ).to.deep.equal({
      src: 'https://cdn.example/c.jpg',
    });
    expect(image({ '@list': [{ url: 'https://cdn.example/e.jpg' }] })).to.deep.equal({
      src: 'https://cdn.example/e.jpg',
    });
  });

  it('resolves @id references for image, publisher and logo, and leaves unknown ones alone', () => {
    const article = one({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Graph story',
          image: [{ '@id': '#missing' }, { '@id': '#img' }],
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': '#page' },
        },
        { '@type': 'ImageObject', '@id': '#img', url: 'https://cdn.example/g.jpg' },
        { '@type': 'Organization', '@id': '#org', name: 'Graph Times', logo: 'https://cdn.example/logo.png' },
        { '@type': 'WebPage', '@id': '#page', url: 'https://graph.example/story' },
      ],
    });
    expect(article.url).to.equal('https://graph.example/story');
    expect(article.image).to.deep.equal({ src: 'https://cdn.example/g.jpg' });
    expect(article.sources).to.deep.equal([
      {
        name: 'Graph Times',
        url: 'https://graph.example/story',
        logo: 'https://cdn.example/logo.png',
        domain: 'graph.example',
      },
    ]);
  });

  it('lists cited works (citation, isBasedOn) as sources after the publisher', () => {
    const article = one({
      ...base,
      citation: [
        'https://www.reuters.com/world/story',
        {
          '@type': 'NewsArticle',
          headline: 'Original report',
          url: 'https://ap.example/r',
          publisher: { name: 'AP' },
        },
        'Smith, J. (2020). A study of things.',
      ],
      isBasedOn: { '@type': 'CreativeWork', name: 'A dataset', url: 'https://data.example/set' },
    });
    expect(article.sources).to.deep.equal([
      { name: 'Daily Example', url: 'https://news.example/a', domain: 'news.example' },
      { name: 'reuters.com', url: 'https://www.reuters.com/world/story', domain: 'reuters.com' },
      { name: 'AP', url: 'https://ap.example/r', title: 'Original report', domain: 'ap.example' },
      // Text that is not a URL is a name, never a link.
      { name: 'Smith, J. (2020). A study of things.' },
      { name: 'data.example', url: 'https://data.example/set', title: 'A dataset', domain: 'data.example' },
    ]);
    expect(article.sourceCount).to.equal(5);
  });

  it('reads keywords as a comma-separated string or an array, and shows no authors', () => {
    expect(one({ ...base, keywords: 'Politics, Elections ,, Europe' }).tags).to.deep.equal([
      'Politics',
      'Elections',
      'Europe',
    ]);
    expect(one({ ...base, keywords: ['A', 'B, C', 7, null] }).tags).to.deep.equal(['A', 'B', 'C']);
    const article = one({ ...base, author: [{ '@type': 'Person', name: 'Ann Writer' }], creator: 'bob' });
    expect(article.curator).to.equal(undefined);
    expect(strings(article).join(' ')).to.not.match(/Ann Writer|bob/);
  });

  it('converts a non-ISO date that the platform parses, and drops one it does not', () => {
    expect(one({ ...base, datePublished: 'Wed, 15 Jan 2025 08:02:00 GMT' }).publishedAt).to.equal(
      '2025-01-15T08:02:00.000Z',
    );
    expect(one({ ...base, datePublished: 'yesterday' }).publishedAt).to.equal(undefined);
    expect(one({ ...base, datePublished: 'Episode 4' }).publishedAt).to.equal(undefined);
    expect(one({ ...base, datePublished: 20250115 }).publishedAt).to.equal(undefined);
  });

  it('leaves unsafe URLs for the normalizer to drop', () => {
    const adapted = adaptArticle({
      ...base,
      url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
      publisher: { name: 'P', logo: 'javascript:alert(2)' },
    }) as Record<string, unknown>;
    expect(adapted.url).to.equal('javascript:alert(1)');
    const article = normalizeArticle(adapted, { baseUrl: BASE }).value as NormalizedArticle;
    expect(article.url).to.equal(undefined);
    expect(article.image).to.equal(undefined);
    expect(article.sources).to.deep.equal([{ name: 'P' }]);
  });
});

describe('adapters: JSON Feed', () => {
  it('daringfireball (1.1): authors arrays, external_url, content_html only, icon and favicon', () => {
    const articles = all(daringFireball);
    expect(articles).to.have.length(5);
    const [article] = articles;
    expect(article.id).to.equal('https://daringfireball.net/linked/2021/02/26/mailtrackerblocker');
    expect(article.title).to.equal('MailTrackerBlocker for Apple Mail on MacOS');
    // url wins over external_url.
    expect(article.url).to.equal('https://daringfireball.net/linked/2021/02/26/mailtrackerblocker');
    expect(article.publishedAt).to.equal('2021-02-27T01:06:30+00:00');
    expect(article.updatedAt).to.equal('2021-02-27T01:09:39+00:00');
    expect(article.image).to.equal(undefined);
    // icon wins over favicon.
    expect(article.sources).to.deep.equal([
      {
        name: 'Daring Fireball',
        url: 'https://daringfireball.net/linked/2021/02/26/mailtrackerblocker',
        logo: 'https://daringfireball.net/graphics/apple-touch-icon.png',
        domain: 'daringfireball.net',
      },
    ]);
    expect(article.sourceCount).to.equal(1);
    // The text of content_html (which starts with "\n"), cut on a word boundary.
    expect(article.summary).to.match(
      /^Open source plugin for Apple Mail on MacOS, by Aaron Lee: MailTrackerBlocker is a plugin \(mailbundle\)/,
    );
    expect(article.summary).to.match(/\S…$/);
    expect(String(article.summary).length).to.be.at.most(201);
    for (const story of articles) {
      expect(story.summary).to.not.match(/[<>]/);
      expect(strings(story).join(' ')).to.not.include('John Gruber');
    }
  });

  it('hypercritical (1.0): items before feed_url, and a relative <img> resolved against home_page_url', () => {
    const articles = all(hypercritical);
    expect(articles.map((article) => article.title)).to.deep.equal([
      'The Last Guardian',
      'Canonical Bagel Flavors',
      'OS X Reviewed',
      'About My Yosemite Review',
      'Creativity, Inc.',
    ]);
    const [article] = articles;
    expect(article.url).to.equal('http://hypercritical.co/2016/12/18/the-last-guardian');
    expect(article.publishedAt).to.equal('2016-12-18T13:45:20-05:00');
    expect(article.image).to.deep.equal({ src: 'http://hypercritical.co/2016/12/18/images/trico1.jpg' });
    // No icon or favicon: a source without a logo (a monogram stands in).
    expect(article.sources).to.deep.equal([
      {
        name: 'Hypercritical',
        url: 'http://hypercritical.co/2016/12/18/the-last-guardian',
        domain: 'hypercritical.co',
      },
    ]);
    expect(article.summary).to.match(/^Fumito Ueda’s first game, Ico, was a beautiful, moody masterpiece\./);
    // A list's items keep their words apart.
    expect(articles[1].summary).to.match(/^These are the canonical bagel flavors: Plain Poppy Sesame Egg/);
    expect(strings(articles).join(' ')).to.not.include('Siracusa');
  });

  it('timetable: a minimal podcast feed whose content_html is plain text', () => {
    const articles = all(timetable);
    expect(articles).to.have.length(45);
    expect(articles[0]).to.deep.include({
      id: 'http://timetable.manton.org/2017/04/episode-45-launch-week/',
      title: 'Episode 45: Launch week',
      url: 'http://timetable.manton.org/2017/04/episode-45-launch-week/',
      publishedAt: '2017-04-26T01:09:45+00:00',
      // The NBSP in "2\u00a0days" is folded into a space by the normalizer.
      summary:
        'I’m rolling out early access to Micro.blog this week. I talk about how the first 2 days have gone, mistakes with TestFlight, and what to do next.',
      sources: [
        {
          name: 'Timetable',
          url: 'http://timetable.manton.org/2017/04/episode-45-launch-week/',
          domain: 'timetable.manton.org',
        },
      ],
    });
    // Attachments (the audio) are not shown.
    expect(strings(articles).join(' ')).to.not.include('.mp3');
  });

  it('jsonfeed.org: a single item, and a favicon as the logo when there is no icon', () => {
    const article = one(jsonFeedOrg);
    expect(article).to.deep.include({
      id: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
      title: 'Announcing JSON Feed',
      url: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
      publishedAt: '2017-05-17T08:02:12-07:00',
    });
    expect(article.sources[0].logo).to.equal('https://jsonfeed.org/graphics/icon.png');
    expect(article.summary).to.match(/^We — Manton Reece and Brent Simmons — have noticed that JSON/);
    expect(all(jsonFeedOrg)).to.have.length(1);
  });

  it('feed-rs influxdata (1.1): no ids, RFC 822 dates, an entity in the feed title, a protocol-relative avatar', () => {
    const articles = all(influx);
    expect(articles).to.have.length(3);
    const [first, second, fake] = articles;
    expect(first.title).to.equal('InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark');
    // No id: the url stands in, so a rail still has a stable key.
    expect(first.id).to.equal(
      'https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark',
    );
    // "Fri, 31 May 2019 12:17:58 -0700" is not ISO 8601: converted.
    expect(first.publishedAt).to.equal('2019-05-31T19:17:58.000Z');
    expect(first.updatedAt).to.equal('2019-05-31T19:17:58.000Z');
    expect(second.publishedAt).to.equal('2018-02-06T13:34:12.000Z');
    // "Blog &#8211; InfluxData" (a JSON-escaped entity) is decoded.
    expect(first.sources).to.deep.equal([
      {
        name: 'Blog – InfluxData',
        url: 'https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark',
        logo: 'https://www.influxdata.com/wp-content/uploads/cubo.svg',
        domain: 'influxdata.com',
      },
    ]);
    expect(first.tags).to.deep.equal(['InfluxDB', 'Community', 'Elasticsearch', 'Time Series Database']);
    // content_text (255 characters) is cut on a word boundary.
    expect(first.summary).to.equal(
      'This blog post has been updated on September 10, 2020 with the latest benchmark results for InfluxDB 1.8.0 and Graphite 1.1.7. This blog is regularly updated with the latest benchmark figures. At…',
    );
    // The item with only url and title.
    expect(fake).to.deep.equal({
      id: 'https://example.com/',
      title: 'Fake item',
      url: 'https://example.com/',
      sources: [
        {
          name: 'Blog – InfluxData',
          url: 'https://example.com/',
          logo: 'https://www.influxdata.com/wp-content/uploads/cubo.svg',
          domain: 'influxdata.com',
        },
      ],
      sourceCount: 1,
      sections: [],
      tags: [],
      related: [],
    });
    // Neither author nor authors, nor the protocol-relative avatar, is used.
    const text = strings(articles).join(' ');
    expect(text).to.not.match(/Fake Author|Churilo|ctfassets/);
  });
});

describe('adapters: JSON Feed mapping details', () => {
  const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Example Blog',
    home_page_url: 'https://blog.example/',
    items,
    ...extra,
  });

  it('uses image, then banner_image, then the first <img> of the content, resolved against home_page_url', () => {
    const image = (item: Record<string, unknown>) => one(feed([{ title: 't', ...item }])).image;
    expect(
      image({ image: '/i.png', banner_image: '/b.png', content_html: '<img src="/c.png">' }),
    ).to.deep.equal({
      src: 'https://blog.example/i.png',
    });
    expect(image({ banner_image: 'b.png' })).to.deep.equal({ src: 'https://blog.example/b.png' });
    expect(image({ content_html: "<p>x</p><img alt='y' src='pics/c.png?a=1&amp;b=2'>" })).to.deep.equal({
      src: 'https://blog.example/pics/c.png?a=1&b=2',
    });
    // Without home_page_url, feed_url is the base.
    expect(
      one(
        feed([{ title: 't', image: 'i.png' }], {
          home_page_url: undefined,
          feed_url: 'https://f.example/feed.json',
        }),
      ).image,
    ).to.deep.equal({ src: 'https://f.example/i.png' });
  });

  it('leaves relative URLs for the normalizer to resolve when the feed has no home_page_url or feed_url', () => {
    const article = one({
      version: 'https://jsonfeed.org/version/1',
      title: 'F',
      items: [{ title: 't', url: '/p', image: 'i.png' }],
    });
    // Resolved against the base the element passes (the page, or the response's final URL).
    expect(article.url).to.equal('https://pub.example/p');
    expect(article.image).to.deep.equal({ src: 'https://pub.example/news/i.png' });
  });

  it('falls back to external_url, and resolves a relative url', () => {
    expect(one(feed([{ title: 't', external_url: 'https://elsewhere.example/x' }])).url).to.equal(
      'https://elsewhere.example/x',
    );
    expect(one(feed([{ title: 't', url: '/2024/post' }])).url).to.equal('https://blog.example/2024/post');
  });

  it('prefers summary, then content_text, then the text of content_html', () => {
    const summary = (item: Record<string, unknown>) => one(feed([{ title: 't', ...item }])).summary;
    expect(summary({ summary: 'S', content_text: 'T', content_html: '<p>H</p>' })).to.equal('S');
    expect(summary({ content_text: 'T', content_html: '<p>H</p>' })).to.equal('T');
    expect(
      summary({
        content_html:
          '<style>p{color:red}</style><p>One<br>two</p><p><em>not</em>, &lt;tag&gt; &amp; <a href="x">link</a>.</p><script>alert(1)</script><!-- note -->',
      }),
    ).to.equal('One two not, <tag> & link.');
    // An unclosed tag at the end is dropped, not shown.
    expect(summary({ content_html: 'Text <img src="x" alt="' })).to.equal('Text');
  });

  it('cuts a long text at about 200 characters on a word boundary, or mid-word if it has none', () => {
    const words = 'lorem ipsum dolor sit amet, '.repeat(20);
    const cutWords = one(feed([{ title: 't', content_text: words }])).summary as string;
    expect(cutWords.length).to.be.at.most(201);
    expect(cutWords).to.match(/[a-z]…$/);
    expect(words.startsWith(cutWords.slice(0, -1))).to.equal(true);
    const cutRun = one(feed([{ title: 't', content_text: 'x'.repeat(1000) }])).summary as string;
    expect(cutRun).to.equal(`${'x'.repeat(200)}…`);
    // Never half a surrogate pair.
    const emoji = one(feed([{ title: 't', content_text: `a${'😀'.repeat(300)}` }])).summary as string;
    expect(emoji).to.not.match(/[\uD800-\uDBFF]…$/);
  });

  it('titles an untitled item with its text, and skips an item with no text at all', () => {
    const articles = all(
      feed([
        { id: '1', content_text: 'Just a short microblog post.' },
        { id: '2', url: 'https://blog.example/2' },
        { id: '3', title: '  ', content_html: '<p>  </p>' },
        { id: 4, title: 'Numbered' },
      ]),
    );
    expect(articles.map(({ id, title, summary }) => ({ id, title, summary }))).to.deep.equal([
      { id: '1', title: 'Just a short microblog post.', summary: undefined },
      { id: '4', title: 'Numbered', summary: undefined },
    ]);
  });

  it('reads one item on its own, an array of items, and a feed without a version', () => {
    const item = {
      id: 'a',
      title: 'Alone',
      content_html: '<p>Hi</p>',
      date_published: '2024-05-01T10:00:00Z',
    };
    expect(detectFormat(item)).to.equal('jsonfeed');
    expect(one(item)).to.deep.include({ id: 'a', title: 'Alone', summary: 'Hi', sources: [] });
    expect(all([item, item])).to.have.length(2);
    expect(detectFormat({ title: 'Feed', items: [] })).to.equal('jsonfeed');
    expect(adaptArticles({ title: 'Feed', items: [] })).to.deep.equal([]);
    expect(adaptArticle({ title: 'Feed', items: [] })).to.equal(undefined);
  });

  it('keeps only string tags', () => {
    expect(one(feed([{ title: 't', tags: ['a', 2, null, ' ', 'b'] }])).tags).to.deep.equal(['a', 'b']);
  });
});

describe('adapters: NewsAPI', () => {
  it('hiroaki: a 2018 response without content, mixed source ids and a long percent-encoded image URL', () => {
    const articles = all(hiroaki);
    expect(articles).to.have.length(3);
    expect(articles[0]).to.deep.include({
      id: 'https://lifehacker.com/how-to-get-android-ps-screenshot-editing-tool-on-any-an-1823646122',
      title: "How to Get Android P's Screenshot Editing Tool on Any Android Phone",
      url: 'https://lifehacker.com/how-to-get-android-ps-screenshot-editing-tool-on-any-an-1823646122',
      publishedAt: '2018-03-09T20:30:00Z',
      image: {
        src: 'https://i.kinja-img.com/gawker-media/image/upload/s--Y-5X_NcT--/c_fill,fl_progressive,g_center,h_450,q_80,w_800/nxmwbkwzoc1z1tmak7s4.jpg',
      },
      sources: [
        {
          name: 'Lifehacker.com',
          url: 'https://lifehacker.com/how-to-get-android-ps-screenshot-editing-tool-on-any-an-1823646122',
          domain: 'lifehacker.com',
        },
      ],
    });
    expect(articles[0].summary).to.match(
      /^Last year, Apple brought advanced screenshot editing tools.*later this year …$/,
    );
    // The doubly percent-encoded image URL is kept exactly.
    expect(articles[1].image?.src).to.equal(hiroaki.articles[1].urlToImage);
    expect(articles[1].sources[0].name).to.equal('Engadget');
    expect(articles[2].url).to.equal(
      'http://techcrunch.com/2018/03/09/magic-leap-gets-461m-more-travis-goes-vc-and-hq-trivia-scales-up/',
    );
    // No width or height: NewsAPI does not know them.
    expect(articles.every((article) => !('width' in (article.image ?? {})))).to.equal(true);
  });

  it('wasabeef: null images and contents, truncated content never shown, non-ASCII text and URLs', () => {
    const articles = all(wasabeef);
    expect(articles).to.have.length(10);
    expect(articles[0]).to.deep.include({
      title: 'Mladé nezajímá zlato, investují raději do Bitcoinu',
      url: 'https://cdr.cz/clanek/mlade-nezajima-zlato-investuji-radeji-do-bitcoinu',
      publishedAt: '2020-08-09T07:00:00Z',
      image: { src: 'https://cdr.cz/sites/default/files/bitcoin_index.jpg' },
    });
    expect(articles[0].sources[0]).to.include({ name: 'Cdr.cz', domain: 'cdr.cz' });
    // urlToImage: null → no image.
    expect(articles[2].title).to.equal('What exactly is P2P Bitcoin Exchange and Why You S');
    expect(articles[2].image).to.equal(undefined);
    expect(articles[6].title).to.equal('XRP Price Could Soon Rally 30% Towards $0.40 After Parabolic Surge');
    expect(articles[7].title).to.equal("'Đạo đức của người có tiền'");
    expect(articles[9].url).to.equal(
      'https://www.meneame.net/m/tecnolog%C3%ADa/espana-podria-perder-hasta-18-cajeros-automaticos-bitcoins',
    );
    // The description is the summary; `content` (truncated, with HTML and mangled text) is never used.
    expect(articles[8].summary).to.match(/^Bitcoin plunged during Friday’s trading session/);
    const text = strings(articles).join(' ');
    expect(text).to.not.match(/\[\+\d+ chars\]|<li>|Ngi có tin|The Fine Print/);
    // Authors (here often usernames) are not shown.
    expect(text).to.not.match(/greeceplate5|Miquel Echarri/);
    expect(strings(articles.map((article) => article.sources)).join(' ')).to.not.include('null');
  });

  it('strips a trailing " - Source Name" from titles, and only that', () => {
    const article = (title: string, name = 'BBC News') =>
      one({ source: { id: 'bbc-news', name }, title, url: 'https://www.bbc.co.uk/news/1' }).title;
    expect(article('Markets rally - BBC News')).to.equal('Markets rally');
    expect(article('Markets rally - Reuters')).to.equal('Markets rally - Reuters');
    expect(article('Up - down - BBC News')).to.equal('Up - down');
    expect(article('BBC News')).to.equal('BBC News');
  });

  it('skips "[Removed]" articles', () => {
    const response = {
      status: 'ok',
      totalResults: 2,
      articles: [
        {
          source: { id: null, name: '[Removed]' },
          author: null,
          title: '[Removed]',
          description: '[Removed]',
          url: 'https://removed.com',
          urlToImage: null,
          publishedAt: '1970-01-01T00:00:00Z',
          content: '[Removed]',
        },
        { source: { id: null, name: 'Kept' }, title: 'Kept story', url: 'https://kept.example/1' },
      ],
    };
    expect(all(response).map((article) => article.title)).to.deep.equal(['Kept story']);
  });

  it('handles nulls everywhere', () => {
    const article = {
      source: null,
      author: null,
      title: 'Only a title',
      description: null,
      url: null,
      urlToImage: null,
      publishedAt: null,
      content: null,
    };
    expect(one(article, 'newsapi')).to.deep.equal({
      title: 'Only a title',
      sources: [],
      sourceCount: 0,
      sections: [],
      tags: [],
      related: [],
    });
    expect(
      adaptArticles({
        status: 'ok',
        totalResults: 0,
        articles: [null, { source: { id: null, name: null }, title: null }],
      }),
    ).to.deep.equal([]);
    expect(
      adaptArticles({ status: 'error', code: 'apiKeyInvalid', message: 'x', articles: null }, 'newsapi'),
    ).to.deep.equal([]);
  });

  it('reads one article and an array of articles', () => {
    const single = hiroaki.articles[2];
    expect(detectFormat(single)).to.equal('newsapi');
    expect(one(single).title).to.equal('Magic Leap gets $461M more, Travis goes VC, and HQ Trivia scales up');
    expect(detectFormat(hiroaki.articles)).to.equal('newsapi');
    expect(all(hiroaki.articles)).to.have.length(3);
  });
});

describe('adapters: detectFormat and digest data', () => {
  it('recognizes article JSON, single and in a list', () => {
    expect(detectFormat({ title: 'Digest', sources: [{ name: 'A' }] })).to.equal('digest');
    expect(detectFormat([{ title: 'One' }, { title: 'Two' }])).to.equal('digest');
    expect(detectFormat({ title: 'x', publishedAt: '2024-01-01' })).to.equal('digest');
  });

  it('recognizes each format from its shape', () => {
    expect(detectFormat({ '@context': 'https://schema.org', headline: 'x' })).to.equal('jsonld');
    expect(detectFormat({ '@type': 'NewsArticle', headline: 'x' })).to.equal('jsonld');
    expect(detectFormat({ '@graph': [] })).to.equal('jsonld');
    expect(detectFormat({ version: 'https://jsonfeed.org/version/1', items: [] })).to.equal('jsonfeed');
    expect(detectFormat({ title: 'x', content_text: 'y' })).to.equal('jsonfeed');
    expect(detectFormat({ status: 'ok', articles: [] })).to.equal('newsapi');
    expect(detectFormat({ source: { name: 'S' }, title: 'x', publishedAt: '2024-01-01' })).to.equal(
      'newsapi',
    );
    // The first object of a list decides.
    expect(detectFormat([null, 3, { '@type': 'Article' }])).to.equal('jsonld');
  });

  it('returns undefined for anything else', () => {
    for (const value of [undefined, null, 0, 42, 'title', true, [], [1, 'x'], {}, { headline: 'x' }]) {
      expect(detectFormat(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('hands digest data (and data in no known format) to the normalizer unchanged', () => {
    const article = { title: 'Digest', sources: [{ name: 'A' }] };
    const articles = [article];
    expect(adaptArticle(article)).to.equal(article);
    expect(adaptArticles(articles)).to.equal(articles);
    expect(adaptArticle(article, 'digest')).to.equal(article);
    expect(adaptArticle(bbc, 'digest')).to.equal(bbc);
    expect(adaptArticle({ headline: 'x' })).to.deep.equal({ headline: 'x' });
    expect(adaptArticles(null)).to.equal(null);
    expect(adaptArticle(article, 'rdfa' as Format)).to.equal(article);
    expect(adaptArticle(article, '__proto__' as Format)).to.equal(article);
    expect(adaptArticle(article, 'constructor' as Format)).to.equal(article);
  });

  it('a forced format that does not match finds no article, and does not throw', () => {
    expect(adaptArticles(daringFireball, 'jsonld')).to.deep.equal([]);
    expect(adaptArticles(wasabeef, 'jsonld')).to.deep.equal([]);
    expect(adaptArticles(bbc, 'newsapi')).to.deep.equal([]);
    expect(adaptArticle(bbc, 'jsonfeed')).to.equal(undefined);
  });
});

describe('adapters: hostile input never throws', () => {
  const FORMATS: (Format | undefined)[] = [undefined, 'digest', 'jsonld', 'jsonfeed', 'newsapi'];

  function survive(name: string, make: () => unknown): void {
    it(name, () => {
      const value = make();
      for (const format of FORMATS) {
        expect(() => detectFormat(value)).to.not.throw();
        expect(() => adaptArticle(value, format), String(format)).to.not.throw();
        expect(() => adaptArticles(value, format), String(format)).to.not.throw();
        const adapted = adaptArticles(value, format);
        expect(() => normalizeArticles(adapted)).to.not.throw();
      }
    });
  }

  for (const value of [undefined, null, 0, -1, NaN, Infinity, 'a string', '', true, Symbol('s'), 10n]) {
    survive(`the primitive ${String(value)}`, () => value);
  }
  survive('a function', () => () => 1);

  survive('cyclic objects and arrays', () => {
    const node: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'Loop' };
    node['@graph'] = [node, node];
    node.image = node;
    node.publisher = node;
    node.mainEntityOfPage = node;
    node['@id'] = '#self';
    const list: unknown[] = [];
    list.push(list, node, [list]);
    const feed: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: 'F' };
    feed.items = [feed, { title: 'x', tags: [feed] }];
    const news: Record<string, unknown> = { title: 'N' };
    news.source = news;
    news.articles = [news];
    return [list, node, feed, news];
  });

  it('resolves a self-referencing graph without looping', () => {
    const node: Record<string, unknown> = { '@type': 'NewsArticle', '@id': '#a', headline: 'Loop' };
    node['@graph'] = [node];
    node.image = { '@id': '#a' };
    node.publisher = { '@id': '#a' };
    expect(adaptArticles(node)).to.have.length(1);
    expect(one(node).title).to.equal('Loop');
  });

  survive('__proto__ keys from JSON.parse', () =>
    JSON.parse(
      '[{"__proto__": {"title": "x", "@type": "NewsArticle"}, "@type": "NewsArticle", "headline": {"__proto__": "y"}}, {"version": "https://jsonfeed.org/version/1", "items": [{"__proto__": {"title": "z"}}]}]',
    ),
  );

  it('reads no inherited properties', () => {
    const inherited = Object.create({ headline: 'Inherited', title: 'Inherited', '@type': 'NewsArticle' });
    expect(adaptArticles(Object.assign(Object.create(inherited), { '@type': 'NewsArticle' }))).to.deep.equal(
      [],
    );
    expect(adaptArticles(inherited, 'jsonfeed')).to.deep.equal([]);
    expect(adaptArticles(inherited, 'newsapi')).to.deep.equal([]);
    expect(detectFormat(inherited)).to.equal(undefined);
    const parsed = JSON.parse('{"@type": "NewsArticle", "__proto__": {"headline": "Hidden"}}');
    expect(adaptArticles(parsed)).to.deep.equal([]);
  });

  survive('getters and proxies that throw', () => {
    const throwing = Object.defineProperty({ '@type': 'NewsArticle' }, 'headline', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return [throwing, trap, proxy, { items: [trap, proxy], title: 'F' }, { articles: [trap] }];
  });

  for (const [name, make] of [
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    [
      'a throwing proxy',
      () =>
        new Proxy([], {
          get() {
            throw new Error('trap');
          },
        }),
    ],
  ] as [string, () => unknown][]) {
    survive(`${name} at the top`, make);
  }

  it('huge arrays cost bounded time', function () {
    this.timeout(10_000);
    const huge = new Array(1_000_000).fill(null);
    const many = Array.from({ length: 100_000 }, (_, index) => ({
      title: `Item ${index}`,
      content_text: 'x',
    }));
    const start = performance.now();
    for (const format of FORMATS) {
      adaptArticles(huge, format);
      adaptArticles({ version: 'https://jsonfeed.org/version/1', title: 'F', items: many }, format);
      adaptArticles({ status: 'ok', articles: many }, format);
      adaptArticles({ '@graph': many.map((item) => ({ '@type': 'Article', headline: item.title })) }, format);
    }
    expect(performance.now() - start).to.be.below(5000);
    // Long lists are cut, the normalizer caps the rail further.
    expect((adaptArticles({ status: 'ok', articles: many }) as unknown[]).length).to.be.at.most(500);
  });

  it('huge and hostile strings cost bounded time', function () {
    this.timeout(10_000);
    const long = 'a - '.repeat(250_000);
    const html = '<'.repeat(200_000) + '<img'.repeat(50_000) + '<script'.repeat(50_000);
    const start = performance.now();
    adaptArticles({
      '@type': 'Article',
      headline: long,
      description: '&amp;'.repeat(200_000),
      publisher: { name: 'a' },
    });
    adaptArticles({
      version: 'https://jsonfeed.org/version/1',
      items: [{ title: long, content_html: html }],
    });
    adaptArticles({ source: { name: 'a' }, title: long, publishedAt: long });
    expect(performance.now() - start).to.be.below(3000);
  });
});
