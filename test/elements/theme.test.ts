import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/digest-elements.js';
import type { Article, RelatedRail, SourceStack, StoryCard, StoryDigest } from '../../src/digest-elements.js';
import { liveCounts } from '../../src/element/page-watch.js';
import seedStory from '../fixtures/seed-story.json';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { fullArticle } from '../support/data.js';
import { mount } from '../support/mount.js';
import { deepQuery, deepUpdated, shadow } from '../support/shadow.js';

/** The palettes the README documents ("Default (light / dark)"), as computed colours. */
const LIGHT = {
  text: 'rgb(27, 27, 31)',
  muted: 'rgb(93, 94, 102)',
  surface: 'rgb(255, 255, 255)',
  background: 'rgba(0, 0, 0, 0)',
};
const DARK = {
  text: 'rgb(232, 233, 238)',
  muted: 'rgb(180, 182, 191)',
  surface: 'rgb(32, 33, 38)',
  background: 'rgb(22, 23, 27)',
};
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

type Scheme = 'light' | 'dark';
const prefer = (scheme: Scheme) => emulateMedia({ colorScheme: scheme });

const part = <E extends Element = HTMLElement>(element: Element, name: string) =>
  shadow(element).querySelector<E>(`[part~="${name}"]`);
const style = (element: Element | null | undefined) => {
  if (!element) throw new Error('missing element');
  return getComputedStyle(element);
};
const cardsOf = (rail: Element) => Array.from(shadow(rail).querySelectorAll<StoryCard>('story-card'));
const bodyOf = (card: Element) => shadow(card).querySelector('.body');
const countOf = (element: Element) => deepQuery(element, '[part=count]');
const paddingOf = (card: Element) => parseFloat(style(bodyOf(card)).paddingTop);

const recent = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const OLD = '2020-05-04T10:00:00Z';

// ---- WCAG 2 contrast, from computed colours -------------------------------------------------

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]*)\)$/.exec(value.trim());
  if (!match) throw new Error(`unexpected computed colour: ${value}`);
  const [r = NaN, g = NaN, b = NaN, a = 1] = (match[1] as string)
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => (top[i] as number) * a + (bottom[i] as number) * (1 - a)).concat(1) as Rgba;
};

/** The element the browser renders `element` inside: its parent, or the host of its shadow root. */
const renderParent = (element: Element): Element | null => {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/** What is painted behind `element`: the backgrounds up to the first opaque one, over a white page. */
function effectiveBackground(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = renderParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

function contrast(element: Element): number {
  const background = effectiveBackground(element);
  const text = over(parseColor(getComputedStyle(element).color), background);
  const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// ---------------------------------------------------------------------------------------------

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(async () => {
  warn.restore();
  document.body.style.removeProperty('--digest-color-text');
  document.body.style.removeProperty('--digest-color-background');
  document.body.style.removeProperty('--digest-summary-lines');
  // No emulated preference outlives a test: the page is reused by other test files.
  await emulateMedia({ colorScheme: 'light' });
});

describe('the contrast helpers', () => {
  it('compute the WCAG ratios of known pairs', async () => {
    const el = await mount<HTMLElement>(
      html`<div style="background: #fff">
        <span style="color: #000">a</span><span style="color: #777">b</span>
      </div>`,
    );
    const [black, grey] = Array.from(el.children);
    expect(contrast(black as Element)).to.be.closeTo(21, 0.01);
    expect(contrast(grey as Element)).to.be.closeTo(4.48, 0.01);
  });

  it('treat a transparent page as white and walk up through shadow roots', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    await prefer('light');
    const count = countOf(card) as Element;
    expect(effectiveBackground(count).join()).to.equal('255,255,255,1');
  });
});

describe('theme="auto" follows the reader’s preference', () => {
  it('is the default: no theme is set and no theme attribute is written', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    expect(card.theme).to.equal(undefined);
    expect(card.hasAttribute('theme')).to.equal(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    const palette = scheme === 'light' ? LIGHT : DARK;

    it(`paints a card ${scheme} when the reader prefers ${scheme}`, async () => {
      await prefer(scheme);
      const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
      expect(style(part(card, 'title')).color).to.equal(palette.text);
      expect(style(part(card, 'base')).backgroundColor).to.equal(palette.surface);
      expect(style(part(card, 'summary')).color).to.equal(palette.muted);
    });

    it(`paints a rail heading ${scheme} when the reader prefers ${scheme}`, async () => {
      await prefer(scheme);
      const rail = await mount<RelatedRail>(html`<related-rail .articles=${[fullArticle()]}></related-rail>`);
      expect(style(part(rail, 'heading')).color).to.equal(palette.text);
      expect(style(rail).backgroundColor).to.equal(palette.background);
    });

    it(`with theme="auto" set explicitly, still follows a ${scheme} preference`, async () => {
      await prefer(scheme);
      const card = await mount<StoryCard>(
        html`<story-card theme="auto" .article=${fullArticle()}></story-card>`,
      );
      expect(style(part(card, 'title')).color).to.equal(palette.text);
    });
  }

  it('follows a change of preference on a card already shown', async () => {
    await prefer('light');
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    expect(style(part(card, 'title')).color).to.equal(LIGHT.text);
    await prefer('dark');
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
  });
});

describe('theme="light" and theme="dark" override the preference', () => {
  it('theme="light" stays light when the reader prefers dark', async () => {
    await prefer('dark');
    const card = await mount<StoryCard>(
      html`<story-card theme="light" .article=${fullArticle()}></story-card>`,
    );
    expect(style(part(card, 'title')).color).to.equal(LIGHT.text);
    expect(style(part(card, 'base')).backgroundColor).to.equal(LIGHT.surface);
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="light" .articles=${[fullArticle()]}></related-rail>`,
    );
    expect(style(part(rail, 'heading')).color).to.equal(LIGHT.text);
  });

  it('theme="dark" is dark when the reader prefers light', async () => {
    await prefer('light');
    const card = await mount<StoryCard>(
      html`<story-card theme="dark" .article=${fullArticle()}></story-card>`,
    );
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
    expect(style(part(card, 'base')).backgroundColor).to.equal(DARK.surface);
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="dark" .articles=${[fullArticle()]}></related-rail>`,
    );
    expect(style(part(rail, 'heading')).color).to.equal(DARK.text);
  });

  it('the theme property is reflected, and switching it repaints', async () => {
    await prefer('light');
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    card.theme = 'dark';
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
    card.theme = 'light';
    await card.updateComplete;
    expect(style(part(card, 'title')).color).to.equal(LIGHT.text);
  });

  it('an outermost dark rail paints its own backdrop on a light page', async () => {
    await prefer('light');
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="dark" .articles=${[fullArticle()]}></related-rail>`,
    );
    expect(style(rail).backgroundColor).to.equal(DARK.background);
  });

  it('a dark story-card paints no backdrop on its host: its card paints the surface', async () => {
    await prefer('light');
    const card = await mount<StoryCard>(
      html`<story-card theme="dark" .article=${fullArticle()}></story-card>`,
    );
    expect(style(card).backgroundColor).to.equal(TRANSPARENT);
    expect(style(part(card, 'base')).backgroundColor).to.equal(DARK.surface);
  });
});

describe('blocks inside another follow the outer block’s theme', () => {
  it('a card inside a theme="dark" rail is dark when the reader prefers light', async () => {
    await prefer('light');
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="dark" .articles=${[fullArticle()]}></related-rail>`,
    );
    const [card] = cardsOf(rail) as [StoryCard];
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
    expect(style(part(card, 'base')).backgroundColor).to.equal(DARK.surface);
    expect(style(countOf(card)).color).to.equal(DARK.muted);
    // Only the outermost block paints a backdrop.
    expect(style(card).backgroundColor).to.equal(TRANSPARENT);
  });

  it('a card inside a theme="light" rail is light when the reader prefers dark', async () => {
    await prefer('dark');
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="light" .articles=${[fullArticle()]}></related-rail>`,
    );
    const [card] = cardsOf(rail) as [StoryCard];
    expect(style(part(card, 'title')).color).to.equal(LIGHT.text);
    expect(style(part(card, 'base')).backgroundColor).to.equal(LIGHT.surface);
  });

  it('a card inside a dark rail stays dark even with theme="light" of its own', async () => {
    await prefer('light');
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="dark" .articles=${[fullArticle()]}></related-rail>`,
    );
    const [card] = cardsOf(rail) as [StoryCard];
    card.setAttribute('theme', 'light');
    await deepUpdated(rail);
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
  });

  it('the rail and cards inside a theme="dark" digest are dark, and only the digest paints a backdrop', async () => {
    await prefer('light');
    const digest = await mount<StoryDigest>(
      html`<story-digest theme="dark" .article=${seedStory as Article}></story-digest>`,
    );
    const rail = part(digest, 'related') as RelatedRail;
    expect(style(digest).backgroundColor).to.equal(DARK.background);
    expect(style(rail).backgroundColor).to.equal(TRANSPARENT);
    expect(style(part(rail, 'heading')).color).to.equal(DARK.text);
    const [card] = cardsOf(rail) as [StoryCard];
    expect(style(part(card, 'title')).color).to.equal(DARK.text);
    expect(style(part(card, 'base')).backgroundColor).to.equal(DARK.surface);
  });

  it('the stack inside a dark card shows its count in the dark muted colour', async () => {
    await prefer('light');
    const card = await mount<StoryCard>(
      html`<story-card theme="dark" .article=${fullArticle()}></story-card>`,
    );
    const stack = part(card, 'sources') as SourceStack;
    expect(style(stack).backgroundColor).to.equal(TRANSPARENT);
    expect(style(countOf(card)).color).to.equal(DARK.muted);
  });
});

describe('--digest-color-* tokens win over the theme', () => {
  it('--digest-color-text on body wins over theme="dark"', async () => {
    await prefer('light');
    document.body.style.setProperty('--digest-color-text', 'rgb(10, 20, 30)');
    const card = await mount<StoryCard>(
      html`<story-card theme="dark" .article=${fullArticle()}></story-card>`,
    );
    expect(style(part(card, 'title')).color).to.equal('rgb(10, 20, 30)');
    // Only that token: the surface keeps the dark theme.
    expect(style(part(card, 'base')).backgroundColor).to.equal(DARK.surface);
  });

  it('--digest-color-text on body wins over a dark preference, in a rail and its cards', async () => {
    await prefer('dark');
    document.body.style.setProperty('--digest-color-text', 'rgb(10, 20, 30)');
    const rail = await mount<RelatedRail>(html`<related-rail .articles=${[fullArticle()]}></related-rail>`);
    expect(style(part(rail, 'heading')).color).to.equal('rgb(10, 20, 30)');
    expect(style(part(cardsOf(rail)[0] as Element, 'title')).color).to.equal('rgb(10, 20, 30)');
  });

  it('--digest-color-background on body replaces the dark backdrop', async () => {
    await prefer('light');
    document.body.style.setProperty('--digest-color-background', 'rgb(1, 2, 3)');
    const rail = await mount<RelatedRail>(
      html`<related-rail theme="dark" .articles=${[fullArticle()]}></related-rail>`,
    );
    expect(style(rail).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('--digest-summary-lines sets the lines a card’s summary is clamped to', async () => {
    document.body.style.setProperty('--digest-summary-lines', '5');
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    expect(style(part(card, 'summary')).webkitLineClamp).to.equal('5');
  });
});

describe('density', () => {
  it('is comfortable by default: the card body is padded by one spacing unit (1rem)', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(paddingOf(card)).to.be.closeTo(rem, 0.01);
  });

  it('density="compact" reduces the card body padding to about two thirds', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <story-card .article=${fullArticle()}></story-card>
        <story-card density="compact" .article=${fullArticle()}></story-card>
      </div>`,
    );
    const [comfortable, compact] = Array.from(wrapper.querySelectorAll('story-card')) as [
      StoryCard,
      StoryCard,
    ];
    expect(paddingOf(compact)).to.be.lessThan(paddingOf(comfortable));
    expect(paddingOf(compact) / paddingOf(comfortable)).to.be.closeTo(2 / 3, 0.01);
  });

  it('the density property is reflected, and switching it back restores the padding', async () => {
    const card = await mount<StoryCard>(html`<story-card .article=${fullArticle()}></story-card>`);
    const comfortable = paddingOf(card);
    card.density = 'compact';
    await card.updateComplete;
    expect(card.getAttribute('density')).to.equal('compact');
    expect(paddingOf(card)).to.be.lessThan(comfortable);
    card.density = 'comfortable';
    await card.updateComplete;
    expect(paddingOf(card)).to.equal(comfortable);
  });

  it('a card inside a compact rail is compact', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <story-card density="compact" .article=${fullArticle()}></story-card>
        <related-rail density="compact" .articles=${[fullArticle()]}></related-rail>
      </div>`,
    );
    const alone = wrapper.querySelector('story-card') as StoryCard;
    const rail = wrapper.querySelector('related-rail') as RelatedRail;
    const [inRail] = cardsOf(rail) as [StoryCard];
    expect(paddingOf(inRail)).to.be.closeTo(paddingOf(alone), 0.01);
  });

  it('a card inside a comfortable rail is comfortable', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <story-card .article=${fullArticle()}></story-card>
        <related-rail .articles=${[fullArticle()]}></related-rail>
      </div>`,
    );
    const alone = wrapper.querySelector('story-card') as StoryCard;
    const [inRail] = cardsOf(wrapper.querySelector('related-rail') as RelatedRail) as [StoryCard];
    expect(paddingOf(inRail)).to.be.closeTo(paddingOf(alone), 0.01);
  });

  it('--digest-space still sets the unit that compact scales', async () => {
    const card = await mount<StoryCard>(
      html`<story-card
        density="compact"
        style="--digest-space: 30px"
        .article=${fullArticle()}
      ></story-card>`,
    );
    expect(paddingOf(card)).to.be.closeTo(30 * (2 / 3), 0.5);
  });
});

describe('text keeps a contrast of at least 4.5:1', () => {
  const setups: { name: string; scheme: Scheme; theme?: 'light' | 'dark' }[] = [
    { name: 'light preference', scheme: 'light' },
    { name: 'dark preference', scheme: 'dark' },
    { name: 'theme="dark" on a light page', scheme: 'light', theme: 'dark' },
    { name: 'theme="light" with a dark preference', scheme: 'dark', theme: 'light' },
  ];

  for (const { name, scheme, theme } of setups) {
    describe(name, () => {
      beforeEach(() => prefer(scheme));

      it('card title, summary, date and count', async () => {
        const card = await mount<StoryCard>(
          html`<story-card
            theme=${theme ?? 'auto'}
            .article=${fullArticle({ publishedAt: OLD })}
          ></story-card>`,
        );
        const ratios = {
          title: contrast(part(card, 'title') as Element),
          summary: contrast(part(card, 'summary') as Element),
          date: contrast(part(card, 'date') as Element),
          count: contrast(countOf(card) as Element),
        };
        for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).to.be.at.least(4.5);
      });

      it('the error placeholder', async () => {
        const card = await mount<StoryCard>(
          html`<story-card theme=${theme ?? 'auto'} .article=${{} as Article}></story-card>`,
        );
        const text = part(card, 'error')?.querySelector('span');
        expect(text?.textContent?.trim()).to.equal('This story is unavailable');
        expect(contrast(text as Element)).to.be.at.least(4.5);
      });

      it('the rail heading and its cards’ titles', async () => {
        const rail = await mount<RelatedRail>(
          html`<related-rail theme=${theme ?? 'auto'} .articles=${[fullArticle()]}></related-rail>`,
        );
        expect(contrast(part(rail, 'heading') as Element), 'heading').to.be.at.least(4.5);
        expect(contrast(part(cardsOf(rail)[0] as Element, 'title') as Element), 'title').to.be.at.least(4.5);
        expect(contrast(countOf(cardsOf(rail)[0] as Element) as Element), 'count').to.be.at.least(4.5);
      });

      it('a source-stack count on its own', async () => {
        const stack = await mount<SourceStack>(
          html`<source-stack theme=${theme ?? 'auto'} count="5"></source-stack>`,
        );
        expect(contrast(countOf(stack) as Element)).to.be.at.least(4.5);
      });

      it('the digest title, summary, date, curator and source links', async () => {
        const digest = await mount<StoryDigest>(
          html`<story-digest theme=${theme ?? 'auto'} .article=${seedStory as Article}></story-digest>`,
        );
        const ratios = {
          title: contrast(part(digest, 'title') as Element),
          summary: contrast(part(digest, 'summary') as Element),
          date: contrast(part(digest, 'date') as Element),
          curator: contrast(part(digest, 'curator') as Element),
          sourceLink: contrast(part(digest, 'source-link') as Element),
        };
        for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).to.be.at.least(4.5);
      });
    });
  }
});

describe('liveCounts(): the page-wide helpers live only while needed', () => {
  beforeEach(() => {
    // Every earlier fixture has been removed, so nothing is alive.
    expect(liveCounts()).to.deep.equal({ elements: 0, observing: false, ticking: false });
  });

  it('the clock ticks while a card shows a relative date, and stops when the card is removed', async () => {
    const card = await mount<StoryCard>(
      html`<story-card .article=${fullArticle({ publishedAt: recent(90) })}></story-card>`,
    );
    expect(part(card, 'date')?.hasAttribute('title')).to.equal(true);
    expect(liveCounts().ticking).to.equal(true);
    card.remove();
    expect(liveCounts().ticking).to.equal(false);
  });

  it('the clock does not tick for an absolute date', async () => {
    const card = await mount<StoryCard>(
      html`<story-card .article=${fullArticle({ publishedAt: OLD })}></story-card>`,
    );
    expect(part(card, 'date')?.hasAttribute('title')).to.equal(false);
    expect(liveCounts().ticking).to.equal(false);
    expect(liveCounts().observing).to.equal(true);
  });

  it('the clock does not tick for a recent date written with date-style="absolute"', async () => {
    await mount<StoryCard>(
      html`<story-card
        date-style="absolute"
        .article=${fullArticle({ publishedAt: recent(5) })}
      ></story-card>`,
    );
    expect(liveCounts().ticking).to.equal(false);
  });

  it('the clock does not tick for a card without a date', async () => {
    await mount<StoryCard>(
      html`<story-card .article=${fullArticle({ publishedAt: undefined })}></story-card>`,
    );
    expect(liveCounts().ticking).to.equal(false);
  });

  it('the clock stops when the card’s story changes to an old one', async () => {
    const card = await mount<StoryCard>(
      html`<story-card .article=${fullArticle({ publishedAt: recent(10) })}></story-card>`,
    );
    expect(liveCounts().ticking).to.equal(true);
    card.article = fullArticle({ publishedAt: OLD });
    await deepUpdated(card);
    expect(liveCounts().ticking).to.equal(false);
  });

  it('the clock stops when date-style switches to absolute', async () => {
    const card = await mount<StoryCard>(
      html`<story-card .article=${fullArticle({ publishedAt: recent(10) })}></story-card>`,
    );
    card.setAttribute('date-style', 'absolute');
    await deepUpdated(card);
    expect(liveCounts().ticking).to.equal(false);
    card.setAttribute('date-style', 'relative');
    await deepUpdated(card);
    expect(liveCounts().ticking).to.equal(true);
  });

  it('the clock keeps ticking until the last card with a relative date is gone', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <story-card .article=${fullArticle({ publishedAt: recent(10) })}></story-card>
        <story-card .article=${fullArticle({ publishedAt: recent(20) })}></story-card>
      </div>`,
    );
    const [first, second] = Array.from(wrapper.querySelectorAll('story-card')) as [StoryCard, StoryCard];
    first.remove();
    expect(liveCounts().ticking).to.equal(true);
    second.remove();
    expect(liveCounts().ticking).to.equal(false);
  });

  it('a rail whose cards show relative dates keeps the clock, until it is removed', async () => {
    const rail = await mount<RelatedRail>(
      html`<related-rail .articles=${[fullArticle({ publishedAt: recent(30) })]}></related-rail>`,
    );
    expect(liveCounts().ticking).to.equal(true);
    rail.remove();
    expect(liveCounts()).to.deep.equal({ elements: 0, observing: false, ticking: false });
  });

  it('every 60 s the clock asks the elements showing relative dates, and only them, to update', async () => {
    const original = window.setInterval;
    const timers: { delay: number | undefined; callback: () => void }[] = [];
    window.setInterval = ((callback: () => void, delay?: number) => {
      timers.push({ delay, callback });
      return original(callback, delay);
    }) as typeof window.setInterval;
    let relativeCard: StoryCard;
    let absoluteCard: StoryCard;
    try {
      const wrapper = await mount<HTMLElement>(
        html`<div>
          <story-card .article=${fullArticle({ publishedAt: recent(10) })}></story-card>
          <story-card .article=${fullArticle({ publishedAt: OLD })}></story-card>
        </div>`,
      );
      [relativeCard, absoluteCard] = Array.from(wrapper.querySelectorAll('story-card')) as [
        StoryCard,
        StoryCard,
      ];
    } finally {
      window.setInterval = original;
    }
    expect(timers.map((timer) => timer.delay)).to.deep.equal([60_000]);
    (timers[0] as { callback: () => void }).callback();
    expect(relativeCard.isUpdatePending).to.equal(true);
    expect(absoluteCard.isUpdatePending).to.equal(false);
    await relativeCard.updateComplete;
    expect(part(relativeCard, 'date')?.textContent?.trim()).to.equal(
      new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-10, 'minute'),
    );
  });

  it('the lang observer runs while an element is connected and disconnects when none is', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <source-stack count="2"></source-stack>
        <source-stack count="3"></source-stack>
      </div>`,
    );
    const [first, second] = Array.from(wrapper.querySelectorAll('source-stack')) as [
      SourceStack,
      SourceStack,
    ];
    expect(liveCounts().observing).to.equal(true);
    expect(liveCounts().elements).to.equal(2);
    first.remove();
    expect(liveCounts()).to.deep.equal({ elements: 1, observing: true, ticking: false });
    second.remove();
    expect(liveCounts()).to.deep.equal({ elements: 0, observing: false, ticking: false });
  });

  it('counts a card as one element (it draws its sources itself), which leaves with its removal', async () => {
    const card = await mount<StoryCard>(
      html`<story-card
        .article=${fullArticle({ publishedAt: OLD, sources: [{ name: 'A' }, { name: 'B' }] })}
      ></story-card>`,
    );
    // The card alone: it draws its logos and count itself.
    expect(liveCounts().elements).to.equal(1);
    card.remove();
    expect(liveCounts()).to.deep.equal({ elements: 0, observing: false, ticking: false });
  });

  it('an element put back on the page observes lang again, and follows a change', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div lang="en"><source-stack count="3"></source-stack></div>`,
    );
    const stack = wrapper.querySelector('source-stack') as SourceStack;
    stack.remove();
    expect(liveCounts().observing).to.equal(false);
    wrapper.append(stack);
    expect(liveCounts().observing).to.equal(true);
    wrapper.setAttribute('lang', 'de');
    // German is fetched on first use (its own chunk): the stack switches when it arrives.
    await waitUntil(() => countOf(stack)?.textContent?.trim() === '3 Quellen', 'the stack follows lang="de"');
    expect(countOf(stack)?.textContent?.trim()).to.equal('3 Quellen');
  });
});
