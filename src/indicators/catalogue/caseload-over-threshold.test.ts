import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney, TeamInfo, WorkerInfo } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { caseloadOverThreshold } from './caseload-over-threshold.ts';

const teams: TeamInfo[] = [{ id: 't', name: 'Children South', type: 'children', target: null }];
const worker = (id: string, name: string, more: Partial<WorkerInfo> = {}): WorkerInfo => ({
  id,
  name,
  teamId: 't',
  fte: 1,
  caseHolding: true,
  start: '2020-01-01',
  leave: null,
  ...more,
});

/** `count` children allocated to the worker from 1 January 2025, the allocation ending on `end` if given. */
function caseload(workerId: string, count: number, end: string | null = null): ChildJourney[] {
  return Array.from({ length: count }, (_, i) =>
    child(`${workerId}-${i + 1}`, {
      allocations: [{ id: `${workerId}-a${i + 1}`, teamId: 't', workerId, start: '2025-01-01', end }],
    }),
  );
}

describe('caseload_over_threshold', () => {
  it('counts case-holding workers in post with 30 or more children at 31 May 2025, whatever their FTE', () => {
    // Fay has 30 allocations but two are the same child.
    const fay = caseload('w6', 29);
    fay[0]!.allocations.push({ id: 'w6-again', teamId: 't', workerId: 'w6', start: '2025-03-01', end: null });
    const m = model(
      [
        ...caseload('w1', 30),
        ...caseload('w2', 29),
        ...caseload('w2x', 1, '2025-05-31').map((c) => ({
          ...c,
          allocations: c.allocations.map((a) => ({ ...a, workerId: 'w2' })),
        })),
        ...caseload('w3', 35),
        ...caseload('w4', 31),
        ...caseload('w5', 30),
        ...fay,
      ],
      {
        teams,
        workers: [
          worker('w1', 'Ann'),
          worker('w2', 'Ben'),
          worker('w3', 'Cat', { caseHolding: false }),
          worker('w4', 'Dan', { leave: '2025-05-31' }),
          worker('w5', 'Eve', { fte: 0.5 }),
          worker('w6', 'Fay'),
        ],
      },
    );
    const period = monthOf('2025-05-31');
    const measure = caseloadOverThreshold.compute(m, period);
    expect(figureOf(caseloadOverThreshold, period, measure)).toEqual({
      id: 'caseload_over_threshold',
      period: '2025-05',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members).toEqual([
      { personId: 'w1', laChildId: 'Ann', facts: { team: 'Children South', fte: 1, children: 30 } },
      { personId: 'w5', laChildId: 'Eve', facts: { team: 'Children South', fte: 0.5, children: 30 } },
    ]);
  });

  it('gives 0 with no workers', () => {
    const period = monthOf('2025-05-31');
    expect(
      figureOf(caseloadOverThreshold, period, caseloadOverThreshold.compute(model([]), period)).value,
    ).toBe(0);
  });
});
