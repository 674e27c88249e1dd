import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/dates.js';
import { expectedDate } from '../support/intl.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A fixed "now", at local noon so that calendar-day arithmetic does not depend on the time zone. */
const NOW = new Date(2025, 2, 20, 12, 0, 0);

/** An ISO timestamp `offset` milliseconds from NOW (negative: in the past). */
const at = (offset: number) => new Date(NOW.getTime() + offset).toISOString();

/** A calendar day `days` from NOW's local date, written as a bare `YYYY-MM-DD`. */
const day = (days: number) => {
  const date = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** What the reader should read, straight from the platform: "3 hours ago", "yesterday", "now". */
const relative = (value: number, unit: Intl.RelativeTimeFormatUnit, locale = 'en') =>
  new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);

describe('formatDate styles', () => {
  it('writes an absolute date with style "absolute", even for a date minutes old, and gives no title', () => {
    const iso = at(-5 * MINUTE);
    const result = formatDate(iso, 'en', 'absolute', NOW);
    expect(result?.text).to.equal(expectedDate(iso, 'en', NOW));
    expect(result?.relative).to.equal(false);
    expect(result !== undefined && 'title' in result && result.title !== undefined).to.equal(false);
  });

  it('writes a relative date with style "relative", with the absolute date as its title', () => {
    const iso = at(-3 * HOUR);
    const result = formatDate(iso, 'en', 'relative', NOW);
    expect(result?.text).to.equal(relative(-3, 'hour'));
    expect(result?.text).to.equal('3 hours ago');
    expect(result?.relative).to.equal(true);
    expect(result?.title).to.equal(expectedDate(iso, 'en', NOW));
  });

  it('defaults to "auto"', () => {
    expect(formatDate(at(-3 * HOUR), 'en', undefined, NOW)?.text).to.equal(relative(-3, 'hour'));
    const old = at(-30 * DAY);
    expect(formatDate(old, 'en', undefined, NOW)?.text).to.equal(expectedDate(old, 'en', NOW));
  });

  it('"auto" writes a date 6 days old relative', () => {
    const result = formatDate(at(-6 * DAY), 'en', 'auto', NOW);
    expect(result?.text).to.equal(relative(-6, 'day'));
    expect(result?.relative).to.equal(true);
  });

  it('"auto" writes a date 6 days 23 hours old relative, as 6 days', () => {
    const result = formatDate(at(-(6 * DAY + 23 * HOUR)), 'en', 'auto', NOW);
    expect(result?.text).to.equal(relative(-6, 'day'));
    expect(result?.relative).to.equal(true);
  });

  it('"auto" writes a date 8 days old absolute, without a title', () => {
    const iso = at(-8 * DAY);
    const result = formatDate(iso, 'en', 'auto', NOW);
    expect(result?.text).to.equal(expectedDate(iso, 'en', NOW));
    expect(result?.relative).to.equal(false);
    expect(result?.title).to.equal(undefined);
  });

  it('"auto" writes a date 8 days ahead absolute too', () => {
    const iso = at(8 * DAY);
    const result = formatDate(iso, 'en', 'auto', NOW);
    expect(result?.text).to.equal(expectedDate(iso, 'en', NOW));
    expect(result?.relative).to.equal(false);
  });

  it('"relative" writes a date 8 days old relative, as last week', () => {
    const result = formatDate(at(-8 * DAY), 'en', 'relative', NOW);
    expect(result?.text).to.equal(relative(-1, 'week'));
    expect(result?.relative).to.equal(true);
  });
});

describe('formatDate relative language', () => {
  for (const seconds of [0, 1, 30, 59]) {
    it(`says "now" for a date ${seconds} s old`, () => {
      const result = formatDate(at(-seconds * SECOND), 'en', 'relative', NOW);
      expect(result?.text).to.equal(relative(0, 'second'));
      expect(result?.text).to.equal('now');
    });
  }

  it('says "now" for a date 30 s ahead', () => {
    expect(formatDate(at(30 * SECOND), 'en', 'relative', NOW)?.text).to.equal(relative(0, 'second'));
  });

  it('counts minutes from one minute on', () => {
    expect(formatDate(at(-MINUTE), 'en', 'relative', NOW)?.text).to.equal(relative(-1, 'minute'));
    expect(formatDate(at(-(59 * MINUTE + 59 * SECOND)), 'en', 'relative', NOW)?.text).to.equal(
      relative(-59, 'minute'),
    );
  });

  it('truncates hours, never rounds up: 1 h 59 min is "1 hour ago"', () => {
    const result = formatDate(at(-(HOUR + 59 * MINUTE)), 'en', 'relative', NOW);
    expect(result?.text).to.equal(relative(-1, 'hour'));
    expect(result?.text).to.equal('1 hour ago');
  });

  it('truncates days: 1 day 23 h is "yesterday"', () => {
    expect(formatDate(at(-(DAY + 23 * HOUR)), 'en', 'relative', NOW)?.text).to.equal(relative(-1, 'day'));
  });

  it('writes future dates ahead: 2 h 5 min ahead is "in 2 hours"', () => {
    const result = formatDate(at(2 * HOUR + 5 * MINUTE), 'en', 'relative', NOW);
    expect(result?.text).to.equal(relative(2, 'hour'));
    expect(result?.text).to.equal('in 2 hours');
    expect(result?.relative).to.equal(true);
  });

  it('writes a date 45 days old as last month with style "relative"', () => {
    expect(formatDate(at(-45 * DAY), 'en', 'relative', NOW)?.text).to.equal(relative(-1, 'month'));
  });

  it('writes a date ten years and two months old as "10 years ago" with style "relative"', () => {
    const iso = new Date(NOW.getFullYear() - 10, NOW.getMonth() - 2, NOW.getDate(), 12).toISOString();
    const result = formatDate(iso, 'en', 'relative', NOW);
    expect(result?.text).to.equal(relative(-10, 'year'));
    expect(result?.text).to.equal('10 years ago');
    // The title of an old date names its year.
    expect(result?.title).to.equal(expectedDate(iso, 'en', NOW));
    expect(result?.title).to.contain(String(NOW.getFullYear() - 10));
  });
});

describe('formatDate with a date-only value counts calendar days', () => {
  it('says "yesterday" for the previous calendar day', () => {
    const result = formatDate(day(-1), 'en', 'auto', NOW);
    expect(result?.text).to.equal(relative(-1, 'day'));
    expect(result?.text).to.equal('yesterday');
    expect(result?.relative).to.equal(true);
  });

  it('says "today" for the same calendar day, not a number of hours', () => {
    expect(formatDate(day(0), 'en', 'relative', NOW)?.text).to.equal(relative(0, 'day'));
  });

  it('says "yesterday" for the previous day even just after midnight', () => {
    const justAfterMidnight = new Date(2025, 2, 20, 0, 5);
    expect(formatDate('2025-03-19', 'en', 'relative', justAfterMidnight)?.text).to.equal(relative(-1, 'day'));
  });

  it('says "yesterday" for the previous day just before midnight', () => {
    const justBeforeMidnight = new Date(2025, 2, 20, 23, 55);
    expect(formatDate('2025-03-19', 'en', 'relative', justBeforeMidnight)?.text).to.equal(
      relative(-1, 'day'),
    );
  });

  it('says "tomorrow" for the next calendar day', () => {
    expect(formatDate(day(1), 'en', 'relative', NOW)?.text).to.equal(relative(1, 'day'));
  });

  it('counts 3 whole days back as "3 days ago"', () => {
    expect(formatDate(day(-3), 'en', 'auto', NOW)?.text).to.equal(relative(-3, 'day'));
  });

  it('gives the absolute day, without a time, as title and as the text once a week has passed', () => {
    const recent = formatDate(day(-2), 'en', 'auto', NOW);
    expect(recent?.title).to.equal(expectedDate(day(-2), 'en', NOW));
    const old = formatDate(day(-10), 'en', 'auto', NOW);
    expect(old?.text).to.equal(expectedDate(day(-10), 'en', NOW));
    expect(old?.relative).to.equal(false);
  });
});

describe('formatDate rejects what is not a date', () => {
  for (const iso of ['', 'not a date', 'yesterday', '2025-13-45', '2025-01-15T25:99:00Z']) {
    for (const style of ['absolute', 'relative', 'auto'] as const) {
      it(`returns undefined for ${JSON.stringify(iso)} with style "${style}"`, () => {
        expect(formatDate(iso, 'en', style, NOW)).to.equal(undefined);
      });
    }
  }
});

describe('formatDate in other languages', () => {
  for (const locale of ['fr', 'ja', 'ar']) {
    it(`writes "3 hours ago" in ${locale}, with the ${locale} absolute date as title`, () => {
      const iso = at(-3 * HOUR);
      const result = formatDate(iso, locale, 'auto', NOW);
      expect(result?.text).to.equal(relative(-3, 'hour', locale));
      expect(result?.text).to.not.equal(relative(-3, 'hour', 'en'));
      expect(result?.title).to.equal(expectedDate(iso, locale, NOW));
    });

    it(`writes "now" and "yesterday" in ${locale}`, () => {
      expect(formatDate(at(-10 * SECOND), locale, 'auto', NOW)?.text).to.equal(relative(0, 'second', locale));
      expect(formatDate(day(-1), locale, 'auto', NOW)?.text).to.equal(relative(-1, 'day', locale));
    });

    it(`writes "in 2 hours" in ${locale}`, () => {
      expect(formatDate(at(2 * HOUR + MINUTE), locale, 'relative', NOW)?.text).to.equal(
        relative(2, 'hour', locale),
      );
    });

    it(`writes an old date absolute in ${locale}`, () => {
      const iso = at(-40 * DAY);
      const result = formatDate(iso, locale, 'auto', NOW);
      expect(result?.text).to.equal(expectedDate(iso, locale, NOW));
      expect(result?.text).to.not.equal(expectedDate(iso, 'en', NOW));
      expect(result?.relative).to.equal(false);
    });
  }
});
