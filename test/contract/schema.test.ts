import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { normalizeArticle } from '../../src/contract/normalize.js';
import type { Article, ArticleImage, Curator, Section, Source } from '../../src/contract/article.js';
// Plain imports: the esbuild plugin serves JSON as a JS module (see normalize.test.ts).
import schemaJson from '../../schema/article.schema.json';
import minimal from '../fixtures/minimal.json';
import oneSource from '../fixtures/one-source.json';
import rtl from '../fixtures/rtl.json';
import seedStory from '../fixtures/seed-story.json';

const BASE = 'https://pub.example/news/page.html';

/** Every file in test/fixtures; keep in step with the folder. */
const FIXTURES: Record<string, unknown> = {
  'minimal.json': minimal,
  'one-source.json': oneSource,
  'rtl.json': rtl,
  'seed-story.json': seedStory,
};

interface ObjectDef {
  type: 'object';
  description?: string;
  required?: string[];
  properties: Record<string, PropertyDef>;
}
interface PropertyDef {
  $ref?: string;
  type?: string;
  items?: PropertyDef;
  description?: string;
}

const schema = schemaJson as unknown as { $defs: Record<string, ObjectDef> };

// One validator for the whole run, reporting every error (not only the first).
const validator = new Validator(schemaJson as unknown as Schema, '2020-12', false);

function errorsOf(instance: unknown): string[] {
  return validator.validate(instance).errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}

function expectValid(instance: unknown): void {
  expect(errorsOf(instance)).to.deep.equal([]);
}

function expectInvalid(instance: unknown): void {
  expect(validator.validate(instance).valid).to.equal(false);
}

/**
 * The fields of each contract type and whether TypeScript requires them. The annotation makes
 * `tsc` fail when a field is added to, removed from or made (non-)optional in article.ts without
 * updating this table; the tests below then hold the schema and the normalizer to the same table.
 */
type FieldTable<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required' };

const TYPES = {
  Article: {
    id: 'optional',
    title: 'required',
    url: 'optional',
    summary: 'optional',
    publishedAt: 'optional',
    updatedAt: 'optional',
    curator: 'optional',
    image: 'optional',
    sources: 'optional',
    sourceCount: 'optional',
    sections: 'optional',
    tags: 'optional',
    related: 'optional',
  } satisfies FieldTable<Article>,
  Curator: { name: 'required', url: 'optional', logo: 'optional' } satisfies FieldTable<Curator>,
  Image: {
    src: 'required',
    alt: 'optional',
    width: 'optional',
    height: 'optional',
  } satisfies FieldTable<ArticleImage>,
  Source: {
    name: 'required',
    url: 'optional',
    logo: 'optional',
    title: 'optional',
    domain: 'optional',
  } satisfies FieldTable<Source>,
  Section: { heading: 'optional', paragraphs: 'required' } satisfies FieldTable<Section>,
} as const;

type DefName = keyof typeof TYPES;
const DEF_NAMES = Object.keys(TYPES) as DefName[];

/** An article that sets every field of every type to a valid value. */
function maximalArticle(): Article {
  const source: Source = {
    name: 'Fortune',
    url: 'https://fortune.example/2025/01/15/story',
    logo: 'https://fortune.example/favicon.png',
    title: 'The cited headline',
    domain: 'fortune.example',
  };
  const story = (id: string): Article => ({
    id,
    title: `Story ${id}`,
    url: `https://news.example/stories/${id}`,
    summary: 'A one-line summary.',
    publishedAt: '2025-01-15T08:02:00Z',
    updatedAt: '2025-01-16T09:30:00+01:00',
    curator: {
      name: 'Digest Desk',
      url: 'https://news.example/about',
      logo: 'https://news.example/desk.png',
    },
    image: { src: 'https://img.example/lead.jpg', alt: 'A courtroom', width: 1200, height: 675 },
    sources: [source],
    sourceCount: 12,
    sections: [{ heading: 'What happened', paragraphs: ['It happened [1].'] }],
    tags: ['AI'],
    related: [],
  });
  return { ...story('main'), related: [story('related')] };
}

function refName(property: PropertyDef | undefined): string | undefined {
  const ref = property?.$ref ?? property?.items?.$ref;
  return ref?.replace('#/$defs/', '');
}

describe('schema: the file itself', () => {
  it('is a draft 2020-12 schema with its published $id', () => {
    expect(schemaJson.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schemaJson.$id).to.equal('https://digest-elements.dev/schema/article.schema.json');
    expect(schemaJson.title).to.be.a('string').and.not.equal('');
    expect(schemaJson.$ref).to.equal('#/$defs/Article');
  });

  it('resolves every $ref to a definition', () => {
    const refs: string[] = [];
    JSON.stringify(schemaJson, (key, value: unknown) => {
      if (key === '$ref') refs.push(value as string);
      return value;
    });
    expect(refs).to.have.length.above(0);
    for (const ref of refs) {
      expect(ref).to.match(/^#\/\$defs\//);
      expect(schema.$defs, ref).to.have.property(ref.slice('#/$defs/'.length));
    }
  });

  it('describes every field of every contract type', () => {
    for (const name of DEF_NAMES) {
      for (const [field, property] of Object.entries(schema.$defs[name].properties)) {
        const description = property.description ?? schema.$defs[refName(property) ?? '']?.description;
        expect(description, `${name}.${field}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('never forbids unknown fields', () => {
    expect(JSON.stringify(schemaJson)).to.not.include('additionalProperties');
    expect(JSON.stringify(schemaJson)).to.not.include('unevaluatedProperties');
  });
});

describe('schema: fixtures', () => {
  for (const [file, fixture] of Object.entries(FIXTURES)) {
    it(`${file} validates`, () => {
      expectValid(fixture);
    });

    it(`the normalized ${file} validates`, () => {
      const { value, problems } = normalizeArticle(fixture);
      expect(problems).to.deep.equal([]);
      expectValid(value);
    });
  }
});

describe('schema: valid articles', () => {
  const valid: [string, unknown][] = [
    ['a title only', { title: 'Hello' }],
    ['the maximal article', maximalArticle()],
    ['unknown fields', { title: 't', body: '<p>ignored</p>', sources: [{ name: 'S', extra: 1 }] }],
    [
      'a relative and a protocol-relative URL',
      { title: 't', url: '/story', image: { src: '//cdn.example/a.png' } },
    ],
    ['a mailto: source link', { title: 't', sources: [{ name: 'S', url: 'mailto:tips@s.example' }] }],
    ['a mailto: curator link', { title: 't', curator: { name: 'Desk', url: 'mailto:desk@news.example' } }],
    ['sourceCount 0', { title: 't', sourceCount: 0 }],
    ['a section with no paragraphs yet', { title: 't', sections: [{ heading: 'H', paragraphs: [] }] }],
    [
      'a related article with related articles',
      { title: 't', related: [{ title: 'r', related: [{ title: 'rr' }] }] },
    ],
  ];
  for (const [name, article] of valid) {
    it(name, () => {
      expectValid(article);
    });
  }
});

describe('schema: invalid articles', () => {
  const invalid: [string, unknown][] = [
    ['not an object', ['title']],
    ['a missing title', { summary: 'no title' }],
    ['a number title', { title: 42 }],
    ['a blank title', { title: '  \n ' }],
    ['a source without a name', { title: 't', sources: [{ url: 'https://a.example/' }] }],
    ['a source with a number name', { title: 't', sources: [{ name: 1 }] }],
    ['sourceCount -1', { title: 't', sourceCount: -1 }],
    ['a fractional sourceCount', { title: 't', sourceCount: 1.5 }],
    ['a string sourceCount', { title: 't', sourceCount: '3' }],
    ['a curator without a name', { title: 't', curator: { url: 'https://a.example/' } }],
    ['an image without src', { title: 't', image: { alt: 'x' } }],
    ['an image width of 0', { title: 't', image: { src: 'https://a.example/a.png', width: 0, height: 1 } }],
    [
      'a fractional image height',
      { title: 't', image: { src: 'https://a.example/a.png', width: 1, height: 1.5 } },
    ],
    ['a section without paragraphs', { title: 't', sections: [{ heading: 'H' }] }],
    ['a number paragraph', { title: 't', sections: [{ paragraphs: [1] }] }],
    ['a number tag', { title: 't', tags: [1] }],
    ['a numeric id', { title: 't', id: 7 }],
    ['sources that are not a list', { title: 't', sources: { name: 'S' } }],
    ['a related article without a title', { title: 't', related: [{ summary: 'x' }] }],
    ['a nested related article without a title', { title: 't', related: [{ title: 'r', related: [{}] }] }],
    ['a javascript: url', { title: 't', url: 'javascript:alert(1)' }],
    ['a JaVaScRiPt: url', { title: 't', url: 'JaVaScRiPt:alert(1)' }],
    ['a java<tab>script: url', { title: 't', url: 'java\tscript:alert(1)' }],
    ['a data: image', { title: 't', image: { src: 'data:image/svg+xml,<svg/>' } }],
    ['a mailto: article url', { title: 't', url: 'mailto:a@b.example' }],
    ['a mailto: logo', { title: 't', sources: [{ name: 'S', logo: 'mailto:a@b.example' }] }],
    ['an empty image src', { title: 't', image: { src: '' } }],
    ['an over-long url', { title: 't', url: `https://a.example/${'a'.repeat(4096)}` }],
    ['an RFC 822 date', { title: 't', publishedAt: 'Wed, 15 Jan 2025 08:02:00 GMT' }],
    ['a timestamp date', { title: 't', updatedAt: 1736928120000 }],
  ];
  for (const [name, article] of invalid) {
    it(name, () => {
      expectInvalid(article);
    });
  }
});

describe('schema: dates agree with the normalizer', () => {
  // [value, accepted by the schema, kept by the normalizer]. The schema may be stricter than the
  // normalizer (it is the contract publishers write to), never looser.
  const dates: [string, boolean, boolean][] = [
    ['2025-01-15', true, true],
    ['2025-01-15T08:02:00Z', true, true],
    ['2025-01-15t08:02:00z', true, true],
    ['2025-01-15T08:02:00.123456Z', true, true],
    ['2025-01-15T08:02:00+01:00', true, true],
    ['2025-01-15T08:02:00-0530', true, true],
    ['2025-01-15T08:02:00', true, true],
    ['2025-01-15T08:02Z', true, true],
    ['2025-01-15 08:02:00Z', true, true],
    ['2025-13-01', false, false],
    ['2025-01-32', false, false],
    ['2025-01-15T25:00Z', false, false],
    ['2025-01-15T08:60Z', false, false],
    ['2025-01-15T8:02Z', false, false],
    ['2025-01-15Z', false, false],
    ['2025-1-5', false, false],
    ['15 Jan 2025', false, false],
    ['Invalid', false, false],
    ['on 2025-01-15', false, false],
    ['2025-01-15 noon', false, false],
    ['', false, false],
    // Stricter than the normalizer: surrounding spaces, and 24:00, which Chromium accepts.
    [' 2025-01-15 ', false, true],
    ['2025-01-15T24:00Z', false, true],
  ];
  for (const [value, inSchema, kept] of dates) {
    it(`${JSON.stringify(value)}: schema ${inSchema ? 'accepts' : 'refuses'}, normalizer ${kept ? 'keeps' : 'drops'}`, () => {
      expect(validator.validate({ title: 't', publishedAt: value }).valid, 'schema').to.equal(inSchema);
      expect(
        normalizeArticle({ title: 't', publishedAt: value }).value?.publishedAt !== undefined,
        'normalizer',
      ).to.equal(kept);
    });
  }
});

describe('schema: what the schema accepts, the normalizer keeps', () => {
  // Articles that the schema accepts must normalize without a single problem (given a base for
  // relative URLs), so a publisher who follows the schema never sees a digest-error.
  const samples: [string, unknown][] = [
    ['the maximal article', maximalArticle()],
    [
      'relative URLs',
      { title: 't', url: 'story.html', image: { src: '/a.png' }, sources: [{ name: 'S', logo: '../s.png' }] },
    ],
    [
      'mailto: links',
      {
        title: 't',
        curator: { name: 'D', url: 'mailto:d@x.example' },
        sources: [{ name: 'S', url: 'MAILTO:s@x.example' }],
      },
    ],
    ['a heading-only section', { title: 't', sections: [{ heading: 'H', paragraphs: [] }] }],
    ['a huge sourceCount', { title: 't', sourceCount: Number.MAX_SAFE_INTEGER }],
    [
      'the largest image',
      { title: 't', image: { src: 'https://a.example/a.png', width: 10000, height: 10000 } },
    ],
  ];
  for (const [name, article] of samples) {
    it(name, () => {
      expectValid(article);
      expect(normalizeArticle(article, { baseUrl: BASE }).problems).to.deep.equal([]);
    });
  }
});

describe('schema: drift guard between types, schema and normalizer', () => {
  it('declares exactly the fields of the TypeScript types, with the same required ones', () => {
    for (const name of DEF_NAMES) {
      const def = schema.$defs[name];
      const table: Record<string, string> = TYPES[name];
      expect(def.type, name).to.equal('object');
      expect(Object.keys(def.properties), `${name} properties`).to.have.members(Object.keys(table));
      const required = Object.keys(table).filter((field) => table[field] === 'required');
      expect(def.required ?? [], `${name} required`).to.have.members(required);
    }
  });

  it('the maximal article sets every field and normalizes without problems', () => {
    const { value, problems } = normalizeArticle(maximalArticle());
    expect(problems).to.deep.equal([]);
    expectValid(maximalArticle());
    expectValid(value);
  });

  it('the normalizer produces exactly the fields the schema declares, at every level', () => {
    const { value } = normalizeArticle(maximalArticle());
    const visited = new Set<string>();

    // Walks the normalized value alongside the schema: at each object, its keys must equal the
    // definition's properties; then every property that refers to a contract type is followed.
    const walk = (name: DefName, instance: unknown, path: string): void => {
      visited.add(name);
      expect(instance, path).to.be.an('object');
      const properties = schema.$defs[name].properties;
      expect(Object.keys(instance as object), `keys of ${path}`).to.have.members(Object.keys(properties));
      for (const [field, property] of Object.entries(properties)) {
        const target = refName(property);
        if (target === undefined || !(target in TYPES)) continue;
        const child = (instance as Record<string, unknown>)[field];
        if (property.type === 'array' || property.items) {
          // A related story is normalized without its own related stories, so its list is empty.
          if (field === 'related' && path.includes('.related')) {
            expect(child, `${path}.${field}`).to.deep.equal([]);
            continue;
          }
          expect(child, `${path}.${field}`).to.be.an('array').with.length.above(0);
          walk(target as DefName, (child as unknown[])[0], `${path}.${field}[0]`);
        } else {
          walk(target as DefName, child, `${path}.${field}`);
        }
      }
    };

    walk('Article', value, 'article');
    expect([...visited]).to.have.members(DEF_NAMES);
  });
});
