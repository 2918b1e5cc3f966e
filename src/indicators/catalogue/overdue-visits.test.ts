import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model, type Visit } from '../testing.ts';
import { claVisitsInTimePct } from './cla-visits-in-time-pct.ts';
import { overdueVisits } from './overdue-visits.ts';

type Task = ChildJourney['tasks'][number];

const seen = (kind: string, date: string): Visit => ({
  id: `${kind}-${date}`,
  date,
  kind,
  seen: true,
  seenAlone: false,
});
const task = (ruleId: string, due: string, overdueReason: string | null, done: Partial<Task> = {}): Task => ({
  id: `${ruleId}-${due}`,
  ruleId,
  due,
  completed: null,
  cancelled: null,
  overdueReason,
  ...done,
});
const cp = (start: string) => [{ id: 'cp', start, end: null }];
const cin = (start: string) => [{ id: 'cin', start, end: null }];
const care = (start: string, longTerm = false, legalStatus = 'C2'): ChildJourney['episodes'] => [
  {
    id: 'ep',
    start,
    end: null,
    rne: 'S',
    legalStatus,
    placement: 'U1',
    provider: 'PR1',
    reasonEnd: null,
    longTerm,
  },
];

const period = monthOf('2025-05-31');

describe('overdue_visits', () => {
  it('lists children overdue at 31 May 2025 by category and recorded reason', () => {
    const m = model([
      // CP, 10 working days (26 May a bank holiday): seen 14 May is 11 working days ago. Its open task has the
      // reason; an earlier task completed by 31 May does not.
      child('a', {
        cpPlans: cp('2025-01-06'),
        visits: [seen('cp', '2025-05-14')],
        tasks: [
          task('cp_visit', '2025-05-01', 'worker_absent', { completed: '2025-05-14' }),
          task('cp_visit', '2025-05-29', 'family_avoiding'),
        ],
      }),
      child('b', { cpPlans: cp('2025-01-06'), visits: [seen('cp', '2025-05-15')] }),
      // Plan 11 working days old, never seen: overdue, counted from the plan's start. 10 days old: not yet.
      child('c', { cpPlans: cp('2025-05-14') }),
      child('d', { cpPlans: cp('2025-05-15') }),
      // On a CP plan and looked after: judged as CP only (seen on 28 May), though never seen on a CLA visit.
      child('e', {
        cpPlans: cp('2025-01-06'),
        episodes: care('2024-01-01'),
        visits: [seen('cp', '2025-05-28')],
      }),
      // CIN, 28 days: seen on 3 May is outside 4-31 May. The 4-week task falls due on 31 May and has a reason.
      child('f', {
        cinPlans: cin('2025-03-01'),
        visits: [seen('cin', '2025-05-03')],
        tasks: [task('cin_visit', '2025-05-31', 'worker_absent')],
      }),
      child('g', { cinPlans: cin('2025-03-01'), visits: [seen('cin', '2025-05-04')] }),
      // Plan from 2 May (more than 28 days), never seen; plan from 3 May (exactly 28 days): not yet due.
      child('h', { cinPlans: cin('2025-05-02') }),
      child('i', { cinPlans: cin('2025-05-03') }),
      // CLA, 42 days: on or after 19 April. Seen 18 April. Task completed after 31 May: open at 31 May.
      child('j', {
        episodes: care('2025-01-10'),
        visits: [seen('cla', '2025-04-18')],
        tasks: [task('cla_visit_6w', '2025-05-30', 'carer_unavailable', { completed: '2025-06-03' })],
      }),
      // Long-term placement, 91 days: on or after 1 March. Seen 1 March: in time; 28 February: overdue, and
      // its task was cancelled on 20 May, so its reason is not the current one.
      child('k', { episodes: care('2023-01-01', true), visits: [seen('cla', '2025-03-01')] }),
      child('l', {
        episodes: care('2023-01-01', true),
        visits: [seen('cla', '2025-02-28')],
        tasks: [task('cla_visit_long_term_3m', '2025-05-28', 'child_abroad', { cancelled: '2025-05-20' })],
      }),
      // Short breaks only: not looked after.
      child('m', { episodes: care('2024-01-01', false, 'V3') }),
      // In care 7 days (from 24 May) and not yet visited: overdue; 6 days (from 25 May): not yet.
      child('n', { episodes: care('2025-05-24') }),
      child('o', { episodes: care('2025-05-25') }),
    ]);
    const measure = overdueVisits.compute(m, period);
    const figure = figureOf(overdueVisits, period, measure);
    expect(figure).toMatchObject({ id: 'overdue_visits', value: 7, numerator: null, denominator: null });
    expect(figure.breakdown).toEqual([
      { key: 'category:cp', label: 'Child protection', value: 2, numerator: null, denominator: null },
      { key: 'category:cin', label: 'Child in need', value: 2, numerator: null, denominator: null },
      { key: 'category:cla', label: 'Looked after', value: 3, numerator: null, denominator: null },
      {
        key: 'reason:carer_unavailable',
        label: 'Foster carer or family unavailable',
        value: 1,
        numerator: null,
        denominator: null,
      },
      {
        key: 'reason:family_avoiding',
        label: 'Family avoiding visits',
        value: 1,
        numerator: null,
        denominator: null,
      },
      { key: 'reason:worker_absent', label: 'Worker absent', value: 1, numerator: null, denominator: null },
      { key: 'reason:child_abroad', label: 'Child abroad', value: 0, numerator: null, denominator: null },
      {
        key: 'reason:child_in_hospital',
        label: 'Child in hospital',
        value: 0,
        numerator: null,
        denominator: null,
      },
      { key: 'reason:other', label: 'Other reason', value: 0, numerator: null, denominator: null },
      { key: 'reason:not_recorded', label: 'Not recorded', value: 4, numerator: null, denominator: null },
    ]);
    expect(measure.members.map((x) => [x.laChildId, x.facts])).toEqual([
      [
        'a',
        {
          category: 'Child protection',
          start: '2025-01-06',
          interval: '10 working days',
          last_seen: '2025-05-14',
          days_since: 17,
          working_days_since: 11,
          reason: 'Family avoiding visits',
        },
      ],
      [
        'c',
        {
          category: 'Child protection',
          start: '2025-05-14',
          interval: '10 working days',
          last_seen: null,
          days_since: 17,
          working_days_since: 11,
          reason: 'Not recorded',
        },
      ],
      [
        'f',
        {
          category: 'Child in need',
          start: '2025-03-01',
          interval: '4 weeks',
          last_seen: '2025-05-03',
          days_since: 28,
          working_days_since: 18,
          reason: 'Worker absent',
        },
      ],
      [
        'h',
        {
          category: 'Child in need',
          start: '2025-05-02',
          interval: '4 weeks',
          last_seen: null,
          days_since: 29,
          working_days_since: 18,
          reason: 'Not recorded',
        },
      ],
      [
        'j',
        {
          category: 'Looked after',
          start: '2025-01-10',
          interval: '42 days',
          last_seen: '2025-04-18',
          days_since: 43,
          working_days_since: 27,
          reason: 'Foster carer or family unavailable',
        },
      ],
      [
        'l',
        {
          category: 'Looked after',
          start: '2023-01-01',
          interval: '91 days',
          last_seen: '2025-02-28',
          days_since: 92,
          working_days_since: 61,
          reason: 'Not recorded',
        },
      ],
      [
        'n',
        {
          category: 'Looked after',
          start: '2025-05-24',
          interval: '42 days',
          last_seen: null,
          days_since: 7,
          working_days_since: 4,
          reason: 'Not recorded',
        },
      ],
    ]);
  });

  it("uses the authority's CP and CIN visiting intervals: 2 weeks (from 18 May) and 21 days (from 11 May)", () => {
    const m = model(
      [
        child('a', { cpPlans: cp('2025-01-06'), visits: [seen('cp', '2025-05-17')] }),
        child('b', { cpPlans: cp('2025-01-06'), visits: [seen('cp', '2025-05-18')] }),
        child('c', { cpPlans: cp('2025-05-17') }),
        child('d', { cpPlans: cp('2025-05-16') }),
        child('e', { cinPlans: cin('2025-03-01'), visits: [seen('cin', '2025-05-10')] }),
        child('f', { cinPlans: cin('2025-03-01'), visits: [seen('cin', '2025-05-11')] }),
      ],
      {
        policy: {
          cp_visit: { unit: 'weeks', amount: 2 },
          cin_visit: { unit: 'calendar_days', amount: 21 },
        },
      },
    );
    const measure = overdueVisits.compute(m, period);
    expect(measure.members.map((x) => [x.laChildId, x.facts.interval, x.facts.days_since])).toEqual([
      ['a', '2 weeks', 14],
      ['d', '2 weeks', 15],
      ['e', '21 days', 21],
    ]);
    expect(
      figureOf(overdueVisits, period, measure)
        .breakdown?.slice(0, 3)
        .map((r) => r.value),
    ).toEqual([2, 1, 0]);
  });

  it('times a looked-after child from the start of counted care, after short breaks, as cla_visits_in_time_pct does', () => {
    // Short breaks (V3) that became section 20 care (L, V2) joined by X1: the child is looked after, as the
    // catalogue counts them, only from the V2 episode's start, which is the start of their care for visits.
    const afterShortBreaks = (id: string, from: string, becameCare: string, longTerm: boolean) => [
      {
        id: `${id}1`,
        start: from,
        end: becameCare,
        rne: 'S',
        legalStatus: 'V3',
        placement: 'U1',
        provider: 'PR1',
        reasonEnd: 'X1',
        longTerm: false,
      },
      {
        id: `${id}2`,
        start: becameCare,
        end: null,
        rne: 'L',
        legalStatus: 'V2',
        placement: 'U1',
        provider: 'PR1',
        reasonEnd: null,
        longTerm,
      },
    ];
    const m = model([
      // Short breaks from 1 March, section 20 care from 28 May: 3 days (28 May to 31 May) looked after, under
      // the 7 days after which the first visit is overdue. Not overdue (timed from 1 March it would be 91
      // days, never visited: overdue).
      child('p', { episodes: afterShortBreaks('p', '2025-03-01', '2025-05-28', false) }),
      // Short breaks from 1 January, section 20 care from 1 April in a long-term placement (91 days: seen on
      // or after 1 March). Seen on 30 March, during the short breaks, before the care began: that visit does
      // not count, so overdue, timed from 1 April: 60 days before 31 May, and 39 working days (43 weekdays from
      // 2 April to 30 May less 18 and 21 April, 5 and 26 May). Timed from 1 January, the visit would count.
      child('q', {
        episodes: afterShortBreaks('q', '2025-01-01', '2025-04-01', true),
        visits: [seen('cla', '2025-03-30')],
      }),
    ]);
    const measure = overdueVisits.compute(m, period);
    expect(measure.members.map((x) => [x.laChildId, x.recordId, x.facts])).toEqual([
      [
        'q',
        'q2',
        {
          category: 'Looked after',
          start: '2025-04-01',
          interval: '91 days',
          last_seen: null,
          days_since: 60,
          working_days_since: 39,
          reason: 'Not recorded',
        },
      ],
    ]);
    // Overdue exactly when in the denominator but not the numerator of cla_visits_in_time_pct.
    const visits = claVisitsInTimePct.compute(m, period);
    expect(visits.kind === 'percent' && visits.members.map((x) => [x.personId, x.inNumerator])).toEqual([
      ['q', false],
    ]);
  });

  it('gives 0 with every row present when nobody is overdue', () => {
    const figure = figureOf(overdueVisits, period, overdueVisits.compute(model([]), period));
    expect(figure.value).toBe(0);
    expect(figure.breakdown?.map((r) => r.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
