import { describe, expect, it } from 'vitest';
import { validateCinCensus } from '../validate.ts';
import type { CinCensusData } from '../spec.ts';
import { rule8840 } from './8840.ts';

const census = (tables: CinCensusData['tables']): CinCensusData => ({
  year: 2025,
  laCode: '999',
  referenceDate: '2026-03-31',
  collectionStart: '2025-04-01',
  tables,
});

describe('8840', () => {
  it('fails a plan that starts and ends the same day, and passes an open or longer plan', () => {
    const plans = [
      { LAchildID: 'a', CPPstartDate: '2024-02-29', CPPendDate: '2024-02-29' },
      { LAchildID: 'b', CPPstartDate: '2025-04-01', CPPendDate: '' },
      { LAchildID: 'c', CPPstartDate: '2025-04-01', CPPendDate: '2025-04-02' },
    ];
    expect(rule8840.validate(census({ ChildProtectionPlans: plans }))).toEqual({ ChildProtectionPlans: [0] });
    expect(validateCinCensus(census({ ChildProtectionPlans: plans }), [rule8840])).toEqual([
      {
        code: '8840',
        type: 'error',
        table: 'ChildProtectionPlans',
        child: 'a',
        row: 0,
        message: 'Child Protection Plan cannot start and end on the same day',
      },
    ]);
  });
});
