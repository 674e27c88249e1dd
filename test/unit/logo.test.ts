import { expect } from '@open-wc/testing';
import { initials } from '../../src/parts/logo.js';

describe('monogram initials', () => {
  const cases: [name: string, count: number, expected: string][] = [
    ['The Verge', 2, 'TV'],
    ['The Verge', 1, 'T'],
    ['analytics india magazine', 2, 'AI'],
    ['(The) Verge', 2, 'TV'],
    ['  Economic   Times ', 2, 'ET'],
    ['& Co', 2, 'C'],
    ['9to5 Mac', 2, '9M'],
    ['\u{1D49C}lpha Beta', 2, '\u{1D49C}B'],
    ['***', 2, '?'],
    ['', 2, '?'],
  ];
  for (const [name, count, expected] of cases) {
    it(`gives "${expected}" for "${name}" with room for ${count}`, () => {
      expect(initials(name, 'en', count)).to.equal(expected);
    });
  }

  it('upper-cases in the language of the page (Turkish dotted I)', () => {
    expect(initials('istanbul ilk', 'tr', 2)).to.equal('İİ');
    expect(initials('istanbul ilk', 'en', 2)).to.equal('II');
  });
});
