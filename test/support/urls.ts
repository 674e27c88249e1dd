import type { FoundUrl } from './shadow.js';

/**
 * The URL rule as seen from the rendered DOM: only absolute http(s) URLs without credentials, plus
 * `mailto:` on a source link (a badge's own `<a>`, a linked stack's logo link). Returns the offending URLs, so a failing
 * assertion names them.
 */
export function unsafeUrls(found: FoundUrl[]): FoundUrl[] {
  return found.filter((entry) => {
    let url: URL;
    try {
      url = new URL(entry.value);
    } catch {
      return true; // relative or unparsable: the elements must bind normalized absolute URLs
    }
    const sourceLink =
      (entry.owner === 'source-badge' || entry.owner === 'source-stack') &&
      entry.tag === 'a' &&
      entry.attribute === 'href';
    if (url.protocol === 'mailto:') return !sourceLink;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
    return url.username !== '' || url.password !== '';
  });
}
