import { expect } from '@open-wc/testing';
import { DEFAULT_MAX_BYTES, LoadError, loadJson, type LoadOptions } from '../../src/data/loader.js';
import { api, record, uniqueKey } from '../support/api.js';
import { settle } from '../support/events.js';

/** Options as an element passes them, with a signal nobody aborts unless given one. */
function options(overrides: Partial<LoadOptions> = {}): LoadOptions {
  return {
    credentials: 'omit',
    timeout: 10_000,
    maxBytes: DEFAULT_MAX_BYTES,
    signal: new AbortController().signal,
    ...overrides,
  };
}

/** What `promise` rejected with; fails when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail, and it succeeded');
}

async function loadError(url: string, overrides: Partial<LoadOptions> = {}): Promise<LoadError> {
  const error = await rejectionOf(loadJson(url, options(overrides)));
  expect(error).to.be.instanceOf(LoadError);
  return error as LoadError;
}

const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Records unhandled promise rejections while a test runs. */
let unhandled: unknown[];
const onUnhandled = (event: PromiseRejectionEvent) => {
  unhandled.push(event.reason);
  event.preventDefault();
};
beforeEach(() => {
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
});
afterEach(() => window.removeEventListener('unhandledrejection', onUnhandled));

describe('loadJson loads JSON', () => {
  it('resolves with the parsed body and the URL it came from', async () => {
    const loaded = await loadJson(api('/api/article.json'), options());
    expect((loaded.data as { title: string }).title).to.equal('A story loaded from src');
    expect(loaded.url).to.equal(api('/api/article.json'));
  });

  it('reports the final URL after a redirect', async () => {
    const loaded = await loadJson(api('/api/redirect'), options());
    expect(loaded.url).to.equal(api('/api/nested/article.json'));
    expect((loaded.data as { title: string }).title).to.equal('A story behind a redirect');
  });

  it('asks for JSON with an Accept header', async () => {
    const loaded = await loadJson(api('/api/echo-credentials'), options());
    expect((loaded.data as { accept: string }).accept).to.equal('application/json');
  });

  for (const type of ['application/json; charset=utf-8', 'application/feed+json', 'application/ld+json']) {
    it(`accepts the content type ${type}`, async () => {
      const loaded = await loadJson(api(`/api/typed?type=${encodeURIComponent(type)}`), options());
      expect((loaded.data as { title: string }).title).to.equal('A story with its own JSON type');
    });
  }
});

describe('loadJson shares one fetch between overlapping loads', () => {
  it('makes one request for loads of one URL that overlap, and gives each the data', async () => {
    const key = uniqueKey('shared');
    const url = api(`/api/count?key=${key}&ms=300`);
    const [first, second, third] = await Promise.all([
      loadJson(url, options()),
      loadJson(url, options()),
      loadJson(url, options()),
    ]);
    for (const loaded of [first, second, third])
      expect((loaded.data as { title: string }).title).to.equal(`Counted ${key}`);
    expect((await record(key)).hits).to.equal(1);
  });

  it('does not share between credential modes', async () => {
    const key = uniqueKey('modes');
    const url = api(`/api/count?key=${key}&ms=300`);
    await Promise.all([loadJson(url, options()), loadJson(url, options({ credentials: 'include' }))]);
    expect((await record(key)).hits).to.equal(2);
  });

  it('does not keep a failed load: loading again makes a new request', async () => {
    const key = uniqueKey('flaky');
    const url = api(`/api/flaky?key=${key}`);
    expect((await loadError(url)).status).to.equal(500);
    const loaded = await loadJson(url, options());
    expect((loaded.data as { title: string }).title).to.equal('A story that loaded on the second try');
  });
});

describe('loadJson aborts', () => {
  it('rejects one waiter that aborts and still gives the other one its data', async () => {
    const key = uniqueKey('one-aborts');
    const url = api(`/api/slow?ms=1000&title=Kept&key=${key}`);
    const leaving = new AbortController();
    const first = loadJson(url, options({ signal: leaving.signal }));
    const second = loadJson(url, options());
    await record(key, 'pending');
    leaving.abort();
    expect(isAbortError(await rejectionOf(first))).to.equal(true);
    const loaded = await second;
    expect((loaded.data as { title: string }).title).to.equal('Kept');
    expect(await record(key)).to.deep.equal({ hits: 1, pending: 0, answered: 1, aborted: 0 });
  });

  it('aborts the request itself once every waiter has aborted', async () => {
    const key = uniqueKey('all-abort');
    const url = api(`/api/slow?ms=2000&key=${key}`);
    const a = new AbortController();
    const b = new AbortController();
    const first = loadJson(url, options({ signal: a.signal }));
    const second = loadJson(url, options({ signal: b.signal }));
    await record(key, 'pending');
    a.abort();
    b.abort();
    expect(isAbortError(await rejectionOf(first))).to.equal(true);
    expect(isAbortError(await rejectionOf(second))).to.equal(true);
    // The server saw the connection go away long before its 2 s answer.
    const seen = await record(key, 'aborted');
    expect(seen).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
    await settle();
    expect(unhandled).to.deep.equal([]);
  });

  it('starts a new request for a URL whose earlier request every waiter abandoned', async () => {
    const key = uniqueKey('after-abort');
    const url = api(`/api/slow?ms=1000&title=Again&key=${key}`);
    const gone = new AbortController();
    const abandoned = loadJson(url, options({ signal: gone.signal }));
    await record(key, 'pending');
    gone.abort();
    await rejectionOf(abandoned);
    const loaded = await loadJson(url, options());
    expect((loaded.data as { title: string }).title).to.equal('Again');
    expect((await record(key)).hits).to.equal(2);
  });

  it('rejects at once, without an unhandled rejection, when the signal is already aborted', async () => {
    const url = api(`/api/slow?ms=300&key=${uniqueKey('pre-aborted')}`);
    const signal = AbortSignal.abort();
    expect(isAbortError(await rejectionOf(loadJson(url, options({ signal }))))).to.equal(true);
    // Give a dangling fetch the time to fail and be reported.
    for (let round = 0; round < 5; round++) await settle();
    expect(unhandled).to.deep.equal([]);
  });

  it('gives up after the timeout with a LoadError and cancels the request', async () => {
    const key = uniqueKey('timeout');
    const url = api(`/api/hang?key=${key}`);
    const error = await loadError(url, { timeout: 300 });
    expect(error.message).to.contain('300 ms');
    expect(error.status).to.equal(undefined);
    expect(error.url).to.equal(url);
    expect((await record(key, 'aborted')).aborted).to.equal(1);
  });
});

describe('loadJson gives every waiter on a shared request its own timeout', () => {
  it('a waiter with a short timeout fails at its own limit; one with a long timeout on the same request gets the data', async () => {
    const key = uniqueKey('own-timeouts');
    const url = api(`/api/slow?ms=1000&title=Patient&key=${key}`);
    const impatient = loadJson(url, options({ timeout: 300 }));
    const patient = loadJson(url, options({ timeout: 8000 }));
    const error = await rejectionOf(impatient);
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).message).to.contain('300 ms');
    const loaded = await patient;
    expect((loaded.data as { title: string }).title).to.equal('Patient');
    expect(await record(key, 'settled')).to.deep.equal({ hits: 1, pending: 0, answered: 1, aborted: 0 });
  });

  it('a waiter joining with a longer timeout is not failed by the first one’s shorter limit', async () => {
    const key = uniqueKey('joined-later');
    const url = api(`/api/slow?ms=1000&title=Joined&key=${key}`);
    const first = loadJson(url, options({ timeout: 300 }));
    await record(key, 'pending');
    const second = loadJson(url, options({ timeout: 8000 }));
    expect((await rejectionOf(first)) as LoadError).to.be.instanceOf(LoadError);
    expect(((await second).data as { title: string }).title).to.equal('Joined');
  });

  it('the request keeps going while one waiter remains, and is aborted when the last one times out, each with its own limit in the message', async () => {
    const key = uniqueKey('last-times-out');
    const url = api(`/api/hang?key=${key}`);
    const short = loadJson(url, options({ timeout: 200 }));
    const long = loadJson(url, options({ timeout: 600 }));
    expect(((await rejectionOf(short)) as LoadError).message).to.contain('200 ms');
    expect(await record(key), 'still asked for by the second waiter').to.deep.equal({
      hits: 1,
      pending: 1,
      answered: 0,
      aborted: 0,
    });
    expect(((await rejectionOf(long)) as LoadError).message).to.contain('600 ms');
    expect((await record(key, 'aborted')).aborted).to.equal(1);
    await settle();
    expect(unhandled).to.deep.equal([]);
  });

  it('the request is aborted when the last waiter leaves, the other having timed out', async () => {
    const key = uniqueKey('timeout-then-abort');
    const url = api(`/api/hang?key=${key}`);
    const leaving = new AbortController();
    const timed = loadJson(url, options({ timeout: 200 }));
    const aborted = loadJson(url, options({ signal: leaving.signal }));
    expect(await rejectionOf(timed)).to.be.instanceOf(LoadError);
    expect((await record(key)).pending, 'still asked for').to.equal(1);
    leaving.abort();
    expect(isAbortError(await rejectionOf(aborted))).to.equal(true);
    expect(await record(key, 'aborted')).to.deep.equal({ hits: 1, pending: 0, answered: 0, aborted: 1 });
    await settle();
    expect(unhandled).to.deep.equal([]);
  });
});

describe('loadJson rejects what it cannot use with a LoadError', () => {
  it('a 404, with its status', async () => {
    const url = api('/api/404');
    const error = await loadError(url);
    expect(error.status).to.equal(404);
    expect(error.url).to.equal(url);
    expect(error.message).to.contain('404');
  });

  it('a 500, with its status', async () => {
    expect((await loadError(api('/api/500'))).status).to.equal(500);
  });

  it('an HTML page served with 200', async () => {
    const error = await loadError(api('/api/html'));
    expect(error.status).to.equal(200);
    expect(error.message).to.contain('not JSON');
  });

  it('valid JSON served as text/plain', async () => {
    expect((await loadError(api('/api/wrong-type'))).message).to.contain('text/plain');
  });

  it('a body that does not parse', async () => {
    expect((await loadError(api('/api/invalid-json'))).message).to.contain('not valid JSON');
  });

  // These use 48 MB bodies, more than the browser and the kernel buffer on their own: the server
  // is still sending when the loader gives up, so it sees the connection go away, or (when the
  // body is left unread) stays stuck until its own 20 s limit.
  it('a body that declares more than the cap, and stops downloading it', async () => {
    const key = uniqueKey('big-declared');
    const error = await loadError(api(`/api/big-declared?key=${key}&mb=48`));
    expect(error.message).to.contain(`larger than ${DEFAULT_MAX_BYTES} bytes`);
    expect((await record(key, 'aborted')).aborted).to.equal(1);
  });

  it('a body without Content-Length that grows past the cap while reading, and stops downloading it', async () => {
    const key = uniqueKey('big');
    const error = await loadError(api(`/api/big?key=${key}&mb=48`));
    expect(error.message).to.contain(`larger than ${DEFAULT_MAX_BYTES} bytes`);
    expect((await record(key, 'aborted')).aborted).to.equal(1);
  });

  it('a body larger than a smaller cap given as an option', async () => {
    const error = await loadError(api('/api/articles.json'), { maxBytes: 100 });
    expect(error.message).to.contain('larger than 100 bytes');
  });

  it('a connection that drops without an answer, with no status', async () => {
    const url = api('/api/drop');
    const error = await loadError(url);
    expect(error.status).to.equal(undefined);
    expect(error.url).to.equal(url);
    expect(error.message).to.contain('could not be loaded');
  });
});
