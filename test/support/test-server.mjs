/**
 * A Koa middleware for Web Test Runner's dev server that answers `/api/…` with article fixtures
 * and with every kind of misbehaviour a publisher's endpoint can show: errors, HTML, wrong types,
 * broken JSON, huge bodies, hangs, slow answers, redirects and dropped connections. Everything
 * runs on the test run's own server: no other host, no network.
 *
 * Every response is bounded: bodies are at most a few megabytes, delays are capped, and a
 * response that never ends is closed as soon as the client goes away (and at the latest after
 * `MAX_OPEN_MS`), so nothing here keeps the run from exiting.
 *
 * Any endpoint takes `?key=K`; `/api/count-hits?key=K` then tells a test how many requests
 * arrived with that key and how they ended: `{ hits, pending, answered, aborted }`.
 */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { clearTimeout, setTimeout } from 'node:timers';

const MB = 1024 * 1024;
/** Size of the oversized bodies: five times the loader's 1 MB cap. */
const BIG_BYTES = 5 * MB;
const CHUNK_BYTES = 64 * 1024;
/** Longest `?ms=` a slow answer may ask for. */
const MAX_DELAY_MS = 10_000;
/** Longest any response stays open, whatever the client does. */
const MAX_OPEN_MS = 20_000;
/** Longest `/api/count-hits?wait=` waits for a count. */
const MAX_WAIT_MS = 4_000;
/** Keys remembered at most; the oldest are forgotten first. */
const MAX_KEYS = 5_000;

const EMPTY_RECORD = Object.freeze({ hits: 0, pending: 0, answered: 0, aborted: 0 });

/** @type {Map<string, { hits: number, pending: number, answered: number, aborted: number }>} */
const records = new Map();

function recordOf(key) {
  let record = records.get(key);
  if (!record) {
    if (records.size >= MAX_KEYS) records.delete(records.keys().next().value);
    record = { ...EMPTY_RECORD };
    records.set(key, record);
  }
  return record;
}

/** The article every fixture is based on; URLs are absolute unless a route says otherwise. */
function article(title, overrides = {}) {
  return {
    id: `fixture-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    url: 'https://news.example/stories/fixture',
    summary: 'A fixture served by the test server.',
    publishedAt: '2025-01-15T08:02:00Z',
    sources: [
      { name: 'Metro Daily', url: 'https://metro.example/story' },
      { name: 'The Verge', url: 'https://verge.example/story' },
    ],
    ...overrides,
  };
}

/** An article whose links, image and logos are all relative to where it was served from. */
const relativeArticle = (title) =>
  article(title, {
    url: 'story.html',
    image: { src: 'img/lead.svg', alt: 'A lead image', width: 16, height: 9 },
    sources: [
      { name: 'Metro Daily', url: 'sources/metro.html', logo: 'logos/metro.svg' },
      { name: 'The Verge', url: './sources/verge.html', logo: './logos/verge.svg' },
    ],
  });

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#888"/></svg>';

/** A query parameter as one short string. */
function param(ctx, name, fallback = '') {
  const value = ctx.query[name];
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? text.slice(0, 200) : fallback;
}

function delayOf(ctx, fallback) {
  const ms = Number(param(ctx, 'ms', String(fallback)));
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_DELAY_MS) : fallback;
}

/**
 * Size of an oversized body: 5 MB, or `?mb=` from 2 to 64 (enough to outgrow what the browser
 * and the kernel buffer on their own, so a client that neither reads nor closes stalls it).
 */
function bigSize(ctx) {
  const mb = Number(param(ctx, 'mb', '5'));
  return Number.isFinite(mb) ? Math.round(Math.min(Math.max(mb, 2), 64) * MB) : BIG_BYTES;
}

function json(ctx, value, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/**
 * Resolves after `ms`, or as soon as the client goes away; says which happened. Waiting on the
 * response's `close` means an aborted request frees its timer at once.
 */
function waitOrClose(ctx, ms) {
  return new Promise((resolve) => {
    if (ctx.res.destroyed || ctx.req.destroyed) return resolve('closed');
    const timer = setTimeout(() => done('elapsed'), ms);
    timer.unref();
    const onClose = () => done('closed');
    function done(how) {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      resolve(how);
    }
    ctx.res.once('close', onClose);
  });
}

/**
 * Streams `size` bytes of one valid JSON article padded with spaces, respecting back-pressure,
 * and stops as soon as the client goes away or `MAX_OPEN_MS` has passed.
 */
async function streamBig(ctx, size, declareLength) {
  ctx.respond = false;
  const { res } = ctx;
  const head = Buffer.from('{"title":"A very large story","padding":"');
  const tail = Buffer.from('"}');
  const filler = Buffer.alloc(CHUNK_BYTES, 'a');
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  if (declareLength) headers['Content-Length'] = String(size);
  res.writeHead(200, headers);
  const deadline = setTimeout(() => res.destroy(), MAX_OPEN_MS);
  deadline.unref();
  res.once('close', () => clearTimeout(deadline));
  let remaining = size - head.length - tail.length;
  const write = (chunk) =>
    new Promise((resolve) => {
      if (res.destroyed || res.writableEnded) return resolve(false);
      if (res.write(chunk)) return resolve(true);
      // Wait for room in the socket, or for the client to leave.
      const onDrain = () => finish(true);
      const onClose = () => finish(false);
      function finish(ok) {
        res.off('drain', onDrain);
        res.off('close', onClose);
        resolve(ok);
      }
      res.once('drain', onDrain);
      res.once('close', onClose);
    });
  if (!(await write(head))) return 'closed';
  while (remaining > 0) {
    const chunk = remaining >= filler.length ? filler : filler.subarray(0, remaining);
    remaining -= chunk.length;
    if (!(await write(chunk))) return 'closed';
  }
  if (!(await write(tail))) return 'closed';
  res.end();
  return 'elapsed';
}

/** Holds the request open without a byte of answer until the client gives up (or the cap). */
async function hang(ctx) {
  ctx.respond = false;
  const how = await waitOrClose(ctx, MAX_OPEN_MS);
  if (how !== 'closed') ctx.res.destroy();
  return 'closed';
}

/**
 * Each route returns 'closed' when the client went away before the answer, anything else when
 * it was answered.
 */
const routes = {
  '/api/article.json': (ctx) => json(ctx, article('A story loaded from src')),
  '/api/articles.json': (ctx) =>
    json(ctx, [
      article('First related story', { id: 'related-1', url: 'https://news.example/related/1' }),
      article('Second related story', { id: 'related-2', url: 'https://news.example/related/2' }),
      article('Third related story', { id: 'related-3', url: 'https://news.example/related/3' }),
    ]),
  '/api/feed.rss': (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/rss+xml';
    ctx.body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Metro Daily</title>
      <link>https://metro.example/</link>
      <item><title>First story of the feed</title><link>https://metro.example/1</link></item>
      <item><title>Second story of the feed</title><link>https://metro.example/2</link></item>
    </channel></rss>`;
  },
  '/api/relative.json': (ctx) => json(ctx, relativeArticle('A story with relative links')),
  '/api/nested/article.json': (ctx) => json(ctx, relativeArticle('A story behind a redirect')),
  '/api/redirect': (ctx) => {
    ctx.status = 302;
    ctx.set('Location', '/api/nested/article.json');
    ctx.body = '';
  },
  '/api/404': (ctx) => json(ctx, { error: 'not found' }, 404),
  '/api/500': (ctx) => json(ctx, { error: 'server error' }, 500),
  '/api/html': (ctx) => {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><p>This is a web page, not JSON.</p>';
  },
  '/api/wrong-type': (ctx) => {
    ctx.status = 200;
    ctx.type = 'text/plain';
    ctx.body = JSON.stringify(article('Served as plain text'));
  },
  '/api/invalid-json': (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"title": "A story cut short", "summary": ';
  },
  '/api/big': (ctx) => streamBig(ctx, bigSize(ctx), false),
  '/api/big-declared': (ctx) => streamBig(ctx, bigSize(ctx), true),
  '/api/hang': (ctx) => hang(ctx),
  /** Drops the connection without answering: a network error in the browser. */
  '/api/drop': (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return 'closed';
  },
  '/api/slow': async (ctx) => {
    const title = param(ctx, 'title', 'A slow story');
    if ((await waitOrClose(ctx, delayOf(ctx, 500))) === 'closed') return 'closed';
    if (param(ctx, 'list')) {
      json(ctx, [article(`${title} 1`, { id: 'slow-1' }), article(`${title} 2`, { id: 'slow-2' })]);
    } else {
      json(ctx, article(title));
    }
  },
  // A page whose inline JSON arrives in two parts, `ms` apart: the parser shows the card with half
  // of it first. The classic bundle in <head> has defined the elements by then.
  '/api/page-in-parts': async (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    ctx.res.write(
      '<!doctype html><html lang="en"><head><script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { window.warnings.push(args.map(String).join(" ")); warn(...args); };</script>' +
        '<script src="/dist/digest-elements.iife.js"></script></head><body>' +
        '<story-card><script type="application/json">{"title":"Half of this',
    );
    if ((await waitOrClose(ctx, delayOf(ctx, 300))) === 'closed') return 'closed';
    // `broken=1`: the JSON stays invalid once whole.
    const rest = param(ctx, 'broken')
      ? ' story came later"'
      : ' story came later","sources":[{"name":"Fortune"}]}';
    ctx.res.end(`${rest}</script></story-card></body></html>`);
  },
  '/api/count': async (ctx) => {
    if ((await waitOrClose(ctx, delayOf(ctx, 0))) === 'closed') return 'closed';
    json(ctx, article(`Counted ${param(ctx, 'key')}`));
  },
  /**
   * The record of a key. With `wait=hits|pending|answered|aborted` (and `min`, default 1) it
   * answers once that count has reached `min` (with `wait=settled`: once there are `min` hits and
   * none is pending), or after `MAX_WAIT_MS` with the record as it is:
   * the waiting happens here, where timers are not throttled like in a background tab.
   */
  '/api/count-hits': async (ctx) => {
    const key = param(ctx, 'key');
    const wait = param(ctx, 'wait');
    const min = Number(param(ctx, 'min', '1'));
    const current = () => records.get(key) ?? EMPTY_RECORD;
    // `settled`: at least `min` hits, and none of them still pending.
    const reached = () =>
      wait === 'settled' ? current().hits >= min && current().pending === 0 : current()[wait] >= min;
    if (wait === 'settled' || Object.hasOwn(EMPTY_RECORD, wait)) {
      const until = Date.now() + MAX_WAIT_MS;
      while (!reached() && Date.now() < until) {
        if ((await waitOrClose(ctx, 10)) === 'closed') return 'closed';
      }
    }
    json(ctx, current());
  },
  /** Fails with 500 on the first request for a key, then answers. */
  '/api/flaky': (ctx) => {
    const key = param(ctx, 'key');
    if (recordOf(`flaky ${key}`).hits++ === 0) return json(ctx, { error: 'try again' }, 500);
    json(ctx, article('A story that loaded on the second try'));
  },
  /** Valid JSON served with the content type given in `?type=`, e.g. `application/feed+json`. */
  '/api/typed': (ctx) => {
    ctx.status = 200;
    ctx.body = JSON.stringify(article('A story with its own JSON type'));
    ctx.set('Content-Type', param(ctx, 'type', 'application/json'));
  },
  /** An article that says whether the request carried a cookie, and which Accept header. */
  '/api/echo-credentials': (ctx) => {
    const cookie = ctx.get('Cookie') !== '';
    json(
      ctx,
      article(cookie ? 'A cookie was sent' : 'No cookie was sent', { cookie, accept: ctx.get('Accept') }),
    );
  },
};

/** Content types publishers send their feeds with, by file extension. */
const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  xml: 'text/xml',
  json: 'application/json',
  html: 'text/html',
};

/**
 * `/api/publishers/<folder>/<file>`: a file of test/fixtures/publishers, byte for byte, with the
 * Content-Type a publisher sends (`?type=` overrides it). The dev server would serve JSON as a
 * JavaScript module. `?latin1=1` re-encodes the text as ISO-8859-1 bytes (`?declare=` then names
 * a charset in the XML declaration), to test how the loader picks the body's character set.
 */
async function publisherFile(ctx) {
  const name = ctx.path.slice('/api/publishers/'.length);
  if (!/^[a-z]+\/[\w.-]+$/.test(name) || name.includes('..')) return json(ctx, { error: 'bad name' }, 400);
  let body;
  try {
    body = await readFile(new URL(`../fixtures/publishers/${name}`, import.meta.url));
  } catch {
    return json(ctx, { error: `no publisher file ${name}` }, 404);
  }
  const declare = param(ctx, 'declare');
  if (declare) body = Buffer.from(body.toString('utf8').replace(/encoding="[^"]*"/, `encoding="${declare}"`));
  if (param(ctx, 'latin1')) body = Buffer.from(body.toString('utf8'), 'latin1');
  ctx.status = 200;
  ctx.set(
    'Content-Type',
    param(ctx, 'type', FEED_TYPES[name.split('.').pop()] ?? 'application/octet-stream'),
  );
  ctx.body = body;
}

/** Serves `/api/…`; everything else goes on to the dev server. */
export async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  ctx.set('Cache-Control', 'no-store');
  const key = param(ctx, 'key');
  const record = key && ctx.path !== '/api/count-hits' ? recordOf(key) : undefined;
  if (record) {
    record.hits++;
    record.pending++;
  }
  let how;
  try {
    const route = routes[ctx.path];
    if (route) {
      how = await route(ctx);
    } else if (ctx.path.startsWith('/api/publishers/')) {
      await publisherFile(ctx);
    } else if (ctx.path.endsWith('.svg')) {
      // Images and logos that relative fixtures point at.
      ctx.type = 'image/svg+xml';
      ctx.body = SVG;
    } else {
      json(ctx, { error: `no fixture at ${ctx.path}` }, 404);
    }
  } finally {
    // A request whose client left has no status of its own; 499 ("client closed request") keeps
    // the test runner from listing it among missing files (it reports every 404).
    if (how === 'closed' && !ctx.headerSent) ctx.status = 499;
    if (record) {
      record.pending--;
      if (how === 'closed') record.aborted++;
      else record.answered++;
    }
  }
}
