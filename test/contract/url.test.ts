import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH, safeUrl, type UrlRuleOptions } from '../../src/contract/url.js';

/** The page the data is embedded in, as `document.baseURI` would give it. */
const BASE = 'https://pub.example/news/page.html';

interface Vector {
  /** What the vector shows; also the test's name. */
  name: string;
  value: unknown;
  /** Defaults to BASE; `null` means "no base at all". */
  base?: string | null;
  options?: UrlRuleOptions;
  /** The exact href `safeUrl` must return, or undefined when the value must be refused. */
  expected: string | undefined;
}

function check(vectors: Vector[]): void {
  for (const vector of vectors) {
    it(vector.name, () => {
      const base = vector.base === null ? undefined : (vector.base ?? BASE);
      expect(safeUrl(vector.value, base, vector.options)).to.equal(vector.expected);
    });
  }
}

describe('safeUrl: absolute http(s) URLs come back normalized', () => {
  check([
    { name: 'https URL', value: 'https://news.example/a', expected: 'https://news.example/a' },
    { name: 'http URL gets its root path', value: 'http://news.example', expected: 'http://news.example/' },
    {
      name: 'mixed-case scheme and host are lower-cased, the path is not',
      value: 'HtTpS://News.Example/Path',
      expected: 'https://news.example/Path',
    },
    {
      name: 'the default port is dropped',
      value: 'HTTPS://EXAMPLE.COM:443/',
      expected: 'https://example.com/',
    },
    {
      name: 'surrounding spaces are trimmed by the parser',
      value: '  https://news.example/a  ',
      expected: 'https://news.example/a',
    },
    {
      name: 'leading C0 controls are stripped by the parser',
      value: '\u0000https://x.example',
      expected: 'https://x.example/',
    },
    {
      name: 'spaces and markup characters in the path are percent-encoded',
      value: 'https://news.example/a b/<script>',
      expected: 'https://news.example/a%20b/%3Cscript%3E',
    },
    {
      name: 'an IDN host becomes punycode',
      value: 'https://bücher.example/',
      expected: 'https://xn--bcher-kva.example/',
    },
    {
      name: 'backslashes count as slashes in http URLs',
      value: 'http:\\\\evil.example\\x',
      expected: 'http://evil.example/x',
    },
  ]);
});

describe('safeUrl: relative references resolve against the base', () => {
  check([
    { name: 'a relative path', value: 'story.html', expected: 'https://pub.example/news/story.html' },
    { name: 'a parent path', value: '../img/a.png', expected: 'https://pub.example/img/a.png' },
    { name: 'a root-relative path', value: '/root', expected: 'https://pub.example/root' },
    { name: 'a query only', value: '?q=1', expected: 'https://pub.example/news/page.html?q=1' },
    { name: 'a fragment only', value: '#frag', expected: 'https://pub.example/news/page.html#frag' },
    {
      name: 'a protocol-relative URL takes the base scheme (https)',
      value: '//cdn.example/x.png',
      expected: 'https://cdn.example/x.png',
    },
    {
      // Same special scheme as the base and no slashes: the parser reads it as a relative path.
      name: '"https:" without slashes is a path on the base host',
      value: 'https:example.com',
      expected: 'https://pub.example/news/example.com',
    },
    {
      name: 'a relative path without a base is refused',
      value: 'story.html',
      base: null,
      expected: undefined,
    },
    {
      name: 'an absolute URL needs no base',
      value: 'https://x.example',
      base: null,
      expected: 'https://x.example/',
    },
    {
      // about:blank cannot be a base, so a relative reference fails to parse.
      name: 'a relative path against about:blank is refused',
      value: 'story.html',
      base: 'about:blank',
      expected: undefined,
    },
    {
      // `new URL(url, base)` parses the base first and throws when it is not a URL, even for an
      // absolute `url`: a broken base refuses everything rather than guessing.
      name: 'an unparsable base refuses even an absolute URL',
      value: 'https://x.example',
      base: 'not a url',
      expected: undefined,
    },
  ]);
});

describe('safeUrl: script and non-web schemes are refused', () => {
  check([
    { name: 'javascript:', value: 'javascript:alert(1)', expected: undefined },
    { name: 'mixed-case JaVaScRiPt:', value: 'JaVaScRiPt:alert(1)', expected: undefined },
    {
      name: 'javascript: against an about:blank base',
      value: 'javascript:alert(1)',
      base: 'about:blank',
      expected: undefined,
    },
    { name: 'javascript: without a base', value: 'javascript:alert(1)', base: null, expected: undefined },
    { name: 'data: HTML', value: 'data:text/html,<script>alert(1)</script>', expected: undefined },
    { name: 'data: SVG', value: 'data:image/svg+xml,<svg onload="alert(1)"></svg>', expected: undefined },
    { name: 'data: base64', value: 'data:text/html;base64,PHNjcmlwdD4=', expected: undefined },
    { name: 'vbscript:', value: 'vbscript:msgbox(1)', expected: undefined },
    { name: 'file:', value: 'file:///etc/passwd', expected: undefined },
    { name: 'blob:', value: 'blob:https://pub.example/0b1c2d3e', expected: undefined },
    { name: 'ftp:', value: 'ftp://ftp.example/file.txt', expected: undefined },
    { name: 'tel:', value: 'tel:+15551234567', expected: undefined },
    {
      name: 'tel: even with the mailto option',
      value: 'tel:+15551234567',
      options: { mailto: true },
      expected: undefined,
    },
    { name: 'about:', value: 'about:blank', expected: undefined },
  ]);
});

describe('safeUrl: obfuscated javascript: is refused', () => {
  check([
    { name: 'leading spaces', value: '   javascript:alert(1)', expected: undefined },
    { name: 'a leading NUL', value: '\u0000javascript:alert(1)', expected: undefined },
    { name: 'a leading U+001F', value: '\u001fjavascript:alert(1)', expected: undefined },
    { name: 'a tab inside the scheme', value: 'java\tscript:alert(1)', expected: undefined },
    { name: 'a newline inside the scheme', value: 'java\nscript:alert(1)', expected: undefined },
    { name: 'a carriage return inside the scheme', value: 'java\rscript:alert(1)', expected: undefined },
    { name: 'trailing spaces and a newline', value: 'javascript:alert(1)\n  ', expected: undefined },
    // The rows below are NOT refused, and that is safe: the value never gets decoded as HTML or
    // percent-decoded before parsing, so the parser never sees a `javascript:` scheme. It sees a
    // relative path (the `&`, `%` or U+00A0 is not a scheme character, and `#` starts a fragment),
    // which resolves to a plain https URL on the publisher's own page. What reaches `href` is that
    // https URL, and Lit sets attributes as text, so no entity decoding can happen later either.
    {
      name: 'a decimal HTML entity stays text: a harmless https URL under the base',
      value: '&#106;avascript:alert(1)',
      expected: 'https://pub.example/news/&#106;avascript:alert(1)',
    },
    {
      name: 'a hex HTML entity stays text: a harmless https URL under the base',
      value: '&#x6A;avascript:alert(1)',
      expected: 'https://pub.example/news/&#x6A;avascript:alert(1)',
    },
    {
      name: 'a percent-encoded scheme letter is a relative path',
      value: '%6Aavascript:alert(1)',
      expected: 'https://pub.example/news/%6Aavascript:alert(1)',
    },
    {
      name: 'a NUL inside the scheme makes it a relative path (encoded)',
      value: 'java\u0000script:alert(1)',
      expected: 'https://pub.example/news/java%00script:alert(1)',
    },
    {
      name: 'a leading no-break space is not trimmed: a relative path (encoded)',
      value: '\u00a0javascript:alert(1)',
      expected: 'https://pub.example/news/%C2%A0javascript:alert(1)',
    },
  ]);
});

describe('safeUrl: mailto: only with the mailto option', () => {
  check([
    { name: 'mailto: without the option', value: 'mailto:desk@news.example', expected: undefined },
    {
      name: 'mailto: with { mailto: false }',
      value: 'mailto:desk@news.example',
      options: { mailto: false },
      expected: undefined,
    },
    {
      name: 'mailto: with { mailto: true }',
      value: 'mailto:desk@news.example',
      options: { mailto: true },
      expected: 'mailto:desk@news.example',
    },
    {
      name: 'MAILTO: is lower-cased with { mailto: true }',
      value: 'MAILTO:desk@news.example?subject=Hi',
      options: { mailto: true },
      expected: 'mailto:desk@news.example?subject=Hi',
    },
    {
      name: 'the mailto option does not open javascript:',
      value: 'javascript:alert(1)',
      options: { mailto: true },
      expected: undefined,
    },
    {
      name: 'the mailto option still allows https',
      value: 'https://news.example/',
      options: { mailto: true },
      expected: 'https://news.example/',
    },
  ]);
});

describe('safeUrl: URLs with credentials are refused', () => {
  check([
    { name: 'user and password', value: 'https://user:pass@x.example', expected: undefined },
    { name: 'user only', value: 'https://user@x.example', expected: undefined },
    { name: 'password only', value: 'https://:pass@x.example', expected: undefined },
    { name: 'protocol-relative with a user', value: '//user@x.example/a', expected: undefined },
    {
      // The parser drops an empty user-info, so nothing is left to leak.
      name: 'an empty user-info is dropped, not refused',
      value: 'https://@x.example',
      expected: 'https://x.example/',
    },
  ]);
});

describe('safeUrl: empty and non-string values are refused', () => {
  check([
    // An empty reference would resolve to the base page itself.
    { name: 'empty string', value: '', expected: undefined },
    { name: 'spaces only', value: '   ', expected: undefined },
    { name: 'tabs and newlines only', value: '\t\n\r', expected: undefined },
    { name: 'null', value: null, expected: undefined },
    { name: 'undefined', value: undefined, expected: undefined },
    { name: 'a number', value: 42, expected: undefined },
    { name: 'a plain object', value: {}, expected: undefined },
    { name: 'an array', value: [], expected: undefined },
    { name: 'an array holding a URL', value: ['https://x.example/'], expected: undefined },
    { name: 'a String object', value: new String('https://x.example/'), expected: undefined },
    {
      name: 'an object whose toString gives a URL',
      value: { toString: () => 'https://x.example/' },
      expected: undefined,
    },
    { name: 'a URL object', value: new URL('https://x.example/'), expected: undefined },
  ]);
});

describe('safeUrl: the length limit', () => {
  const prefix = 'https://x.example/';
  const atLimit = prefix + 'a'.repeat(MAX_URL_LENGTH - prefix.length);
  const overLimit = atLimit + 'a';

  it('MAX_URL_LENGTH is 4096', () => {
    expect(MAX_URL_LENGTH).to.equal(4096);
  });

  check([
    { name: 'a URL of exactly MAX_URL_LENGTH characters passes', value: atLimit, expected: atLimit },
    { name: 'a URL one character over the limit is refused', value: overLimit, expected: undefined },
    {
      // The limit is on the raw value, before trimming.
      name: 'padding that pushes a short URL over the limit is refused',
      value: ' '.repeat(MAX_URL_LENGTH) + 'https://x.example/',
      expected: undefined,
    },
  ]);
});

describe('safeUrl: answers are remembered per value, base and option, never mixed up', () => {
  it('gives each base its own answer for the same relative value, asked again and again', () => {
    for (let round = 0; round < 3; round++) {
      expect(safeUrl('story', 'https://a.example/x/')).to.equal('https://a.example/x/story');
      expect(safeUrl('story', 'https://b.example/y/')).to.equal('https://b.example/y/story');
      expect(safeUrl('story', undefined)).to.equal(undefined);
    }
  });

  it('keeps bases and values apart whatever characters they contain', () => {
    expect(safeUrl('c/d', 'https://x.example/a b/')).to.equal('https://x.example/a%20b/c/d');
    expect(safeUrl('b/c/d', 'https://x.example/a ')).to.equal('https://x.example/b/c/d');
  });

  it('answers mailto: by the option given with each call', () => {
    expect(safeUrl('mailto:desk@news.example', undefined, { mailto: true })).to.equal(
      'mailto:desk@news.example',
    );
    expect(safeUrl('mailto:desk@news.example', undefined)).to.equal(undefined);
    expect(safeUrl('mailto:desk@news.example', undefined, { mailto: true })).to.equal(
      'mailto:desk@news.example',
    );
  });

  it('stays right past its bound of remembered answers', () => {
    for (let n = 0; n < 1_200; n++) {
      expect(safeUrl(`/s/${n}`, 'https://news.example/')).to.equal(`https://news.example/s/${n}`);
    }
    expect(safeUrl('/s/0', 'https://news.example/')).to.equal('https://news.example/s/0');
  });
});
