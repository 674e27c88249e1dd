import { prepareFirstRender } from './first-render.js';

/**
 * Registers elements without ever throwing. A page may load the script twice, or both the ES
 * module and the classic bundle: the first definition wins, and one warning names the tags another
 * copy already owns. Each tag is named once per page, however many copies load.
 */
// Symbol.for: every copy of the library sees the same key, so the copies share what was said.
const WARNED = Symbol.for('digest-elements.warned-tags');

export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  prepareFirstRender();
  const taken: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    if (customElements.get(tag) === element) continue;
    try {
      customElements.define(tag, element);
    } catch {
      // Another class owns the tag, or this class is registered under another name already (a
      // registry takes each tag and each class once).
      taken.push(tag);
    }
  }
  const registry = customElements as CustomElementRegistry & { [WARNED]?: Set<string> };
  const warned = (registry[WARNED] ??= new Set());
  const news = taken.filter((tag) => !warned.has(tag));
  news.forEach((tag) => warned.add(tag));
  if (news.length > 0) {
    console.warn(
      `digest-elements: <${news.join('>, <')}> already defined by another copy of the library; keeping that one.`,
    );
  }
}
