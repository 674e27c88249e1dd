import { expect } from '@open-wc/testing';
import { normalizeArticle, normalizeSource, normalizeSources } from '../../src/contract/normalize.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
// Plain imports: the esbuild plugin serves JSON as a JS module. `with { type: 'json' }` does not
// work here, because the browser then insists on a JSON MIME type and refuses the module.
import minimal from '../fixtures/minimal.json';
import oneSource from '../fixtures/one-source.json';
import rtl from '../fixtures/rtl.json';
import seedStory from '../fixtures/seed-story.json';
import { LIMITS } from '../support/documented-limits.js';

const BASE = 'https://pub.example/news/page.html';

/** Every file in test/fixtures; keep in step with the folder. */
const FIXTURES: Record<string, unknown> = {
  'minimal.json': minimal,
  'one-source.json': oneSource,
  'rtl.json': rtl,
  'seed-story.json': seedStory,
};

/** Normalizes an article that must come out usable, and returns both halves. */
function usable(input: unknown, baseUrl?: string): { article: NormalizedArticle; problems: string[] } {
  const { value, problems } = normalizeArticle(input, baseUrl === undefined ? {} : { baseUrl });
  expect(value, `normalized value; problems: ${problems.join('; ')}`).to.not.equal(undefined);
  return { article: value as NormalizedArticle, problems };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('normalizeArticle: non-object input is unusable', () => {
  const inputs: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ title: 'x' }]],
    ['a string', '{"title":"x"}'],
    ['a number', 42],
    ['a boolean', true],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      expect(normalizeArticle(input)).to.deep.equal({
        value: undefined,
        problems: ['article is not an object'],
      });
    });
  }
});

describe('normalizeArticle: an article needs a usable title', () => {
  const cases: [string, unknown, string[]][] = [
    ['missing', {}, ['article.title is missing']],
    ['empty', { title: '' }, ['article.title is missing']],
    ['whitespace only', { title: ' \t\n ' }, ['article.title is missing']],
    ['control characters only', { title: '\u0000\u0007' }, ['article.title is missing']],
    ['null', { title: null }, ['article.title is missing']],
    ['a number', { title: 42 }, ['article.title is not a string', 'article.title is missing']],
    ['an array', { title: ['x'] }, ['article.title is not a string', 'article.title is missing']],
    ['an object', { title: { text: 'x' } }, ['article.title is not a string', 'article.title is missing']],
  ];
  for (const [name, input, problems] of cases) {
    it(`${name} → no article`, () => {
      expect(normalizeArticle(input)).to.deep.equal({ value: undefined, problems });
    });
  }

  it('a usable title alone gives the minimal normalized article', () => {
    expect(normalizeArticle({ title: 'Hello' })).to.deep.equal({
      value: { title: 'Hello', sources: [], sourceCount: 0, sections: [], tags: [], related: [] },
      problems: [],
    });
  });
});

describe('normalizeArticle: plain text is cleaned', () => {
  it('collapses runs of white space (including newlines) in a title and trims it', () => {
    expect(usable({ title: '  Breaking:\n\tmarkets   rally \r\n ' }).article.title).to.equal(
      'Breaking: markets rally',
    );
  });

  it('removes C0 and C1 control characters from a title', () => {
    expect(usable({ title: 'He\u0000llo\u0007 wor\u001bld\u007f\u0085\u009f' }).article.title).to.equal(
      'Hello world',
    );
  });

  it('removes vertical tab and form feed rather than turning them into spaces', () => {
    expect(usable({ title: 'a\u000bb\u000cc' }).article.title).to.equal('abc');
  });

  it('never parses markup: angle brackets stay text', () => {
    expect(usable({ title: '<img src=x onerror=alert(1)>' }).article.title).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('cleans summary, source names, headings and tags the same way', () => {
    const { article } = usable({
      title: 't',
      summary: ' one \n two ',
      sources: [{ name: ' The \t Verge ' }],
      sections: [{ heading: ' A\n heading ', paragraphs: [] }],
      tags: [' AI \n policy '],
    });
    expect(article.summary).to.equal('one two');
    expect(article.sources[0].name).to.equal('The Verge');
    expect(article.sections[0].heading).to.equal('A heading');
    expect(article.tags).to.deep.equal(['AI policy']);
  });

  it('drops optional text that is empty after cleaning, without a problem', () => {
    const { article, problems } = usable({ title: 't', summary: ' \n ', id: '  ' });
    expect(article).to.not.have.property('summary');
    expect(article).to.not.have.property('id');
    expect(problems).to.deep.equal([]);
  });

  it('reports optional text that is not a string', () => {
    const { article, problems } = usable({ title: 't', summary: 7 });
    expect(article).to.not.have.property('summary');
    expect(problems).to.deep.equal(['article.summary is not a string']);
  });
});

describe('normalizeArticle: long text is clipped', () => {
  it('keeps a title of exactly LIMITS.title characters', () => {
    const title = 'a'.repeat(LIMITS.title);
    expect(usable({ title }).article.title).to.equal(title);
  });

  it('clips a longer title to LIMITS.title characters ending in an ellipsis', () => {
    const title = usable({ title: 'a'.repeat(LIMITS.title + 1) }).article.title;
    expect(title).to.equal(`${'a'.repeat(LIMITS.title - 1)}…`);
    expect(title.length).to.equal(LIMITS.title);
  });

  it('never cuts a surrogate pair in half at the clip point', () => {
    // The emoji's high surrogate sits exactly where the cut would fall.
    const title = usable({ title: `${'a'.repeat(LIMITS.title - 2)}😀${'b'.repeat(10)}` }).article.title;
    expect(title).to.equal(`${'a'.repeat(LIMITS.title - 2)}…`);
    expect(LONE_SURROGATE.test(title)).to.equal(false);
  });

  it('keeps a whole surrogate pair that fits before the clip point', () => {
    const title = usable({ title: `${'a'.repeat(LIMITS.title - 3)}😀${'b'.repeat(10)}` }).article.title;
    expect(title).to.equal(`${'a'.repeat(LIMITS.title - 3)}😀…`);
    expect(title.length).to.equal(LIMITS.title);
  });

  it('clips summary, paragraphs and source names at their own limits', () => {
    const { article } = usable({
      title: 't',
      summary: 's'.repeat(LIMITS.summary + 5),
      sources: [{ name: 'n'.repeat(LIMITS.shortText + 5) }],
      sections: [{ paragraphs: ['p'.repeat(LIMITS.paragraph + 5)] }],
    });
    expect(article.summary).to.have.length(LIMITS.summary).and.match(/…$/);
    expect(article.sources[0].name).to.have.length(LIMITS.shortText).and.match(/…$/);
    expect(article.sections[0].paragraphs[0]).to.have.length(LIMITS.paragraph).and.match(/…$/);
  });

  it('cleans at most twice the limit of a huge text: what lies past it is cut, with an ellipsis', () => {
    expect(usable({ title: `word ${' '.repeat(1_000_000)}tail` }).article.title).to.equal('word…');
    const { value, problems } = normalizeArticle({ title: ' '.repeat(1_000_000) + 'tail' });
    expect(value).to.equal(undefined);
    expect(problems).to.deep.equal(['article.title is missing']);
  });

  // README: 100,000 characters for all of an article's paragraphs together.
  it('keeps at most 100,000 characters of paragraphs in all, cutting the one that reaches them', () => {
    const paragraphs = Array.from({ length: 12 }, () => 'p'.repeat(9_000));
    const { article, problems } = usable({ title: 't', sections: [{ paragraphs }, { paragraphs }] });
    const kept = article.sections.flatMap((section) => section.paragraphs);
    expect(kept.map((paragraph) => paragraph.length)).to.deep.equal([...Array(11).fill(9_000), 1_000]);
    expect(kept.at(-1)).to.match(/…$/);
    expect(article.sections).to.have.length(1);
    expect(problems).to.include(
      "article.sections[0].paragraphs[11] is cut at the article's 100000 characters of paragraphs",
    );
    expect(problems).to.include(
      "article.sections[1].paragraphs[0] is past the article's 100000 characters of paragraphs",
    );
  });
});

describe('normalizeArticle: unsafe URLs are dropped, the text still renders', () => {
  // README: at most 4,096 characters, before and after parsing.
  it('keeps a URL of 4,096 characters and drops one of 4,097, naming it', () => {
    const prefix = 'https://news.example/';
    const at = (length: number) => prefix + 'a'.repeat(length - prefix.length);
    expect(usable({ title: 't', url: at(4096) }).article.url).to.equal(at(4096));
    const { article, problems } = usable({ title: 't', url: at(4097) });
    expect(article.url).to.equal(undefined);
    expect(problems).to.deep.equal(['article.url is not a usable http(s) URL']);
  });

  it('drops a short URL whose percent-encoded form is longer than 4,096 characters', () => {
    const { article, problems } = usable({ title: 't', url: `https://news.example/${'é'.repeat(700)}` });
    expect(article.url).to.equal(undefined);
    expect(problems).to.deep.equal(['article.url is not a usable http(s) URL']);
  });

  it('drops a javascript: source url and names its path', () => {
    const { article, problems } = usable({
      title: 't',
      sources: [
        { name: 'Good', url: 'https://good.example/a' },
        { name: 'Bad', url: 'javascript:alert(1)', title: 'Still shown' },
      ],
    });
    expect(article.sources).to.deep.equal([
      { name: 'Good', url: 'https://good.example/a', domain: 'good.example' },
      { name: 'Bad', title: 'Still shown' },
    ]);
    expect(problems).to.deep.equal(['article.sources[1].url is not a usable http(s) or mailto URL']);
  });

  it('drops an unsafe article url but keeps the article', () => {
    const { article, problems } = usable({ title: 'Kept', url: 'data:text/html,<b>x</b>' });
    expect(article.title).to.equal('Kept');
    expect(article).to.not.have.property('url');
    expect(problems).to.deep.equal(['article.url is not a usable http(s) URL']);
  });

  it('drops unsafe logos and curator links', () => {
    const { article, problems } = usable({
      title: 't',
      curator: { name: 'Desk', url: 'vbscript:x', logo: 'java\tscript:alert(1)' },
      sources: [{ name: 'S', logo: 'file:///etc/passwd' }],
    });
    expect(article.curator).to.deep.equal({ name: 'Desk' });
    expect(article.sources).to.deep.equal([{ name: 'S' }]);
    expect(problems).to.deep.equal([
      'article.sources[0].logo is not a usable http(s) URL',
      'article.curator.url is not a usable http(s) or mailto URL',
      'article.curator.logo is not a usable http(s) URL',
    ]);
  });

  it('drops URLs with credentials', () => {
    const { article, problems } = usable({ title: 't', url: 'https://user:pass@x.example/' });
    expect(article).to.not.have.property('url');
    expect(problems).to.deep.equal(['article.url is not a usable http(s) URL']);
  });

  it('treats a non-string URL as unusable', () => {
    const { article, problems } = usable({ title: 't', url: { href: 'https://x.example/' } });
    expect(article).to.not.have.property('url');
    expect(problems).to.deep.equal(['article.url is not a usable http(s) URL']);
  });

  it('treats an empty URL as absent, without a problem', () => {
    const { article, problems } = usable({ title: 't', url: '', sources: [{ name: 'S', url: null }] });
    expect(article).to.not.have.property('url');
    expect(article.sources).to.deep.equal([{ name: 'S' }]);
    expect(problems).to.deep.equal([]);
  });
});

describe('normalizeArticle: mailto: only for source and curator links', () => {
  const mail = 'mailto:desk@news.example';

  it('keeps mailto: as a source url and a curator url', () => {
    const { article, problems } = usable({
      title: 't',
      curator: { name: 'Desk', url: mail },
      sources: [{ name: 'Tip line', url: mail }],
    });
    expect(article.curator).to.deep.equal({ name: 'Desk', url: mail });
    // A mailto: link has no host, so no domain is derived.
    expect(article.sources).to.deep.equal([{ name: 'Tip line', url: mail }]);
    expect(problems).to.deep.equal([]);
  });

  it('refuses mailto: for the article url, logos and the image', () => {
    const { article, problems } = usable({
      title: 't',
      url: mail,
      image: { src: mail },
      curator: { name: 'Desk', logo: mail },
      sources: [{ name: 'S', logo: mail }],
    });
    expect(article).to.not.have.property('url');
    expect(article).to.not.have.property('image');
    expect(article.curator).to.deep.equal({ name: 'Desk' });
    expect(article.sources).to.deep.equal([{ name: 'S' }]);
    expect(problems).to.have.members([
      'article.url is not a usable http(s) URL',
      'article.image.src is not a usable http(s) URL',
      'article.curator.logo is not a usable http(s) URL',
      'article.sources[0].logo is not a usable http(s) URL',
    ]);
    expect(problems).to.have.length(4);
  });
});

describe('normalizeArticle: relative URLs need a base', () => {
  const input = {
    title: 't',
    url: 'story.html',
    image: { src: '/img/lead.jpg' },
    sources: [{ name: 'S', url: '//cdn.example/a', logo: '../logo.png' }],
  };

  it('resolves them against baseUrl', () => {
    const { article, problems } = usable(input, BASE);
    expect(article.url).to.equal('https://pub.example/news/story.html');
    expect(article.image).to.deep.equal({ src: 'https://pub.example/img/lead.jpg' });
    expect(article.sources).to.deep.equal([
      {
        name: 'S',
        url: 'https://cdn.example/a',
        logo: 'https://pub.example/logo.png',
        domain: 'cdn.example',
      },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('drops them without baseUrl, naming each path', () => {
    const { article, problems } = usable(input);
    expect(article).to.not.have.property('url');
    expect(article).to.not.have.property('image');
    expect(article.sources).to.deep.equal([{ name: 'S' }]);
    expect(problems).to.have.members([
      'article.url is not a usable http(s) URL',
      'article.image.src is not a usable http(s) URL',
      'article.sources[0].url is not a usable http(s) or mailto URL',
      'article.sources[0].logo is not a usable http(s) URL',
    ]);
  });
});

describe('normalizeArticle: sources', () => {
  it('skips a source without a name and keeps the others', () => {
    const { article, problems } = usable({
      title: 't',
      sources: [{ url: 'https://a.example/' }, { name: 'B' }, { name: '   ' }, { name: 'D' }],
    });
    expect(article.sources).to.deep.equal([{ name: 'B' }, { name: 'D' }]);
    expect(problems).to.deep.equal([
      'article.sources[0].name is missing',
      'article.sources[2].name is missing',
    ]);
  });

  it('skips entries that are not objects', () => {
    const { article, problems } = usable({ title: 't', sources: ['Fortune', null, ['x'], { name: 'Kept' }] });
    expect(article.sources).to.deep.equal([{ name: 'Kept' }]);
    expect(problems).to.deep.equal([
      'article.sources[0] is not an object',
      'article.sources[1] is not an object',
      'article.sources[2] is not an object',
    ]);
  });

  it('reports a sources value that is not a list', () => {
    const { article, problems } = usable({ title: 't', sources: { name: 'Fortune' } });
    expect(article.sources).to.deep.equal([]);
    expect(problems).to.deep.equal(['article.sources is not a list']);
  });

  it('keeps every known field of a source', () => {
    const source = {
      name: 'Fortune',
      url: 'https://fortune.example/a',
      logo: 'https://fortune.example/favicon.png',
      title: 'Cited headline',
      domain: 'fortune.example',
    };
    expect(usable({ title: 't', sources: [source] }).article.sources).to.deep.equal([source]);
  });
});

describe('normalizeArticle: source domain', () => {
  const cases: [string, Record<string, unknown>, string | undefined][] = [
    ['derived from the url', { url: 'https://fortune.example/a' }, 'fortune.example'],
    ['derived without a leading www.', { url: 'https://www.fortune.example/a' }, 'fortune.example'],
    ['derived from an IDN url in punycode', { url: 'https://www.bücher.example/' }, 'xn--bcher-kva.example'],
    ['only a leading www. is removed', { url: 'https://news.www.example/' }, 'news.www.example'],
    [
      'an explicit domain wins and is lower-cased',
      { url: 'https://a.example/', domain: 'Fortune.COM' },
      'fortune.com',
    ],
    ['an explicit domain is trimmed', { domain: '  verge.example ' }, 'verge.example'],
    ['none without url or domain', {}, undefined],
    ['none for a mailto: url', { url: 'mailto:tips@x.example' }, undefined],
    ['none when the url was dropped', { url: 'javascript:alert(1)' }, undefined],
  ];
  for (const [name, fields, domain] of cases) {
    it(name, () => {
      const [source] = usable({ title: 't', sources: [{ name: 'S', ...fields }] }).article.sources;
      expect(source.domain).to.equal(domain);
    });
  }
});

describe('normalizeArticle: sourceCount', () => {
  const three = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];

  it('defaults to the number of usable sources', () => {
    const { article } = usable({ title: 't', sources: [...three, { name: '' }] });
    expect(article.sourceCount).to.equal(3);
  });

  it('is 0 without sources', () => {
    expect(usable({ title: 't' }).article.sourceCount).to.equal(0);
  });

  it('keeps a declared count larger than the list', () => {
    expect(usable({ title: 't', sources: three, sourceCount: 22 }).article.sourceCount).to.equal(22);
  });

  it('is never less than the number of sources', () => {
    const { article, problems } = usable({ title: 't', sources: three, sourceCount: 1 });
    expect(article.sourceCount).to.equal(3);
    expect(problems).to.deep.equal([]);
  });

  it('accepts a declared 0 without sources', () => {
    const { article, problems } = usable({ title: 't', sourceCount: 0 });
    expect(article.sourceCount).to.equal(0);
    expect(problems).to.deep.equal([]);
  });

  const invalid: [string, unknown][] = [
    ['negative', -1],
    ['fractional', 2.5],
    ['a numeric string', '22'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond MAX_SAFE_INTEGER', 2 ** 60],
  ];
  for (const [name, declared] of invalid) {
    it(`reports a declared count that is ${name} and falls back to the list`, () => {
      const { article, problems } = usable({ title: 't', sources: three, sourceCount: declared });
      expect(article.sourceCount).to.equal(3);
      expect(problems).to.deep.equal([
        `article.sourceCount is not a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
      ]);
    });
  }
});

describe('normalizeArticle: the sources cap', () => {
  const many = Array.from({ length: LIMITS.sources + 20 }, (_, index) => ({ name: `Source ${index + 1}` }));

  it('keeps at most LIMITS.sources sources, in order', () => {
    const { article } = usable({ title: 't', sources: many });
    expect(article.sources).to.have.length(LIMITS.sources);
    expect(article.sources[0].name).to.equal('Source 1');
    expect(article.sources[LIMITS.sources - 1].name).to.equal(`Source ${LIMITS.sources}`);
  });

  it('counts sources past the cap in sourceCount', () => {
    expect(usable({ title: 't', sources: many }).article.sourceCount).to.equal(LIMITS.sources + 20);
  });

  it('does not count nameless entries past the cap', () => {
    const sources = [...many, {}, { name: ' ' }, 'Fortune', { name: 'Real' }];
    expect(usable({ title: 't', sources }).article.sourceCount).to.equal(LIMITS.sources + 21);
  });

  it('still prefers a larger declared count', () => {
    expect(usable({ title: 't', sources: many, sourceCount: 500 }).article.sourceCount).to.equal(500);
  });
});

describe('normalizeArticle: curator', () => {
  it('keeps name, url and logo', () => {
    const curator = {
      name: 'Digest Desk',
      url: 'https://news.example/about',
      logo: 'https://news.example/d.png',
    };
    expect(usable({ title: 't', curator }).article.curator).to.deep.equal(curator);
  });

  const unusable: [string, unknown, string][] = [
    ['without a name', { url: 'https://news.example/about' }, 'article.curator.name is missing'],
    ['with a blank name', { name: ' ' }, 'article.curator.name is missing'],
    ['given as a bare string', 'Digest Desk', 'article.curator is not an object'],
  ];
  for (const [name, curator, problem] of unusable) {
    it(`drops a curator ${name}, saying why`, () => {
      const { article, problems } = usable({ title: 't', curator });
      expect(article).to.not.have.property('curator');
      expect(problems).to.deep.equal([problem]);
    });
  }
});

describe('normalizeArticle: image', () => {
  const src = 'https://img.example/lead.jpg';

  it('keeps src, alt and a valid width/height pair', () => {
    const image = { src, alt: 'A courtroom', width: 1200, height: 675 };
    expect(usable({ title: 't', image }).article.image).to.deep.equal(image);
  });

  it('drops an image without src, and says so', () => {
    const { article, problems } = usable({ title: 't', image: { alt: 'A courtroom' } });
    expect(article).to.not.have.property('image');
    expect(problems).to.deep.equal(['article.image.src is missing']);
  });

  it('drops the whole image when src is unsafe, and says so', () => {
    const { article, problems } = usable({
      title: 't',
      image: { src: 'data:image/svg+xml,<svg/>', alt: 'x' },
    });
    expect(article).to.not.have.property('image');
    expect(problems).to.deep.equal(['article.image.src is not a usable http(s) URL']);
  });

  it('drops an image without src', () => {
    expect(usable({ title: 't', image: { alt: 'x', width: 10, height: 10 } }).article).to.not.have.property(
      'image',
    );
  });

  it('reports an image that is not an object', () => {
    const { article, problems } = usable({ title: 't', image: src });
    expect(article).to.not.have.property('image');
    expect(problems).to.deep.equal(['article.image is not an object']);
  });

  const sizes: [string, Record<string, unknown>, string[]][] = [
    ['width without height', { width: 100 }, []],
    ['height without width', { height: 100 }, []],
    ['a zero width', { width: 0, height: 100 }, []],
    [
      'a fractional width',
      { width: 10.5, height: 100 },
      [`article.image.width is not a whole number from 0 to ${LIMITS.imageSide}`],
    ],
    [
      'a height over LIMITS.imageSide',
      { width: 100, height: LIMITS.imageSide + 1 },
      [`article.image.height is not a whole number from 0 to ${LIMITS.imageSide}`],
    ],
    [
      'a width given as a string',
      { width: '100', height: 100 },
      [`article.image.width is not a whole number from 0 to ${LIMITS.imageSide}`],
    ],
  ];
  for (const [name, size, problems] of sizes) {
    it(`keeps the image but no size for ${name}`, () => {
      const result = usable({ title: 't', image: { src, ...size } });
      expect(result.article.image).to.deep.equal({ src });
      expect(result.problems).to.deep.equal(problems);
    });
  }

  it('keeps a size of exactly LIMITS.imageSide', () => {
    const image = { src, width: LIMITS.imageSide, height: 1 };
    expect(usable({ title: 't', image }).article.image).to.deep.equal(image);
  });
});

describe('normalizeArticle: dates', () => {
  const kept: [string, string, string][] = [
    ['a UTC date-time', '2025-01-15T08:02:00Z', '2025-01-15T08:02:00Z'],
    ['a date-time with an offset', '2025-01-15T08:02:00+01:00', '2025-01-15T08:02:00+01:00'],
    ['a date-time with a compact offset', '2025-01-15T08:02:00-0500', '2025-01-15T08:02:00-0500'],
    ['a date-time without an offset', '2025-01-15T08:02:00', '2025-01-15T08:02:00'],
    ['a date-time without seconds', '2025-01-15T08:02Z', '2025-01-15T08:02Z'],
    ['a space instead of T', '2025-01-15 08:02:00Z', '2025-01-15 08:02:00Z'],
    ['a date only', '2025-01-15', '2025-01-15'],
    ['a leap day in a leap year', '2024-02-29', '2024-02-29'],
    ['the last day of a long month', '2025-01-31T23:59:00Z', '2025-01-31T23:59:00Z'],
    ['the last day of a short month', '2025-04-30', '2025-04-30'],
    ['microseconds, spelled as given', '2025-01-15T08:02:00.123456Z', '2025-01-15T08:02:00.123456Z'],
    ['surrounding spaces, trimmed', '  2025-01-15  ', '2025-01-15'],
  ];
  for (const [name, input, output] of kept) {
    it(`keeps ${name}`, () => {
      const { article, problems } = usable({ title: 't', publishedAt: input, updatedAt: input });
      expect(article.publishedAt).to.equal(output);
      expect(article.updatedAt).to.equal(output);
      expect(problems).to.deep.equal([]);
    });
  }

  const refused: [string, unknown][] = [
    ['the text "Invalid"', 'Invalid'],
    ['an RFC 822 date', 'Wed, 15 Jan 2025 08:02:00 GMT'],
    ['a US-style date', '01/15/2025'],
    ['a timestamp number', 1736928120000],
    ['a month 13', '2025-13-01'],
    ['a day February does not have', '2025-02-30'],
    ['a leap day in a common year', '2025-02-29T10:00:00Z'],
    ['a 31st in a month of 30 days', '2025-04-31'],
    ['a day 00', '2025-01-00'],
    ['a date with a trailing word', '2025-01-15 noon'],
    ['a date after a word', 'on 2025-01-15'],
    ['an object', { date: '2025-01-15' }],
  ];
  for (const [name, input] of refused) {
    it(`refuses ${name} with a problem`, () => {
      const { article, problems } = usable({ title: 't', publishedAt: input, updatedAt: input });
      expect(article).to.not.have.property('publishedAt');
      expect(article).to.not.have.property('updatedAt');
      expect(problems).to.deep.equal([
        'article.publishedAt is not an ISO 8601 date',
        'article.updatedAt is not an ISO 8601 date',
      ]);
    });
  }

  it('treats an empty date as absent, without a problem', () => {
    const { article, problems } = usable({ title: 't', publishedAt: '' });
    expect(article).to.not.have.property('publishedAt');
    expect(problems).to.deep.equal([]);
  });
});

describe('normalizeArticle: sections', () => {
  it('keeps heading and paragraphs', () => {
    const sections = [{ heading: 'One', paragraphs: ['First [1].', 'Second [2].'] }];
    expect(usable({ title: 't', sections }).article.sections).to.deep.equal(sections);
  });

  it('keeps a heading-only section, with an empty paragraph list', () => {
    const { article, problems } = usable({ title: 't', sections: [{ heading: 'Only a heading' }] });
    expect(article.sections).to.deep.equal([{ heading: 'Only a heading', paragraphs: [] }]);
    expect(problems).to.deep.equal([]);
  });

  it('keeps a section without a heading and gives it no heading key', () => {
    const { article } = usable({ title: 't', sections: [{ heading: '  ', paragraphs: ['Text'] }] });
    expect(article.sections).to.deep.equal([{ paragraphs: ['Text'] }]);
  });

  it('skips paragraphs that are not strings, reporting each', () => {
    const { article, problems } = usable({
      title: 't',
      sections: [{ paragraphs: [1, 'a', null, { text: 'b' }, '  ', 'c'] }],
    });
    expect(article.sections).to.deep.equal([{ paragraphs: ['a', 'c'] }]);
    expect(problems).to.deep.equal([
      'article.sections[0].paragraphs[0] is not a string',
      'article.sections[0].paragraphs[3] is not a string',
    ]);
  });

  it('skips an empty section and names it', () => {
    const { article, problems } = usable({
      title: 't',
      sections: [{}, { paragraphs: ['  ', ''] }, { paragraphs: ['kept'] }],
    });
    expect(article.sections).to.deep.equal([{ paragraphs: ['kept'] }]);
    expect(problems).to.deep.equal([
      'article.sections[0] has no heading and no paragraphs',
      'article.sections[1] has no heading and no paragraphs',
    ]);
  });

  it('reports paragraphs that are not a list', () => {
    const { article, problems } = usable({ title: 't', sections: [{ heading: 'H', paragraphs: 'text' }] });
    expect(article.sections).to.deep.equal([{ heading: 'H', paragraphs: [] }]);
    expect(problems).to.deep.equal(['article.sections[0].paragraphs is not a list']);
  });

  it('skips sections that are not objects', () => {
    const { article, problems } = usable({ title: 't', sections: ['text', { paragraphs: ['kept'] }] });
    expect(article.sections).to.deep.equal([{ paragraphs: ['kept'] }]);
    expect(problems).to.deep.equal(['article.sections[0] is not an object']);
  });

  it('keeps line breaks in paragraphs but collapses spaces and tabs around them', () => {
    const [section] = usable({
      title: 't',
      sections: [{ paragraphs: ['  Line one  \n\n\t line\t\ttwo\r\nthree  '] }],
    }).article.sections;
    expect(section.paragraphs).to.deep.equal(['Line one \n\n line two\r\nthree']);
  });

  it('removes control characters from paragraphs but keeps newlines', () => {
    const [section] = usable({ title: 't', sections: [{ paragraphs: ['a\u0000b\nc\u0007'] }] }).article
      .sections;
    expect(section.paragraphs).to.deep.equal(['ab\nc']);
  });

  it('caps sections and paragraphs', () => {
    const paragraphs = Array.from({ length: LIMITS.paragraphs + 5 }, (_, index) => `p${index}`);
    const sections = Array.from({ length: LIMITS.sections + 5 }, () => ({ paragraphs }));
    const { article } = usable({ title: 't', sections });
    expect(article.sections).to.have.length(LIMITS.sections);
    expect(article.sections[0].paragraphs).to.have.length(LIMITS.paragraphs);
    expect(article.sections[0].paragraphs.at(-1)).to.equal(`p${LIMITS.paragraphs - 1}`);
  });
});

describe('normalizeArticle: tags', () => {
  it('removes duplicates after cleaning, keeping first-seen order', () => {
    const { article } = usable({ title: 't', tags: ['AI', 'Meta', ' AI ', 'AI', 'ai', 'Meta'] });
    expect(article.tags).to.deep.equal(['AI', 'Meta', 'ai']);
  });

  it('skips non-string and blank tags', () => {
    const { article, problems } = usable({ title: 't', tags: ['AI', 3, '', null, 'Law'] });
    expect(article.tags).to.deep.equal(['AI', 'Law']);
    expect(problems).to.deep.equal(['article.tags[1] is not a string']);
  });

  it('removes duplicates before the cap, so repeats never crowd out other tags', () => {
    const tags = [...Array.from({ length: LIMITS.tags }, () => 'AI'), 'Law'];
    expect(usable({ title: 't', tags }).article.tags).to.deep.equal(['AI', 'Law']);
  });

  it('keeps at most LIMITS.tags tags', () => {
    const tags = Array.from({ length: LIMITS.tags + 10 }, (_, index) => `tag ${index}`);
    const { article } = usable({ title: 't', tags });
    expect(article.tags).to.deep.equal(tags.slice(0, LIMITS.tags));
  });

  it('reports tags that are not a list', () => {
    const { article, problems } = usable({ title: 't', tags: 'AI, Meta' });
    expect(article.tags).to.deep.equal([]);
    expect(problems).to.deep.equal(['article.tags is not a list']);
  });
});

describe('normalizeArticle: related stories', () => {
  it('normalizes each related story like an article', () => {
    const { article } = usable({
      title: 't',
      related: [
        { id: 'r1', title: '  Related \n one ', url: 'https://news.example/r1', sources: [{ name: 'S' }] },
      ],
    });
    expect(article.related).to.deep.equal([
      {
        id: 'r1',
        title: 'Related one',
        url: 'https://news.example/r1',
        sources: [{ name: 'S' }],
        sourceCount: 1,
        sections: [],
        tags: [],
        related: [],
      },
    ]);
  });

  it('goes one level deep: related stories lose their own related list', () => {
    const { article, problems } = usable({
      title: 't',
      related: [{ title: 'r', related: [{ title: 'deeper' }, { no: 'title' }] }],
    });
    expect(article.related[0].related).to.deep.equal([]);
    // The deeper level is not read at all, so its problems are not reported either.
    expect(problems).to.deep.equal([]);
  });

  it('skips a related story without a title, naming its index', () => {
    const { article, problems } = usable({
      title: 't',
      related: [{ title: 'first' }, { summary: 'no title' }, { title: 'third' }],
    });
    expect(article.related.map((item) => item.title)).to.deep.equal(['first', 'third']);
    expect(problems).to.deep.equal(['article.related[1].title is missing']);
  });

  it('names nested paths in related stories', () => {
    const { problems } = usable({
      title: 't',
      related: [{ title: 'r', sources: [{ name: 'A' }, { name: 'B', url: 'javascript:alert(1)' }] }],
    });
    expect(problems).to.deep.equal([
      'article.related[0].sources[1].url is not a usable http(s) or mailto URL',
    ]);
  });

  it('keeps at most LIMITS.related related stories', () => {
    const related = Array.from({ length: LIMITS.related + 3 }, (_, index) => ({ title: `r${index}` }));
    expect(usable({ title: 't', related }).article.related).to.have.length(LIMITS.related);
  });
});

describe('normalizeArticle: id', () => {
  const cases: [string, unknown, string | undefined, string[]][] = [
    ['a string id is kept', 'story-1', 'story-1', []],
    ['a string id is trimmed', '  story-1 ', 'story-1', []],
    ['a numeric id becomes a string', 42, '42', []],
    ['a zero id becomes "0"', 0, '0', []],
    ['a fractional id becomes its string form', 1.5, '1.5', []],
    ['a NaN id is refused', Number.NaN, undefined, ['article.id is not a string']],
    ['a boolean id is refused', true, undefined, ['article.id is not a string']],
    ['an object id is refused', { id: 1 }, undefined, ['article.id is not a string']],
  ];
  for (const [name, id, expected, problems] of cases) {
    it(name, () => {
      const result = usable({ title: 't', id });
      expect(result.article.id).to.equal(expected);
      expect(result.problems).to.deep.equal(problems);
    });
  }
});

describe('normalizeArticle: only own, known fields are read', () => {
  it('ignores unknown fields at every level', () => {
    const { article, problems } = usable({
      title: 't',
      body: '<script>alert(1)</script>',
      onclick: 'alert(1)',
      curator: { name: 'Desk', email: 'x@y' },
      image: { src: 'https://img.example/a.jpg', srcset: 'evil' },
      sources: [{ name: 'S', html: '<b>x</b>' }],
      sections: [{ paragraphs: ['p'], html: '<b>x</b>' }],
      related: [{ title: 'r', extra: true }],
    });
    expect(article).to.deep.equal({
      title: 't',
      curator: { name: 'Desk' },
      image: { src: 'https://img.example/a.jpg' },
      sources: [{ name: 'S' }],
      sourceCount: 1,
      sections: [{ paragraphs: ['p'] }],
      tags: [],
      related: [{ title: 'r', sources: [], sourceCount: 0, sections: [], tags: [], related: [] }],
    });
    expect(problems).to.deep.equal([]);
  });

  it('does not read inherited fields', () => {
    const inherited = Object.create({ title: 'From the prototype' }) as object;
    expect(normalizeArticle(inherited)).to.deep.equal({
      value: undefined,
      problems: ['article.title is missing'],
    });
  });

  it('does not read inherited fields of sources', () => {
    const source = Object.assign(Object.create({ url: 'https://proto.example/' }) as object, { name: 'S' });
    expect(usable({ title: 't', sources: [source] }).article.sources).to.deep.equal([{ name: 'S' }]);
  });

  it('does not read fields of a class instance prototype (e.g. getters)', () => {
    class Story {
      get title(): string {
        return 'From a getter on the prototype';
      }
    }
    expect(normalizeArticle(new Story()).value).to.equal(undefined);
  });
});

describe('normalizeArticle: __proto__ in parsed JSON', () => {
  const json =
    '{"title":"t","__proto__":{"polluted":"yes","url":"https://evil.example/"},' +
    '"sources":[{"name":"S","__proto__":{"url":"https://evil.example/"}}]}';

  afterEach(() => {
    // Clean up if a regression ever pollutes the prototype, so other tests are unaffected.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('does not pollute Object.prototype', () => {
    normalizeArticle(JSON.parse(json));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.own.property('polluted');
  });

  it('does not copy __proto__ or take fields from it', () => {
    const { article, problems } = usable(JSON.parse(json));
    expect(article).to.deep.equal({
      title: 't',
      sources: [{ name: 'S' }],
      sourceCount: 1,
      sections: [],
      tags: [],
      related: [],
    });
    expect(Object.getPrototypeOf(article)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(article.sources[0])).to.equal(Object.prototype);
    expect(problems).to.deep.equal([]);
  });

  it('does not take a title from an own __proto__ key', () => {
    expect(normalizeArticle(JSON.parse('{"__proto__":{"title":"t"}}')).value).to.equal(undefined);
  });
});

describe('normalizeArticle: never throws on hostile objects', () => {
  it('treats a throwing getter as an absent field', () => {
    const input = {
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(normalizeArticle(input)).to.deep.equal({
      value: undefined,
      problems: ['article.title is missing'],
    });
  });

  it('keeps the rest of an article when an optional getter throws', () => {
    const input = {
      title: 't',
      get sources(): unknown {
        throw new Error('boom');
      },
      get url(): unknown {
        throw new Error('boom');
      },
    };
    const { article } = usable(input);
    expect(article.sources).to.deep.equal([]);
    expect(article).to.not.have.property('url');
  });

  it('skips a source whose getters throw', () => {
    const source = {
      get name(): string {
        throw new Error('boom');
      },
    };
    const { article, problems } = usable({ title: 't', sources: [source, { name: 'B' }] });
    expect(article.sources).to.deep.equal([{ name: 'B' }]);
    expect(problems).to.deep.equal(['article.sources[0].name is missing']);
  });

  const throwingTraps: ProxyHandler<object> = {
    get: () => {
      throw new Error('get');
    },
    has: () => {
      throw new Error('has');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('getOwnPropertyDescriptor');
    },
    ownKeys: () => {
      throw new Error('ownKeys');
    },
    getPrototypeOf: () => {
      throw new Error('getPrototypeOf');
    },
  };

  it('handles a Proxy whose traps all throw', () => {
    const input = new Proxy({ title: 't' }, throwingTraps);
    expect(() => normalizeArticle(input)).to.not.throw();
    expect(normalizeArticle(input)).to.deep.equal({
      value: undefined,
      problems: ['article.title is missing'],
    });
  });

  it('skips a throwing Proxy nested as a source', () => {
    const { article } = usable({
      title: 't',
      sources: [new Proxy({ name: 'x' }, throwingTraps), { name: 'B' }],
    });
    expect(article.sources).to.deep.equal([{ name: 'B' }]);
  });

  it('survives a Proxy list whose length cannot be read', () => {
    const sources = new Proxy([{ name: 'A' }], throwingTraps);
    let result: ReturnType<typeof normalizeArticle> | undefined;
    expect(() => (result = normalizeArticle({ title: 't', sources }))).to.not.throw();
    expect(result?.problems).to.be.an('array').with.length.above(0);
  });

  it('survives a revoked Proxy as the article', () => {
    const { proxy, revoke } = Proxy.revocable({ title: 't' }, {});
    revoke();
    expect(normalizeArticle(proxy)).to.deep.equal({
      value: undefined,
      problems: ['article could not be read'],
    });
  });

  it('survives a revoked Proxy deep inside', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => normalizeArticle({ title: 't', sections: [{ paragraphs: proxy }] })).to.not.throw();
  });
});

describe('normalizeArticle: cycles', () => {
  it('does not hang on an article that lists itself as related', () => {
    const article: Record<string, unknown> = { title: 'loop' };
    article.related = [article, article];
    const { article: result } = usable(article);
    expect(result.related).to.have.length(2);
    expect(result.related[0]).to.deep.equal({
      title: 'loop',
      sources: [],
      sourceCount: 0,
      sections: [],
      tags: [],
      related: [],
    });
  });

  it('does not hang on two articles that relate to each other', () => {
    const a: Record<string, unknown> = { title: 'a' };
    const b: Record<string, unknown> = { title: 'b', related: [a] };
    a.related = [b];
    expect(usable(a).article.related.map((item) => item.title)).to.deep.equal(['b']);
  });
});

/** An article that exercises every rule at once; used to prove that the input is left alone. */
function messyArticle(): Record<string, unknown> {
  return {
    id: 7,
    title: '  A\u0000 messy\n\ttitle ',
    url: 'story.html',
    summary: ' s ',
    publishedAt: ' 2025-01-15T08:02:00Z ',
    curator: { name: ' Desk ', url: 'mailto:desk@news.example', logo: 'javascript:x' },
    image: { src: '/lead.jpg', alt: ' alt ', width: 10, height: '10' },
    sources: [{ name: 'A', url: 'https://www.a.example/x' }, { url: 'https://b.example/' }, 'junk'],
    sourceCount: 1,
    sections: [{ heading: ' H ', paragraphs: [' p1 ', 2] }, {}],
    tags: ['x', 'x', ' y '],
    related: [{ title: 'r', related: [{ title: 'rr' }] }, { nope: true }],
    extra: { nested: ['value'] },
  };
}

describe('normalizeArticle: the input is never mutated', () => {
  it('works on a deep-frozen input', () => {
    const input = deepFreeze(messyArticle());
    const { article, problems } = usable(input, BASE);
    expect(article.title).to.equal('A messy title');
    expect(problems).to.not.include('article could not be read');
  });

  it('leaves the input deep-equal to a copy taken before', () => {
    const input = messyArticle();
    const before = structuredClone(input);
    normalizeArticle(input, { baseUrl: BASE });
    expect(input).to.deep.equal(before);
  });

  it('returns new objects, never the input ones', () => {
    const input = messyArticle();
    const { article } = usable(input, BASE);
    expect(article).to.not.equal(input);
    expect(article.sources[0]).to.not.equal((input.sources as unknown[])[0]);
    expect(article.sections[0].paragraphs).to.not.equal(
      (input.sections as { paragraphs: unknown }[])[0].paragraphs,
    );
  });
});

describe('normalizeArticle: idempotency', () => {
  for (const [file, fixture] of Object.entries(FIXTURES)) {
    it(`normalizing ${file} twice changes nothing and reports nothing`, () => {
      const first = normalizeArticle(fixture);
      expect(first.problems).to.deep.equal([]);
      const second = normalizeArticle(structuredClone(first.value));
      expect(second.value).to.deep.equal(first.value);
      expect(second.problems).to.deep.equal([]);
    });
  }

  it('normalizing a messy article twice changes nothing the second time', () => {
    const first = normalizeArticle(messyArticle(), { baseUrl: BASE });
    expect(first.problems).to.not.deep.equal([]);
    const second = normalizeArticle(structuredClone(first.value), { baseUrl: BASE });
    expect(second.value).to.deep.equal(first.value);
    expect(second.problems).to.deep.equal([]);
  });

  it('a clipped title stays the same when normalized again', () => {
    const first = usable({ title: 'x'.repeat(LIMITS.title * 2) }).article;
    expect(usable(structuredClone(first)).article.title).to.equal(first.title);
  });
});

describe('normalizeSource', () => {
  it('normalizes one source, deriving its domain', () => {
    expect(
      normalizeSource({ name: ' Fortune ', url: 'https://www.fortune.example/a', extra: 1 }),
    ).to.deep.equal({
      value: { name: 'Fortune', url: 'https://www.fortune.example/a', domain: 'fortune.example' },
      problems: [],
    });
  });

  it('resolves a relative logo against baseUrl', () => {
    expect(normalizeSource({ name: 'S', logo: '/s.png' }, { baseUrl: BASE }).value).to.deep.equal({
      name: 'S',
      logo: 'https://pub.example/s.png',
    });
  });

  it('allows mailto: for the url only', () => {
    expect(
      normalizeSource({ name: 'S', url: 'mailto:a@b.example', logo: 'mailto:a@b.example' }),
    ).to.deep.equal({
      value: { name: 'S', url: 'mailto:a@b.example' },
      problems: ['source.logo is not a usable http(s) URL'],
    });
  });

  it('refuses a source without a name', () => {
    expect(normalizeSource({ url: 'https://a.example/' })).to.deep.equal({
      value: undefined,
      problems: ['source.name is missing'],
    });
  });

  it('refuses a non-object', () => {
    expect(normalizeSource('Fortune')).to.deep.equal({
      value: undefined,
      problems: ['source is not an object'],
    });
  });

  it('never throws on a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ name: 'S' }, {});
    revoke();
    expect(normalizeSource(proxy)).to.deep.equal({
      value: undefined,
      problems: ['source could not be read'],
    });
  });
});

describe('normalizeSources', () => {
  const list = [{ name: 'A' }, { name: '' }, { name: 'C', url: 'https://c.example/' }];

  it('keeps usable sources and counts them', () => {
    expect(normalizeSources(list, undefined)).to.deep.equal({
      value: {
        sources: [{ name: 'A' }, { name: 'C', url: 'https://c.example/', domain: 'c.example' }],
        sourceCount: 2,
      },
      problems: ['sources[1].name is missing'],
    });
  });

  it('keeps a larger declared count', () => {
    expect(normalizeSources(list, 22).value?.sourceCount).to.equal(22);
  });

  it('never counts fewer than the usable sources', () => {
    expect(normalizeSources(list, 1).value?.sourceCount).to.equal(2);
  });

  it('reports an invalid declared count', () => {
    const { value, problems } = normalizeSources(list, -3);
    expect(value?.sourceCount).to.equal(2);
    expect(problems).to.include(`count is not a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  });

  it('reports a value that is not a list, keeping the declared count', () => {
    expect(normalizeSources('Fortune', 3)).to.deep.equal({
      value: { sources: [], sourceCount: 3 },
      problems: ['sources is not a list'],
    });
  });

  it('caps the list and counts past the cap', () => {
    const many = Array.from({ length: LIMITS.sources + 1 }, (_, index) => ({ name: `S${index}` }));
    const { value } = normalizeSources(many, undefined);
    expect(value?.sources).to.have.length(LIMITS.sources);
    expect(value?.sourceCount).to.equal(LIMITS.sources + 1);
  });

  it('resolves relative URLs against baseUrl', () => {
    expect(
      normalizeSources([{ name: 'S', url: 'a.html' }], undefined, { baseUrl: BASE }).value?.sources,
    ).to.deep.equal([{ name: 'S', url: 'https://pub.example/news/a.html', domain: 'pub.example' }]);
  });
});
