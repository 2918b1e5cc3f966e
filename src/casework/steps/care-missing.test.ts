import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { careMissing } from './care-missing.ts';
import { careMissingReturn } from './care-missing-return.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

const record = (child: string, step: Step, form: RawForm, today: string) =>
  recordStep(database.db, actor, child, step, form, today);
const load = async (child: string): Promise<ChildRecord> =>
  (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
const interviewClocks = (child: ChildRecord) =>
  child.tasks.map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date]);
const offered = (child: ChildRecord, step: Step, today: string) =>
  step.offered(child, statusAt(child, today));

describe('care-missing', () => {
  it('records an episode for a child who is not looked after, with the 72 hours in calendar days', async () => {
    const child = await arrangeChild(database.db, actor);
    const before = await load(child);
    expect(offered(before, careMissing, '2025-04-22')).toBe(true);
    expect(offered(before, careMissingReturn, '2025-04-22')).toBe(false);
    // Back on Thursday 17 April 2025: 72 hours later is Sunday 20 April, Good Friday and the weekend included.
    // The interview is offered on Tuesday 22 April, late.
    const saved = await record(
      child,
      careMissing,
      {
        kind: 'M',
        ...dateInput('start_date', '2025-04-14'),
        ...dateInput('end_date', '2025-04-17'),
        ...dateInput('return_interview_offered_date', '2025-04-22'),
        return_interview_accepted: 'no',
      },
      '2025-04-22',
    );
    expect(saved.ok).toBe(true);
    const now = await load(child);
    expect(now.missingEpisodes[0]).toMatchObject({
      kind: 'M',
      start_date: '2025-04-14',
      end_date: '2025-04-17',
      return_interview_offered_date: '2025-04-22',
      return_interview_accepted: false,
    });
    expect(interviewClocks(now)).toEqual([
      ['return_interview_72h', '2025-04-17', '2025-04-20', '2025-04-22'],
    ]);
  });

  it('records the return and then the offer of a return interview on an open episode', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(
      (
        await record(
          child,
          careMissing,
          { kind: 'A', ...dateInput('start_date', '2025-05-01') },
          '2025-05-01',
        )
      ).ok,
    ).toBe(true);
    let now = await load(child);
    expect(now.tasks).toHaveLength(0);
    expect(offered(now, careMissingReturn, '2025-05-01')).toBe(true);
    expect(
      await record(child, careMissing, { kind: 'M', ...dateInput('start_date', '2025-05-02') }, '2025-05-02'),
    ).toMatchObject({
      ok: false,
      errors: {
        form: 'The child has been missing or away since 1 May 2025: record their return first (SSDA903 rule 574)',
      },
    });

    // Back on Friday 2 May: the interview is due by Monday 5 May (a bank holiday, but hours are not working days).
    expect(
      (await record(child, careMissingReturn, dateInput('end_date', '2025-05-02'), '2025-05-02')).ok,
    ).toBe(true);
    now = await load(child);
    expect(interviewClocks(now)).toEqual([['return_interview_72h', '2025-05-02', '2025-05-05', null]]);
    // Still offered, to record the offer; the return date is prefilled and cannot move here.
    expect(offered(now, careMissingReturn, '2025-05-03')).toBe(true);
    const prefill = await inAuthority(database.db, actor, async (trx) =>
      careMissingReturn.prefill!(await stepContext(trx, actor, now, '2025-05-03')),
    );
    expect(prefill).toEqual({
      end_date: '2025-05-02',
      return_interview_offered_date: null,
      return_interview_accepted: null,
    });
    expect(
      await record(
        child,
        careMissingReturn,
        {
          ...dateInput('end_date', '2025-05-01'),
          ...dateInput('return_interview_offered_date', '2025-05-03'),
        },
        '2025-05-03',
      ),
    ).toMatchObject({
      ok: false,
      errors: {
        end_date: 'The child’s return was recorded as 2 May 2025: to change it, correct the missing episode',
      },
    });
    const offer = await record(
      child,
      careMissingReturn,
      {
        ...dateInput('end_date', '2025-05-02'),
        ...dateInput('return_interview_offered_date', '2025-05-03'),
        return_interview_accepted: 'yes',
      },
      '2025-05-03',
    );
    expect(offer.ok).toBe(true);
    now = await load(child);
    expect(interviewClocks(now)).toEqual([
      ['return_interview_72h', '2025-05-02', '2025-05-05', '2025-05-03'],
    ]);
    expect(now.missingEpisodes[0]).toMatchObject({
      kind: 'A',
      end_date: '2025-05-02',
      return_interview_offered_date: '2025-05-03',
      return_interview_accepted: true,
      version: 3,
    });
    expect(offered(now, careMissingReturn, '2025-05-03')).toBe(false);
  });

  it('checks the dates are in order and episodes do not overlap, and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2010-03-10' });
    await record(
      child,
      careMissing,
      { kind: 'M', ...dateInput('start_date', '2025-03-01'), ...dateInput('end_date', '2025-03-04') },
      '2025-03-04',
    );
    const cases: [RawForm, Record<string, string>][] = [
      [
        { kind: 'M', ...dateInput('start_date', '2025-03-10'), ...dateInput('end_date', '2025-03-09') },
        {
          end_date:
            'The date the child returned must be on or after they went missing on 10 March 2025 (SSDA903 rule 567)',
        },
      ],
      [
        {
          kind: 'M',
          ...dateInput('start_date', '2025-03-10'),
          ...dateInput('end_date', '2025-03-11'),
          ...dateInput('return_interview_offered_date', '2025-03-10'),
        },
        {
          return_interview_offered_date:
            'The return interview must be offered on or after the day the child returned',
        },
      ],
      [
        {
          kind: 'M',
          ...dateInput('start_date', '2025-03-10'),
          ...dateInput('return_interview_offered_date', '2025-03-11'),
        },
        {
          return_interview_offered_date:
            'Enter the date the child returned before the return interview offer',
        },
      ],
      [
        {
          kind: 'M',
          ...dateInput('start_date', '2025-03-10'),
          ...dateInput('end_date', '2025-03-11'),
          return_interview_accepted: 'yes',
        },
        { return_interview_accepted: 'Enter the date the return interview was offered, or leave this blank' },
      ],
      [
        { kind: 'A', ...dateInput('start_date', '2025-03-03') },
        {
          start_date:
            'The child was already missing or away from 1 March 2025 to 4 March 2025: episodes cannot overlap (SSDA903 rule 574)',
        },
      ],
      [
        { kind: 'A', ...dateInput('start_date', '2010-03-09') },
        { start_date: 'The date must be on or after the child’s date of birth (SSDA903 rule 586)' },
      ],
      [
        { kind: 'X', ...dateInput('start_date', '2025-03-10') },
        { kind: 'Select missing or away from the list' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careMissing, form, '2025-03-12')).toMatchObject({ ok: false, errors });
    }
    const now = await load(child);
    expect(now.missingEpisodes).toHaveLength(1);
    expect(now.tasks).toHaveLength(1);
  });
});
