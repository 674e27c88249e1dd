/**
 * The HTML an editor pastes: the script tag that loads the elements, and the element with its data
 * as inline JSON. Everything from the data is escaped so that the snippet is inert whatever the
 * data holds.
 */

/**
 * JSON that cannot end its `<script>` early or open a comment there: `<`, `>` and `&` are written as
 * \u escapes (which JSON reads back as the same characters), and so are U+2028 and U+2029, which
 * some older JavaScript parsers take for line ends.
 */
export function scriptSafeJson(value) {
  return JSON.stringify(value, dropEmptyLists, 2).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Empty lists say nothing the elements need: leaving them out keeps the snippet short. */
function dropEmptyLists(_key, value) {
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

function escapeAttribute(text) {
  return text.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * `https://cdn.jsdelivr.net/npm/digest-elements@0.1.0/dist/digest-elements.js` and the unpkg
 * equivalent: a CDN address pinned to one release, whose bytes an integrity value can vouch for.
 */
const VERSIONED_CDN =
  /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/digest-elements@([^/]+)\/dist\/(digest-elements(?:\.iife)?\.js)$/;

/**
 * The script tag for `url`. `release` is `{ version, sri }` of the bundle this builder runs (sri as in
 * dist/sri.json); integrity is added only for a versioned CDN URL of that same version, since the
 * value of any other version is unknown here. Returns `{ html, problems }`.
 */
export function scriptTag(url, release) {
  const problems = [];
  let address;
  try {
    address = new URL(url, 'https://publisher.example/');
  } catch {
    address = undefined;
  }
  if (!address || !/^https?:$/.test(address.protocol)) {
    return { html: '', problems: ['The script URL is not a web address (it should start with https://).'] };
  }
  const classic = url.endsWith('.iife.js');
  const attributes = [`src="${escapeAttribute(url)}"`];
  if (!classic) attributes.unshift('type="module"');
  const pinned = VERSIONED_CDN.exec(url);
  if (pinned) {
    const [, version, file] = pinned;
    const integrity = release?.version === version ? release.sri?.[file] : undefined;
    if (integrity) attributes.push(`integrity="${escapeAttribute(integrity)}"`, 'crossorigin="anonymous"');
    else {
      problems.push(
        `The snippet has no integrity value: this builder knows it only for version ${release?.version ?? '(unknown)'}, and the script URL asks for ${version}.`,
      );
    }
  }
  return { html: `<script ${attributes.join(' ')}></script>`, problems };
}

/** The element with its attributes and its data as inline JSON. */
export function elementHtml(tag, attributes, data) {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const json = scriptSafeJson(data).replace(/\n/g, '\n    ');
  return `<${tag}${attributeText}>\n  <script type="application/json">\n    ${json}\n  </script>\n</${tag}>`;
}
