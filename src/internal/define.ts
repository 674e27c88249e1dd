/**
 * Registers elements without ever throwing. A page may load the script twice, or both the ES
 * module and the classic bundle: the first definition wins, and one warning names any tag that
 * another copy of the library already owns.
 */
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
  if (taken.length > 0) {
    console.warn(
      `digest-elements: <${taken.join('>, <')}> already defined by another copy of the library; keeping that one.`,
    );
  }
}
