import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/digest-elements.js';
import type { SourceBadge } from '../../src/digest-elements.js';
import { countMessage, message } from '../../src/i18n/messages.js';
import { mount } from '../support/mount.js';
/** Fixed, like the other property suites, so every run checks the same cases. */
const SEED = 0x5eed_2025;

/** Every replacement pattern `String.prototype.replace` knows, mixed into ordinary names. */
const DOLLAR_PATTERNS = ['$', '$$', '$&', "$'", '$`', '$1', '$<name>', '$0', '$n'];
const dollarName = fc
  .array(
    fc.oneof(fc.constantFrom(...DOLLAR_PATTERNS), fc.constantFrom('Fortune', 'X', '{name}', '{n}', 'ü')),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

const english = { locale: 'en' };
const options = { numRuns: 200, seed: SEED };

// Expected texts are the README's English table: "{name} logo", "Source {n}: {name}", "Curated by {name}".
describe('messages take names containing $ literally', () => {
  it('fills {name} with the name exactly as given', () => {
    fc.assert(
      fc.property(dollarName, fc.integer({ min: 1, max: 99 }), (name, n) => {
        expect(message(english, 'logo', { name })).to.equal(`${name} logo`);
        expect(message(english, 'curatedBy', { name })).to.equal(`Curated by ${name}`);
        expect(message(english, 'citation', { n, name })).to.equal(`Source ${n}: ${name}`);
      }),
      options,
    );
  });

  it('fills {n} in strings a page sets, even when they hold $ patterns', () => {
    fc.assert(
      fc.property(
        dollarName.filter((text) => !text.includes('{n}')),
        (text) => {
          const language = { locale: 'en', strings: { sources: { other: `${text} {n}` } } };
          expect(countMessage(language, 'sources', 7)).to.equal(`${text} 7`);
        },
      ),
      options,
    );
  });

  it("names a badge's logo with the publisher's name as it is (Fortune$' was \"Fortune logo logo\")", async () => {
    for (const name of ["Fortune$'", 'X$`Y', '$&$&', 'A$$B']) {
      const badge = await mount<SourceBadge>(
        html`<source-badge .source=${{ name, logo: 'https://logo.example/l.png' }}></source-badge>`,
      );
      const labelled = badge.shadowRoot?.querySelector('[aria-label], img[alt]');
      const label = labelled?.getAttribute('aria-label') ?? labelled?.getAttribute('alt');
      expect(label, name).to.equal(`${name} logo`);
    }
  });
});
