import { describe, expect, it } from 'vitest';
import { dayFirstTime } from '../pandas.ts';
import { ruleSW09STG2 } from './SW09STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW09STG2', () => {
  it('flags episodes lasting under three days', () => {
    const rows = [
      { SW_DECOM: '02/01/2025', SW_DEC: '01/01/2025' },
      { SW_DECOM: '01/01/2025', SW_DEC: '04/01/2025' }, // three days
      { SW_DECOM: '27/02/2024', SW_DEC: '29/02/2024' }, // two days
      { SW_DECOM: '', SW_DEC: '01/01/2025' },
      { SW_DECOM: '01/01/2025', SW_DEC: '' },
    ];
    expect(ruleSW09STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 2] });
    expect(ruleSW09STG2.validate(dataC({ SWEpisodes: [rows[1]!, rows[3]!, rows[4]!] }))).toEqual({});
  });

  it('reads the dates as the reference does, without a fixed format and with times of day', () => {
    // lac2025_26/rule_SW09STG2.py reads SW_DECOM and SW_DEC with pd.to_datetime(dayfirst=True) and no
    // format, so ISO dates, two-digit years, spaces, month names and times are dates there.
    const rows = [
      { SW_DECOM: '2025-04-01', SW_DEC: '02/04/2025' }, // ISO: one day
      { SW_DECOM: '01/04/2025 12:00', SW_DEC: '04/04/2025' }, // two and a half days
      { SW_DECOM: '01/04/25', SW_DEC: '03/04/2025' },
      { SW_DECOM: ' 01/04/2025', SW_DEC: '01-APR-2025' },
      { SW_DECOM: '05/13/2025', SW_DEC: '14/05/2025' }, // 13 May: 13 cannot be the month
      { SW_DECOM: '2025-04-01', SW_DEC: '04/04/2025' }, // three days
      { SW_DECOM: '01/04/2025', SW_DEC: 'ZZ' },
      { SW_DECOM: '', SW_DEC: '01/04/2025' },
    ];
    expect(ruleSW09STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 1, 2, 3, 4] });
  });
});

describe('dayFirstTime', () => {
  const day = (cell: string): string | null => {
    const time = dayFirstTime(cell);
    return time === null ? null : new Date(time).toISOString().slice(0, 16);
  };

  it('reads dates as pandas 1.5 reads them with dayfirst=True', () => {
    expect(day('01/04/2025')).toBe('2025-04-01T00:00');
    expect(day('1/4/2025')).toBe('2025-04-01T00:00');
    expect(day('2025-04-01 10:30')).toBe('2025-04-01T10:30');
    expect(day('01.04.2025')).toBe('2025-04-01T00:00');
    expect(day('12/31/2025')).toBe('2025-12-31T00:00');
    expect(day('APRIL 1, 2025')).toBe('2025-04-01T00:00');
    expect(day('TUE 01/04/2025')).toBe('2025-04-01T00:00');
    expect(day('01/04/2025 10:30 PM')).toBe('2025-04-01T22:30');
    expect(day('04/2025')).toBe('2025-04-01T00:00');
    expect(day('20250401')).toBe('2025-04-01T00:00');
    expect(day('010425')).toBe('2025-04-01T00:00'); // dateutil's YYMMDD, the day first
    expect(day('15 JAN 0025')).toBe('2025-01-15T00:00'); // spaced numbers lose their written century
    expect(day('2025-04-01 ')).toBe('2025-01-04T00:00'); // not ISO with the space: dateutil takes 04 as the day
  });

  it('dates a text starting with a time of day today, each time it is read', () => {
    const today = (): string => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
        .join('-');
    };
    // Around midnight, the day may change while the test runs.
    const days = [today()];
    const read = ['10:30', '10:30', '9:05 PM'].map(day);
    days.push(today());
    expect(days.map((d) => [`${d}T10:30`, `${d}T10:30`, `${d}T21:05`])).toContainEqual(read);
  });

  it('gives null where pandas gives NaT', () => {
    for (const cell of [
      '',
      'NAN',
      'NAT',
      'ZZ',
      '999',
      '31/02/2025',
      '13/13/2025',
      '202504',
      '01/04',
      '01/04/0025',
    ]) {
      expect(day(cell), cell).toBeNull();
    }
    expect(day('01/04/3000')).toBeNull(); // beyond what pandas holds
    expect(day('2025-04-01T10:00:00Z')).toBeNull(); // a time zone: not followed
  });
});
