/**
 * A Koa middleware for Web Test Runner's dev server that serves publisher pages at their most
 * hostile under `/hostile/…`, with real response headers: a strict Content-Security-Policy,
 * Trusted Types enforced, an aggressive global stylesheet, and the library loaded more than once.
 *
 * The pages hold no inline script and no inline style: everything they run or apply comes from
 * same-origin files (`test/hostile/assets/`, served here as `/hostile/<file>`, and the CDN
 * bundles in `dist/`), so the policy needs no `'unsafe-inline'`. The only `<script>` children are
 * `type="application/json"` data blocks, which no policy governs. `recorder.js`, loaded first,
 * records violations, errors, unhandled rejections and warnings into `window.recorded`.
 *
 * Each page shows every element with inline JSON (`test/hostile/assets/content.json`), plus a
 * card and a rail whose `src` points at the test server's `/api/…`, so the fetch path runs under
 * the policy too (`connect-src` falls back to `default-src 'self'`).
 */
import { readFile } from 'node:fs/promises';

const ASSETS = new URL('../hostile/assets/', import.meta.url);

/** The strict policy of the issue. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** The strict policy with Trusted Types enforced; Lit creates a policy named `lit-html`. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

const ESM = '/dist/digest-elements.js';
const IIFE = '/dist/digest-elements.iife.js';

const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
const classic = (src, defer = false) => `<script src="${src}"${defer ? ' defer' : ''}></script>`;

/** Every hostile page: its title, policy, extra stylesheets and bundle scripts (in order). */
export const HOSTILE_PAGES = {
  'csp-esm.html': { title: 'Strict CSP, ES module bundle', csp: STRICT_CSP, scripts: [moduleScript(ESM)] },
  'csp-iife.html': { title: 'Strict CSP, classic bundle in head', csp: STRICT_CSP, scripts: [classic(IIFE)] },
  'trusted-types.html': {
    title: 'Trusted Types enforced, ES module bundle',
    csp: TRUSTED_TYPES_CSP,
    scripts: [moduleScript(ESM)],
  },
  'trusted-types-iife.html': {
    title: 'Trusted Types enforced, classic bundle in head',
    csp: TRUSTED_TYPES_CSP,
    scripts: [classic(IIFE)],
  },
  'aggressive-css.html': {
    title: 'Aggressive global CSS',
    csp: STRICT_CSP,
    stylesheets: ['/hostile/aggressive.css'],
    scripts: [moduleScript(ESM)],
  },
  'text-styles.html': {
    title: 'A column with inherited text styles (nowrap, indent, capitals, spacing, centring)',
    csp: STRICT_CSP,
    stylesheets: ['/hostile/text-styles.css'],
    scripts: [moduleScript(ESM)],
  },
  // The same module URL twice (a pasted embed code) is one module; the classic bundle is a second copy.
  'double-load.html': {
    title: 'ES module twice, classic bundle once',
    csp: STRICT_CSP,
    scripts: [moduleScript(ESM), moduleScript(ESM), classic(IIFE, true)],
  },
  // Two embeds pinning different URLs of the module: three real copies of the library.
  'double-load-versions.html': {
    title: 'ES module from two URLs, classic bundle once',
    csp: STRICT_CSP,
    scripts: [moduleScript(ESM), moduleScript(`${ESM}?embed=2`), classic(IIFE, true)],
  },
};

/** Static files of the pages, served from `test/hostile/assets/`. */
const ASSET_TYPES = {
  'recorder.js': 'text/javascript; charset=utf-8',
  'layout.css': 'text/css; charset=utf-8',
  'aggressive.css': 'text/css; charset=utf-8',
  'text-styles.css': 'text/css; charset=utf-8',
};

/** JSON that can sit inside `<script type="application/json">` without ending it early. */
const inlineJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

const data = (value) => `<script type="application/json">\n${inlineJson(value)}\n</script>`;

let content;
async function loadContent() {
  content ??= JSON.parse(await readFile(new URL('content.json', ASSETS), 'utf8'));
  return content;
}

function pageHtml(page, c) {
  const stylesheets = ['/hostile/layout.css', ...(page.stylesheets ?? [])]
    .map((href) => `<link rel="stylesheet" href="${href}" />`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${page.title}</title>
    ${stylesheets}
    <script src="/hostile/recorder.js"></script>
    ${page.scripts.join('\n    ')}
  </head>
  <body>
    <main>
      <div class="box digest-box" id="digest-box">
        <story-digest id="digest">${data(c.digest)}</story-digest>
      </div>
      <div class="box rail-box" id="rail-box">
        <related-rail id="rail" layout="grid">${data(c.rail)}</related-rail>
      </div>
      <div class="box card-box" id="card-box">
        <story-card id="card">${data(c.card)}</story-card>
      </div>
      <div class="box" id="stack-box">
        <source-stack id="stack" count="${c.stackCount}">${data(c.stack)}</source-stack>
      </div>
      <div class="box" id="badge-box">
        <source-badge id="badge">${data(c.badge)}</source-badge>
      </div>
      <div class="box card-box" id="remote-card-box">
        <story-card id="remote-card" src="${c.remoteCard.src}"></story-card>
      </div>
      <div class="box rail-box" id="remote-rail-box">
        <related-rail id="remote-rail" layout="list" src="${c.remoteRail.src}"></related-rail>
      </div>
    </main>
  </body>
</html>
`;
}

/** Serves `/hostile/<page>.html` and its assets; everything else goes on to the dev server. */
export async function hostilePages(ctx, next) {
  if (!ctx.path.startsWith('/hostile/')) return next();
  const name = ctx.path.slice('/hostile/'.length);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  const page = Object.hasOwn(HOSTILE_PAGES, name) ? HOSTILE_PAGES[name] : undefined;
  if (page) {
    ctx.set('Content-Security-Policy', page.csp);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = pageHtml(page, await loadContent());
    return;
  }
  if (Object.hasOwn(ASSET_TYPES, name)) {
    ctx.type = ASSET_TYPES[name];
    ctx.body = await readFile(new URL(name, ASSETS), 'utf8');
    return;
  }
  ctx.status = 404;
  ctx.type = 'text/plain';
  ctx.body = `no hostile page at ${ctx.path}`;
}
