import type { FoundUrl } from './shadow.js';

/**
 * Where the contract lets a rendered link be `mailto:`: a source's link (a badge's own link, a
 * linked stack's logo link, a digest's source-list link) and the curator link; never an image, a
 * logo or the story link.
 */
export function mailtoAllowed(element: Element, attribute: string): boolean {
  if (element.localName !== 'a' || attribute !== 'href') return false;
  const owner = (element.getRootNode() as ShadowRoot).host?.localName;
  if (owner === 'source-badge' || owner === 'source-stack') return true;
  if (owner !== 'story-digest') return false;
  return element.getAttribute('part') === 'source-link' || element.closest('[part~="curator"]') !== null;
}

/**
 * The URL rule as seen from the rendered DOM: only absolute http(s) URLs without credentials, plus
 * `mailto:` where `mailtoAllowed` says so. Returns the offending URLs, so a failing assertion names
 * them.
 */
export function unsafeUrls(found: FoundUrl[]): FoundUrl[] {
  return found.filter((entry) => {
    let url: URL;
    try {
      url = new URL(entry.value);
    } catch {
      return true; // relative or unparsable: the elements must bind normalized absolute URLs
    }
    if (url.protocol === 'mailto:') return !entry.mailtoAllowed;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
    return url.username !== '' || url.password !== '';
  });
}
