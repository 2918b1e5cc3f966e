import { describe, it, expect } from 'vitest';
import {
  TIMESCALE_RULES,
  TIMESCALE_RULE_IDS,
  addTimescale,
  dueDate,
  effectiveTimescaleRule,
  isOverdue,
  isTimescaleRuleId,
  validateLocalTimescalePolicy,
} from './timescales.ts';
import type { LocalTimescalePolicy, TimescaleRuleId } from './timescales.ts';
import { isWithinWorkingDays } from './working-days.ts';

describe('the rules', () => {
  it('have unique ids matching their keys, and sound units and amounts', () => {
    expect(new Set(TIMESCALE_RULE_IDS).size).toBe(TIMESCALE_RULE_IDS.length);
    for (const id of TIMESCALE_RULE_IDS) {
      const rule = TIMESCALE_RULES[id];
      expect(rule.id).toBe(id);
      expect(Number.isInteger(rule.amount) && rule.amount > 0).toBe(true);
      expect(rule.description.length).toBeGreaterThan(0);
    }
  });

  it('include the clocks of the journey', () => {
    expect(TIMESCALE_RULES.assessment_45wd).toMatchObject({
      unit: 'working_days',
      amount: 45,
      basis: 'statutory',
    });
    expect(TIMESCALE_RULES.cla_visit_6w).toMatchObject({ unit: 'weeks', amount: 6 });
    expect(TIMESCALE_RULES.cp_visit).toMatchObject({
      unit: 'working_days',
      amount: 10,
      basis: 'local_policy',
    });
    expect(TIMESCALE_RULES.cin_visit).toMatchObject({ unit: 'weeks', amount: 4, basis: 'local_policy' });
    expect(TIMESCALE_RULES.return_interview_72h).toMatchObject({ unit: 'hours', amount: 72 });
    expect(isTimescaleRuleId('cla_iha_20wd')).toBe(true);
    expect(isTimescaleRuleId('toString')).toBe(false);
    expect(isTimescaleRuleId('assessment_40wd')).toBe(false);
  });
});

describe('dueDate, worked by hand', () => {
  const cases: [TimescaleRuleId, string, string, string][] = [
    ['contact_screening_1wd', '2024-06-07', '2024-06-10', 'Friday + 1 working day = Monday'],
    [
      'contact_screening_1wd',
      '2024-03-28',
      '2024-04-02',
      'Maundy Thursday + 1 = Tuesday after Easter Monday',
    ],
    ['assessment_45wd', '2024-01-08', '2024-03-11', 'nine whole weeks, no holidays'],
    ['assessment_45wd', '2025-03-04', '2025-05-09', 'nine weeks + 3 for Good Friday, Easter Monday, 5 May'],
    ['icpc_15wd_from_strategy', '2022-09-07', '2022-09-29', 'three weeks + 1 for the State Funeral'],
    ['core_group_10wd', '2024-12-16', '2025-01-02', '17-20, 23, 24, 27, 30, 31 Dec, 2 Jan'],
    ['cp_review_first_3m', '2024-11-30', '2025-02-28', 'clamped to the end of February'],
    ['cp_review_first_3m', '2023-11-30', '2024-02-29', 'leap year'],
    ['cp_review_6m', '2024-08-31', '2025-02-28', 'clamped'],
    ['cp_review_6m', '2025-02-28', '2025-08-28', 'from the actual previous review'],
    ['cla_review_first_20wd', '2023-12-11', '2024-01-11', 'four weeks + 3 for 25, 26 Dec and 1 Jan'],
    ['cla_review_second_3m', '2024-01-11', '2024-04-11', ''],
    ['cla_review_6m', '2024-04-11', '2024-10-11', ''],
    ['cla_visit_first_1w', '2024-02-26', '2024-03-04', 'across 29 February'],
    ['cla_visit_6w', '2025-01-27', '2025-03-10', '42 days'],
    ['cla_visit_long_term_3m', '2024-05-31', '2024-08-31', ''],
    ['cla_placement_plan_5wd', '2025-04-16', '2025-04-25', '17, (Good Friday, Easter Monday), 22-25 April'],
    ['cla_iha_20wd', '2025-03-04', '2025-04-01', 'four weeks, before Easter'],
    ['cla_health_6m_under5', '2024-08-31', '2025-02-28', 'clamped'],
    ['cla_health_12m', '2024-02-29', '2025-02-28', '29 February + 12 months'],
    ['return_interview_72h', '2024-12-30', '2025-01-02', '72 hours = 3 calendar days, holidays included'],
    ['cp_visit', '2024-05-16', '2024-05-31', '10 working days over the spring bank holiday (27 May)'],
    ['cin_visit', '2024-02-15', '2024-03-14', '28 days across 29 February'],
    ['supervision_cp', '2024-12-20', '2025-01-17', '28 days'],
    ['supervision_cin', '2024-12-20', '2025-01-31', '42 days'],
    ['supervision_cla', '2024-12-20', '2025-01-31', '42 days'],
    ['supervision_care_leaver', '2024-12-20', '2025-02-14', '56 days'],
  ];
  it.each(cases)('%s from %s is due %s (%s)', (ruleId, from, due) => {
    expect(dueDate(ruleId, from)).toBe(due);
  });

  it('covers every rule', () => {
    expect(new Set(cases.map(([ruleId]) => ruleId))).toEqual(new Set(TIMESCALE_RULE_IDS));
  });
});

describe('local policy', () => {
  it('sets the visit and supervision intervals per authority', () => {
    const cambridgeshire: LocalTimescalePolicy = { cp_visit: { unit: 'weeks', amount: 2 } };
    expect(dueDate('cp_visit', '2024-05-16', cambridgeshire)).toBe('2024-05-30');
    expect(dueDate('cin_visit', '2024-02-15', { cin_visit: { unit: 'calendar_days', amount: 20 } })).toBe(
      '2024-03-06',
    );
    expect(dueDate('supervision_cp', '2024-12-20', { supervision_cp: { unit: 'months', amount: 1 } })).toBe(
      '2025-01-20',
    );
    // A policy for other rules leaves this one at its default.
    expect(dueDate('cin_visit', '2024-02-15', cambridgeshire)).toBe('2024-03-14');
    expect(effectiveTimescaleRule('cp_visit', cambridgeshire)).toMatchObject({ unit: 'weeks', amount: 2 });
  });

  it('cannot change a statutory timescale', () => {
    const policy = { assessment_45wd: { unit: 'working_days', amount: 30 } } as LocalTimescalePolicy;
    expect(() => dueDate('assessment_45wd', '2024-01-08', policy)).toThrow(/statutory/);
  });

  it('does not type-check an override of a statutory rule', () => {
    // @ts-expect-error assessment_45wd is statutory, not a local-policy rule
    const policy: LocalTimescalePolicy = { assessment_45wd: { unit: 'working_days', amount: 30 } };
    expect(validateLocalTimescalePolicy(policy)).toHaveLength(1);
  });

  it('reports every problem with a policy', () => {
    expect(validateLocalTimescalePolicy({ cp_visit: { unit: 'weeks', amount: 2 } })).toEqual([]);
    const problems = validateLocalTimescalePolicy({
      cp_visit: { unit: 'fortnights', amount: 1 },
      cin_visit: { unit: 'weeks', amount: 0 },
      supervision_cla: { unit: 'weeks', amount: 1.5 },
      cla_review_6m: { unit: 'months', amount: 4 },
      home_visit: { unit: 'weeks', amount: 1 },
    });
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/cp_visit.*fortnights/);
    expect(problems[3]).toMatch(/cla_review_6m.*statutory/);
    expect(problems[4]).toMatch(/no timescale rule 'home_visit'/);
  });

  it('refuses a malformed override at use', () => {
    const policy = { cin_visit: { unit: 'weeks', amount: -1 } } as LocalTimescalePolicy;
    expect(() => dueDate('cin_visit', '2024-02-15', policy)).toThrow(/whole number/);
  });
});

describe('addTimescale', () => {
  it('rounds hours up to whole days', () => {
    expect(addTimescale('2024-03-01', { unit: 'hours', amount: 72 })).toBe('2024-03-04');
    expect(addTimescale('2024-03-01', { unit: 'hours', amount: 25 })).toBe('2024-03-03');
    expect(addTimescale('2024-03-01', { unit: 'hours', amount: 24 })).toBe('2024-03-02');
  });

  it('refuses a bad start date', () => {
    expect(() => dueDate('cin_visit', '2024-02-30')).toThrow(/fromDate/);
  });
});

describe('isOverdue', () => {
  it('is overdue when the due date is before the as-at date', () => {
    // cp_visit from Thursday 16 May 2024 is due Friday 31 May.
    expect(isOverdue('cp_visit', '2024-05-16', '2024-05-31')).toBe(false);
    expect(isOverdue('cp_visit', '2024-05-16', '2024-06-01')).toBe(true);
    // ... although Saturday 1 June is still "within 10 working days" of 16 May by the catalogue's wd test.
    expect(isWithinWorkingDays('2024-05-16', '2024-06-01', 10)).toBe(true);
    expect(isOverdue('cp_review_first_3m', '2024-11-30', '2025-02-28')).toBe(false);
    expect(isOverdue('cp_review_first_3m', '2024-11-30', '2025-03-01')).toBe(true);
  });
});
