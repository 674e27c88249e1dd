/**
 * DOM checks for rendered elements: the URL rule on every URL-carrying attribute in every nested
 * shadow root (with mailto: only where the contract allows it), and no markup from the data.
 * They return descriptions, never nodes, so a failure message can never hang Web Test Runner.
 */
import { renderedElements } from '../support/shadow.js';
import { mailtoAllowed } from '../support/urls.js';

/** Attributes through which markup can make the browser load or navigate to a URL. */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
  'background',
  'cite',
];

/** Elements no template renders; from the data they could only come from parsed markup. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'form',
  'meta',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'details',
  'body',
  'b',
  'i',
]);

const short = (text: string) => JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);

/** Where `element` sits: `<a part="source-link"> in story-digest`. */
function where(element: Element): { owner: string; label: string } {
  const owner = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const part = element.getAttribute('part');
  return { owner, label: `<${element.localName}${part ? ` part="${part}"` : ''}> in ${owner}` };
}

/** Every rendered URL (in `root`'s shadow root and all nested ones) that breaks the URL rule. */
export function renderedUrlViolations(root: Element): string[] {
  const found: string[] = [];
  for (const element of renderedElements(root)) {
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const { label } = where(element);
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        found.push(`${label} ${attribute}=${short(value)} is not an absolute URL`);
        continue;
      }
      const ok =
        url.protocol === 'http:' ||
        url.protocol === 'https:' ||
        (url.protocol === 'mailto:' && mailtoAllowed(element, attribute));
      if (!ok) found.push(`${label} ${attribute}=${short(value)} has the scheme ${url.protocol}`);
      else if (url.username !== '' || url.password !== '')
        found.push(`${label} ${attribute}=${short(value)} has credentials`);
    }
  }
  return found;
}

/** How many URL-carrying attributes `root` rendered (to show a property checked something). */
export function renderedUrlCount(root: Element): number {
  return renderedElements(root).reduce(
    (count, element) => count + URL_ATTRIBUTES.filter((name) => element.hasAttribute(name)).length,
    0,
  );
}

/** Rendered elements or attributes that only parsed markup from the data could have made. */
export function markupFromData(root: Element): string[] {
  const found: string[] = [];
  for (const element of renderedElements(root)) {
    if (FORBIDDEN_TAGS.has(element.localName)) found.push(`${where(element).label} was rendered`);
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) found.push(`${where(element).label} has an ${name} attribute`);
    }
  }
  return found;
}

/** Every link and button inside `root`'s shadow roots (nested ones included). */
export function clickables(root: Element): HTMLElement[] {
  return renderedElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      (element.localName === 'a' ||
        element.localName === 'button' ||
        element.getAttribute('role') === 'button' ||
        element.hasAttribute('tabindex')),
  );
}
