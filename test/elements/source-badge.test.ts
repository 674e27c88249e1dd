import { expect, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type { SourceBadge } from '../../src/digest-elements.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { HOSTILE_TEXT, HOSTILE_URLS, LOGO, MISSING_LOGO, NON_STRING_URLS } from '../support/data.js';
import { recordEvents, settle } from '../support/events.js';
import { eventually, loadNow } from '../support/images.js';
import { mount } from '../support/mount.js';
import { collectUrls, shadow } from '../support/shadow.js';
import { unsafeUrls } from '../support/urls.js';

const part = <E extends Element = HTMLElement>(badge: Element, name: string) =>
  shadow(badge).querySelector<E>(`[part~="${name}"]`);

/** Loads the badge's logo now and waits until it has loaded. */
async function logoLoaded(badge: SourceBadge): Promise<HTMLImageElement> {
  loadNow(part<HTMLImageElement>(badge, 'logo'));
  await eventually(() => {
    const img = part<HTMLImageElement>(badge, 'logo');
    return img?.complete && img.naturalWidth > 0;
  }, 'the logo did not load');
  return part<HTMLImageElement>(badge, 'logo') as HTMLImageElement;
}

/** Loads the badge's logo now and waits until the badge has swapped it for a monogram. */
async function logoFailed(badge: SourceBadge): Promise<void> {
  loadNow(part<HTMLImageElement>(badge, 'logo'));
  await eventually(() => part(badge, 'monogram'), 'the broken logo was not replaced by a monogram');
}

let warn: WarnSpy;
beforeEach(() => {
  warn = spyOnWarn();
});
afterEach(() => warn.restore());

describe('source-badge shows a publisher logo, linked to the cited article', () => {
  it('renders <img alt="Fortune logo"> inside a link from the name, href and logo attributes', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="https://fortune.example/story" logo=${LOGO}></source-badge>`,
    );
    const img = await logoLoaded(badge);
    expect(img.alt).to.equal('Fortune logo');
    expect(img.getAttribute('src')).to.equal(LOGO);
    const link = part<HTMLAnchorElement>(badge, 'base');
    expect(link?.localName).to.equal('a');
    expect(link?.getAttribute('href')).to.equal('https://fortune.example/story');
    expect(link?.contains(img)).to.equal(true);
    expect(part(badge, 'monogram')).to.equal(null);
    expect(warn.calls).to.have.length(0);
  });

  it('renders the same from the source property, which wins over the attributes', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge
        name="Ignored"
        .source=${{ name: 'Fortune', url: 'https://fortune.example/story', logo: LOGO }}
      ></source-badge>`,
    );
    const img = await logoLoaded(badge);
    expect(img.alt).to.equal('Fortune logo');
    expect(part(badge, 'base')?.getAttribute('href')).to.equal('https://fortune.example/story');
  });

  it('follows attribute changes after the first render', async () => {
    const badge = await mount<SourceBadge>(html`<source-badge name="Fortune"></source-badge>`);
    badge.setAttribute('name', 'Reuters');
    badge.setAttribute('href', 'https://reuters.example/');
    await badge.updateComplete;
    expect(part(badge, 'monogram')?.getAttribute('aria-label')).to.equal('Reuters logo');
    expect(part(badge, 'base')?.getAttribute('href')).to.equal('https://reuters.example/');
  });

  it('binds relative URLs as absolute ones, resolved against the page', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="/cited/story" logo="./logo.png"></source-badge>`,
    );
    expect(part(badge, 'base')?.getAttribute('href')).to.equal(
      new URL('/cited/story', document.baseURI).href,
    );
    expect(part(badge, 'logo')?.getAttribute('src')).to.equal(new URL('./logo.png', document.baseURI).href);
  });

  it('allows a mailto: link for a source', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="mailto:desk@fortune.example"></source-badge>`,
    );
    expect(part(badge, 'base')?.getAttribute('href')).to.equal('mailto:desk@fortune.example');
  });

  it('is not a link when the URL is missing or unsafe', async () => {
    for (const href of [undefined, 'javascript:alert(1)']) {
      const badge = await mount<SourceBadge>(
        html`<source-badge name="Fortune" href=${href ?? ''} logo=${LOGO}></source-badge>`,
      );
      expect(shadow(badge).querySelector('a'), String(href)).to.equal(null);
      expect(part(badge, 'base')?.localName).to.equal('span');
      expect(part<HTMLImageElement>(badge, 'logo')?.alt).to.equal('Fortune logo');
    }
  });

  it('renders nothing until it has a name', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge href="https://fortune.example/"></source-badge>`,
    );
    expect(shadow(badge).children).to.have.length(0);
    badge.setAttribute('name', 'Fortune');
    await badge.updateComplete;
    expect(part(badge, 'base')).to.not.equal(null);
  });
});

describe('source-badge shows a monogram when there is no usable logo', () => {
  it('shows initials with role=img and the accessible name "<name> logo" when the logo is missing', async () => {
    const badge = await mount<SourceBadge>(html`<source-badge name="The Verge"></source-badge>`);
    const monogram = part(badge, 'monogram');
    expect(monogram?.textContent?.trim()).to.equal('TV');
    expect(monogram?.getAttribute('role')).to.equal('img');
    expect(monogram?.getAttribute('aria-label')).to.equal('The Verge logo');
    expect(shadow(badge).querySelector('img')).to.equal(null);
  });

  it('uses at most two initials and upper-cases them', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="analytics india magazine"></source-badge>`,
    );
    expect(part(badge, 'monogram')?.textContent?.trim()).to.equal('AI');
  });

  for (const logo of ['javascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo=']) {
    it(`replaces an unsafe logo (${logo.slice(0, 11)}…) and never renders it`, async () => {
      const badge = await mount<SourceBadge>(html`<source-badge name="Fortune" logo=${logo}></source-badge>`);
      expect(part(badge, 'monogram')?.getAttribute('aria-label')).to.equal('Fortune logo');
      expect(shadow(badge).querySelector('img')).to.equal(null);
      expect(collectUrls(badge)).to.deep.equal([]);
    });
  }

  it('replaces a logo that fails to load', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="https://fortune.example/" logo=${MISSING_LOGO}></source-badge>`,
    );
    await logoFailed(badge);
    expect(shadow(badge).querySelector('img')).to.equal(null);
    expect(part(badge, 'monogram')?.getAttribute('aria-label')).to.equal('Fortune logo');
    expect(part(badge, 'base')?.getAttribute('href')).to.equal('https://fortune.example/');
  });

  it('tries again when it is given a new logo after one failed', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" logo=${MISSING_LOGO}></source-badge>`,
    );
    await logoFailed(badge);
    badge.logo = LOGO;
    await logoLoaded(badge);
    expect(part(badge, 'monogram')).to.equal(null);
  });

  it('gives a name the same colour every time, and different names different colours', async () => {
    const hueOf = async (name: string) => {
      const badge = await mount<SourceBadge>(html`<source-badge name=${name}></source-badge>`);
      const hue = Array.from(part(badge, 'monogram')?.classList ?? []).find((name) => /^hue-\d$/.test(name));
      expect(hue, `colour class for ${name}`).to.be.a('string');
      return hue;
    };
    expect(await hueOf('Fortune')).to.equal(await hueOf('Fortune'));
    const names = ['Fortune', 'InfoWorld', 'The Verge', 'Metro Daily', 'Seeking Alpha', 'Geeky Gadgets'];
    const hues = new Set(await Promise.all(names.map(hueOf)));
    expect(hues.size).to.be.greaterThan(1);
  });
});

describe('source-badge label="visible" shows the name beside the logo', () => {
  it('shows the name and hides the monogram from assistive technology', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" label="visible" href="https://fortune.example/"></source-badge>`,
    );
    expect(part(badge, 'name')?.textContent).to.equal('Fortune');
    const monogram = part(badge, 'monogram');
    expect(monogram?.getAttribute('aria-hidden')).to.equal('true');
    expect(monogram?.hasAttribute('role')).to.equal(false);
    expect(monogram?.hasAttribute('aria-label')).to.equal(false);
  });

  it('gives the logo an empty alt, since the visible name already names the link', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" label="visible" logo=${LOGO}></source-badge>`,
    );
    expect(part<HTMLImageElement>(badge, 'logo')?.getAttribute('alt')).to.equal('');
    expect(part(badge, 'name')?.textContent).to.equal('Fortune');
  });

  it('does not show the name by default', async () => {
    const badge = await mount<SourceBadge>(html`<source-badge name="Fortune"></source-badge>`);
    expect(part(badge, 'name')).to.equal(null);
  });
});

describe('source-badge size', () => {
  const widthOf = async (size?: string) => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" size=${size ?? 'medium'}></source-badge>`,
    );
    const base = part(badge, 'base');
    const mark = part(badge, 'monogram');
    return { classes: base?.classList, width: mark?.getBoundingClientRect().width ?? 0 };
  };

  it('is medium by default and puts the size class on the base part', async () => {
    const badge = await mount<SourceBadge>(html`<source-badge name="Fortune"></source-badge>`);
    expect(badge.size).to.equal('medium');
    expect(part(badge, 'base')?.classList.contains('medium')).to.equal(true);
  });

  it('draws small < medium < large', async () => {
    const small = await widthOf('small');
    const medium = await widthOf('medium');
    const large = await widthOf('large');
    expect(small.classes?.contains('small')).to.equal(true);
    expect(large.classes?.contains('large')).to.equal(true);
    expect(medium.width).to.equal(24);
    expect(small.width).to.be.lessThan(medium.width);
    expect(large.width).to.be.greaterThan(medium.width);
  });

  it('draws an unknown size like the default medium', async () => {
    // Like layout and heading-level on story-card, a mistyped value should fall back to the default.
    const unknown = await widthOf('huge');
    const medium = await widthOf('medium');
    expect(unknown.width).to.equal(medium.width);
  });

  it('keeps a fixed logo box, so a loading logo causes no layout shift', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" logo=${MISSING_LOGO}></source-badge>`,
    );
    const img = part<HTMLImageElement>(badge, 'logo');
    expect(img?.getAttribute('width')).to.equal('32');
    expect(img?.getAttribute('height')).to.equal('32');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    expect(img?.getAttribute('fetchpriority')).to.equal('low');
    expect(img?.getBoundingClientRect().width).to.equal(24);
  });
});

describe('source-badge reports unusable input to developers', () => {
  it('warns once and dispatches one digest-error when the source has no name', async () => {
    const errors = recordEvents<CustomEvent>(document, 'digest-error');
    try {
      const badge = await mount<SourceBadge>(
        html`<source-badge .source=${{ url: 'https://fortune.example/' } as never}></source-badge>`,
      );
      await settle();
      expect(shadow(badge).children).to.have.length(0);
      expect(errors.events).to.have.length(1);
      expect(errors.events[0].detail.message).to.equal('source-badge: source.name is missing');
      expect(errors.events[0].bubbles).to.equal(true);
      expect(errors.events[0].composed).to.equal(true);
      expect(warn.calls).to.have.length(1);
    } finally {
      errors.stop();
    }
  });

  it('warns once, without digest-error, when only the URL is unusable', async () => {
    const errors = recordEvents(document, 'digest-error');
    try {
      const badge = await mount<SourceBadge>(
        html`<source-badge name="Fortune" href="javascript:alert(1)"></source-badge>`,
      );
      await settle();
      expect(part(badge, 'monogram')).to.not.equal(null);
      expect(errors.events).to.have.length(0);
      expect(warn.calls).to.have.length(1);
      expect(warn.messages[0]).to.contain('source.url');
      badge.size = 'large';
      await badge.updateComplete;
      await settle();
      expect(warn.calls).to.have.length(1);
    } finally {
      errors.stop();
    }
  });
});

describe('source-badge treats names and URLs as untrusted data', () => {
  it('renders a name containing HTML as text', async () => {
    for (const name of Object.values(HOSTILE_TEXT)) {
      const badge = await mount<SourceBadge>(
        html`<source-badge name=${name} label="visible"></source-badge>`,
      );
      expect(part(badge, 'name')?.textContent).to.equal(name);
      expect(shadow(badge).querySelectorAll('img, script, b, i')).to.have.length(0);
    }
    await settle();
    expect((window as { __hostile?: boolean }).__hostile).to.equal(undefined);
  });

  it('binds only http(s) or mailto URLs without credentials, for every hostile vector', async () => {
    const checked: string[] = [];
    for (const url of [...HOSTILE_URLS, ...NON_STRING_URLS]) {
      const badges = [
        await mount<SourceBadge>(
          html`<source-badge .source=${{ name: 'Fortune', url, logo: url } as never}></source-badge>`,
        ),
      ];
      if (typeof url === 'string') {
        badges.push(
          await mount<SourceBadge>(
            html`<source-badge name="Fortune" href=${url} logo=${url}></source-badge>`,
          ),
        );
      }
      for (const badge of badges) {
        expect(part(badge, 'base'), 'the badge still renders').to.not.equal(null);
        const bad = unsafeUrls(collectUrls(badge));
        expect(bad, `for ${JSON.stringify(String(url)).slice(0, 60)}`).to.deep.equal([]);
      }
      checked.push(String(url));
    }
    expect(checked).to.have.length(HOSTILE_URLS.length + NON_STRING_URLS.length);
  });

  it('the URL check sees the URLs a badge does bind', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="https://fortune.example/" logo=${LOGO}></source-badge>`,
    );
    expect(collectUrls(badge).map((found) => found.value)).to.have.members([
      'https://fortune.example/',
      LOGO,
    ]);
  });
});

describe('source-badge is accessible', () => {
  it('with a logo', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="https://fortune.example/" logo=${LOGO}></source-badge>`,
    );
    await logoLoaded(badge);
    await expect(badge).to.be.accessible();
  });

  it('with a monogram', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge name="Fortune" href="https://fortune.example/"></source-badge>`,
    );
    await expect(badge).to.be.accessible();
  });

  it('with a monogram and no link', async () => {
    const badge = await mount<SourceBadge>(html`<source-badge name="Fortune"></source-badge>`);
    await expect(badge).to.be.accessible();
  });

  it('with the name visible', async () => {
    const badge = await mount<SourceBadge>(
      html`<source-badge
        name="Fortune"
        label="visible"
        href="https://fortune.example/"
        logo=${LOGO}
      ></source-badge>`,
    );
    await expect(badge).to.be.accessible();
  });

  it('in a right-to-left page', async () => {
    const wrapper = await mount(
      html`<div dir="rtl" lang="ar"><source-badge name="صحيفة المثال" label="visible"></source-badge></div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});
