import { describe, expect, it } from 'vitest';
import { generateAuthority, problemsWith, type SynthOptions } from './authority.ts';
import { dayOf, isoOf } from './calendar.ts';
import { consistencyProblems } from './consistency.ts';
import { checkReferences } from './load.ts';

const SMALL: SynthOptions = { laCode: '990', population: 12_000, years: 4, seed: 'unit', asAt: '2026-03-31' };

describe('generateAuthority', () => {
  it('is deterministic: the same seed gives the same authority, another seed another', () => {
    const a = generateAuthority(SMALL);
    const b = generateAuthority(SMALL);
    const c = generateAuthority({ ...SMALL, seed: 'other' });
    expect(b.digest).toBe(a.digest);
    expect(b.counts).toEqual(a.counts);
    expect(c.digest).not.toBe(a.digest);
    expect(a.ids.id('person', 0)).toBe(b.ids.id('person', 0));
    expect(a.ids.id('person', 0)).not.toBe(c.ids.id('person', 0));
  });

  it('makes every child’s record internally consistent, over short and long histories', () => {
    for (const options of [SMALL, { ...SMALL, population: 20_000, years: 10, seed: 'long' }]) {
      const authority = generateAuthority(options);
      expect(consistencyProblems(authority, 20)).toEqual([]);
      expect(() => checkReferences(authority)).not.toThrow();
    }
  });

  it('keeps everything between the history’s open cases and the as-at date', () => {
    const authority = generateAuthority(SMALL);
    const { referral, cla_episode, visit } = authority.tables;
    const asAt = dayOf(SMALL.asAt);
    const dates = (table: { length: number; column(name: string): { numbers?: Int32Array } }, name: string) =>
      Array.from(table.column(name).numbers!.subarray(0, table.length));
    expect(Math.max(...dates(referral, 'referral_date'))).toBeLessThanOrEqual(asAt);
    expect(Math.max(...dates(visit, 'visit_date'))).toBeLessThanOrEqual(asAt);
    // Children looked after long before the history began are there, with their whole period of care.
    expect(Math.min(...dates(cla_episode, 'start_date'))).toBeLessThan(
      dayOf(authority.historyStart) - 5 * 365,
    );
    expect(authority.historyStart).toBe('2022-04-01');
    expect(isoOf(asAt)).toBe('2026-03-31');
  });

  it('builds the workforce around the teams and workers the authority already has', () => {
    const existing = {
      teams: [
        {
          id: '11111111-1111-4111-8111-111111111111',
          name: "Children's Safeguarding Team 1",
          teamType: 'children',
          caseloadTarget: 20,
        },
        {
          id: '22222222-2222-4222-8222-222222222222',
          name: 'Assessment Team 1',
          teamType: 'assessment',
          caseloadTarget: 25,
        },
      ],
      workers: [
        {
          id: '33333333-3333-4333-8333-333333333333',
          name: 'Priya Shah',
          teamId: '11111111-1111-4111-8111-111111111111',
          fte: 1,
          agency: false,
          caseHolding: true,
          start: dayOf('2020-09-01'),
          leave: null,
        },
        {
          id: '44444444-4444-4444-8444-444444444444',
          name: 'Tom Barker',
          teamId: '11111111-1111-4111-8111-111111111111',
          fte: 1,
          agency: false,
          caseHolding: false,
          start: dayOf('2018-04-03'),
          leave: null,
        },
      ],
    };
    const authority = generateAuthority({ ...SMALL, existing });
    const names = authority.tables.team.column('name').texts!.slice(0, authority.tables.team.length);
    expect(names).not.toContain("Children's Safeguarding Team 1");
    expect(new Set(names).size).toBe(names.length);
    const workerNames = authority.tables.worker.column('name').texts!;
    expect(workerNames).not.toContain('Priya Shah');
    // Priya (existing worker -1) holds cases at the as-at date; Tom (-2) supervises them.
    const allocation = authority.tables.allocation;
    const asAt = dayOf(SMALL.asAt);
    let priya = 0;
    for (let i = 0; i < allocation.length; i++) {
      const end = allocation.get(i, 'end_date');
      if (allocation.get(i, 'worker_id') === -1 && (end === null || Number(end) > asAt)) priya++;
    }
    expect(priya).toBeGreaterThan(8);
    const supervisors = authority.tables.case_supervision.column('supervisor_worker_id').numbers!;
    expect(Array.from(supervisors.subarray(0, authority.tables.case_supervision.length))).toContain(-2);
    expect(consistencyProblems(authority, 20)).toEqual([]);
  });

  it('gives the rarer parts of care, made common, consistent records', () => {
    const authority = generateAuthority({ ...SMALL, rareCare: 8 });
    expect(consistencyProblems(authority, 20)).toEqual([]);
    const episodes = authority.tables.cla_episode;
    const seen = new Set<string>();
    for (let i = 0; i < episodes.length; i++) {
      seen.add(`LS ${episodes.get(i, 'legal_status')}`);
      seen.add(`PLACE ${String(episodes.get(i, 'placement_type')).slice(0, 1)}`);
      seen.add(`REC ${episodes.get(i, 'reason_end')}`);
    }
    const rare = ['V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'].map((c) => `LS ${c}`);
    rare.push('PLACE T', 'PLACE Z', 'REC E2');
    expect(rare.filter((c) => !seen.has(c))).toEqual([]);
    // Deprivation of liberty orders, some ended and some in force (within one placement: consistencyProblems).
    const orders = authority.tables.deprivation_of_liberty;
    expect(orders.length).toBeGreaterThan(2);
    const ends = Array.from({ length: orders.length }, (_, i) => orders.get(i, 'end_date'));
    expect(ends.some((end) => end === null)).toBe(true);
    expect(ends.some((end) => end !== null)).toBe(true);
  });

  it('refuses options it cannot honour, saying what to do', () => {
    expect(problemsWith({ ...SMALL, laCode: '12' })).toEqual([
      '--la must be a three-digit DfE authority code, like 886',
    ]);
    expect(problemsWith({ ...SMALL, population: 10 })[0]).toMatch(/--population/);
    expect(problemsWith({ ...SMALL, asAt: '2040-01-01' })[0]).toMatch(/--as-at/);
    expect(problemsWith({ ...SMALL, rareCare: -1 })).toEqual(['rareCare must be a number from 0 to 100']);
  });
});
