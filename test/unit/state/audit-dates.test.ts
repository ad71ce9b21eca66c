import { describe, expect, it } from 'vitest';
import { toEpochMs } from '../../../src/state/audit-dates.js';

describe('audit dates', () => {
  it('when a date-only bound is given, then since is that UTC midnight and until the next one', () => {
    expect(toEpochMs('2026-11-01', 'since')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(toEpochMs('2026-11-01', 'until')).toBe(Date.parse('2026-11-02T00:00:00Z'));
  });

  it('when a timestamp, a Date or epoch ms is given, then it is used as is', () => {
    const ms = Date.parse('2026-11-01T10:30:00+02:00');
    expect(toEpochMs('2026-11-01T10:30:00+02:00', 'until')).toBe(ms);
    expect(toEpochMs(new Date(ms), 'since')).toBe(ms);
    expect(toEpochMs(ms, 'since')).toBe(ms);
  });

  it.each(['2026-13-01', '2026-02-30', 'last week', '', 'NaN'])(
    'when the bound is %j, then it is refused',
    (text) => {
      expect(() => toEpochMs(text, 'since')).toThrow(/use YYYY-MM-DD/);
    },
  );
});
