import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/digest-elements.js';
import {
  setDigestStrings,
  type Article,
  type DigestStrings,
  type RelatedRail,
  type SourceBadge,
  type SourceStack,
  type StoryCard,
  type StoryDigest,
  type Strings,
} from '../../src/digest-elements.js';
import { builtIn } from '../../src/i18n/all-languages.js';
import { en } from '../../src/i18n/translations.js';
import rtlStory from '../fixtures/rtl.json';
import seedStory from '../fixtures/seed-story.json';
import { api, uniqueKey } from '../support/api.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { settle } from '../support/events.js';
import { expectedDate, expectedNumber } from '../support/intl.js';
import { mount } from '../support/mount.js';
import { deepQueryAll, deepUpdated, shadow } from '../support/shadow.js';

/** The languages the bundle ships besides English. */
const SHIPPED = ['es', 'fr', 'de', 'pt', 'it', 'ja', 'ar'] as const;

const OLD_DATE = '2024-06-03T09:15:00Z';

const story = (n: number, overrides: Partial<Article> = {}): Article => ({
  id: `story-${n}`,
  title: `Story ${n}`,
  url: `https://news.example/stories/${n}`,
  publishedAt: OLD_DATE,
  sources: [{ name: 'Fortune' }, { name: 'The Verge' }],
  ...overrides,
});
const stories = (count: number) => Array.from({ length: count }, (_, index) => story(index + 1));

const part = <E extends Element = HTMLElement>(element: Element, name: string) =>
  shadow(element).querySelector<E>(`[part~="${name}"]`);
const textOf = (element: Element | null | undefined) => element?.textContent?.trim();
const cards = (rail: Element) => Array.from(shadow(rail).querySelectorAll<StoryCard>('story-card'));
const countOf = (element: Element) => textOf(deepQueryAll(element, '[part=count]')[0]);
const railHeading = (rail: Element) => textOf(part(rail, 'heading'));
const ariaLabel = (rail: Element, name: 'previous' | 'next') => part(rail, name)?.getAttribute('aria-label');

/**
 * "N Sources" as a reader of `locale` should read it: the form the table holds for the plural
 * category `Intl.PluralRules` gives, `other` when the table has none, and the locale's digits.
 */
const expectedCount = (table: Strings, count: number, locale: string) => {
  const category = new Intl.PluralRules(locale).select(count);
  const form = table.sources[category] ?? table.sources.other;
  return form.replace('{n}', expectedNumber(count, locale));
};

/** A rail of two stories inside `<div lang=…>`. */
async function railIn(lang: string | undefined, count = 2) {
  const wrapper = await mount<HTMLElement>(
    html`<div lang=${lang ?? ''}><related-rail .articles=${stories(count)}></related-rail></div>`,
  );
  if (lang === undefined) wrapper.removeAttribute('lang');
  await deepUpdated(wrapper);
  return { wrapper, rail: wrapper.querySelector('related-rail') as RelatedRail };
}

/** Waits for what a `lang` change triggers: the shared observer's callback (a microtask), then the updates. */
async function afterLangChange(root: Element) {
  await Promise.resolve();
  await deepUpdated(root);
}

// Strings added with setDigestStrings() are page-wide: each test records the tags it touched, and
// afterwards every key of those tags is set back to undefined, which the lookup skips.
const touched = new Set<string>();
const EMPTY = Object.fromEntries(Object.keys(en).map((key) => [key, undefined])) as DigestStrings;
function addStrings(lang: string, strings: DigestStrings) {
  touched.add(lang);
  setDigestStrings(lang, strings);
}
function clearAdded() {
  for (const lang of touched) setDigestStrings(lang, EMPTY);
  touched.clear();
}

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => {
  warn.restore();
  clearAdded();
});

describe('every shipped language speaks its own strings', () => {
  it('ships exactly en, es, fr, de, pt, it, ja and ar', () => {
    expect(Object.keys(builtIn).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'pt']);
  });

  for (const lang of SHIPPED) {
    const table = builtIn[lang] as Strings;

    it(`${lang}: the table differs from English`, () => {
      expect(table.continueReading).to.not.equal(en.continueReading);
      expect(table.retry).to.not.equal(en.retry);
      expect(table.share).to.not.equal(en.share);
    });

    it(`${lang}: the rail heading and the Previous/Next labels`, async () => {
      const { rail } = await railIn(lang);
      expect(railHeading(rail)).to.equal(table.continueReading);
      expect(ariaLabel(rail, 'previous')).to.equal(table.previous);
      expect(ariaLabel(rail, 'next')).to.equal(table.next);
    });

    for (const count of [1, 2, 22, 1_000_000]) {
      it(`${lang}: the stack count for ${count}`, async () => {
        const wrapper = await mount<HTMLElement>(
          html`<div lang=${lang}><source-stack count=${count}></source-stack></div>`,
        );
        const stack = wrapper.querySelector('source-stack') as SourceStack;
        expect(countOf(stack)).to.equal(expectedCount(table, count, lang));
      });
    }

    it(`${lang}: the cards in a rail count their sources in ${lang}`, async () => {
      const { rail } = await railIn(lang);
      expect(cards(rail).map(countOf)).to.deep.equal([
        expectedCount(table, 2, lang),
        expectedCount(table, 2, lang),
      ]);
    });

    it(`${lang}: the error placeholder and "Try again" of a failed load`, async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div lang=${lang}>
          <story-card src=${api(`/api/404?key=${uniqueKey(`lang-${lang}`)}`)} credentials="omit"></story-card>
        </div>`,
      );
      const card = wrapper.querySelector('story-card') as StoryCard;
      await oneEvent(card, 'digest-error');
      await deepUpdated(card);
      const error = part(card, 'error');
      expect(textOf(error?.querySelector('span'))).to.equal(table.unavailable);
      expect(textOf(error?.querySelector('button[part=retry]'))).to.equal(table.retry);
      expect(warn.calls.length).to.equal(1);
    });

    it(`${lang}: the placeholder of an unusable article`, async () => {
      const wrapper = await mount<HTMLElement>(
        html`<div lang=${lang}><story-card .article=${{} as Article}></story-card></div>`,
      );
      const card = wrapper.querySelector('story-card') as StoryCard;
      expect(textOf(part(card, 'error'))).to.equal(table.unavailable);
    });

    it(`${lang}: the digest's Sources heading, Share, curated-by, citations and count`, async () => {
      const wrapper = await mount<HTMLElement>(
        html`<div lang=${lang}><story-digest .article=${seedStory as Article}></story-digest></div>`,
      );
      const digest = wrapper.querySelector('story-digest') as StoryDigest;
      expect(textOf(part(digest, 'source-list-heading'))).to.equal(table.sourcesHeading);
      expect(textOf(part(digest, 'share'))).to.equal(table.share);
      expect(textOf(part(digest, 'curator'))).to.equal(
        table.curatedBy.replace('{name}', seedStory.curator.name).trim(),
      );
      expect(part(digest, 'citation')?.getAttribute('aria-label')).to.equal(
        table.citation
          .replace('{n}', expectedNumber(1, lang))
          .replace('{name}', seedStory.sources[0]?.name ?? ''),
      );
      expect(countOf(part(digest, 'sources') as Element)).to.equal(
        expectedCount(table, seedStory.sources.length, lang),
      );
      // The related rail inside the digest speaks the same language.
      const rail = part(digest, 'related') as RelatedRail;
      expect(railHeading(rail)).to.equal(table.continueReading);
    });
  }
});

describe('Arabic counts use every plural category', () => {
  const ar = builtIn.ar as Strings;
  const rules = new Intl.PluralRules('ar');

  it('the counts 1, 2, 3, 11 and 100 cover the categories one, two, few, many and other', () => {
    expect([1, 2, 3, 11, 100].map((n) => rules.select(n))).to.deep.equal([
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  for (const count of [1, 2, 3, 11, 100]) {
    it(`writes ${count} with the "${rules.select(count)}" form`, async () => {
      const wrapper = await mount<HTMLElement>(
        html`<div lang="ar"><source-stack count=${count}></source-stack></div>`,
      );
      const stack = wrapper.querySelector('source-stack') as SourceStack;
      const form = ar.sources[rules.select(count)];
      expect(form, 'the Arabic table has this form').to.be.a('string');
      expect(countOf(stack)).to.equal((form as string).replace('{n}', expectedNumber(count, 'ar')));
    });
  }

  it('gives 1, 2, 3, 11 and 100 five different texts', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="ar">
        ${[1, 2, 3, 11, 100].map((n) => html`<source-stack count=${n}></source-stack>`)}
      </div>`,
    );
    const texts = Array.from(wrapper.querySelectorAll('source-stack')).map(countOf);
    expect(new Set(texts).size).to.equal(5);
  });
});

describe('a regional tag falls back to its language', () => {
  for (const [lang, base] of [
    ['pt-BR', 'pt'],
    ['fr-CA', 'fr'],
    ['pt-br', 'pt'],
    ['es-MX', 'es'],
  ] as const) {
    it(`${lang} speaks ${base}, with ${lang} digits`, async () => {
      const table = builtIn[base] as Strings;
      const { rail } = await railIn(lang);
      expect(railHeading(rail)).to.equal(table.continueReading);
      expect(ariaLabel(rail, 'next')).to.equal(table.next);
      const wrapper = await mount<HTMLElement>(
        html`<div lang=${lang}><source-stack count="1234567"></source-stack></div>`,
      );
      expect(countOf(wrapper.querySelector('source-stack') as Element)).to.equal(
        expectedCount(table, 1234567, lang),
      );
    });
  }
});

describe('a language without strings, or no usable language, speaks English', () => {
  for (const lang of ['nl', 'xx', 'zh-Hant-TW']) {
    it(`lang="${lang}" gives the English strings`, async () => {
      const { rail } = await railIn(lang);
      expect(railHeading(rail)).to.equal('Continue Reading');
      expect(ariaLabel(rail, 'previous')).to.equal('Previous stories');
      expect(cards(rail).map(countOf)).to.deep.equal(['2 Sources', '2 Sources']);
    });
  }

  for (const lang of ['not a language!', '', 'en_US', '123']) {
    it(`lang=${JSON.stringify(lang)} gives the English strings`, async () => {
      const { rail } = await railIn(lang);
      expect(railHeading(rail)).to.equal('Continue Reading');
      expect(cards(rail).map(countOf)).to.deep.equal(['2 Sources', '2 Sources']);
    });
  }

  it('an invalid lang inside a lang="fr" block gives English, not French', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="fr">
        <div lang="not a language!"><related-rail .articles=${stories(2)}></related-rail></div>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    expect(railHeading(rail)).to.equal('Continue Reading');
  });

  it('no lang anywhere gives English', async () => {
    const had = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const { rail } = await railIn(undefined);
      expect(railHeading(rail)).to.equal('Continue Reading');
      expect(cards(rail).map(countOf)).to.deep.equal(['2 Sources', '2 Sources']);
    } finally {
      if (had !== null) document.documentElement.setAttribute('lang', had);
    }
  });
});

describe('the strings property', () => {
  const own: DigestStrings = {
    continueReading: 'More on this',
    previous: 'Back',
    next: 'Forward',
    logo: 'Mark of {name}',
    sources: { one: '{n} outlet', other: '{n} outlets' },
  };

  it('on a rail reaches its heading, its Previous/Next labels, its cards’ counts and their logos', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail
        .strings=${own}
        .articles=${[story(1), story(2, { sources: [{ name: 'Fortune' }] })]}
      ></related-rail>`,
    );
    expect(railHeading(rail)).to.equal('More on this');
    expect(ariaLabel(rail, 'previous')).to.equal('Back');
    expect(ariaLabel(rail, 'next')).to.equal('Forward');
    // A card whose story has one source names it instead of counting it (README, formats round).
    expect(cards(rail).map(countOf)).to.deep.equal(['2 outlets', 'Fortune']);
    const labels = deepQueryAll(rail, '[part~=monogram]').map((mark) => mark.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Mark of Fortune', 'Mark of The Verge', 'Mark of Fortune']);
  });

  it('set after the first render updates the rail and its cards', async () => {
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${stories(2)}></related-rail>`);
    expect(cards(rail).map(countOf)).to.deep.equal(['2 Sources', '2 Sources']);
    rail.strings = own;
    await deepUpdated(rail);
    expect(railHeading(rail)).to.equal('More on this');
    expect(ariaLabel(rail, 'next')).to.equal('Forward');
    expect(cards(rail).map(countOf)).to.deep.equal(['2 outlets', '2 outlets']);
  });

  it('keeps the language’s strings for the keys it does not set', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="de">
        <related-rail .strings=${{ next: 'Weiter' }} .articles=${stories(2)}></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    const de = builtIn.de as Strings;
    expect(ariaLabel(rail, 'next')).to.equal('Weiter');
    expect(ariaLabel(rail, 'previous')).to.equal(de.previous);
    expect(railHeading(rail)).to.equal(de.continueReading);
    expect(cards(rail).map(countOf)).to.deep.equal([expectedCount(de, 2, 'de'), expectedCount(de, 2, 'de')]);
  });

  it('on a digest reaches the digest, its sources list badges and its rail', async () => {
    const digest = await mount<StoryDigest>(
      html`<story-digest
        .strings=${{ ...own, sourcesHeading: 'Cited', share: 'Send' }}
        .article=${seedStory as Article}
      ></story-digest>`,
    );
    expect(textOf(part(digest, 'source-list-heading'))).to.equal('Cited');
    expect(textOf(part(digest, 'share'))).to.equal('Send');
    expect(countOf(part(digest, 'sources') as Element)).to.equal('3 outlets');
    const rail = part(digest, 'related') as RelatedRail;
    expect(railHeading(rail)).to.equal('More on this');
    expect(cards(rail).every((card) => card.strings === digest.strings)).to.equal(true);
    expect(countOf(cards(rail)[0] as Element)).to.equal('2 outlets');
    const listed = Array.from(shadow(digest).querySelectorAll<SourceBadge>('[part=source] source-badge'));
    expect(listed.length).to.equal(seedStory.sources.length);
    expect(listed.every((badge) => badge.strings === digest.strings)).to.equal(true);
  });

  it('ignores a value that is not a string, and a count without "other"', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="fr">
        <related-rail
          .strings=${{ continueReading: 42, previous: null, next: ['Suivant'], sources: { one: '{n} x' } } as unknown as DigestStrings}
          .articles=${stories(2)}
        ></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    const fr = builtIn.fr as Strings;
    expect(railHeading(rail)).to.equal(fr.continueReading);
    expect(ariaLabel(rail, 'previous')).to.equal(fr.previous);
    expect(ariaLabel(rail, 'next')).to.equal(fr.next);
    expect(cards(rail).map(countOf)).to.deep.equal([expectedCount(fr, 2, 'fr'), expectedCount(fr, 2, 'fr')]);
  });

  it('ignores a non-string value in English too', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail
        .strings=${{ continueReading: { text: 'x' } } as unknown as DigestStrings}
        .articles=${stories(1)}
      ></related-rail>`,
    );
    expect(railHeading(rail)).to.equal('Continue Reading');
  });
});

describe('setDigestStrings()', () => {
  it('adds a language, and elements already shown in it update', async () => {
    const { rail } = await railIn('nl');
    expect(railHeading(rail)).to.equal('Continue Reading');
    addStrings('nl', {
      continueReading: 'Lees verder',
      next: 'Volgende verhalen',
      sources: { one: '{n} bron', other: '{n} bronnen' },
    });
    await deepUpdated(rail);
    expect(railHeading(rail)).to.equal('Lees verder');
    expect(ariaLabel(rail, 'next')).to.equal('Volgende verhalen');
    // Keys it does not set stay English.
    expect(ariaLabel(rail, 'previous')).to.equal('Previous stories');
    expect(cards(rail).map(countOf)).to.deep.equal(['2 bronnen', '2 bronnen']);
    // Emptying the page's strings again (as after every test here) brings English back.
    clearAdded();
    await deepUpdated(rail);
    expect(railHeading(rail)).to.equal('Continue Reading');
  });

  it('merges later calls for the same language', async () => {
    addStrings('sv', { continueReading: 'Läs vidare' });
    addStrings('sv', { next: 'Nästa' });
    const { rail } = await railIn('sv');
    expect(railHeading(rail)).to.equal('Läs vidare');
    expect(ariaLabel(rail, 'next')).to.equal('Nästa');
  });

  it('accepts the tag in any case: "DA" applies to lang="da"', async () => {
    addStrings('DA', { continueReading: 'Læs videre' });
    touched.add('da');
    const { rail } = await railIn('da');
    expect(railHeading(rail)).to.equal('Læs videre');
  });

  it('changes a shipped language: the page’s exact locale wins over the shipped one', async () => {
    addStrings('fr', { continueReading: 'À lire aussi' });
    const { rail } = await railIn('fr');
    expect(railHeading(rail)).to.equal('À lire aussi');
    expect(ariaLabel(rail, 'next')).to.equal((builtIn.fr as Strings).next);
  });

  it('on a base language reaches its regions, over the shipped base language', async () => {
    addStrings('pt', { continueReading: 'Leia também' });
    const { rail } = await railIn('pt-BR');
    expect(railHeading(rail)).to.equal('Leia também');
    expect(ariaLabel(rail, 'next')).to.equal((builtIn.pt as Strings).next);
  });

  it('looks up the element’s strings, then the page’s exact locale, then the page’s base language', async () => {
    addStrings('qaa', { continueReading: 'base', next: 'base next', previous: 'base previous' });
    addStrings('qaa-BR', { continueReading: 'region', next: 'region next' });
    const wrapper = await mount<HTMLElement>(
      html`<div lang="qaa-BR">
        <related-rail .strings=${{ continueReading: 'own' }} .articles=${stories(2)}></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    expect(railHeading(rail)).to.equal('own');
    expect(ariaLabel(rail, 'next')).to.equal('region next');
    expect(ariaLabel(rail, 'previous')).to.equal('base previous');
    expect(cards(rail).map(countOf)).to.deep.equal(['2 Sources', '2 Sources']);
  });

  it('ignores a non-string value it was given', async () => {
    addStrings('qab', { continueReading: 7 as unknown as string, next: 'Seven' });
    const { rail } = await railIn('qab');
    expect(railHeading(rail)).to.equal('Continue Reading');
    expect(ariaLabel(rail, 'next')).to.equal('Seven');
  });

  for (const [name, call] of [
    ['an invalid tag', () => setDigestStrings('not a language!', { continueReading: 'Nope' })],
    ['an empty tag', () => setDigestStrings('', { continueReading: 'Nope' })],
    [
      'a tag that is not a string',
      () => setDigestStrings(42 as unknown as string, { continueReading: 'Nope' }),
    ],
    ['strings that are null', () => setDigestStrings('en', null as unknown as DigestStrings)],
    ['strings that are a string', () => setDigestStrings('en', 'Nope' as unknown as DigestStrings)],
  ] as const) {
    it(`warns once and changes nothing for ${name}`, async () => {
      const { rail } = await railIn('en');
      const before = { heading: railHeading(rail), counts: cards(rail).map(countOf) };
      call();
      await settle();
      await deepUpdated(rail);
      expect(warn.calls.length).to.equal(1);
      expect(warn.messages[0]).to.contain('setDigestStrings');
      expect({ heading: railHeading(rail), counts: cards(rail).map(countOf) }).to.deep.equal(before);
      expect(before.heading).to.equal('Continue Reading');
      const { rail: other } = await railIn('not a language!');
      expect(railHeading(other)).to.equal('Continue Reading');
    });
  }
});

describe('changing lang after the first render', () => {
  it('on an ancestor re-renders the rail, its cards and their stacks', async () => {
    const { wrapper, rail } = await railIn('en');
    expect(railHeading(rail)).to.equal('Continue Reading');
    wrapper.setAttribute('lang', 'de');
    await afterLangChange(wrapper);
    const de = builtIn.de as Strings;
    expect(railHeading(rail)).to.equal(de.continueReading);
    expect(cards(rail).map(countOf)).to.deep.equal([expectedCount(de, 2, 'de'), expectedCount(de, 2, 'de')]);
    expect(textOf(part(cards(rail)[0] as Element, 'date'))).to.equal(expectedDate(OLD_DATE, 'de'));
  });

  it('removing it from the ancestor goes back to English', async () => {
    const { wrapper, rail } = await railIn('it');
    expect(railHeading(rail)).to.equal((builtIn.it as Strings).continueReading);
    wrapper.removeAttribute('lang');
    await afterLangChange(wrapper);
    expect(railHeading(rail)).to.equal('Continue Reading');
  });

  it('on the element itself re-renders it', async () => {
    const stack = await mount<SourceStack>(html`<source-stack count="3"></source-stack>`);
    stack.setAttribute('lang', 'es');
    await afterLangChange(stack);
    expect(countOf(stack)).to.equal(expectedCount(builtIn.es as Strings, 3, 'es'));
  });

  it('on an ancestor inside a shadow root (a page component wrapping the element) re-renders it', async () => {
    const host = await mount<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const block = document.createElement('div');
    block.lang = 'en';
    block.innerHTML = '<source-stack count="3"></source-stack>';
    root.append(block);
    const stack = block.querySelector('source-stack') as SourceStack;
    await deepUpdated(stack);
    expect(countOf(stack)).to.equal('3 Sources');
    block.setAttribute('lang', 'de');
    await afterLangChange(stack);
    await settle();
    await deepUpdated(stack);
    expect(countOf(stack)).to.equal(expectedCount(builtIn.de as Strings, 3, 'de'));
  });

  it('on the host of a shadow root holding the element re-renders it', async () => {
    const host = await mount<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<source-stack count="3"></source-stack>';
    const stack = root.querySelector('source-stack') as SourceStack;
    await deepUpdated(stack);
    expect(countOf(stack)).to.equal('3 Sources');
    host.setAttribute('lang', 'de');
    await afterLangChange(stack);
    expect(countOf(stack)).to.equal(expectedCount(builtIn.de as Strings, 3, 'de'));
  });

  it('on <html> re-renders elements that have no lang of their own', async () => {
    const root = document.documentElement;
    const had = root.getAttribute('lang');
    root.removeAttribute('lang');
    try {
      const rail = await mount<RelatedRail>(html`<related-rail .articles=${stories(2)}></related-rail>`);
      expect(railHeading(rail)).to.equal('Continue Reading');
      root.setAttribute('lang', 'ja');
      await afterLangChange(rail);
      const ja = builtIn.ja as Strings;
      expect(railHeading(rail)).to.equal(ja.continueReading);
      expect(cards(rail).map(countOf)).to.deep.equal([
        expectedCount(ja, 2, 'ja'),
        expectedCount(ja, 2, 'ja'),
      ]);
    } finally {
      if (had === null) root.removeAttribute('lang');
      else root.setAttribute('lang', had);
    }
  });
});

describe('a card inside a rail follows the rail', () => {
  it('speaks the rail’s own lang: date, count and logo labels', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="en"><related-rail lang="de" .articles=${stories(2)}></related-rail></div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    const de = builtIn.de as Strings;
    expect(cards(rail)).to.have.length(2);
    for (const card of cards(rail)) {
      expect(textOf(part(card, 'date'))).to.equal(expectedDate(OLD_DATE, 'de'));
      expect(countOf(card)).to.equal(expectedCount(de, 2, 'de'));
    }
    const labels = deepQueryAll(rail, '[part~=monogram]').map((mark) => mark.getAttribute('aria-label'));
    expect(labels[0]).to.equal(de.logo.replace('{name}', 'Fortune'));
  });

  it('follows the rail when the rail’s lang changes', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail lang="de" .articles=${stories(2)}></related-rail>`,
    );
    rail.setAttribute('lang', 'fr');
    await afterLangChange(rail);
    const fr = builtIn.fr as Strings;
    expect(cards(rail)).to.have.length(2);
    for (const card of cards(rail)) {
      expect(textOf(part(card, 'date'))).to.equal(expectedDate(OLD_DATE, 'fr'));
      expect(countOf(card)).to.equal(expectedCount(fr, 2, 'fr'));
    }
  });

  it('a lang on the card itself still wins over the rail', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail lang="de" .articles=${stories(1)}></related-rail>`,
    );
    const card = cards(rail)[0] as StoryCard;
    card.setAttribute('lang', 'it');
    // Whether a change inside a shadow root is noticed is tested apart; here the card re-renders on request.
    card.requestUpdate();
    await deepUpdated(rail);
    expect(countOf(card)).to.equal(expectedCount(builtIn.it as Strings, 2, 'it'));
    expect(railHeading(rail)).to.equal((builtIn.de as Strings).continueReading);
  });
});

describe('right to left', () => {
  const latin = story(2, { title: 'Latin headline', sources: [{ name: 'Al Example' }] });

  it('the rail follows dir="rtl", while Arabic and Latin titles each keep their own direction', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <related-rail .articles=${[rtlStory as Article, latin]}></related-rail>
      </div>`,
    );
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    expect(getComputedStyle(part(rail, 'base') as Element).direction).to.equal('rtl');
    expect(getComputedStyle(part(rail, 'heading') as Element).direction).to.equal('rtl');
    expect(railHeading(rail)).to.equal((builtIn.ar as Strings).continueReading);
    const [arabicCard, latinCard] = cards(rail) as [StoryCard, StoryCard];
    // The heading, not only its link, takes the title's direction: it aligns like the summary.
    const arabicTitle = part(arabicCard, 'title') as Element;
    const latinTitle = part(latinCard, 'title') as Element;
    expect(arabicTitle.getAttribute('dir')).to.equal('auto');
    expect(latinTitle.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(arabicTitle).direction).to.equal('rtl');
    expect(getComputedStyle(latinTitle).direction).to.equal('ltr');
    expect(getComputedStyle(latinTitle).unicodeBidi).to.equal('isolate');
    // The count is interface text in the page's direction, isolated from the names around it.
    const count = deepQueryAll(latinCard, '[part=count]')[0] as Element;
    expect(count.getAttribute('dir')).to.equal('auto');
  });

  it('a digest isolates the Arabic title and the Latin and Arabic source names', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <story-digest .article=${{ ...rtlStory, curator: { name: 'Digest Desk' } } as Article}></story-digest>
      </div>`,
    );
    const digest = wrapper.querySelector('story-digest') as StoryDigest;
    const title = part(digest, 'title');
    expect(title?.getAttribute('dir')).to.equal('auto');
    expect(textOf(title)).to.equal(rtlStory.title);
    expect(getComputedStyle(title as Element).direction).to.equal('rtl');
    expect(getComputedStyle(title as Element).unicodeBidi).to.equal('isolate');
    const curator = part(digest, 'curator')?.querySelector('bdi');
    expect(textOf(curator)).to.equal('Digest Desk');
    expect(getComputedStyle(curator as Element).direction).to.equal('ltr');
    const names = deepQueryAll(digest, '[part=name]');
    expect(names.map(textOf)).to.deep.equal(['Al Example', 'صحيفة المثال']);
    expect(names.map((name) => name.getAttribute('dir'))).to.deep.equal(['auto', 'auto']);
    expect(names.map((name) => getComputedStyle(name).direction)).to.deep.equal(['ltr', 'rtl']);
    expect(names.map((name) => getComputedStyle(name).unicodeBidi)).to.deep.equal(['isolate', 'isolate']);
  });
});
