import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep } from '../recording.ts';
import type { Step } from '../step.ts';
import { careEnd } from './care-end.ts';
import { careReview } from './care-review.ts';
import { careStart } from './care-start.ts';

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
const reviewClocks = (child: ChildRecord) =>
  child.tasks
    .filter((t) => t.rule_id.startsWith('cla_review'))
    .map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date, t.cancelled_date]);

const startCare = (child: string, start: string) =>
  record(
    child,
    careStart,
    {
      ...dateInput('start_date', start),
      legal_status: 'C2',
      category_of_need: 'N1',
      placement_type: 'U4',
      placement_provider: 'PR1',
      long_term_placement: 'no',
      previous_permanence: 'Z1',
    },
    start,
  );
const review = (date: string, participation = 'PN1'): RawForm => ({
  ...dateInput('review_date', date),
  participation,
});

describe('care-review', () => {
  it('chains the reviews: 20 working days, then 3 months, then 6 months, clamped to the month end', async () => {
    const child = await arrangeChild(database.db, actor);
    // Wednesday 1 November 2023: 2, 3 (1, 2), 6-10 (3-7), 13-17 (8-12), 20-24 (13-17), 27, 28, 29 (18-20).
    await startCare(child, '2023-11-01');
    expect(reviewClocks(await load(child))).toEqual([
      ['cla_review_first_20wd', '2023-11-01', '2023-11-29', null, null],
    ]);
    // Held a day late; the second is due 3 months after it: 30 February 2024 is clamped to the 29th (leap year).
    expect((await record(child, careReview, review('2023-11-30'), '2023-11-30')).ok).toBe(true);
    // 29 February 2024 + 6 months = 29 August 2024.
    expect((await record(child, careReview, review('2024-02-29'), '2024-02-29')).ok).toBe(true);
    // 29 August 2024 + 6 months = 29 February 2025, clamped to 28 February (not a leap year).
    expect((await record(child, careReview, review('2024-08-29', 'PN5'), '2024-08-29')).ok).toBe(true);
    const now = await load(child);
    expect(now.claReviews.map((r) => [r.review_date, r.participation])).toEqual([
      ['2023-11-30', 'PN1'],
      ['2024-02-29', 'PN1'],
      ['2024-08-29', 'PN5'],
    ]);
    expect(reviewClocks(now)).toEqual([
      ['cla_review_first_20wd', '2023-11-01', '2023-11-29', '2023-11-30', null],
      ['cla_review_second_3m', '2023-11-30', '2024-02-29', '2024-02-29', null],
      ['cla_review_6m', '2024-02-29', '2024-08-29', '2024-08-29', null],
      ['cla_review_6m', '2024-08-29', '2025-02-28', null, null],
    ]);
  });

  it('runs 6 months from 31 August to the end of February: the 29th in a leap year, else the 28th', async () => {
    const leap = await arrangeChild(database.db, actor);
    await startCare(leap, '2023-06-01');
    await record(leap, careReview, review('2023-06-29'), '2023-06-29');
    await record(leap, careReview, review('2023-08-31'), '2023-08-31');
    expect(reviewClocks(await load(leap)).at(-1)).toEqual([
      'cla_review_6m',
      '2023-08-31',
      '2024-02-29',
      null,
      null,
    ]);

    const common = await arrangeChild(database.db, actor);
    await startCare(common, '2025-06-02');
    await record(common, careReview, review('2025-06-30'), '2025-06-30');
    // The second review: 30 June + 3 months = 30 September; held early on 31 August.
    await record(common, careReview, review('2025-08-31'), '2025-08-31');
    expect(reviewClocks(await load(common)).slice(1)).toEqual([
      ['cla_review_second_3m', '2025-06-30', '2025-09-30', '2025-08-31', null],
      ['cla_review_6m', '2025-08-31', '2026-02-28', null, null],
    ]);
  });

  it('starts again from the first review in a new period of care', async () => {
    const child = await arrangeChild(database.db, actor);
    await startCare(child, '2024-01-08');
    await record(child, careReview, review('2024-02-05'), '2024-02-05');
    await record(child, careEnd, { ...dateInput('end_date', '2024-03-28'), reason_end: 'E4A' }, '2024-03-28');
    // Tuesday 2 April 2024, after Easter Monday 1 April: 3-5 (1-3), 8-12 (4-8), 15-19 (9-13), 22-26 (14-18),
    // 29, 30 April (19, 20).
    await startCare(child, '2024-04-02');
    await record(child, careReview, review('2024-04-30'), '2024-04-30');
    expect(reviewClocks(await load(child))).toEqual([
      ['cla_review_first_20wd', '2024-01-08', '2024-02-05', '2024-02-05', null],
      ['cla_review_first_20wd', '2024-04-02', '2024-04-30', '2024-04-30', null],
      ['cla_review_second_3m', '2024-02-05', '2024-05-05', null, '2024-03-28'],
      ['cla_review_second_3m', '2024-04-30', '2024-07-30', null, null],
    ]);
  });

  it('checks the date and participation, and saves nothing when wrong', async () => {
    // Born 29 February 2016: 4 on 1 March 2020 (no 29 February that year).
    const child = await arrangeChild(database.db, actor);
    await startCare(child, '2020-01-06');
    const cases: [RawForm, Record<string, string>][] = [
      [
        review('2020-01-03'),
        {
          review_date:
            'The review must be on or after the child started to be looked after on 6 January 2020',
        },
      ],
      [
        review('2020-02-28', 'PN1'),
        { participation: 'The child was under 4 at the review: select PN0 (SSDA903 rule 441)' },
      ],
      [
        review('2020-03-01', 'PN0'),
        {
          participation:
            'PN0 is only for a child under 4 at the review: select how the child took part (SSDA903 rule 440)',
        },
      ],
      [{ ...review('2020-02-03'), participation: '' }, { participation: 'Select how the child took part' }],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careReview, form, '2020-03-02')).toMatchObject({ ok: false, errors });
    }
    let now = await load(child);
    expect(now.claReviews).toHaveLength(0);
    expect(reviewClocks(now)).toEqual([['cla_review_first_20wd', '2020-01-06', '2020-02-03', null, null]]);

    expect((await record(child, careReview, review('2020-02-28', 'PN0'), '2020-03-02')).ok).toBe(true);
    expect(await record(child, careReview, review('2020-02-28', 'PN0'), '2020-03-02')).toMatchObject({
      ok: false,
      errors: { review_date: 'The last review was on 28 February 2020: this review must be after it' },
    });
    now = await load(child);
    expect(now.claReviews).toHaveLength(1);
  });

  it('is not offered when the child is not looked after', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(await record(child, careReview, review('2025-04-01'), '2025-04-01')).toEqual({
      ok: false,
      errors: { form: '"Record a looked-after review" does not apply to this child\'s record as it stands' },
    });
  });
});
