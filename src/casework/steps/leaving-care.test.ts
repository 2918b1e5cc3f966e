import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { careEnd } from './care-end.ts';
import { careStart } from './care-start.ts';
import { leavingCareContact } from './leaving-care-contact.ts';
import { leavingCareEnd } from './leaving-care-end.ts';
import { leavingCareStart } from './leaving-care-start.ts';

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
const prefillOf = async (step: Step, child: string, today: string) => {
  const record = await load(child);
  return inAuthority(database.db, actor, async (trx) =>
    step.prefill!(await stepContext(trx, actor, record, today)),
  );
};
const leaverClocks = (child: ChildRecord) =>
  child.tasks
    .filter((t) => t.rule_id === 'supervision_care_leaver')
    .map((t) => [t.from_date, t.due_date, t.cancelled_date]);

const startCare = (child: string, start: string, legalStatus = 'C2') =>
  record(
    child,
    careStart,
    {
      ...dateInput('start_date', start),
      legal_status: legalStatus,
      category_of_need: 'N1',
      placement_type: 'U4',
      placement_provider: 'PR1',
      long_term_placement: 'yes',
      previous_permanence: 'Z1',
    },
    start,
  );
const status = (eligibility: string, start: string, more: RawForm = {}): RawForm => ({
  eligibility,
  ...dateInput('start_date', start),
  staying_put: 'no',
  ...more,
});

describe('leaving care: from eligible at 16 to former relevant at 18', () => {
  it('follows a young person born on 29 February through both birthdays', async () => {
    // 16 on 29 February 2024 (a leap year), 18 on 1 March 2026 (not one).
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2008-02-29' });
    expect(leavingCareStart.offered(await load(child), statusAt(await load(child), '2023-08-31'))).toBe(
      false,
    );
    await startCare(child, '2023-09-01');
    expect(await prefillOf(leavingCareStart, child, '2024-03-01')).toEqual({
      staying_put: false,
      start_date: '2024-02-29',
      eligibility: 'eligible',
    });
    expect(
      await record(child, leavingCareStart, status('eligible', '2024-02-28'), '2024-06-01'),
    ).toMatchObject({
      ok: false,
      errors: {
        start_date: 'The young person turns 16 on 29 February 2024: they cannot be a care leaver before then',
      },
    });
    expect(
      await record(
        child,
        leavingCareStart,
        status('eligible', '2024-02-29', dateInput('pathway_plan_date', '2024-02-28')),
        '2024-06-01',
      ),
    ).toMatchObject({
      ok: false,
      errors: { pathway_plan_date: 'The pathway plan must be on or after the young person’s 16th birthday' },
    });
    expect(
      await record(child, leavingCareStart, status('relevant', '2024-02-29'), '2024-06-01'),
    ).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'The young person was still looked after on that date: record them as eligible, or start the status when they left care',
      },
    });
    expect((await load(child)).careLeaver).toHaveLength(0);

    // 29 February 2024 + 56 days: 31 in March, then 25 April.
    const eligible = await record(
      child,
      leavingCareStart,
      status('eligible', '2024-02-29', {
        personal_adviser: 'Sam Patel',
        ...dateInput('pathway_plan_date', '2024-05-31'),
      }),
      '2024-06-01',
    );
    expect(eligible.ok).toBe(true);
    let now = await load(child);
    expect(now.careLeaver[0]).toMatchObject({
      eligibility: 'eligible',
      start_date: '2024-02-29',
      personal_adviser: 'Sam Patel',
      pathway_plan_date: '2024-05-31',
      staying_put: false,
    });
    expect(leaverClocks(now)).toEqual([['2024-02-29', '2024-04-25', null]]);
    expect(leavingCareStart.offered(now, statusAt(now, '2024-06-01'))).toBe(false);
    expect(leavingCareContact.offered(now, statusAt(now, '2024-06-01'))).toBe(true);

    // Looked after to the 18th birthday, staying put with the foster carers.
    expect(
      (
        await record(
          child,
          careEnd,
          { ...dateInput('end_date', '2026-03-01'), reason_end: 'E17' },
          '2026-03-05',
        )
      ).ok,
    ).toBe(true);
    expect(
      await record(child, leavingCareEnd, dateInput('end_date', '2024-02-28'), '2026-03-05'),
    ).toMatchObject({
      ok: false,
      errors: { end_date: 'The end must be on or after the status started on 29 February 2024' },
    });
    expect((await record(child, leavingCareEnd, dateInput('end_date', '2026-03-01'), '2026-03-05')).ok).toBe(
      true,
    );
    now = await load(child);
    expect(leaverClocks(now)).toEqual([['2024-02-29', '2024-04-25', '2026-03-01']]);

    expect(await prefillOf(leavingCareStart, child, '2026-03-05')).toEqual({
      staying_put: false,
      start_date: '2026-03-01',
      eligibility: 'former_relevant',
    });
    expect(
      await record(child, leavingCareStart, status('former_relevant', '2026-02-28'), '2026-03-05'),
    ).toMatchObject({
      ok: false,
      errors: {
        start_date: 'The young person already has a care leaver status from 29 February 2024 to 1 March 2026',
        eligibility: 'A former relevant young person is 18 or over: at 16 or 17 they are relevant',
      },
    });
    // 1 March 2026 + 56 days: 30 more in March, then 26 April.
    const former = await record(
      child,
      leavingCareStart,
      status('former_relevant', '2026-03-01', { staying_put: 'yes' }),
      '2026-03-05',
    );
    expect(former.ok).toBe(true);
    now = await load(child);
    expect(now.careLeaver.map((c) => [c.eligibility, c.start_date, c.end_date, c.staying_put])).toEqual([
      ['eligible', '2024-02-29', '2026-03-01', false],
      ['former_relevant', '2026-03-01', null, true],
    ]);
    expect(leaverClocks(now)).toEqual([
      ['2024-02-29', '2024-04-25', '2026-03-01'],
      ['2026-03-01', '2026-04-26', null],
    ]);
  });
});

describe('leaving care: relevant, qualifying and contacts', () => {
  it('needs 13 weeks looked after since 14 for a relevant child', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2008-06-15' });
    await startCare(child, '2025-01-06', 'V2');
    await record(child, careEnd, { ...dateInput('end_date', '2025-03-31'), reason_end: 'E8' }, '2025-03-31');
    expect(await prefillOf(leavingCareStart, child, '2025-04-02')).toEqual({
      staying_put: false,
      start_date: '2025-03-31',
      eligibility: 'qualifying',
    });
    // 6 January to 31 March 2025: 25 + 28 + 31 = 84 days.
    expect(
      await record(child, leavingCareStart, status('relevant', '2025-03-31'), '2025-04-02'),
    ).toMatchObject({
      ok: false,
      errors: {
        eligibility:
          'The young person was looked after for 84 days since turning 14, less than 13 weeks: they may be qualifying (SSDA903 rule 1001)',
      },
    });
    expect(
      await record(child, leavingCareStart, status('eligible', '2025-04-01'), '2025-04-02'),
    ).toMatchObject({
      ok: false,
      errors: {
        eligibility:
          'The young person was not looked after on that date: an eligible child is still looked after',
      },
    });
    expect(
      await record(child, leavingCareStart, status('qualifying', '2025-03-30'), '2025-04-02'),
    ).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'The young person was still looked after on that date: record them as eligible, or start the status when they left care',
      },
    });
    expect((await load(child)).careLeaver).toHaveLength(0);
    expect((await record(child, leavingCareStart, status('qualifying', '2025-03-31'), '2025-04-02')).ok).toBe(
      true,
    );
  });

  it('records contacts with the young person, checking the SSDA903 care leaver rules', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2008-06-15' });
    await startCare(child, '2024-06-03');
    await record(child, careEnd, { ...dateInput('end_date', '2025-01-31'), reason_end: 'E5' }, '2025-01-31');
    expect((await record(child, leavingCareStart, status('relevant', '2025-01-31'), '2025-02-03')).ok).toBe(
      true,
    );
    const contact = (date: string, inTouch: string, accommodation = '', activity = ''): RawForm => ({
      ...dateInput('contact_date', date),
      in_touch: inTouch,
      accommodation,
      activity,
    });
    const cases: [RawForm, Record<string, string>][] = [
      [
        contact('2025-01-30', 'YES', 'D1', 'F2'),
        { contact_date: 'The contact must be on or after the care leaver status started on 31 January 2025' },
      ],
      [
        contact('2025-03-03', 'YES', 'D1'),
        { activity: 'Select the main activity as well as the accommodation (SSDA903 rule 153)' },
      ],
      [
        contact('2025-03-03', 'YES', '0', 'F2'),
        {
          accommodation:
            'The authority is in touch with the young person: record what it knows (SSDA903 rule 345)',
        },
      ],
      [
        contact('2025-03-03', 'RHOM', 'B1', 'F2'),
        {
          accommodation:
            'Leave the accommodation blank: the young person has returned home (SSDA903 rule 344)',
          activity: 'Leave the activity blank: the young person has returned home (SSDA903 rule 344)',
        },
      ],
      [
        contact('2025-03-03', 'YES', 'T1', 'F2'),
        { accommodation: 'A care leaver under 18 cannot be accommodated in a foyer (SSDA903 rule 347)' },
      ],
      [
        contact('2025-03-03', 'YES', 'Z1', 'F2'),
        { accommodation: 'Staying put with former foster carers applies from 18 (SSDA903 rule 3001)' },
      ],
      [
        contact('2025-03-03', 'MAYBE'),
        { in_touch: 'Select whether the authority is in touch from the list' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, leavingCareContact, form, '2025-03-03')).toMatchObject({
        ok: false,
        errors,
      });
    }
    expect((await load(child)).careLeaverContacts).toHaveLength(0);
    expect(
      (await record(child, leavingCareContact, contact('2025-03-03', 'YES', 'D1', 'F2'), '2025-03-03')).ok,
    ).toBe(true);
    expect((await record(child, leavingCareContact, contact('2025-05-01', 'NO'), '2025-05-01')).ok).toBe(
      true,
    );
    expect(
      (await load(child)).careLeaverContacts.map((c) => [
        c.contact_date,
        c.in_touch,
        c.accommodation,
        c.activity,
      ]),
    ).toEqual([
      ['2025-03-03', 'YES', 'D1', 'F2'],
      ['2025-05-01', 'NO', null, null],
    ]);
  });

  it('is not offered without a care leaver status', async () => {
    const child = await arrangeChild(database.db, actor);
    const form = { ...dateInput('contact_date', '2025-03-03'), in_touch: 'YES' };
    expect(await record(child, leavingCareContact, form, '2025-03-03')).toEqual({
      ok: false,
      errors: { form: '"Record a care leaver contact" does not apply to this child\'s record as it stands' },
    });
    expect(
      await record(child, leavingCareEnd, dateInput('end_date', '2025-03-03'), '2025-03-03'),
    ).toMatchObject({
      ok: false,
    });
  });
});
