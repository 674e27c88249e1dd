const FALLBACK = 'en';

function canonical(tag: string | null): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so a card inside a rail follows the rail), else `en`.
 */
export function localeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return canonical(withLang.getAttribute('lang')) ?? FALLBACK;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return FALLBACK;
}
