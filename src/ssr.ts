/**
 * Server rendering, for publishers who build their pages on the server: `renderDigestHTML()` turns
 * article JSON into an element's HTML, with its shadow DOM written out as declarative shadow DOM
 * and a plain light-DOM copy for crawlers and readers without JavaScript.
 *
 * Node only (`import { renderDigestHTML } from 'digest-elements/ssr'`), and it needs the optional
 * peer dependency `@lit-labs/ssr`. Importing this module defines the elements in Lit's server
 * registry; nothing here touches a browser DOM. What each element accepts and how it takes its data
 * is read from the element classes themselves, so a new attribute needs no edit here.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  adaptArticle,
  adaptArticles,
  detectFormat,
  NO_XML_PARSER,
  type Format,
} from './contract/adapters/index.js';
import type { NormalizedArticle, Source } from './contract/article.js';
import type { IntakeOptions } from './data/data-intake.js';
import type { StoryFormats } from './data/story-formats.js';
import { RemoteData } from './data/remote-data.js';
import { elementsByTag, type DigestTag } from './elements/registry.js';
import { StoryDigest } from './elements/story-digest/story-digest.js';
import './digest-elements.js';
import { builtIn } from './i18n/all-languages.js';
import { addShippedLanguages } from './i18n/messages.js';

export type { DigestTag };

// A block's text is written in one pass: every language is here before the first.
addShippedLanguages(builtIn);

// An element nested in another speaks the outer one's language, found through the shadow root
// that holds it. Lit's server renderer creates no shadow roots: give ours one (the DOM shim's, a
// plain object) before they render, so their nested blocks can find them.
LitElementRenderer.renderOptions.push((element) => {
  if (Object.hasOwn(elementsByTag, element.localName) && !element.shadowRoot) {
    element.attachShadow({ mode: 'open' });
  }
  return undefined;
});

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

/** HTML's own attributes that a block may carry. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'dir'];

/** Each class's intake declaration; an element that shows stories declares the formats it reads. */
type ElementClass = typeof LitElement & {
  dataIntake: Omit<IntakeOptions<unknown>, 'isComplete'> & { formats?: StoryFormats };
};

/** The attribute names a class declares for its reactive properties. */
function declaredAttributes(element: typeof LitElement): string[] {
  const names: string[] = [];
  for (const [name, declaration] of element.elementProperties) {
    const attribute = declaration.state ? false : (declaration.attribute ?? true);
    if (attribute !== false)
      names.push(typeof attribute === 'string' ? attribute : String(name).toLowerCase());
  }
  return names;
}

/** `src` and the other loading attributes: here the data is given, never fetched. */
const LOADING_ATTRIBUTES = new Set(declaredAttributes(RemoteData(LitElement)));

/** The attribute names `renderDigestHTML()` accepts for `tag`, besides `lang`. */
export function acceptedAttributes(tag: DigestTag): string[] {
  const declared = declaredAttributes(elementsByTag[tag]).filter((name) => !LOADING_ATTRIBUTES.has(name));
  return [...GLOBAL_ATTRIBUTES, ...declared];
}

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

/** What crawlers and readers without JavaScript see, for the data a class takes. */
function lightCopy(element: ElementClass, value: unknown): TemplateResult {
  switch (element.dataIntake.property) {
    case 'source':
      return html`${linked((value as Source).name, (value as Source).url)}`;
    case 'sources':
      return html`${(value as Source[]).map((source) => source.name).join(', ')}`;
    case 'articles':
      return railFallback(value as NormalizedArticle[]);
    default:
      return storyFallback(value as NormalizedArticle, element === StoryDigest);
  }
}

/**
 * The normalized value as the element's property takes it: a source list normalizes to its sources
 * and their total, and is given as its sources. Undefined when it leaves nothing to show.
 */
function asProperty(element: ElementClass, value: unknown): unknown {
  const shown =
    element.dataIntake.property === 'sources'
      ? (value as { sources: unknown[] } | undefined)?.sources
      : value;
  return Array.isArray(shown) && shown.length === 0 ? undefined : shown;
}

/** Template strings per tag, built once so Lit parses each element's template once. */
const templateStrings = new Map<DigestTag, TemplateStringsArray>();

/**
 * One template for every element: `<tag a=${…} b=${…} .property=${…}>${light}${json}</tag>`. The
 * tag and attribute names come from the elements' own declarations; only the values are bindings,
 * which Lit escapes.
 */
function template(tag: DigestTag, names: string[], values: unknown[]): TemplateResult {
  let strings = templateStrings.get(tag);
  if (!strings) {
    const openings = [...names.map((name) => ` ${name}=`), ` .${elementsByTag[tag].dataIntake.property}=`];
    const parts = [`<${tag}${openings[0]}`, ...openings.slice(1), '>', '', `</${tag}>`];
    strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    templateStrings.set(tag, strings);
  }
  return html(strings, ...values);
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
  if (!Object.hasOwn(elementsByTag, tag)) {
    throw new TypeError(
      `renderDigestHTML: <${String(tag)}> is not one of ${Object.keys(elementsByTag).join(', ')}.`,
    );
  }
  const element: ElementClass = elementsByTag[tag];
  const format = options.format ?? detectFormat(data);
  if ((format === 'rss' || format === 'atom') && typeof DOMParser !== 'function') {
    throw new TypeError(`renderDigestHTML: ${NO_XML_PARSER}.`);
  }
  const accepted = acceptedAttributes(tag);
  const attributes = new Map<string, string | typeof nothing>([['lang', attributeValue(options.lang)]]);
  for (const name of accepted) attributes.set(name, nothing);
  for (const [name, given] of Object.entries(options.attributes ?? {})) {
    if (!accepted.includes(name)) {
      throw new TypeError(
        `renderDigestHTML: <${tag}> takes no "${name}" attribute here; it takes lang (as an option), ${accepted.join(', ')}.`,
      );
    }
    attributes.set(name, attributeValue(given));
  }

  // The element's own intake: the same adapter and normalizer its property goes through. The
  // browser loads an adapter when data needs one; here every adapter is at hand, so this stays
  // synchronous.
  const { formats, normalize } = element.dataIntake;
  const stories = formats?.stories;
  const adapted =
    stories === 1 ? adaptArticle(data, format) : stories ? adaptArticles(data, format, stories) : data;
  const normalized = normalize(adapted, options.baseUrl);
  if (normalized.problems.length > 0) {
    const report =
      options.onProblems ??
      ((problems: string[]) =>
        console.warn(`${tag}: ignored parts of its input:\n- ${problems.join('\n- ')}`));
    report(normalized.problems);
  }
  const value = asProperty(element, normalized.value);
  if (value === undefined) {
    throw new TypeError(
      `renderDigestHTML: <${tag}> has nothing to show for this data: ${normalized.problems[0] ?? 'it is empty'}`,
    );
  }
  const values = [...attributes.values(), value, lightCopy(element, value), inlineJson(value)];
  return collectResult(render(template(tag, [...attributes.keys()], values)));
}
