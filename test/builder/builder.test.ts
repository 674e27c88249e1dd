import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../a11y/axe.js';
import { AXE_OPTIONS, describeViolations, failWith } from '../a11y/axe.js';
import type { AxeResults, RunOptions } from 'axe-core';
import minimal from '../fixtures/minimal.json';
import seedStory from '../fixtures/seed-story.json';
import jsonfeedOrg from '../fixtures/publishers/jsonfeed/jsonfeed-org-v1.json';
import hypercritical from '../fixtures/publishers/jsonfeed/hypercritical-v1.json';
import bbc from '../fixtures/publishers/jsonld/bbc-1.json';
import folha from '../fixtures/publishers/jsonld/folha.json';
import gitlab from '../fixtures/publishers/jsonld/gitlab-blog.json';
import techcrunch from '../fixtures/publishers/jsonld/metascraper-techcrunch.json';
import hiroaki from '../fixtures/publishers/newsapi/hiroaki-getnews.json';
import wasabeef from '../fixtures/publishers/newsapi/wasabeef-flutter-blueprints.json';
import { openBlankPage, openFrame, rendered, renderingOf } from './frames.js';

/**
 * The embed builder (builder.html, issue 19) in Chromium: a snippet pasted into a blank page renders
 * what the preview shows, hostile data gives an inert snippet, the page works from the keyboard and
 * axe finds nothing on it.
 */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A whole page's HTML carrying `data` as its JSON-LD, as an editor would paste "view source". */
const pageWithJsonLd = (data: unknown) =>
  `<!doctype html><html lang="pt"><head><title>Uma página</title>
<link rel="canonical" href="https://www1.folha.uol.com.br/esporte/">
<script type="application/ld+json">${JSON.stringify(data)}</script>
<script>window.parent.pageScriptRan = true;</script></head>
<body><img src="/x.png" onerror="window.parent.pageScriptRan = true"><p>Texto do artigo.</p></body></html>`;

/** One sample of each format the elements take, with the element to show it in and its headline. */
const SAMPLES: { name: string; text: string; tag: string; title: string }[] = [
  { name: 'article JSON', text: JSON.stringify(seedStory), tag: 'story-digest', title: seedStory.title },
  { name: 'minimal article JSON', text: JSON.stringify(minimal), tag: 'story-card', title: minimal.title },
  {
    name: 'JSON-LD',
    text: JSON.stringify(bbc),
    tag: 'story-card',
    title: "Obama admits US gun laws are his 'biggest frustration'",
  },
  {
    name: 'JSON-LD blocks',
    text: JSON.stringify(gitlab),
    tag: 'story-digest',
    title: '3 surprising findings from our 2024 Global DevSecOps Survey',
  },
  {
    name: 'JSON-LD @graph',
    text: JSON.stringify(techcrunch),
    tag: 'story-card',
    title: 'HackerRank Makes Technical Recruiting More Transparent',
  },
  {
    name: "a page's HTML",
    text: pageWithJsonLd(folha),
    tag: 'story-card',
    title: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2',
  },
  { name: 'JSON Feed', text: JSON.stringify(jsonfeedOrg), tag: 'story-card', title: 'Announcing JSON Feed' },
  {
    name: 'JSON Feed in a rail',
    text: JSON.stringify(hypercritical),
    tag: 'related-rail',
    title: 'The Last Guardian',
  },
  {
    name: 'NewsAPI',
    text: JSON.stringify(hiroaki),
    tag: 'story-card',
    title: "How to Get Android P's Screenshot Editing Tool on Any Androi",
  },
  {
    name: 'NewsAPI in a rail',
    text: JSON.stringify(wasabeef),
    tag: 'related-rail',
    title: 'Mladé nezajímá zlato, investují raději do Bitcoinu',
  },
  { name: 'sources of a story', text: JSON.stringify(seedStory), tag: 'source-stack', title: '3 Sources' },
  {
    name: 'first source of a story',
    text: JSON.stringify(seedStory),
    tag: 'source-badge',
    title: 'https://fortune.example/2025/01/15/meta-llama-filings',
  },
];

/**
 * Feeds and a page as publishers serve them (XML and HTML text, not JSON), with the headline
 * PROVENANCE.md records for their first story.
 */
const TEXT_SAMPLES: { name: string; file: string; tag: string; title: string }[] = [
  { name: 'RSS', file: 'rss/feed-rs-rps.xml', tag: 'related-rail', title: 'The Sunday Papers' },
  {
    name: 'Atom',
    file: 'atom/rss-parser-heise.atom',
    tag: 'story-card',
    title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
  },
  {
    name: 'WordPress REST',
    file: 'wordpress/frontity-worona-post-60.json',
    tag: 'story-card',
    title: 'The Beauties of Gullfoss',
  },
  {
    name: "a page's HTML with Open Graph only",
    file: 'opengraph/readability-breitbart.html',
    tag: 'story-card',
    title: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
  },
];

const LOCAL_BUNDLE = new URL('/dist/digest-elements.js', location.href).href;

async function openBuilder() {
  const frame = await openFrame((frame) => {
    frame.src = '/builder.html';
  });
  const doc = frame.contentDocument as Document;
  // The page has started once its script has filled in the default script URL.
  await waitUntil(
    () => (doc.getElementById('script-url') as HTMLInputElement).value !== '',
    'builder did not start',
    // The page loads the bundle and its chunks first, on a machine that may run another suite.
    { timeout: 10_000 },
  );
  const control = <E extends Control = Control>(id: string) => doc.getElementById(id) as E;
  /** Sets a control as a person would and lets the page react (a text field as on leaving it). */
  const set = (id: string, value: string) => {
    const element = control(id);
    element.value = value;
    element.dispatchEvent(new Event(element.localName === 'select' ? 'input' : 'change', { bubbles: true }));
  };
  const snippet = () => control('snippet').value;
  const previewElement = (tag: string) => doc.querySelector(`#preview > ${tag}`) as Element;
  const problems = () => Array.from(doc.querySelectorAll('#problem-list li'), (item) => item.textContent);
  return { frame, doc, control, set, snippet, previewElement, problems };
}

async function snippetRendering(snippet: string, tag: string) {
  const page = await openBlankPage(snippet);
  const win = page.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(tag);
  const element = page.contentDocument?.querySelector(tag) as Element;
  await rendered(element);
  return { page, element, rendering: renderingOf(element) };
}

describe('the embed builder', function () {
  // Each test loads two pages (the builder and a blank page), each with the bundle.
  this.timeout(15_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const sample of SAMPLES) {
    it(`makes a snippet from ${sample.name} that renders on a blank page as in the preview (${sample.tag})`, async () => {
      const builder = await openBuilder();
      builder.set('script-url', LOCAL_BUNDLE);
      builder.set('data', sample.text);
      builder.set('element', sample.tag);
      const preview = builder.previewElement(sample.tag);
      expect(preview, `no ${sample.tag} in the preview`).to.not.equal(null);
      await rendered(preview);
      const shown = renderingOf(preview);
      // A badge shows no text of its own: its link is what it renders.
      expect(JSON.stringify(shown)).to.contain(JSON.stringify(sample.title).slice(1, -1));

      const pasted = await snippetRendering(builder.snippet(), sample.tag);
      expect(pasted.rendering).to.deep.equal(shown);
      expect((window as { pageScriptRan?: boolean }).pageScriptRan).to.equal(undefined);
    });
  }

  for (const sample of TEXT_SAMPLES) {
    it(`makes a snippet from ${sample.name} that renders on a blank page as in the preview (${sample.tag})`, async () => {
      const text = await (await fetch(`/api/publishers/${sample.file}`)).text();
      const builder = await openBuilder();
      builder.set('script-url', LOCAL_BUNDLE);
      builder.set('data', text);
      builder.set('element', sample.tag);
      const preview = builder.previewElement(sample.tag);
      expect(preview, `no ${sample.tag} in the preview`).to.not.equal(null);
      await rendered(preview);
      const shown = renderingOf(preview);
      expect(JSON.stringify(shown)).to.contain(JSON.stringify(sample.title).slice(1, -1));

      const pasted = await snippetRendering(builder.snippet(), sample.tag);
      expect(pasted.rendering).to.deep.equal(shown);
    });
  }

  it('pins a versioned CDN URL of this release with its integrity value from dist/sri.json', async () => {
    // %2E: the test server would serve a path ending in .json as a JavaScript module.
    const sri = (await (await fetch('/dist/sri%2Ejson')).json()) as Record<string, string>;
    const builder = await openBuilder();
    builder.set('data', JSON.stringify(minimal));
    builder.set('element', 'story-card');
    expect(builder.control('script-url').value).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/digest-elements@\d+\.\d+\.\d+\/dist\/digest-elements\.js$/,
    );
    const script = new DOMParser()
      .parseFromString(builder.snippet(), 'text/html')
      .querySelector('script[src]');
    expect(script?.getAttribute('integrity')).to.equal(sri['digest-elements.js']);
    expect(script?.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script?.getAttribute('type')).to.equal('module');

    // The value vouches for the bytes this builder runs: the same tag loading the local bundle runs.
    const pinnedLocally = builder.snippet().replace(/src="[^"]*"/, `src="${LOCAL_BUNDLE}"`);
    const { rendering } = await snippetRendering(pinnedLocally, 'story-card');
    expect(rendering.text).to.contain(minimal.title);
  });

  it('adds no integrity value to an unversioned URL, and a classic script tag for the IIFE bundle', async () => {
    const builder = await openBuilder();
    builder.set('data', JSON.stringify(minimal));
    builder.set('script-url', 'https://cdn.jsdelivr.net/npm/digest-elements/dist/digest-elements.iife.js');
    const script = new DOMParser()
      .parseFromString(builder.snippet(), 'text/html')
      .querySelector('script[src]');
    expect(script?.hasAttribute('integrity')).to.equal(false);
    expect(script?.hasAttribute('type')).to.equal(false);
  });

  it('writes the chosen layout, theme and language as attributes, as the preview shows them', async () => {
    const builder = await openBuilder();
    builder.set('script-url', LOCAL_BUNDLE);
    builder.set('data', JSON.stringify(seedStory));
    builder.set('element', 'story-card');
    builder.set('layout', 'horizontal');
    builder.set('theme', 'dark');
    builder.set('language', 'ar');
    const pasted = new DOMParser()
      .parseFromString(builder.snippet(), 'text/html')
      .querySelector('story-card');
    expect(pasted?.getAttribute('layout')).to.equal('horizontal');
    expect(pasted?.getAttribute('theme')).to.equal('dark');
    expect(pasted?.getAttribute('lang')).to.equal('ar');
    expect(pasted?.getAttribute('dir')).to.equal('rtl');
    const preview = builder.previewElement('story-card');
    await rendered(preview);
    const { rendering } = await snippetRendering(builder.snippet(), 'story-card');
    expect(rendering).to.deep.equal(renderingOf(preview));
    // Arabic interface text: the count of sources is not in English.
    expect(rendering.text).not.to.contain('Sources');
  });

  it('lists the normalizer problems in plain words', async () => {
    const builder = await openBuilder();
    builder.set(
      'data',
      JSON.stringify({
        title: 'A story',
        url: 'javascript:alert(1)',
        sources: [{ name: 'A', url: 'ftp://a.example/' }],
      }),
    );
    builder.set('element', 'story-card');
    expect(builder.problems()).to.have.members([
      'Link: not a web address starting with http:// or https://, so it was left out.',
      'Source 1, link: not a web address starting with http:// or https://, so it was left out.',
    ]);
    builder.set('data', '{ "title": ');
    expect(builder.problems()[0]).to.match(/^The data is not valid JSON or HTML/);
    expect(builder.snippet()).to.equal('');
    builder.set('data', '<!doctype html><title>A page</title><p>No article data here.</p>');
    expect(builder.problems()).to.deep.equal([
      'This HTML has no article data the elements read (no JSON-LD block, no Open Graph title).',
    ]);
    expect(builder.snippet()).to.equal('');
  });
});

describe('the embed builder with hostile data', function () {
  this.timeout(15_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('escapes <, >, &, U+2028 and U+2029 in the inline JSON, which still reads back the same', async () => {
    const { scriptSafeJson } = (await import(new URL('/builder/snippet.js', location.href).href)) as {
      scriptSafeJson(value: unknown): string;
    };
    const value = { text: '</script><!-- & \u2028 \u2029 >' };
    const json = scriptSafeJson(value);
    expect(json).not.to.match(/[<>&\u2028\u2029]/);
    expect(json).to.contain('\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029 \\u003e');
    expect(JSON.parse(json)).to.deep.equal(value);
  });

  const HOSTILE_TITLE = '</script><script>window.parent.hostileRan = true</script><!-- <SCRIPT>';
  const HOSTILE_SUMMARY =
    'line\u2028separator\u2029paragraph & <!-- --> </SCRIPT > <img src=x onerror=alert(1)>';

  it('yields an inert snippet: the data stays text inside the one JSON block', async () => {
    const builder = await openBuilder();
    builder.set('script-url', LOCAL_BUNDLE);
    builder.set(
      'data',
      JSON.stringify({
        title: HOSTILE_TITLE,
        summary: HOSTILE_SUMMARY,
        sources: [{ name: '</script><!--' }],
      }),
    );
    builder.set('element', 'story-card');
    const snippet = builder.snippet();
    expect(snippet.match(/<\/script/gi)).to.have.length(2);
    expect(snippet).not.to.contain('<!--');
    expect(snippet).not.to.match(/[\u2028\u2029]/);

    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(2);
    expect(parsed.querySelectorAll('img')).to.have.length(0);
    const json = parsed.querySelector('story-card > script[type="application/json"]')?.textContent ?? '';
    const data = JSON.parse(json) as { title: string; summary: string; sources: { name: string }[] };
    expect(data.title).to.equal(HOSTILE_TITLE);
    // The normalizer turns the line and paragraph separators into spaces; the markup stays text.
    expect(data.summary).to.equal(HOSTILE_SUMMARY.replace(/[\u2028\u2029]/g, ' '));
    expect(data.sources[0]?.name).to.equal('</script><!--');

    const { element, rendering } = await snippetRendering(snippet, 'story-card');
    expect(rendering.text).to.contain(HOSTILE_TITLE);
    expect(element.shadowRoot?.querySelector('img[src="x"]')).to.equal(null);
    expect((window as { hostileRan?: boolean }).hostileRan).to.equal(undefined);
  });
});

describe('the embed builder from the keyboard and for axe', function () {
  this.timeout(15_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('reaches every control with Tab, in order, and copies with the keyboard', async () => {
    const builder = await openBuilder();
    builder.set('data', JSON.stringify(seedStory));
    builder.set('element', 'source-badge');
    builder.frame.focus();
    builder.control('data').focus();
    const reached: string[] = [];
    for (let press = 0; press < 30 && !reached.includes('copy'); press++) {
      await sendKeys({ press: 'Tab' });
      const id = builder.doc.activeElement?.id;
      if (id && !reached.includes(id)) reached.push(id);
    }
    expect(reached).to.deep.equal([
      'element',
      'layout',
      'theme',
      'language',
      'script-url',
      'snippet',
      'copy',
    ]);
    expect(builder.doc.getElementById('copy')?.localName).to.equal('button');

    // Choose another element with the arrow keys: the preview follows.
    builder.control('element').focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => builder.previewElement('source-stack'), 'ArrowUp did not change the element');

    builder.doc.getElementById('copy')?.focus();
    await sendKeys({ press: 'Enter' });
    const status = builder.doc.getElementById('copy-status') as HTMLElement;
    await waitUntil(() => status.textContent !== '', 'Copy said nothing');
    expect(status.textContent).to.match(/^(Snippet copied\.|The snippet is selected)/);
  });

  it('has no axe violations, whole-page rules included', async function () {
    // axe reads a whole page here, a long story included.
    this.timeout(30_000);
    const builder = await openBuilder();
    builder.set('data', JSON.stringify(seedStory));
    builder.set('element', 'story-digest');
    await rendered(builder.previewElement('story-digest'));
    const win = builder.frame.contentWindow as Window & {
      axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    // The builder page runs its own copy of axe (the one this test page loaded), so that axe reads
    // the page in its own document.
    const axeScript = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('axe-core/axe.min.js'))?.name;
    if (!axeScript) throw new Error('axe-core was not loaded');
    const script = builder.doc.createElement('script');
    script.src = axeScript;
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    builder.doc.head.append(script);
    await loaded;
    const page: RunOptions = { ...AXE_OPTIONS, rules: { 'target-size': { enabled: true } } };
    const results = await win.axe?.run(builder.doc, page);
    if (!results) throw new Error('axe did not run');
    if (results.violations.length > 0) failWith(describeViolations(results.violations));
    expect(results.passes.length).to.be.greaterThan(0);
  });
});
