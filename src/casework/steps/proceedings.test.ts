import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep } from '../recording.ts';
import type { Step } from '../step.ts';
import { careProceedings } from './care-proceedings.ts';
import { preProceedings } from './pre-proceedings.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

async function record(child: string, step: Step, form: RawForm, today: string): Promise<string> {
  const result = await recordStep(database.db, actor, child, step, form, today);
  if (!result.ok) throw new Error(`${step.id} not saved: ${JSON.stringify(result.errors)}`);
  return result.id;
}

/** The errors of a step that must not save. */
async function refused(child: string, step: Step, form: RawForm, today: string) {
  const result = await recordStep(database.db, actor, child, step, form, today);
  if (result.ok) throw new Error(`${step.id} saved when it should not have`);
  return result.errors;
}

async function load(child: string): Promise<ChildRecord> {
  return (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
}

describe('pre-proceedings and care proceedings', () => {
  it('records the decision and the letter, then proceedings that end pre-proceedings the day they are issued', async () => {
    const child = await arrangeChild(database.db, actor);
    const form = {
      ...dateInput('decision_date', '2025-06-02'),
      ...dateInput('letter_before_proceedings_date', '2025-06-09'),
    };
    await record(child, preProceedings, form, '2025-06-09');
    expect(
      await refused(child, preProceedings, dateInput('decision_date', '2025-07-01'), '2025-07-01'),
    ).toEqual({
      form: '"Record a decision to start pre-proceedings" does not apply to this child\'s record as it stands',
    });
    await record(child, careProceedings, dateInput('issued_date', '2025-08-04'), '2025-08-04');
    const now = await load(child);
    expect(now.preProceedings).toMatchObject([
      {
        decision_date: '2025-06-02',
        letter_before_proceedings_date: '2025-06-09',
        end_date: '2025-08-04',
        outcome: 'proceedings_issued',
        version: 2,
      },
    ]);
    expect(now.careProceedings).toMatchObject([{ issued_date: '2025-08-04', concluded_date: null }]);
    expect(
      await refused(child, careProceedings, dateInput('issued_date', '2025-08-05'), '2025-08-05'),
    ).toEqual({
      form: '"Record care proceedings issued" does not apply to this child\'s record as it stands',
    });
  });

  it('issues proceedings without pre-proceedings (an urgent application)', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careProceedings, dateInput('issued_date', '2024-12-24'), '2024-12-27');
    const now = await load(child);
    expect(now.careProceedings).toMatchObject([{ issued_date: '2024-12-24' }]);
    expect(now.preProceedings).toHaveLength(0);
  });

  it('saves nothing when the letter is before the decision, or a date is missing or in the future', async () => {
    const child = await arrangeChild(database.db, actor);
    const form = {
      ...dateInput('decision_date', '2025-06-02'),
      ...dateInput('letter_before_proceedings_date', '2025-05-30'),
    };
    expect(await refused(child, preProceedings, form, '2025-06-09')).toEqual({
      letter_before_proceedings_date:
        'The date of the letter before proceedings must be the same as or after the date of the decision',
    });
    expect(await refused(child, preProceedings, {}, '2025-06-09')).toEqual({
      decision_date: 'Enter the date of the decision',
    });
    expect(
      await refused(child, careProceedings, dateInput('issued_date', '2025-06-10'), '2025-06-09'),
    ).toEqual({
      issued_date: 'The date the proceedings were issued must be today or in the past',
    });
    const now = await load(child);
    expect(now.preProceedings).toHaveLength(0);
    expect(now.careProceedings).toHaveLength(0);
  });
});
