import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { Source, SourceStack } from '../../src/digest-elements.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { HOSTILE_URLS, LOGO, manySources, MISSING_LOGO, NON_STRING_URLS } from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { eventually, loadNow } from '../support/images.js';
import { expectedNumber } from '../support/intl.js';
import { mount } from '../support/mount.js';
import { collectUrls, deepQueryAll, deepUpdated, shadow } from '../support/shadow.js';
import { unsafeUrls } from '../support/urls.js';

const countText = (stack: Element) => shadow(stack).querySelector('[part=count]')?.textContent?.trim();
/** The list items, one per logo shown: the stack draws its logos itself. */
const badges = (stack: Element) => Array.from(shadow(stack).querySelectorAll('[part=badge]'));
/** The accessible names of the logos shown, in order. */
const logoNames = (stack: Element) =>
  badges(stack).map(
    (badge) =>
      badge.querySelector('[part=monogram], [part=logo]')?.getAttribute('aria-label') ??
      badge.querySelector('img')?.alt,
  );

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

describe('source-stack shows the publishers and "N Sources"', () => {
  it('renders one badge per source, in citation order, and the total', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(3)}></source-stack>`);
    expect(countText(stack)).to.equal('3 Sources');
    expect(logoNames(stack)).to.deep.equal(['Publisher 1 logo', 'Publisher 2 logo', 'Publisher 3 logo']);
    expect(warn.calls).to.have.length(0);
  });

  it('says "1 Source" for a single publisher', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(1)}></source-stack>`);
    expect(countText(stack)).to.equal('1 Source');
  });

  it('shows small logos, each a list item, drawn without nested elements', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(2)}></source-stack>`);
    const list = shadow(stack).querySelector('[part=logos]');
    expect(list?.localName).to.equal('ul');
    expect(list?.querySelectorAll(':scope > li[part=badge] > [part=monogram]')).to.have.length(2);
    expect(shadow(stack).querySelectorAll('source-badge')).to.have.length(0);
    const size = shadow(stack).querySelector('[part=monogram]')?.getBoundingClientRect().width ?? 0;
    expect(size).to.be.closeTo(24 * 0.8, 0.5);
  });

  it('passes each logo on to its badge', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack .sources=${[{ name: 'Fortune', logo: LOGO }]}></source-stack>`,
    );
    await deepUpdated(stack);
    const img = badges(stack)[0].querySelector('img');
    expect(img?.getAttribute('src')).to.equal(LOGO);
    expect(img?.alt).to.equal('Fortune logo');
  });

  it('renders nothing when there are no sources and no count', async () => {
    for (const sources of [[], undefined]) {
      const stack = await mount<SourceStack>(html`<source-stack .sources=${sources}></source-stack>`);
      expect(shadow(stack).children, String(sources)).to.have.length(0);
      expect(shadow(stack).textContent?.trim()).to.equal('');
    }
    const zero = await mount<SourceStack>(html`<source-stack count="0" .sources=${[]}></source-stack>`);
    expect(shadow(zero).children).to.have.length(0);
  });

  it('skips a source without a name and counts only the usable ones', async () => {
    const sources = [{ name: 'Fortune' }, { url: 'https://nameless.example/' }, { name: 'InfoWorld' }];
    const stack = await mount<SourceStack>(
      html`<source-stack .sources=${sources as Source[]}></source-stack>`,
    );
    expect(logoNames(stack)).to.deep.equal(['Fortune logo', 'InfoWorld logo']);
    expect(countText(stack)).to.equal('2 Sources');
    expect(warn.calls).to.have.length(1);
  });
});

describe('source-stack max: how many logos to show', () => {
  it('shows at most 4 logos by default, and counts them all', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(6)}></source-stack>`);
    expect(badges(stack)).to.have.length(4);
    expect(logoNames(stack)[0]).to.equal('Publisher 1 logo');
    expect(countText(stack)).to.equal('6 Sources');
  });

  it('follows the max attribute', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack max="2" .sources=${manySources(6)}></source-stack>`,
    );
    expect(badges(stack)).to.have.length(2);
    stack.setAttribute('max', '5');
    await stack.updateComplete;
    expect(badges(stack)).to.have.length(5);
    expect(countText(stack)).to.equal('6 Sources');
  });

  it('shows only the count with max="0"', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack max="0" .sources=${manySources(3)}></source-stack>`,
    );
    expect(badges(stack)).to.have.length(0);
    expect(countText(stack)).to.equal('3 Sources');
  });

  it('falls back to 4 for a max that is not a whole number ≥ 0', async () => {
    for (const max of ['-1', 'many', '2.5']) {
      const stack = await mount<SourceStack>(
        html`<source-stack max=${max} .sources=${manySources(6)}></source-stack>`,
      );
      expect(badges(stack), `max="${max}"`).to.have.length(4);
    }
  });
});

describe('source-stack count: the total when only the first few sources are listed', () => {
  it('shows "22 Sources" with 4 logos for count="22" and four sources', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack count="22" .sources=${manySources(4)}></source-stack>`,
    );
    expect(countText(stack)).to.equal('22 Sources');
    expect(badges(stack)).to.have.length(4);
  });

  it('takes the count as a property too', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack .count=${22} .sources=${manySources(4)}></source-stack>`,
    );
    expect(countText(stack)).to.equal('22 Sources');
  });

  it('never shows fewer than the sources listed', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack count="1" .sources=${manySources(3)}></source-stack>`,
    );
    expect(countText(stack)).to.equal('3 Sources');
  });

  it('ignores a count that is not a whole number ≥ 0', async () => {
    for (const count of ['-5', 'lots', '2.5']) {
      const stack = await mount<SourceStack>(
        html`<source-stack count=${count} .sources=${manySources(2)}></source-stack>`,
      );
      expect(countText(stack), `count="${count}"`).to.equal('2 Sources');
    }
  });

  it('shows the count alone when no sources are listed', async () => {
    const stack = await mount<SourceStack>(html`<source-stack count="5"></source-stack>`);
    expect(countText(stack)).to.equal('5 Sources');
    expect(shadow(stack).querySelector('[part=logos]')).to.equal(null);
  });
});

describe('source-stack reads its sources from an inline JSON child', () => {
  it('renders an array in <script type="application/json">', async () => {
    const stack = await mount<SourceStack>(
      `<source-stack count="22"><script type="application/json">${JSON.stringify(manySources(4))}</script></source-stack>`,
    );
    expect(countText(stack)).to.equal('22 Sources');
    expect(badges(stack)).to.have.length(4);
  });

  it('follows JSON added and changed after it connected', async () => {
    const stack = await mount<SourceStack>(html`<source-stack></source-stack>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(manySources(2));
    stack.append(script);
    await settle();
    await deepUpdated(stack);
    expect(countText(stack)).to.equal('2 Sources');
    script.textContent = JSON.stringify(manySources(1));
    await settle();
    await deepUpdated(stack);
    expect(countText(stack)).to.equal('1 Source');
  });

  it('prefers the sources property over inline JSON', async () => {
    const stack = await mount<SourceStack>(
      `<source-stack><script type="application/json">${JSON.stringify(manySources(2))}</script></source-stack>`,
    );
    stack.sources = manySources(5);
    await stack.updateComplete;
    expect(countText(stack)).to.equal('5 Sources');
  });
});

describe('source-stack keeps a monogram in place of a logo that failed to load', () => {
  it('shows the monogram once the logo fails', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack .sources=${[{ name: 'Fortune', logo: MISSING_LOGO }]}></source-stack>`,
    );
    loadNow(badges(stack)[0].querySelector('img'));
    // The first list item now holds the monogram (each logo is drawn with its list item).
    await eventually(
      () => badges(stack)[0].querySelector('[part=monogram]'),
      'the broken logo was not replaced',
    );
    expect(badges(stack)[0].querySelector('img')).to.equal(null);
    expect(badges(stack)).to.have.length(1);
  });

  it('does not bring the broken logo back when the stack re-renders', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack
        .sources=${[{ name: 'Fortune', logo: MISSING_LOGO }, ...manySources(5)]}
      ></source-stack>`,
    );
    loadNow(badges(stack)[0].querySelector('img'));
    await eventually(
      () => badges(stack)[0].querySelector('[part=monogram]'),
      'the broken logo was not replaced',
    );
    const badge = badges(stack)[0];
    stack.max = 6;
    await deepUpdated(stack);
    expect(badges(stack)[0]).to.equal(badge);
    expect(badge.querySelector('img'), 'broken <img> shown again').to.equal(null);
    expect(badge.querySelector('[part=monogram]')).to.not.equal(null);
  });
});

describe('source-stack linked: logos link to the cited articles only when asked', () => {
  it('does not link logos by default, so a card keeps a single link', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(3)}></source-stack>`);
    expect(deepQueryAll(stack, 'a')).to.have.length(0);
    expect(collectUrls(stack)).to.deep.equal([]);
  });

  it('links each logo to its source URL with the linked attribute', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack linked .sources=${manySources(3)}></source-stack>`,
    );
    await deepUpdated(stack);
    const hrefs = deepQueryAll<HTMLAnchorElement>(stack, 'a').map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(manySources(3).map((source) => source.url));
  });
});

describe('source-stack exposes its badges parts for styling', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      .styled::part(logos) { outline: 1px dotted rgb(1, 2, 3); }
      .styled::part(badge) { outline: 2px dotted rgb(1, 2, 3); }
      .styled::part(monogram) { outline: 3px dotted rgb(1, 2, 3); }
      .styled::part(logo) { outline: 4px dotted rgb(1, 2, 3); }
      .styled::part(count) { outline: 5px dotted rgb(1, 2, 3); }
    `;
    document.head.append(style);
  });
  after(() => style.remove());

  it('lets the page style logos, badge, monogram, logo and count through ::part()', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack
        class="styled"
        .sources=${[{ name: 'Fortune' }, { name: 'Metro', logo: LOGO }]}
      ></source-stack>`,
    );
    await deepUpdated(stack);
    const outline = (element: Element | null | undefined) =>
      element ? getComputedStyle(element).outlineWidth : 'missing';
    expect(outline(shadow(stack).querySelector('[part=logos]'))).to.equal('1px');
    expect(outline(badges(stack)[0])).to.equal('2px');
    expect(outline(badges(stack)[0].querySelector('[part=monogram]'))).to.equal('3px');
    expect(outline(badges(stack)[1].querySelector('[part=logo]'))).to.equal('4px');
    expect(outline(shadow(stack).querySelector('[part=count]'))).to.equal('5px');
  });
});

describe('source-stack reports unusable input to developers', () => {
  it('warns once and renders nothing for sources that are not a list, without digest-error', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const stack = await mount<SourceStack>(
        html`<source-stack .sources=${'Fortune' as never}></source-stack>`,
      );
      await settle();
      expect(shadow(stack).children).to.have.length(0);
      expect(warn.calls).to.have.length(1);
      expect(warn.messages[0]).to.contain('sources is not a list');
      expect(errors.events).to.have.length(0);
    } finally {
      errors.stop();
    }
  });

  it('does not warn again when it re-renders the same sources', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack .sources=${[{ name: 'Fortune', url: 'javascript:x' }]}></source-stack>`,
    );
    await settle();
    expect(warn.calls).to.have.length(1);
    stack.max = 2;
    stack.linked = true;
    await stack.updateComplete;
    await settle();
    expect(warn.calls).to.have.length(1);
  });
});

describe('source-stack speaks the page language', () => {
  for (const [locale, word] of [
    ['fr', 'sources'],
    ['de', 'Quellen'],
  ]) {
    it(`formats the count with ${locale} digits under lang="${locale}"`, async () => {
      const wrapper = await mount(
        html`<div lang=${locale}><source-stack count="1234" .sources=${manySources(2)}></source-stack></div>`,
      );
      const stack = wrapper.querySelector('source-stack') as SourceStack;
      const number = expectedNumber(1234, locale);
      expect(number).to.not.equal(expectedNumber(1234, 'en'));
      expect(countText(stack)).to.equal(`${number} ${word}`);
    });
  }

  it('uses en digits without any lang', async () => {
    const stack = await mount<SourceStack>(html`<source-stack count="1234"></source-stack>`);
    expect(countText(stack)).to.equal('1,234 Sources');
  });
});

describe('source-stack treats URLs as untrusted data', () => {
  it('binds only http(s) or mailto URLs without credentials, for every hostile vector', async () => {
    const urls = [...HOSTILE_URLS, ...NON_STRING_URLS];
    const sources = urls.map((url, index) => ({ name: `Publisher ${index}`, url, logo: url }));
    const stack = await mount<SourceStack>(
      html`<source-stack linked max="100" .sources=${sources as never}></source-stack>`,
    );
    await deepUpdated(stack);
    expect(badges(stack)).to.have.length(urls.length);
    expect(unsafeUrls(collectUrls(stack))).to.deep.equal([]);
    // The one safe source proves the collector looks inside the badges.
    const safe = await mount<SourceStack>(
      html`<source-stack
        linked
        .sources=${[{ name: 'Fortune', url: 'https://fortune.example/' }]}
      ></source-stack>`,
    );
    expect(collectUrls(safe).map((found) => found.value)).to.deep.equal(['https://fortune.example/']);
  });
});

describe('source-stack is accessible', () => {
  it('with monograms', async () => {
    const stack = await mount<SourceStack>(html`<source-stack .sources=${manySources(3)}></source-stack>`);
    await expect(stack).to.be.accessible();
  });

  it('with linked logos and a larger count', async () => {
    const stack = await mount<SourceStack>(
      html`<source-stack
        linked
        count="22"
        .sources=${[{ name: 'Fortune', url: 'https://fortune.example/', logo: LOGO }, ...manySources(3)]}
      ></source-stack>`,
    );
    await expect(stack).to.be.accessible();
  });

  it('in a right-to-left page', async () => {
    const wrapper = await mount(
      html`<div dir="rtl" lang="ar">
        <source-stack .sources=${[{ name: 'صحيفة المثال' }, { name: 'Al Example' }]}></source-stack>
      </div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});
