import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild } from '../child.ts';
import { recordStep } from '../recording.ts';
import { carePlacementPlan } from './care-placement-plan.ts';
import { careStart } from './care-start.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

describe('care-placement-plan', () => {
  it('stops the placement plan clock, and refuses a date before the placement', async () => {
    const child = await arrangeChild(database.db, actor);
    const started = await recordStep(
      database.db,
      actor,
      child,
      careStart,
      {
        ...dateInput('start_date', '2025-04-17'),
        legal_status: 'V2',
        category_of_need: 'N4',
        placement_type: 'U6',
        placement_provider: 'PR1',
        long_term_placement: 'no',
        previous_permanence: 'Z1',
      },
      '2025-04-17',
    );
    expect(started.ok).toBe(true);
    const early = await recordStep(
      database.db,
      actor,
      child,
      carePlacementPlan,
      dateInput('placement_plan_date', '2025-04-16'),
      '2025-04-25',
    );
    expect(early).toMatchObject({
      ok: false,
      errors: {
        placement_plan_date: 'The date must be the same as or after the placement began, 17 April 2025',
      },
    });
    const agreed = await recordStep(
      database.db,
      actor,
      child,
      carePlacementPlan,
      dateInput('placement_plan_date', '2025-04-25'),
      '2025-04-25',
    );
    expect(agreed.ok).toBe(true);
    const record = await inAuthority(database.db, actor, (trx) => loadChild(trx, child));
    // From Thursday 17 April 2025: 22, 23, 24, 25 and 28 April (18 and 21 April are holidays): due Monday 28 April.
    expect(record!.tasks.find((t) => t.rule_id === 'cla_placement_plan_5wd')).toMatchObject({
      due_date: '2025-04-28',
      completed_date: '2025-04-25',
    });
    expect(record!.claEpisodes[0]!.placement_plan_date).toBe('2025-04-25');
  });
});
