import { expect, html } from '@open-wc/testing';
import * as entry from '../../src/digest-elements.js';
import { defineElements, SourceBadge, SourceStack, StoryCard } from '../../src/digest-elements.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { fullArticle } from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { mount } from '../support/mount.js';
import { deepUpdated, shadow } from '../support/shadow.js';

const titleOf = (card: Element) => shadow(card).querySelector('[part~=title]')?.textContent;

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

describe('importing the library defines every element', () => {
  it('registers <source-badge>, <source-stack> and <story-card> with the exported classes', () => {
    expect(customElements.get('source-badge')).to.equal(SourceBadge);
    expect(customElements.get('source-stack')).to.equal(SourceStack);
    expect(customElements.get('story-card')).to.equal(StoryCard);
  });
});

describe('loading the library twice is harmless', () => {
  it('evaluating the entry module a second time neither throws nor warns', async () => {
    // A query string makes the browser evaluate the entry that defines the elements (the CDN's
    // whole-library entry) again as a new module, as when a page includes the script twice; its
    // imports resolve to the same element modules as ours.
    const again = '../../src/define/all.ts?loaded=twice';
    const module = (await import(again)) as typeof import('../../src/define/all.js');
    expect(module, 'a second evaluation').to.not.equal(entry);
    expect(module.StoryCard).to.equal(StoryCard);
    expect(customElements.get('story-card')).to.equal(StoryCard);
    expect(warn.calls).to.have.length(0);
  });

  it('calling defineElements again with the same classes neither throws nor warns', () => {
    const tags = { 'source-badge': SourceBadge, 'source-stack': SourceStack, 'story-card': StoryCard };
    expect(() => defineElements(tags)).to.not.throw();
    expect(() => defineElements(tags)).to.not.throw();
    expect(warn.calls).to.have.length(0);
  });
});

describe('a tag already taken by another copy of the library', () => {
  it('keeps the first definition, does not throw, and warns once naming the tags', async () => {
    const otherCopy = {
      'source-badge': class extends SourceBadge {},
      'story-card': class extends StoryCard {},
      'fresh-stack': class extends SourceStack {},
    };
    expect(() => defineElements(otherCopy)).to.not.throw();
    expect(warn.calls).to.have.length(1);
    expect(warn.messages[0]).to.contain('<source-badge>');
    expect(warn.messages[0]).to.contain('<story-card>');
    expect(warn.messages[0]).to.not.contain('fresh-stack');
    expect(customElements.get('story-card')).to.equal(StoryCard);
    expect(customElements.get('source-badge')).to.equal(SourceBadge);
    // A free tag in the same call is still registered.
    expect(customElements.get('fresh-stack')).to.equal(otherCopy['fresh-stack']);

    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    expect(card).to.be.instanceOf(StoryCard);
    expect(titleOf(card)).to.equal(fullArticle().title);
  });
});

describe('the exported classes can be registered under other names', () => {
  it('renders a subclass registered with customElements.define', async () => {
    customElements.define('my-card', class extends StoryCard {});
    const card = await mount<StoryCard>(html`<my-card .article=${fullArticle()}></my-card>`);
    expect(titleOf(card)).to.equal(fullArticle().title);
    expect(shadow(card).querySelector('[part=count]')?.textContent?.trim()).to.equal('3 Sources');
    expect(warn.calls).to.have.length(0);
  });

  it('names its own tag in what it reports', async () => {
    customElements.define('my-error-card', class extends StoryCard {});
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      await mount(html`<my-error-card .article=${{}}></my-error-card>`);
      await settle();
      expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
        'my-error-card: article.title is missing',
      ]);
      expect(warn.messages[0]).to.match(/^my-error-card: /);
    } finally {
      errors.stop();
    }
  });

  it('registers subclasses under new names through defineElements', async () => {
    defineElements({ 'my-badge': class extends SourceBadge {} });
    const badge = await mount(html`<my-badge name="Fortune"></my-badge>`);
    expect(shadow(badge).querySelector('[part=monogram]')?.getAttribute('aria-label')).to.equal(
      'Fortune logo',
    );
    expect(warn.calls).to.have.length(0);
  });
});

describe('defineElements never throws', () => {
  it('does not throw when handed a class that is already registered under another tag', () => {
    // A publisher renaming an element after importing the entry (which already defined
    // <story-card> with StoryCard). The platform refuses one constructor under two names; the
    // guard should turn that into a warning and still register the rest.
    const freshBadge = class extends SourceBadge {};
    expect(() => defineElements({ 'news-card': StoryCard, 'news-badge': freshBadge })).to.not.throw();
    expect(customElements.get('news-badge')).to.equal(freshBadge);
    expect(warn.calls).to.have.length(1);
    expect(warn.messages[0]).to.contain('news-card');
  });
});

describe('a property set before the tag is defined is kept', () => {
  it('renders the article set on a connected element that is upgraded later', async () => {
    const card = document.createElement('late-card') as StoryCard;
    card.article = fullArticle();
    card.setAttribute('heading-level', '2');
    document.body.append(card);
    try {
      customElements.define('late-card', class extends StoryCard {});
      await deepUpdated(card);
      expect(titleOf(card)).to.equal(fullArticle().title);
      expect(shadow(card).querySelector('[part~=title]')?.localName).to.equal('h2');
      // The value became the element's reactive property, not a stray own field.
      card.article = { title: 'Changed after upgrade' };
      await card.updateComplete;
      expect(titleOf(card)).to.equal('Changed after upgrade');
    } finally {
      card.remove();
    }
  });

  it('renders the article set on a detached element that is defined, then connected', async () => {
    const card = document.createElement('later-card') as StoryCard;
    card.article = fullArticle();
    customElements.define('later-card', class extends StoryCard {});
    document.body.append(card);
    try {
      await deepUpdated(card);
      expect(titleOf(card)).to.equal(fullArticle().title);
    } finally {
      card.remove();
    }
  });

  it('keeps a source set on a badge before its tag is defined', async () => {
    const badge = document.createElement('late-badge') as SourceBadge;
    badge.source = { name: 'Fortune', url: 'https://fortune.example/' };
    document.body.append(badge);
    try {
      customElements.define('late-badge', class extends SourceBadge {});
      await deepUpdated(badge);
      expect(shadow(badge).querySelector('a')?.getAttribute('href')).to.equal('https://fortune.example/');
    } finally {
      badge.remove();
    }
  });
});
