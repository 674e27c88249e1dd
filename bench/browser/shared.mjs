// What the implementations share in the page: the data, the rail around the cards, the text
// helpers the references (A, P, C) use to show what story-card (B) shows, and the timing harness.

const PUBLISHERS = [
  { name: 'Fortune', logo: 1 },
  { name: 'InfoWorld' },
  { name: 'The Verge', logo: 2 },
  { name: 'Seeking Alpha' },
  { name: 'Analytics India Magazine', logo: 3 },
  { name: 'Geeky Gadgets' },
  { name: 'CNET', logo: 4 },
  { name: 'Economic Times' },
];

const SUMMARIES = [
  "Unsealed messages from a copyright lawsuit show Meta's AI leaders treating GPT-4 as the bar to clear.",
  'Releasing the model openly is a bet that a wider ecosystem moves faster than any single lab.',
  'The new model improves on language and maths benchmarks and puts Meta back among the leaders.',
  "An internal assistant mixes OpenAI's model with Meta's own, despite the company's public praise for Llama.",
];

/**
 * `count` stories shaped like a rail's: title, url, summary, a date more than a week old (so every
 * implementation writes it absolute), one to four sources (half with a logo) and a source count.
 */
export function makeArticles(count, round = 0) {
  return Array.from({ length: count }, (_, i) => {
    const listed = 1 + (i % 4);
    return {
      id: `story-${i}`,
      title: `Story ${i + 1}${round ? ` (revision ${round})` : ''}: court filings show Meta set Llama 3 against GPT-4`,
      url: `https://news.example/stories/${i}`,
      summary: SUMMARIES[i % SUMMARIES.length],
      publishedAt: new Date(Date.UTC(2024, i % 12, 1 + (i % 27), 8 + (i % 10), 2)).toISOString(),
      sourceCount: listed + (i % 3) * 5,
      sources: Array.from({ length: listed }, (__, k) => {
        const publisher = PUBLISHERS[(i + k) % PUBLISHERS.length];
        return {
          name: publisher.name,
          url: `https://${publisher.name.toLowerCase().replace(/\W+/g, '')}.example/${i}`,
          ...(publisher.logo ? { logo: `/bench/logo/${publisher.logo}.svg` } : {}),
        };
      }),
    };
  });
}

/** The same stories with every title changed: the "update" step. */
export function retitle(articles, round) {
  return articles.map((article) => ({ ...article, title: `${article.title} (revision ${round})` }));
}

let railTemplate;

/**
 * The horizontal rail the cards sit in, as plain markup: heading, buttons and one scrolling row
 * of fixed-width list items (bench/pages/plain.css). A, P and B fill the same shell; C renders it.
 */
export function railShell() {
  if (!railTemplate) {
    railTemplate = document.createElement('template');
    railTemplate.innerHTML =
      '<div class="rail"><div class="top"><h2 class="heading">Continue Reading</h2><div class="controls"><button type="button" aria-label="Previous stories"><span aria-hidden="true">‹</span></button><button type="button" aria-label="Next stories"><span aria-hidden="true">›</span></button></div></div><div class="scroller" role="group" tabindex="0"><ul class="list" role="list"></ul></div></div>';
  }
  const element = railTemplate.content.firstElementChild.cloneNode(true);
  return { element, list: element.querySelector('.list') };
}

// Text helpers for A, P and C, written to give the text story-card gives (absolute date, one-letter
// monogram, "N Sources"), with Intl objects cached per page as the library caches them.
let dateFormat;
let yearFormat;
let numberFormat;

export function formatDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  if (date.getFullYear() === new Date().getFullYear()) {
    dateFormat ??= new Intl.DateTimeFormat('en', { ...options, timeZoneName: 'short' });
    return dateFormat.format(date);
  }
  yearFormat ??= new Intl.DateTimeFormat('en', { ...options, year: 'numeric', timeZoneName: 'short' });
  return yearFormat.format(date);
}

function countText(count) {
  numberFormat ??= new Intl.NumberFormat('en');
  return `${numberFormat.format(count)} ${count === 1 ? 'Source' : 'Sources'}`;
}

export function initial(name) {
  return (/[\p{L}\p{N}]/u.exec(name)?.[0] ?? '?').toLocaleUpperCase('en');
}

export function hue(name) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 8;
}

/** Total shown: sourceCount, never less than the sources listed. */
function totalSources(article) {
  return Math.max(article.sourceCount ?? 0, article.sources?.length ?? 0);
}

/** What stands beside the logos: the publisher's name for a story with one source, else "N Sources". */
export function sourcesLabel(article) {
  const total = totalSources(article);
  return total === 1 && article.sources?.[0] ? article.sources[0].name : countText(total);
}

/** The next frame after the current one is painted: rAF, then a task queued from it. */
function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Visible parts under `node`, shadow roots included: the check that A, P, B and C show the same. */
function inspect(node) {
  const counts = { links: 0, images: 0, monograms: 0, times: 0, headings: 0, counts: 0, text: 0 };
  const visit = (parent) => {
    for (const element of parent.querySelectorAll('*')) {
      if (element.matches('h1, h2, h3, h4, h5, h6')) counts.headings++;
      else if (element.matches('a[href]')) counts.links++;
      else if (element.matches('img')) counts.images++;
      else if (element.matches('.monogram')) counts.monograms++;
      else if (element.matches('time')) counts.times++;
      else if (element.matches('.count')) counts.counts++;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(node);
  // Rendered text, shadow roots included (innerText does not enter them).
  const walk = (parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) counts.text += child.data.trim().length;
      else if (child.nodeType === Node.ELEMENT_NODE && !child.matches('script, style')) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(node);
  return counts;
}

/**
 * Data as a page gets it from a feed, parsed from JSON. Strings built by template literals are
 * ropes that the first code to search them flattens into new strings; text from `JSON.parse` is
 * flat already, so no implementation pays for the way this file makes its data.
 */
const asJson = (value) => JSON.parse(JSON.stringify(value));

/**
 * Exposes `window.bench` for the runner. `impl` renders and updates `kind` (`cards`: story cards
 * in the rail shell; `rail`: the same for the references, the library's own related-rail for B)
 * into the stage; it may return a promise when it renders asynchronously (Lit).
 */
export function installHarness(impl) {
  const stage = document.getElementById('stage');
  let kind;
  let data;
  let round = 0;
  window.bench = {
    setup(options) {
      kind = options.kind;
      data = asJson(makeArticles(options.count));
      return true;
    },
    async render() {
      const start = performance.now();
      const pending = impl.render(kind, stage, data);
      if (pending) await pending;
      void stage.offsetHeight;
      await nextFrame();
      return performance.now() - start;
    },
    async update() {
      data = asJson(retitle(data, ++round));
      const start = performance.now();
      const pending = impl.update(kind, data);
      if (pending) await pending;
      void stage.offsetHeight;
      await nextFrame();
      return performance.now() - start;
    },
    inspect: () => inspect(stage),
  };
  document.documentElement.dataset.ready = 'true';
}
