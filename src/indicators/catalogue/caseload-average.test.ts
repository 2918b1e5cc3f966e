import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney, TeamInfo, WorkerInfo } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { caseloadAverage } from './caseload-average.ts';

const teams: TeamInfo[] = [
  { id: 't1', name: 'Children North', type: 'children', target: null },
  { id: 't2', name: 'Assessment East', type: 'assessment', target: null },
  { id: 't3', name: 'Family Safeguarding 1', type: 'family_safeguarding', target: 12 },
  { id: 't4', name: 'Fostering', type: 'fostering', target: null },
];
const worker = (
  id: string,
  name: string,
  teamId: string,
  fte: number,
  more: Partial<WorkerInfo> = {},
): WorkerInfo => ({
  id,
  name,
  teamId,
  fte,
  caseHolding: true,
  start: '2020-01-01',
  leave: null,
  ...more,
});
const workers = [
  worker('w1', 'Ann', 't1', 1),
  worker('w2', 'Ben', 't1', 0.25),
  // A manager who does not hold cases, a worker who left on 31 May, one who starts on 1 June.
  worker('w3', 'Cat', 't1', 1, { caseHolding: false }),
  worker('w4', 'Dan', 't1', 1, { leave: '2025-05-31' }),
  worker('w5', 'Eve', 't2', 0.6, { start: '2025-06-01' }),
  worker('w6', 'Fay', 't2', 0.8),
  // Holds cases but has none: still in the FTE.
  worker('w7', 'Gus', 't3', 0.45),
  worker('w8', 'Hal', 't4', 1, { caseHolding: false }),
];
let n = 0;
const to = (workerId: string | null, start = '2025-01-01', end: string | null = null, teamId = 't1') => ({
  id: `alloc-${++n}`,
  teamId,
  workerId,
  start,
  end,
});
const allocated = (id: string, ...allocations: ChildJourney['allocations']) => child(id, { allocations });

const m = model(
  [
    allocated('c1', to('w1')),
    // Two open allocations to the same worker: one child on that caseload.
    allocated('c2', to('w1'), to('w1', '2025-03-01')),
    // Allocation ended on 31 May: not open.
    allocated('c3', to('w1', '2025-01-01', '2025-05-31')),
    // Co-allocated: on both caseloads.
    allocated('c4', to('w1'), to('w2')),
    // The allocation names another team; the worker's own team counts.
    allocated('c5', to('w2', '2025-01-01', null, 't2')),
    // Allocated to the team with no worker; to a manager; to a leaver; to a starter.
    allocated('c6', to(null)),
    allocated('c7', to('w3')),
    allocated('c8', to('w4')),
    allocated('c9', to('w5', '2025-05-01', null, 't2')),
    allocated('c10', to('w6', '2025-01-01', null, 't2')),
    // Allocated on 31 May itself: open.
    allocated('c11', to('w6', '2025-05-31', null, 't2')),
  ],
  { teams, workers },
);

describe('caseload_average', () => {
  it('divides the children on case-holding workers’ caseloads at 31 May 2025 by their FTE, per team and overall', () => {
    const period = monthOf('2025-05-31');
    const measure = caseloadAverage.compute(m, period);
    // Ann 3 (c1, c2, c4) + Ben 2 (c4, c5) + Fay 2 (c10, c11) + Gus 0 = 7 over 1 + 0.25 + 0.8 + 0.45 = 2.5 FTE.
    expect(figureOf(caseloadAverage, period, measure)).toEqual({
      id: 'caseload_average',
      period: '2025-05',
      value: 2.8,
      numerator: 7,
      denominator: 2.5,
      breakdown: [
        { key: 't2', label: 'Assessment East (target 25)', value: 2.5, numerator: 2, denominator: 0.8 },
        { key: 't1', label: 'Children North (target 20)', value: 4, numerator: 5, denominator: 1.25 },
        { key: 't3', label: 'Family Safeguarding 1 (target 12)', value: 0, numerator: 0, denominator: 0.45 },
      ],
    });
    expect(measure.members.map((x) => [x.laChildId, x.facts.worker, x.facts.team])).toEqual([
      ['c1', 'Ann', 'Children North'],
      ['c2', 'Ann', 'Children North'],
      ['c4', 'Ann', 'Children North'],
      ['c4', 'Ben', 'Children North'],
      ['c5', 'Ben', 'Children North'],
      ['c10', 'Fay', 'Assessment East'],
      ['c11', 'Fay', 'Assessment East'],
    ]);
  });

  it('gives the catalogue’s target by team type when a team has none: Family Safeguarding 15', () => {
    const period = monthOf('2025-05-31');
    const fs: TeamInfo = { id: 'fs', name: 'FS', type: 'family_safeguarding', target: null };
    const measure = caseloadAverage.compute(
      model([allocated('x', to('w', '2025-01-01', null, 'fs'))], {
        teams: [fs],
        workers: [worker('w', 'Ida', 'fs', 0.5)],
      }),
      period,
    );
    expect(figureOf(caseloadAverage, period, measure)).toMatchObject({
      value: 2,
      breakdown: [{ key: 'fs', label: 'FS (target 15)', value: 2, numerator: 1, denominator: 0.5 }],
    });
  });

  it('gives no value with no case-holding worker in post', () => {
    const period = monthOf('2019-12-31');
    expect(figureOf(caseloadAverage, period, caseloadAverage.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      breakdown: [],
    });
  });
});
