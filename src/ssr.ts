/**
 * Server rendering, for publishers who build their pages on the server: `renderDigestHTML()` turns
 * article JSON into an element's HTML, with its shadow DOM written out as declarative shadow DOM
 * and a plain light-DOM copy for crawlers and readers without JavaScript.
 *
 * Node only (`import { renderDigestHTML } from 'digest-elements/ssr'`), and it needs the optional
 * peer dependency `@lit-labs/ssr`. Importing this module defines the elements in Lit's server
 * registry; nothing here touches a browser DOM.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  adaptArticle,
  adaptArticles,
  detectFormat,
  NO_XML_PARSER,
  type Format,
} from './contract/adapters/index.js';
import type { Normalized, NormalizedArticle, Source } from './contract/article.js';
import {
  normalizeArticle,
  normalizeArticles,
  normalizeSource,
  normalizeSources,
} from './contract/normalize.js';
import './digest-elements.js';

const TAGS = new Set(['source-badge', 'source-stack', 'story-card', 'related-rail', 'story-digest']);

// An element nested in another speaks the outer one's language, found through the shadow root
// that holds it. Lit's server renderer creates no shadow roots: give ours one (the DOM shim's, a
// plain object) before they render, so their nested blocks can find them.
LitElementRenderer.renderOptions.push((element) => {
  if (TAGS.has(element.localName) && !element.shadowRoot) element.attachShadow({ mode: 'open' });
  return undefined;
});

/** The elements `renderDigestHTML()` renders. */
export type DigestTag = 'source-badge' | 'source-stack' | 'story-card' | 'related-rail' | 'story-digest';

/** An attribute value: `true` writes a bare attribute, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderDigestOptions {
  /**
   * The URL of the page the HTML goes into. Relative URLs in the data are resolved against it on
   * the server, so the element in the browser gets exactly the URLs the server rendered. Without
   * it only absolute URLs are kept.
   */
  baseUrl?: string;
  /**
   * The block's language, written as its `lang` attribute. Give the page's language: the server
   * cannot see `<html lang>`, and the text it writes ("3 Sources", dates) must be what the browser
   * would write. Default: English.
   */
  lang?: string;
  /**
   * The data's format (`digest`, `jsonld`, `jsonfeed`, `newsapi`, `wordpress`, `opengraph`); detected
   * from its content when absent. RSS and Atom (XML text) are read in the browser only.
   */
  format?: Format;
  /**
   * The element's other attributes, e.g. `{ layout: 'horizontal', 'heading-level': 2 }`: `theme`,
   * `density`, `id`, `class`, `dir`, and the element's own (see each element's attributes; `src`
   * and the other loading attributes are not taken, the data is given here).
   */
  attributes?: Record<string, AttributeValue>;
  /**
   * Told what the data's normalization dropped or fixed (the browser's element would warn about
   * the same). Default: `console.warn`.
   */
  onProblems?: (problems: string[]) => void;
}

/** Attributes every element takes. */
const COMMON = ['id', 'class', 'dir', 'theme', 'density'] as const;

/** Each element's own attributes that make sense for server-rendered data. */
const OWN: Record<DigestTag, readonly string[]> = {
  'source-badge': ['size', 'label'],
  'source-stack': ['count', 'max', 'linked'],
  'story-card': ['layout', 'heading-level', 'date-style'],
  'related-rail': ['heading', 'heading-level', 'layout', 'max', 'date-style'],
  'story-digest': ['heading-level', 'date-style'],
};

/** The attribute names `renderDigestHTML()` accepts for `tag`, besides `lang`. */
export function acceptedAttributes(tag: DigestTag): string[] {
  return [...COMMON, ...OWN[tag]];
}

type Attributes = Record<string, string | typeof nothing>;

/** Lit's attribute binding: `nothing` removes the attribute. */
const attributeValue = (input: AttributeValue): string | typeof nothing =>
  input === true ? '' : input === false || input === null || input === undefined ? nothing : String(input);

/**
 * Inline JSON the element reads after upgrade. `<` is escaped so no value can close the script
 * element (`</script>`) or open a comment; JSON.parse reads `\u003c` back as `<`.
 */
function inlineJson(data: unknown) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return unsafeHTML(`<script type="application/json">${json}</script>`);
}

/** A link when there is a URL, else the text alone. */
const linked = (text: string, url: string | undefined) => (url ? html`<a href=${url}>${text}</a>` : text);

/** What crawlers and readers without JavaScript (or without declarative shadow DOM) see. */
function storyFallback(article: NormalizedArticle, full: boolean): TemplateResult {
  return html`<p>${linked(article.title, article.url)}</p>
    ${article.summary ? html`<p>${article.summary}</p>` : nothing}
    ${
      full
        ? html`${article.sections.map(
            (section) =>
              html`${section.heading ? html`<p><strong>${section.heading}</strong></p>` : nothing}
              ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`,
          )}
          ${
            article.sources.length > 0
              ? html`<ul>
                  ${article.sources.map((source) => html`<li>${linked(source.name, source.url)}</li>`)}
                </ul>`
              : nothing
          }`
        : nothing
    }`;
}

function railFallback(articles: NormalizedArticle[]): TemplateResult {
  return html`<ul>
    ${articles.map((article) => html`<li>${linked(article.title, article.url)}</li>`)}
  </ul>`;
}

/** One template per element: Lit templates are static, so every attribute has its own binding. */
function template(tag: DigestTag, data: unknown, a: Attributes, light: TemplateResult): TemplateResult {
  const json = inlineJson(data);
  switch (tag) {
    case 'source-badge':
      return html`<source-badge
        id=${a.id}
        class=${a.class}
        lang=${a.lang}
        dir=${a.dir}
        theme=${a.theme}
        density=${a.density}
        size=${a.size}
        label=${a.label}
        .source=${data as Source}
        >${light}${json}</source-badge
      >`;
    case 'source-stack':
      return html`<source-stack
        id=${a.id}
        class=${a.class}
        lang=${a.lang}
        dir=${a.dir}
        theme=${a.theme}
        density=${a.density}
        count=${a.count}
        max=${a.max}
        linked=${a.linked}
        .sources=${data as Source[]}
        >${light}${json}</source-stack
      >`;
    case 'story-card':
      return html`<story-card
        id=${a.id}
        class=${a.class}
        lang=${a.lang}
        dir=${a.dir}
        theme=${a.theme}
        density=${a.density}
        layout=${a.layout}
        heading-level=${a['heading-level']}
        date-style=${a['date-style']}
        .article=${data as NormalizedArticle}
        >${light}${json}</story-card
      >`;
    case 'related-rail':
      return html`<related-rail
        id=${a.id}
        class=${a.class}
        lang=${a.lang}
        dir=${a.dir}
        theme=${a.theme}
        density=${a.density}
        heading=${a.heading}
        heading-level=${a['heading-level']}
        layout=${a.layout}
        max=${a.max}
        date-style=${a['date-style']}
        .articles=${data as NormalizedArticle[]}
        >${light}${json}</related-rail
      >`;
    case 'story-digest':
      return html`<story-digest
        id=${a.id}
        class=${a.class}
        lang=${a.lang}
        dir=${a.dir}
        theme=${a.theme}
        density=${a.density}
        heading-level=${a['heading-level']}
        date-style=${a['date-style']}
        .article=${data as NormalizedArticle}
        >${light}${json}</story-digest
      >`;
  }
}

/** The data as the element will hold it, and its light-DOM copy. */
function prepare(
  tag: DigestTag,
  data: unknown,
  options: RenderDigestOptions,
): { normalized: Normalized<unknown>; light: (value: never) => TemplateResult } {
  const { baseUrl, format } = options;
  switch (tag) {
    case 'source-badge':
      return {
        normalized: normalizeSource(data, { baseUrl }),
        light: (source: Source) => html`${linked(source.name, source.url)}`,
      };
    case 'source-stack': {
      const { value, problems } = normalizeSources(data, undefined, { baseUrl });
      return {
        normalized: { value: value && value.sources.length > 0 ? value.sources : undefined, problems },
        light: (sources: Source[]) => html`${sources.map((source) => source.name).join(', ')}`,
      };
    }
    case 'related-rail': {
      const { value, problems } = normalizeArticles(adaptArticles(data, format), { baseUrl });
      return {
        normalized: { value: value && value.length > 0 ? value : undefined, problems },
        light: railFallback,
      };
    }
    case 'story-card':
    case 'story-digest':
      return {
        normalized: normalizeArticle(adaptArticle(data, format), { baseUrl }),
        light: (article: NormalizedArticle) => storyFallback(article, tag === 'story-digest'),
      };
  }
}

/**
 * Renders `<tag>` for `data` (the same data the element's property or inline JSON takes) to an
 * HTML string: the element with its shadow DOM as `<template shadowrootmode="open">`, which the
 * browser shows before any script runs, and, in its light DOM, the story's title as a link, its
 * summary and the data as inline JSON. A shadow root shows no light children (the elements have no
 * slots), so that copy is only seen by crawlers and browsers that do not attach the shadow root;
 * once the script runs, the element reads the inline JSON and, with Lit's hydrate support loaded,
 * takes over the server's DOM without rendering it again.
 *
 * The data is normalized here, against `options.baseUrl`, and the inline JSON holds the normalized
 * data: the browser then renders exactly what the server did. Rejects when the data holds nothing
 * the element can show, or when an attribute is not one it accepts.
 *
 * @example
 * const html = await renderDigestHTML('story-card', article, { lang: 'en', baseUrl: pageUrl });
 */
export async function renderDigestHTML(
  tag: DigestTag,
  data: unknown,
  options: RenderDigestOptions = {},
): Promise<string> {
  if (!Object.hasOwn(OWN, tag)) {
    throw new TypeError(`renderDigestHTML: <${String(tag)}> is not one of ${Object.keys(OWN).join(', ')}.`);
  }
  const format = options.format ?? detectFormat(data);
  if ((format === 'rss' || format === 'atom') && typeof DOMParser !== 'function') {
    throw new TypeError(`renderDigestHTML: ${NO_XML_PARSER}.`);
  }
  const accepted = acceptedAttributes(tag);
  const attributes: Attributes = { lang: attributeValue(options.lang) };
  for (const [name, given] of Object.entries(options.attributes ?? {})) {
    if (!accepted.includes(name)) {
      throw new TypeError(
        `renderDigestHTML: <${tag}> takes no "${name}" attribute here; it takes lang (as an option), ${accepted.join(', ')}.`,
      );
    }
    attributes[name] = attributeValue(given);
  }
  for (const name of accepted) attributes[name] ??= nothing;

  const { normalized, light } = prepare(tag, data, options);
  if (normalized.problems.length > 0) {
    const report =
      options.onProblems ??
      ((problems: string[]) =>
        console.warn(`${tag}: ignored parts of its input:\n- ${problems.join('\n- ')}`));
    report(normalized.problems);
  }
  if (normalized.value === undefined) {
    throw new TypeError(
      `renderDigestHTML: <${tag}> has nothing to show for this data: ${normalized.problems[0]}`,
    );
  }
  const value = normalized.value as never;
  return collectResult(render(template(tag, value, attributes, light(value))));
}
