import { isServer } from 'lit';

const FALLBACK = 'en';

/**
 * Tags already canonicalized: every element asks at every render, and a page has a handful of
 * languages. Bounded, so a page cycling through made-up tags cannot grow it.
 */
const canonicalTags = new Map<string, string | undefined>();
const MAX_TAGS = 100;

/** A well-formed language tag in its canonical case (`pt-br` → `pt-BR`), or undefined. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '') return undefined;
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalTags.size >= MAX_TAGS) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so a card inside a rail follows the rail, and the document's `<html lang>` is the last
 * ancestor), else `en`. An unusable tag falls back to `en`, not to an outer one: the publisher
 * meant this block to differ.
 */
export function localeOf(element: Element): string {
  if (isServer) return serverLocaleOf(element);
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return canonicalLocale(withLang.getAttribute('lang')) ?? FALLBACK;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return FALLBACK;
}

/**
 * The same rule under Lit's server renderer, whose DOM shim has no `closest()` and no parents:
 * only the element's own `lang` and those of the elements whose shadow roots hold it count.
 */
function serverLocaleOf(element: Element): string {
  for (
    let node: Element | undefined = element;
    node;
    node = (node.getRootNode() as Partial<ShadowRoot>).host
  ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return canonicalLocale(lang) ?? FALLBACK;
  }
  return FALLBACK;
}
