/**
 * Registers elements without ever throwing. A page may load the script twice, or both the ES
 * module and the classic bundle: the first definition wins, and one warning per page (however
 * many copies load) names the tags another copy already owns.
 */
// Symbol.for: every copy of the library sees the same key, so the copies agree who has warned.
const WARNED = Symbol.for('digest-elements.warned-duplicate');

export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const taken: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (existing === element) continue;
    if (existing !== undefined) {
      taken.push(tag);
      continue;
    }
    try {
      customElements.define(tag, element);
    } catch {
      // The class is registered under another name already (a registry takes each class once).
      taken.push(tag);
    }
  }
  const registry = customElements as CustomElementRegistry & { [WARNED]?: true };
  if (taken.length > 0 && !registry[WARNED]) {
    registry[WARNED] = true;
    console.warn(
      `digest-elements: <${taken.join('>, <')}> already defined by another copy of the library; keeping that one.`,
    );
  }
}
