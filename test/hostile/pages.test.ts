import { expect, waitUntil } from '@open-wc/testing';
import { content, deepShadowAll, missing, openHostilePage, shadowText, type OpenedPage } from './frames.js';

/** What every hostile page must show: everything rendered, nothing run from the data. */
function expectRenderedSafely(page: OpenedPage): void {
  expect(missing(page.doc), 'elements that did not render their data').to.deep.equal([]);
  expect(page.win.__hostile, 'markup from the data ran').to.equal(undefined);
  const injected = deepShadowAll(page.doc, 'img, script, b').map((element) => element.outerHTML.slice(0, 80));
  expect(
    injected.filter((markup) => !markup.includes('part="image"') && !markup.includes('part="logo"')),
    'elements made from the data’s markup',
  ).to.deep.equal([]);
}

const clean = (page: OpenedPage) => ({
  violations: page.win.recorded.violations,
  errors: page.win.recorded.errors,
  warnings: page.win.recorded.warnings,
});

describe('hostile pages: strict CSP and Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const quiet: [string, string][] = [
    ['csp-esm.html', 'strict CSP with the ES module bundle'],
    ['csp-iife.html', 'strict CSP with the classic bundle in <head>'],
    ['trusted-types.html', 'Trusted Types enforced with the ES module bundle'],
    ['trusted-types-iife.html', 'Trusted Types enforced with the classic bundle in <head>'],
  ];
  for (const [name, label] of quiet) {
    it(`${label}: every element renders (inline JSON and src), with no violation, error or warning`, async () => {
      const page = await openHostilePage(name);
      expectRenderedSafely(page);
      expect(clean(page)).to.deep.equal({ violations: [], errors: [], warnings: [] });
    });
  }

  it('the CSP pages really enforce their policy: an inline style set by the test is reported as a violation', async () => {
    const page = await openHostilePage('csp-esm.html');
    const probe = page.doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    // An attribute style set from script is CSSOM-free markup: style-src without 'unsafe-inline' blocks it.
    page.doc.body.append(probe);
    const sheet = page.doc.createElement('style');
    sheet.textContent = '.probe { color: red; }';
    page.doc.head.append(sheet);
    // Reports are queued as tasks: wait for one to arrive (a generous bound: the failure is none at all).
    await waitUntil(() => page.win.recorded.violations.length > 0, 'no violation was reported', {
      interval: 10,
      timeout: 3000,
    });
    expect(page.win.recorded.violations.join('\n')).to.contain('style-src');
  });

  it('the Trusted Types page really enforces it: a plain string assigned to innerHTML throws', async () => {
    const page = await openHostilePage('trusted-types.html');
    const div = page.doc.createElement('div');
    let threw = '';
    try {
      div.innerHTML = '<b>x</b>';
    } catch (error) {
      threw = String((error as Error).name);
    }
    expect(threw).to.equal('TypeError');
  });

  it('the ES module twice and the classic bundle once: everything renders with exactly one warning and no violation or error', async () => {
    const page = await openHostilePage('double-load.html');
    expectRenderedSafely(page);
    expect(page.win.recorded.violations).to.deep.equal([]);
    expect(page.win.recorded.errors).to.deep.equal([]);
    expect(page.win.recorded.warnings).to.have.length(1);
    expect(page.win.recorded.warnings[0]).to.contain('<story-card>');
  });

  it('the ES module from two URLs and the classic bundle (three copies): renders with the single warning the README promises', async () => {
    const page = await openHostilePage('double-load-versions.html');
    expectRenderedSafely(page);
    expect(page.win.recorded.violations).to.deep.equal([]);
    expect(page.win.recorded.errors).to.deep.equal([]);
    // README: "a single console.warn names any tag another copy already owns".
    expect(page.win.recorded.warnings, page.win.recorded.warnings.join('\n')).to.have.length(1);
  });
});

describe('hostile pages: aggressive global CSS (* { all: unset }, img { width: 100% !important }, a { color: red }, html { font-size: 10px })', () => {
  let hostile: OpenedPage;
  let plain: OpenedPage;

  before(async () => {
    hostile = await openHostilePage('aggressive-css.html');
    plain = await openHostilePage('csp-esm.html');
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const style = (page: OpenedPage, element: Element | null | undefined) => {
    if (!element) throw new Error('element to measure is missing');
    return page.win.getComputedStyle(element);
  };
  const px = (value: string) => Number.parseFloat(value);
  const rootFontSize = (page: OpenedPage) => px(style(page, page.doc.documentElement).fontSize);
  const card = (page: OpenedPage) => page.doc.getElementById('card');
  const part = (host: Element | null | undefined, name: string) =>
    host?.shadowRoot?.querySelector(`[part~=${name}]`) ?? undefined;

  it('every element still renders, with no violation, error or warning', () => {
    expectRenderedSafely(hostile);
    expect(clean(hostile)).to.deep.equal({ violations: [], errors: [], warnings: [] });
  });

  it('the page really applies the reset: its own light-DOM links are red and its root font size is 10px', () => {
    const link = hostile.doc.createElement('a');
    link.href = 'https://news.example/';
    hostile.doc.body.append(link);
    expect(style(hostile, link).color).to.equal('rgb(255, 0, 0)');
    expect(rootFontSize(hostile)).to.equal(10);
    link.remove();
  });

  const linkColours = (page: OpenedPage) =>
    deepShadowAll(page.doc, 'a').map(
      (link) =>
        `${link.getRootNode() === page.doc ? '' : (link.getRootNode() as ShadowRoot).host.id || (link.getRootNode() as ShadowRoot).host.localName} ${link.getAttribute('part') ?? 'a'}: ${style(page, link).color}`,
    );

  it('no link inside any shadow root is red', () => {
    const colours = linkColours(hostile);
    expect(colours.length).to.be.greaterThan(10);
    expect(colours.filter((line) => line.endsWith('rgb(255, 0, 0)'))).to.deep.equal([]);
  });

  it('every link inside the shadow roots has the colour it has on a page without the reset', () => {
    expect(linkColours(hostile)).to.deep.equal(linkColours(plain));
  });

  it('text sizes inside the shadow roots follow the root font size as designed (rem): the card title is 1.0625rem and bold', () => {
    const title = part(card(hostile), 'title');
    expect(px(style(hostile, title).fontSize)).to.be.closeTo(1.0625 * rootFontSize(hostile), 0.01);
    expect(style(hostile, title).fontWeight).to.equal('700');
    // The same rule on a page with the default 16px root.
    expect(px(style(plain, part(card(plain), 'title')).fontSize)).to.be.closeTo(1.0625 * 16, 0.01);
  });

  it('lead images are not stretched by img { width: 100% !important }: each stays inside its 16:9 media box', () => {
    const boxes = deepShadowAll(hostile.doc, '[part~=media]');
    expect(boxes.length).to.be.greaterThan(1);
    const outside = boxes.flatMap((media) => {
      const img = media.querySelector('img');
      if (!img) return ['a media box without its image'];
      const a = img.getBoundingClientRect();
      const b = media.getBoundingClientRect();
      const inside =
        a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      return inside && b.width > 0
        ? []
        : [`${img.getAttribute('src')}: image ${a.width}×${a.height}, box ${b.width}×${b.height}`];
    });
    expect(outside).to.deep.equal([]);
    const cardMedia = part(card(hostile), 'media')?.getBoundingClientRect();
    expect((cardMedia?.width ?? 0) / (cardMedia?.height ?? 1)).to.be.closeTo(16 / 9, 0.02);
  });

  it('the card’s box is exactly as wide as its 320px container, as on a page without the reset', () => {
    for (const page of [hostile, plain]) {
      const container = page.doc.getElementById('card-box')?.getBoundingClientRect().width;
      const box = part(card(page), 'base')?.getBoundingClientRect().width;
      expect(container).to.equal(320);
      expect(box).to.equal(container);
    }
  });

  it('the card keeps its border, radius, padding and clamp: same computed values as without the reset (padding in rem)', () => {
    const look = (page: OpenedPage) => {
      const base = style(page, part(card(page), 'base'));
      const body = style(page, card(page)?.shadowRoot?.querySelector('.body'));
      const title = style(page, part(card(page), 'title'));
      return {
        border: base.borderTopWidth,
        radius: base.borderTopLeftRadius,
        overflow: base.overflow,
        display: base.display,
        paddingInRem: px(body.paddingTop) / rootFontSize(page),
        titleClamp: title.webkitLineClamp,
      };
    };
    expect(look(hostile)).to.deep.equal(look(plain));
  });

  it('the blocks’ own boxes are as wide as on a page without the reset, even though the reset makes the hosts inline', () => {
    // The reset wins over the hosts' :host rules (outer styles beat a shadow root's :host), so a
    // page that unsets everything decides the hosts' display; what the blocks render stays put.
    const widths = (page: OpenedPage) =>
      // Not the stack: its count text is sized in rem, so it follows the page's 10px root.
      ['digest', 'rail', 'card', 'badge'].map(
        (id) =>
          `${id}: ${Math.round(part(page.doc.getElementById(id), 'base')?.getBoundingClientRect().width ?? -1)}`,
      );
    expect(widths(hostile)).to.deep.equal(widths(plain));
  });

  it('the grid rail still answers its own width (container queries at 34, 52 and 70rem) under the reset', () => {
    const columns = (page: OpenedPage) =>
      style(page, part(page.doc.getElementById('rail'), 'list')).gridTemplateColumns.split(' ').length;
    // The breakpoints are in rem, so the 10px root moves them: 560px passes 34rem (340px) and
    // 52rem (520px) there, only 34rem (544px) on a 16px page. With the container lost, it would be 1.
    const expected = (page: OpenedPage) =>
      1 + [34, 52, 70].filter((rem) => rem * rootFontSize(page) <= 560).length;
    expect(expected(plain)).to.equal(2);
    expect(expected(hostile)).to.equal(3);
    expect(columns(plain)).to.equal(expected(plain));
    expect(columns(hostile)).to.equal(expected(hostile));
  });

  it('the digest headline keeps a heading size between its 1.5rem and 2.25rem bounds and its source links their accent colour', () => {
    const digest = hostile.doc.getElementById('digest');
    const size = px(style(hostile, part(digest, 'title')).fontSize);
    expect(size).to.be.within(1.5 * 10, 2.25 * 10);
    expect(shadowText(digest, '[part~=title]')).to.equal(content.digest.title);
    const link = part(digest, 'source-link');
    expect(style(hostile, link).color).to.equal(
      style(plain, part(plain.doc.getElementById('digest'), 'source-link')).color,
    );
  });
});

describe('hostile pages: a column with inherited text styles (white-space: nowrap, text-indent, text-transform: uppercase, letter-spacing, word-spacing, text-align: center, italic small-caps bold, word-break: break-all)', () => {
  let hostile: OpenedPage;
  let plain: OpenedPage;

  before(async () => {
    hostile = await openHostilePage('text-styles.html');
    plain = await openHostilePage('csp-esm.html');
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const rect = (element: Element | null | undefined) => {
    if (!element) throw new Error('element to measure is missing');
    return element.getBoundingClientRect();
  };
  /** Every element matching `selector` inside the shadow roots of the block with `id`. */
  const inBlock = (page: OpenedPage, id: string, selector: string) =>
    deepShadowAll(page.doc.getElementById(id) as Element, selector);
  /** Widths and heights, to the half pixel, of what `selector` matches in every block. */
  const boxes = (page: OpenedPage, selector: string) =>
    ['digest', 'rail', 'card', 'stack', 'remote-card', 'remote-rail'].flatMap((id) =>
      inBlock(page, id, selector).map((element) => {
        const { width, height } = rect(element);
        return `${id} ${Math.round(width * 2) / 2}×${Math.round(height * 2) / 2}`;
      }),
    );

  it('every element still renders, with no violation, error or warning', () => {
    expectRenderedSafely(hostile);
    expect(clean(hostile)).to.deep.equal({ violations: [], errors: [], warnings: [] });
  });

  it('the page really applies the column: its own text is nowrap, indented, upper case, spaced and centred', () => {
    const main = hostile.win.getComputedStyle(hostile.doc.querySelector('main') as Element);
    expect([main.whiteSpace, main.textIndent, main.textTransform, main.textAlign]).to.deep.equal([
      'nowrap',
      '64px',
      'uppercase',
      'center',
    ]);
    expect(Number.parseFloat(main.letterSpacing)).to.be.greaterThan(0);
  });

  it('the digest’s text wraps within its 640px box: no paragraph, heading, list item or link of its own runs past it', () => {
    const box = rect(hostile.doc.getElementById('digest-box'));
    expect(box.width).to.equal(640);
    const digest = hostile.doc.getElementById('digest') as Element;
    expect(digest.scrollWidth, 'the digest’s scroll width').to.be.at.most(640);
    // Its own text; the related rail's row scrolls by design.
    const overflowing = Array.from(digest.shadowRoot?.querySelectorAll('p, h1, h2, h3, li, a') ?? [])
      .filter((element) => rect(element).width > 0 && rect(element).right > box.right + 0.5)
      .map((element) => `${element.localName}: ${element.textContent?.trim().slice(0, 40) ?? ''}`);
    expect(overflowing).to.deep.equal([]);
  });

  it('titles, summaries and paragraphs lay out exactly as on a page without the column: not clipped mid-word, not widened, not re-cased', () => {
    for (const selector of ['[part~=title-link]', '[part~=title]', '[part~=summary]', 'p']) {
      expect(boxes(hostile, selector), selector).to.deep.equal(boxes(plain, selector));
    }
    const titles = [
      ...inBlock(hostile, 'card', '[part~=title-link]'),
      ...inBlock(hostile, 'rail', '[part~=title-link]'),
    ];
    expect(titles.length).to.be.greaterThan(1);
    for (const title of titles) {
      expect(title.scrollWidth, `title "${title.textContent?.trim() ?? ''}" overflows`).to.be.at.most(
        title.clientWidth,
      );
      expect(hostile.win.getComputedStyle(title).textTransform).to.equal('none');
    }
  });

  it('monogram letters stay inside their discs', () => {
    const monograms = deepShadowAll(hostile.doc, '[part~=monogram]');
    expect(monograms.length, 'monograms on the page').to.be.greaterThan(0);
    const outside = monograms.flatMap((monogram) => {
      const disc = rect(monogram);
      const range = hostile.doc.createRange();
      range.selectNodeContents(monogram);
      const letters = range.getBoundingClientRect();
      const inside =
        letters.left >= disc.left - 0.5 &&
        letters.right <= disc.right + 0.5 &&
        letters.top >= disc.top - 0.5 &&
        letters.bottom <= disc.bottom + 0.5;
      return inside
        ? []
        : [
            `"${monogram.textContent ?? ''}" at ${letters.left}–${letters.right} in ${disc.left}–${disc.right}`,
          ];
    });
    expect(outside).to.deep.equal([]);
  });
});
