import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/intents/analyze.js';
import { dayAt } from './load-utterances.js';

/** The period found in `text` when today is `today` (YYYY-MM-DD). */
function periodOf(text: string, today = '2026-11-21'): { start: string; end: string } | undefined {
  return analyze(text, dayAt(today)).period?.value;
}

describe('periods, with today = Saturday 2026-11-21', () => {
  it.each([
    ['last month', '2026-10-01', '2026-10-31'],
    ['in the previous month', '2026-10-01', '2026-10-31'],
    ['this month', '2026-11-01', '2026-11-21'],
    ['month to date', '2026-11-01', '2026-11-21'],
    ['in September', '2026-09-01', '2026-09-30'],
    ['in December', '2025-12-01', '2025-12-31'],
    ['in November', '2026-11-01', '2026-11-30'],
    ['October 2026', '2026-10-01', '2026-10-31'],
    ['for Oct 2025', '2025-10-01', '2025-10-31'],
    ['last 7 days', '2026-11-14', '2026-11-20'],
    ['the past 30 days', '2026-10-22', '2026-11-20'],
    ['last seven days', '2026-11-14', '2026-11-20'],
    ['last 2 weeks', '2026-11-07', '2026-11-20'],
    ['last 3 months', '2026-08-01', '2026-10-31'],
    ['since Oct 1', '2026-10-01', '2026-11-21'],
    ['since October 15th', '2026-10-15', '2026-11-21'],
    ['since last month', '2026-10-01', '2026-11-21'],
    ['since the start of the year', '2026-01-01', '2026-11-21'],
    ['between 2026-09-01 and 2026-09-15', '2026-09-01', '2026-09-15'],
    ['from Sept 1 to Sept 15', '2026-09-01', '2026-09-15'],
    ['from September to October', '2026-09-01', '2026-10-31'],
    ['today', '2026-11-21', '2026-11-21'],
    ['yesterday', '2026-11-20', '2026-11-20'],
    ['3 days ago', '2026-11-18', '2026-11-18'],
    ['this week', '2026-11-16', '2026-11-21'],
    ['last week', '2026-11-09', '2026-11-15'],
    ['next week', '2026-11-23', '2026-11-29'],
    ['next month', '2026-12-01', '2026-12-31'],
    ['next 30 days', '2026-11-21', '2026-12-20'],
    ['in the next 30 days', '2026-11-21', '2026-12-20'],
    ['within 7 days', '2026-11-21', '2026-11-27'],
    ['this quarter', '2026-10-01', '2026-11-21'],
    ['last quarter', '2026-07-01', '2026-09-30'],
    ['Q1 2026', '2026-01-01', '2026-03-31'],
    ['this year', '2026-01-01', '2026-11-21'],
    ['last year', '2025-01-01', '2025-12-31'],
    ['in 2025', '2025-01-01', '2025-12-31'],
  ])('"%s" is %s..%s', (phrase, start, end) => {
    expect(periodOf(`usage for Contoso ${phrase}`)).toEqual({ start, end });
  });

  it('when today is 2026-01-15, then "last month" is December of the year before', () => {
    expect(periodOf('usage last month', '2026-01-15')).toEqual({
      start: '2025-12-01',
      end: '2025-12-31',
    });
  });

  it('when today is 2028-03-10 (leap year), then "last month" ends on February 29', () => {
    expect(periodOf('usage last month', '2028-03-10')).toEqual({
      start: '2028-02-01',
      end: '2028-02-29',
    });
  });

  it("when a named month is later in the year than today, then it is last year's", () => {
    expect(periodOf('usage in March', '2026-02-10')).toEqual({
      start: '2025-03-01',
      end: '2025-03-31',
    });
  });

  it('when "may" is a verb, then there is no period', () => {
    expect(periodOf('May I see the usage for Contoso')).toBeUndefined();
  });

  it('when no time is named, then there is no period', () => {
    expect(periodOf('usage for Contoso')).toBeUndefined();
  });
});
