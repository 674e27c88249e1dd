import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/digest-elements.js';
import type {
  DigestErrorDetail,
  DigestLoadDetail,
  RelatedRail,
  StoryCard,
  StoryDigest,
} from '../../src/digest-elements.js';
import { api, record, uniqueKey } from '../support/api.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { fullArticle, jsonScript } from '../support/data.js';
import { recordEvents, settle, type EventLog } from '../support/events.js';
import { shadow } from '../support/shadow.js';

const part = (element: Element, name: string) =>
  shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const titleOf = (element: Element) => part(element, 'title')?.textContent?.trim();
const skeletonOf = (element: Element) => shadow(element).querySelector('[part=skeleton][aria-busy=true]');
const retryOf = (element: Element) =>
  part(element, 'error')?.querySelector<HTMLButtonElement>('button[part=retry]');

/** Puts an element (or a wrapper of several) on the page; its first update is still to come. */
function place<T extends Element>(template: unknown): T {
  return fixtureSync<T>(html`${template}`);
}

const card = (src: string, attributes: Partial<Record<'credentials' | 'timeout', string>> = {}) =>
  place<StoryCard>(
    html`<story-card
      src=${src}
      credentials=${attributes.credentials ?? 'omit'}
      timeout=${attributes.timeout ?? '10000'}
    ></story-card>`,
  );

/** The next `digest-load` or `digest-error` from `element`; fails the test if the other one comes first. */
function next<K extends 'digest-load' | 'digest-error'>(
  element: Element,
  type: K,
): Promise<CustomEvent<K extends 'digest-load' ? DigestLoadDetail : DigestErrorDetail>> {
  const other = type === 'digest-load' ? 'digest-error' : 'digest-load';
  return new Promise((resolve, reject) => {
    const onType = (event: Event) => {
      element.removeEventListener(other, onOther);
      resolve(event as CustomEvent);
    };
    const onOther = (event: Event) => {
      element.removeEventListener(type, onType);
      reject(new Error(`expected ${type}, got ${other}: ${JSON.stringify((event as CustomEvent).detail)}`));
    };
    element.addEventListener(type, onType, { once: true });
    element.addEventListener(other, onOther, { once: true });
  });
}

const from = (log: EventLog<CustomEvent>, element: Element) => log.events.filter((e) => e.target === element);

// Every test watches for what a page must never see: console noise and unhandled rejections.
let warn: WarnSpy;
let errors: unknown[][];
let unhandled: unknown[];
let loads: EventLog<CustomEvent<DigestLoadDetail>>;
let failures: EventLog<CustomEvent<DigestErrorDetail>>;
const originalError = console.error;
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

beforeEach(() => {
  warn = spyOnWarn();
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
  loads = recordEvents(document, 'digest-load');
  failures = recordEvents(document, 'digest-error');
});

afterEach(() => {
  warn.restore();
  console.error = originalError;
  window.removeEventListener('unhandledrejection', onUnhandled);
  loads.stop();
  failures.stop();
  expect(errors, 'console.error calls').to.deep.equal([]);
  expect(unhandled, 'unhandled rejections').to.deep.equal([]);
});

describe('story-card loading from src', () => {
  it('shows a busy skeleton while the request is pending, then the story', async () => {
    const key = uniqueKey('skeleton');
    const el = card(`/api/slow?ms=1000&title=After+the+wait&key=${key}`);
    const loaded = next(el, 'digest-load');
    await el.updateComplete;
    const skeleton = skeletonOf(el);
    expect(skeleton, 'skeleton').to.be.instanceOf(HTMLElement);
    expect(skeleton?.textContent).to.contain('Loading…');
    expect(part(el, 'base')).to.equal(null);
    expect(part(el, 'error')).to.equal(null);
    // Still loading once the request has reached the server.
    expect((await record(key, 'pending')).pending).to.equal(1);
    expect(skeletonOf(el)).to.be.instanceOf(HTMLElement);
    await loaded;
    expect(skeletonOf(el)).to.equal(null);
    expect(shadow(el).querySelector('[aria-busy]')).to.equal(null);
    expect(titleOf(el)).to.equal('After the wait');
    expect(warn.calls).to.have.length(0);
  });

  it('renders the loaded story, then fires digest-load with the URL', async () => {
    const el = card('/api/article.json');
    let titleAtEvent: string | undefined;
    el.addEventListener('digest-load', () => (titleAtEvent = titleOf(el)));
    const event = await next(el, 'digest-load');
    expect(event.detail).to.deep.equal({ url: api('/api/article.json') });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(titleAtEvent, 'title rendered when digest-load fired').to.equal('A story loaded from src');
    expect(part(el, 'title-link')?.getAttribute('href')).to.equal('https://news.example/stories/fixture');
    await settle();
    expect(from(loads, el)).to.have.length(1);
    expect(from(failures, el)).to.have.length(0);
    expect(warn.calls).to.have.length(0);
  });

  describe('shows the placeholder, "Try again", one digest-error and one warning', () => {
    const cases: { name: string; path: string; status?: number; timeout?: string }[] = [
      { name: 'a 404', path: '/api/404', status: 404 },
      { name: 'a 500', path: '/api/500', status: 500 },
      { name: 'an HTML page served with 200', path: '/api/html', status: 200 },
      { name: 'JSON served as text/plain', path: '/api/wrong-type', status: 200 },
      { name: 'a body that is not valid JSON', path: '/api/invalid-json', status: 200 },
      { name: 'a 5 MB body streamed without Content-Length', path: '/api/big', status: 200 },
      { name: 'a body that declares 5 MB', path: '/api/big-declared', status: 200 },
      { name: 'a response that never comes, after the timeout', path: '/api/hang', timeout: '300' },
      { name: 'a connection dropped without an answer', path: '/api/drop' },
    ];
    for (const { name, path, status, timeout } of cases) {
      it(`for ${name}`, async () => {
        const key = uniqueKey(path.slice(5));
        const url = api(`${path}?key=${key}`);
        const el = card(`${path}?key=${key}`, timeout ? { timeout } : {});
        const event = await next(el, 'digest-error');
        await settle();
        expect(skeletonOf(el)).to.equal(null);
        expect(part(el, 'error')?.textContent).to.contain('This story is unavailable');
        expect(retryOf(el)?.textContent?.trim()).to.equal('Try again');
        expect(retryOf(el)?.type).to.equal('button');
        expect(from(failures, el)).to.have.length(1);
        expect(from(loads, el)).to.have.length(0);
        const { detail } = event;
        expect(detail.message).to.match(/^story-card: /);
        expect(detail.message).to.contain(url);
        expect(detail.status).to.equal(status);
        expect(detail.url).to.equal(url);
        expect(detail.problems).to.have.length(1);
        expect(warn.calls).to.have.length(1);
        expect(warn.messages[0]).to.contain(url);
        // One request, not retried behind the publisher's back. (The browser itself may resend a
        // request whose connection dropped before any answer, so that case is not counted.)
        if (path !== '/api/drop') expect((await record(key)).hits).to.equal(1);
      });
    }

    it('for src="javascript:alert(1)", without making any request', async () => {
      const original = window.fetch;
      const fetched: unknown[] = [];
      window.fetch = (...args: Parameters<typeof fetch>) => {
        fetched.push(args[0]);
        return original(...args);
      };
      try {
        const el = place<StoryCard>(html`<story-card src="javascript:alert(1)"></story-card>`);
        const event = await next(el, 'digest-error');
        await settle();
        expect(fetched).to.deep.equal([]);
        expect(retryOf(el)?.textContent?.trim()).to.equal('Try again');
        expect(event.detail.url).to.equal('javascript:alert(1)');
        expect(event.detail.status).to.equal(undefined);
        expect(event.detail.message).to.match(/^story-card: /);
        expect(from(failures, el)).to.have.length(1);
        expect(warn.calls).to.have.length(1);
      } finally {
        window.fetch = original;
      }
    });

    it('and stops waiting for a response that never comes: the request is cancelled', async () => {
      const key = uniqueKey('hang-cancelled');
      const el = card(`/api/hang?key=${key}`, { timeout: '300' });
      await next(el, 'digest-error');
      expect(await record(key, 'aborted')).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
    });
  });

  describe('"Try again"', () => {
    it('loads again and shows the story when the second attempt works', async () => {
      const key = uniqueKey('flaky');
      const el = card(`/api/flaky?key=${key}`);
      expect((await next(el, 'digest-error')).detail.status).to.equal(500);
      const loaded = next(el, 'digest-load');
      retryOf(el)?.click();
      await el.updateComplete;
      expect(skeletonOf(el), 'skeleton while retrying').to.be.instanceOf(HTMLElement);
      expect(part(el, 'error')).to.equal(null);
      expect((await loaded).detail).to.deep.equal({ url: api(`/api/flaky?key=${key}`) });
      expect(titleOf(el)).to.equal('A story that loaded on the second try');
      await settle();
      expect(from(failures, el)).to.have.length(1);
      expect(from(loads, el)).to.have.length(1);
      expect(warn.calls).to.have.length(1);
    });

    it('makes a new request each time, and reports each failure once', async () => {
      const key = uniqueKey('retry-404');
      const el = card(`/api/404?key=${key}`);
      await next(el, 'digest-error');
      const again = next(el, 'digest-error');
      retryOf(el)?.click();
      expect((await again).detail.status).to.equal(404);
      await settle();
      expect((await record(key)).hits).to.equal(2);
      expect(from(failures, el)).to.have.length(2);
      expect(warn.calls).to.have.length(2);
      expect(retryOf(el)).to.be.instanceOf(HTMLButtonElement);
    });
  });

  describe('race safety', () => {
    it('shows the newer src when an older, slower one was still loading', async () => {
      const old = uniqueKey('race-old');
      const el = card(`/api/slow?ms=800&title=old&key=${old}`);
      await record(old, 'pending');
      const loaded = next(el, 'digest-load');
      el.src = '/api/slow?ms=20&title=new';
      expect((await loaded).detail.url).to.equal(api('/api/slow?ms=20&title=new'));
      expect(titleOf(el)).to.equal('new');
      // The older request was cancelled, so it can never arrive.
      expect(await record(old, 'settled')).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
      await settle();
      expect(titleOf(el)).to.equal('new');
      expect(from(loads, el)).to.have.length(1);
      expect(from(failures, el)).to.have.length(0);
      expect(warn.calls).to.have.length(0);
    });

    it('ignores an older response that does arrive (another element still wanted it)', async () => {
      const old = uniqueKey('race-shared');
      const oldSrc = `/api/slow?ms=1000&title=old&key=${old}`;
      const wrapper = place<HTMLElement>(
        html`<div>
          <story-card id="changing" src=${oldSrc}></story-card><story-card src=${oldSrc}></story-card>
        </div>`,
      );
      const [el, other] = Array.from(wrapper.querySelectorAll('story-card'));
      const otherLoaded = next(other, 'digest-load');
      await record(old, 'pending');
      const loaded = next(el, 'digest-load');
      el.src = '/api/slow?ms=20&title=new';
      await loaded;
      expect(titleOf(el)).to.equal('new');
      await otherLoaded;
      await settle();
      expect(titleOf(other)).to.equal('old');
      expect(titleOf(el)).to.equal('new');
      expect(from(loads, el)).to.have.length(1);
      expect((await record(old)).hits).to.equal(1);
    });

    it('shows the last of twenty quick src changes', async () => {
      const key = uniqueKey('twenty');
      const el = card(`/api/slow?ms=1000&title=Title+0&key=${key}`);
      for (let index = 1; index < 20; index++) {
        await el.updateComplete;
        el.src = `/api/slow?ms=${index === 19 ? 20 : 1000}&title=Title+${index}&key=${key}`;
      }
      const event = await next(el, 'digest-load');
      expect(event.detail.url).to.equal(api(`/api/slow?ms=20&title=Title+19&key=${key}`));
      expect(titleOf(el)).to.equal('Title 19');
      // Every earlier request that reached the server was cancelled; only the last was answered.
      const seen = await record(key, 'settled');
      expect(seen.answered).to.equal(1);
      expect(seen.aborted).to.equal(seen.hits - 1);
      await settle();
      expect(titleOf(el)).to.equal('Title 19');
      expect(from(loads, el)).to.have.length(1);
      expect(from(failures, el)).to.have.length(0);
    });
  });

  describe('removal mid-request', () => {
    it('cancels quietly, then loads again when the element is put back', async () => {
      const key = uniqueKey('removal');
      const el = card(`/api/slow?ms=1200&title=Back+again&key=${key}`);
      const parent = el.parentElement as HTMLElement;
      await record(key, 'pending');
      el.remove();
      expect((await record(key, 'aborted')).aborted, 'request cancelled').to.equal(1);
      await settle();
      expect(from(loads, el)).to.have.length(0);
      expect(from(failures, el)).to.have.length(0);
      expect(warn.calls).to.have.length(0);
      expect(errors).to.deep.equal([]);
      expect(unhandled).to.deep.equal([]);

      const loaded = next(el, 'digest-load');
      parent.append(el);
      await loaded;
      expect(titleOf(el)).to.equal('Back again');
      expect((await record(key)).hits).to.equal(2);
      await settle();
      expect(from(failures, el)).to.have.length(0);
      expect(warn.calls).to.have.length(0);
    });
  });

  it('makes one request for ten cards with the same src', async () => {
    const key = uniqueKey('ten');
    const src = `/api/count?key=${key}&ms=300`;
    const wrapper = place<HTMLElement>(
      html`<div>${Array.from({ length: 10 }, () => html`<story-card src=${src}></story-card>`)}</div>`,
    );
    const cards = Array.from(wrapper.querySelectorAll('story-card'));
    await Promise.all(cards.map((el) => next(el, 'digest-load')));
    for (const el of cards) expect(titleOf(el)).to.equal(`Counted ${key}`);
    expect((await record(key)).hits).to.equal(1);
    await settle();
    expect(loads.events).to.have.length(10);
  });

  describe('credentials', () => {
    const cookie = 'digest_elements_test';
    beforeEach(() => {
      document.cookie = `${cookie}=1; path=/; SameSite=Lax`;
    });
    afterEach(() => {
      document.cookie = `${cookie}=; path=/; max-age=0`;
    });

    it('sends no cookie by default', async () => {
      expect(document.cookie).to.contain(cookie);
      const el = place<StoryCard>(html`<story-card src="/api/echo-credentials"></story-card>`);
      await next(el, 'digest-load');
      expect(titleOf(el)).to.equal('No cookie was sent');
    });

    it('sends cookies with credentials="include"', async () => {
      const el = card('/api/echo-credentials', { credentials: 'include' });
      await next(el, 'digest-load');
      expect(titleOf(el)).to.equal('A cookie was sent');
    });
  });

  describe('precedence', () => {
    it('uses the article property and makes no request while it is set', async () => {
      const key = uniqueKey('property');
      const el = place<StoryCard>(
        html`<story-card .article=${fullArticle()} src=${`/api/count?key=${key}`}></story-card>`,
      );
      await el.updateComplete;
      await settle();
      expect(titleOf(el)).to.equal(fullArticle().title);
      expect(skeletonOf(el)).to.equal(null);
      expect((await record(key)).hits).to.equal(0);

      // Without the property, src takes over...
      const loaded = next(el, 'digest-load');
      el.article = undefined;
      await loaded;
      expect(titleOf(el)).to.equal(`Counted ${key}`);
      // ...until the property is set again.
      el.article = { title: 'Set by the page again' };
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Set by the page again');
      await settle();
      expect((await record(key)).hits).to.equal(1);
      expect(from(failures, el)).to.have.length(0);
      expect(warn.calls).to.have.length(0);
    });

    it('shows inline JSON while src loads, then the loaded story', async () => {
      const key = uniqueKey('inline');
      const el = document.createElement('story-card');
      el.append(jsonScript({ title: 'From the page itself' }));
      el.src = `/api/slow?ms=1000&title=From+src&key=${key}`;
      place(el);
      const loaded = next(el, 'digest-load');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('From the page itself');
      expect(skeletonOf(el)).to.equal(null);
      expect((await record(key, 'pending')).pending).to.equal(1);
      expect(titleOf(el)).to.equal('From the page itself');
      await loaded;
      expect(titleOf(el)).to.equal('From src');
      await settle();
      expect(from(loads, el)).to.have.length(1);
      expect(warn.calls).to.have.length(0);
    });
  });

  describe('relative URLs in loaded data', () => {
    const logos = (el: Element) =>
      Array.from(shadow(el).querySelectorAll('[part=logo]')).map((logo) => logo.getAttribute('src'));

    it('resolve against the response URL, not the page', async () => {
      const el = card('/api/relative.json');
      await next(el, 'digest-load');
      expect(part(el, 'title-link')?.getAttribute('href')).to.equal(api('/api/story.html'));
      expect(part(el, 'image')?.getAttribute('src')).to.equal(api('/api/img/lead.svg'));
      await settle();
      expect(logos(el)).to.deep.equal([api('/api/logos/metro.svg'), api('/api/logos/verge.svg')]);
    });

    it('resolve against the final URL after a redirect', async () => {
      const el = card('/api/redirect');
      const event = await next(el, 'digest-load');
      expect(event.detail.url).to.equal(api('/api/nested/article.json'));
      expect(titleOf(el)).to.equal('A story behind a redirect');
      expect(part(el, 'title-link')?.getAttribute('href')).to.equal(api('/api/nested/story.html'));
      expect(part(el, 'image')?.getAttribute('src')).to.equal(api('/api/nested/img/lead.svg'));
      await settle();
      expect(logos(el)).to.deep.equal([
        api('/api/nested/logos/metro.svg'),
        api('/api/nested/logos/verge.svg'),
      ]);
    });
  });
});

describe('related-rail loading from src', () => {
  const cardsOf = (rail: RelatedRail) => Array.from(shadow(rail).querySelectorAll('story-card'));

  it('shows a busy skeleton while loading, then the stories, then digest-load', async () => {
    const key = uniqueKey('rail-slow');
    const rail = place<RelatedRail>(
      html`<related-rail src=${`/api/slow?ms=500&title=Rail+story&list=1&key=${key}`}></related-rail>`,
    );
    const loaded = next(rail, 'digest-load');
    await rail.updateComplete;
    expect(skeletonOf(rail)).to.be.instanceOf(HTMLElement);
    expect(cardsOf(rail)).to.have.length(0);
    await loaded;
    expect(skeletonOf(rail)).to.equal(null);
    expect(cardsOf(rail).map((el) => el.article?.title)).to.deep.equal(['Rail story 1', 'Rail story 2']);
  });

  it('renders every story of the loaded list', async () => {
    const rail = place<RelatedRail>(html`<related-rail src="/api/articles.json"></related-rail>`);
    expect((await next(rail, 'digest-load')).detail).to.deep.equal({ url: api('/api/articles.json') });
    expect(cardsOf(rail)).to.have.length(3);
    await settle();
    expect(from(failures, rail)).to.have.length(0);
    expect(warn.calls).to.have.length(0);
  });

  it('shows the placeholder with "Try again" on a 404, with one digest-error and one warning', async () => {
    const rail = place<RelatedRail>(html`<related-rail src="/api/404"></related-rail>`);
    const event = await next(rail, 'digest-error');
    await settle();
    expect(event.detail.status).to.equal(404);
    expect(event.detail.url).to.equal(api('/api/404'));
    expect(event.detail.message).to.match(/^related-rail: /);
    expect(retryOf(rail)?.textContent?.trim()).to.equal('Try again');
    expect(from(failures, rail)).to.have.length(1);
    expect(warn.calls).to.have.length(1);
  });

  it('shows the newer src when an older, slower one was still loading', async () => {
    const old = uniqueKey('rail-race');
    const rail = place<RelatedRail>(
      html`<related-rail src=${`/api/slow?ms=800&title=old&list=1&key=${old}`}></related-rail>`,
    );
    await record(old, 'pending');
    const loaded = next(rail, 'digest-load');
    rail.src = '/api/articles.json';
    await loaded;
    await record(old, 'settled');
    await settle();
    expect(cardsOf(rail).map((el) => el.article?.title)).to.deep.equal([
      'First related story',
      'Second related story',
      'Third related story',
    ]);
    expect(from(loads, rail)).to.have.length(1);
  });
});

describe('story-digest loading from src', () => {
  it('shows a busy skeleton while loading, then the story', async () => {
    const key = uniqueKey('digest-slow');
    const digest = place<StoryDigest>(
      html`<story-digest src=${`/api/slow?ms=500&title=A+digest+from+src&key=${key}`}></story-digest>`,
    );
    const loaded = next(digest, 'digest-load');
    await digest.updateComplete;
    expect(skeletonOf(digest)).to.be.instanceOf(HTMLElement);
    await loaded;
    expect(skeletonOf(digest)).to.equal(null);
    expect(shadow(digest).querySelector('h1')?.textContent?.trim()).to.equal('A digest from src');
  });

  it('shows the placeholder with "Try again" on a 500, with one digest-error and one warning', async () => {
    const digest = place<StoryDigest>(html`<story-digest src="/api/500"></story-digest>`);
    const event = await next(digest, 'digest-error');
    await settle();
    expect(event.detail.status).to.equal(500);
    expect(event.detail.message).to.match(/^story-digest: /);
    expect(retryOf(digest)?.textContent?.trim()).to.equal('Try again');
    expect(from(failures, digest)).to.have.length(1);
    expect(warn.calls).to.have.length(1);
  });

  it('resolves relative URLs against the final URL after a redirect', async () => {
    const digest = place<StoryDigest>(html`<story-digest src="/api/redirect"></story-digest>`);
    await next(digest, 'digest-load');
    expect(part(digest, 'image')?.getAttribute('src')).to.equal(api('/api/nested/img/lead.svg'));
    const links = Array.from(shadow(digest).querySelectorAll('[part=source-link]')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.deep.equal([
      api('/api/nested/sources/metro.html'),
      api('/api/nested/sources/verge.html'),
    ]);
  });

  it('is quiet when removed mid-request, and loads when put back', async () => {
    const key = uniqueKey('digest-removal');
    const digest = place<StoryDigest>(
      html`<story-digest src=${`/api/slow?ms=1200&title=Digest+back&key=${key}`}></story-digest>`,
    );
    const parent = digest.parentElement as HTMLElement;
    await record(key, 'pending');
    digest.remove();
    await record(key, 'aborted');
    await settle();
    expect(from(loads, digest)).to.have.length(0);
    expect(from(failures, digest)).to.have.length(0);
    expect(warn.calls).to.have.length(0);
    const loaded = next(digest, 'digest-load');
    parent.append(digest);
    await loaded;
    expect(shadow(digest).querySelector('h1')?.textContent?.trim()).to.equal('Digest back');
  });
});
