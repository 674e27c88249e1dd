import { mailtoAllowed } from './urls.js';

/** Helpers that look inside open shadow roots, including shadow roots nested in shadow roots. */

/** The element's open shadow root; fails the test when it has none. */
export function shadow(element: Element | null | undefined): ShadowRoot {
  const root = element?.shadowRoot;
  if (!root) throw new Error(`<${element?.localName ?? 'nothing'}> has no open shadow root`);
  return root;
}

/** Every element under `root`, descending into each element's open shadow root. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Elements rendered by `root` and the elements nested in it: everything in their shadow roots. */
export function renderedElements(root: Element | ShadowRoot): Element[] {
  return allElements(root).filter((element) => element.getRootNode() instanceof ShadowRoot);
}

/** Like `querySelectorAll`, but across nested shadow roots, and only what elements rendered. */
export function deepQueryAll<E extends Element = Element>(root: Element | ShadowRoot, selector: string): E[] {
  return renderedElements(root).filter((element): element is E => element.matches(selector));
}

/** Like `querySelector`, but across nested shadow roots. */
export function deepQuery<E extends Element = Element>(
  root: Element | ShadowRoot,
  selector: string,
): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/** Attributes through which markup can make the browser load or navigate to a URL. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
];

export interface FoundUrl {
  /** Tag of the element carrying it. */
  tag: string;
  attribute: string;
  value: string;
  /** Tag of the custom element whose shadow root holds it. */
  owner: string;
  /** Whether the contract allows `mailto:` there (see `mailtoAllowed`). */
  mailtoAllowed: boolean;
}

/**
 * Every URL-carrying attribute that elements rendered: in `root`'s shadow root and in all shadow
 * roots nested in it. Light DOM (the publisher's own markup and attributes) is not collected.
 */
export function collectUrls(root: Element): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const element of renderedElements(root)) {
    const owner = (element.getRootNode() as ShadowRoot).host.localName;
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value !== null) {
        found.push({
          tag: element.localName,
          attribute,
          value,
          owner,
          mailtoAllowed: mailtoAllowed(element, attribute),
        });
      }
    }
  }
  return found;
}

/**
 * Resolves once `root` and every element nested in its shadow roots have finished updating, so
 * a test can read nested output (a card's stack, a stack's badges) without guessing at timing.
 */
export async function deepUpdated(root: Element): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const pending = allElements(root)
      .map((element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete)
      .filter((update): update is Promise<boolean> => update instanceof Promise);
    const results = await Promise.all(pending);
    // updateComplete resolves to false when another update was queued meanwhile: look again.
    if (results.every(Boolean)) return;
  }
}
