import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { careAdoption } from './care-adoption.ts';
import { careAdoptionUpdate } from './care-adoption-update.ts';
import { careChange } from './care-change.ts';
import { careEnd } from './care-end.ts';
import { carePermanencePlan } from './care-permanence-plan.ts';
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

const fostered = (start: string): RawForm => ({
  ...dateInput('start_date', start),
  legal_status: 'C1',
  category_of_need: 'N1',
  placement_type: 'U6',
  placement_provider: 'PR1',
  long_term_placement: 'no',
  previous_permanence: 'Z1',
});

describe('care-permanence-plan', () => {
  it('records the plan within the period of care', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2024-01-10'), '2024-01-10');
    const early = { ...dateInput('plan_date', '2024-01-09'), plan: 'adoption' };
    expect(await record(child, carePermanencePlan, early, '2024-03-01')).toMatchObject({
      ok: false,
      errors: {
        plan_date:
          'The plan must be dated on or after the child started to be looked after on 10 January 2024',
      },
    });
    expect((await load(child)).permanencePlans).toHaveLength(0);
    const saved = await record(
      child,
      carePermanencePlan,
      { ...dateInput('plan_date', '2024-03-01'), plan: 'adoption' },
      '2024-03-01',
    );
    expect(saved.ok).toBe(true);
    expect((await load(child)).permanencePlans.map((p) => [p.plan_date, p.plan])).toEqual([
      ['2024-03-01', 'adoption'],
    ]);
  });

  it('is not offered for a child who is not looked after', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(carePermanencePlan.offered(await load(child), statusAt(await load(child), '2024-03-01'))).toBe(
      false,
    );
  });
});

describe('care-adoption and care-adoption-update', () => {
  it('follows a child from the decision to the adoption order', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2022-05-10' });
    await record(child, careStart, fostered('2024-01-10'), '2024-01-10');

    const decision = { ...dateInput('decision_date', '2024-03-01') };
    expect(
      await record(child, careAdoption, { ...dateInput('decision_date', '2024-01-09') }, '2024-03-01'),
    ).toMatchObject({
      ok: false,
      errors: {
        decision_date:
          'The decision must be on or after the child started to be looked after on 10 January 2024 (SSDA903 rule 334)',
      },
    });
    expect(
      await record(
        child,
        careAdoption,
        { ...decision, ...dateInput('placement_order_date', '2024-02-28') },
        '2024-03-01',
      ),
    ).toMatchObject({
      ok: false,
      errors: {
        placement_order_date:
          'The placement order must be on or after the decision to place for adoption (SSDA903 rule 554)',
      },
    });
    expect(
      await record(child, careAdoption, { ...decision, number_of_adopters: '2' }, '2024-03-01'),
    ).toMatchObject({
      ok: false,
      errors: {
        number_of_adopters: 'Leave the adopters’ details blank until the child is matched with adopters',
      },
    });
    expect((await load(child)).adoptions).toHaveLength(0);

    const saved = await record(
      child,
      careAdoption,
      { ...decision, ...dateInput('placement_order_date', '2024-05-01') },
      '2024-05-01',
    );
    expect(saved.ok).toBe(true);
    let now = await load(child);
    expect(careAdoption.offered(now, statusAt(now, '2024-05-01'))).toBe(false);
    expect(careAdoptionUpdate.offered(now, statusAt(now, '2024-05-01'))).toBe(true);
    const prefill = await inAuthority(database.db, actor, async (trx) =>
      careAdoptionUpdate.prefill!(await stepContext(trx, actor, now, '2024-09-02')),
    );
    expect(prefill).toMatchObject({
      decision_date: '2024-03-01',
      placement_order_date: '2024-05-01',
      matched_date: null,
    });

    const progress = { ...decision, ...dateInput('placement_order_date', '2024-05-01') };
    const matched = { ...progress, ...dateInput('matched_date', '2024-09-02') };
    const cases: [RawForm, Record<string, string>][] = [
      [
        { ...progress, ...dateInput('matched_date', '2024-02-29') },
        {
          matched_date: 'The match must be on or after the decision to place for adoption (SSDA903 rule 333)',
        },
      ],
      [
        { ...progress, ...dateInput('placed_date', '2024-09-16') },
        { placed_date: 'Enter the date the child was matched with adopters before they were placed' },
      ],
      [
        { ...matched, number_of_adopters: '1', sex_of_adopters: 'MF' },
        { sex_of_adopters: 'Select a single adopter (M1 or F1) for one adopter (SSDA903 rule 511)' },
      ],
      [
        { ...matched, number_of_adopters: '2', legal_status_of_adopters: 'L0' },
        {
          legal_status_of_adopters:
            'A couple cannot have the legal status of a single adopter (SSDA903 rule 514)',
        },
      ],
      [
        { ...matched, sex_of_adopters: 'MF', legal_status_of_adopters: 'L4' },
        { sex_of_adopters: 'A same-sex couple (L4) is recorded as MM or FF (SSDA903 rules 518 and 524)' },
      ],
      [
        { ...matched, number_of_adopters: '3' },
        { number_of_adopters: 'The number of adopters must be between 1 and 2' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careAdoptionUpdate, form, '2024-09-16')).toMatchObject({
        ok: false,
        errors,
      });
    }
    const adopters = {
      foster_care: 'yes',
      number_of_adopters: '2',
      sex_of_adopters: 'MF',
      legal_status_of_adopters: 'L11',
    };
    expect((await record(child, careAdoptionUpdate, { ...matched, ...adopters }, '2024-09-02')).ok).toBe(
      true,
    );

    // Placed with the foster carers, who adopt: legal status and placement change, carers the same (U).
    const placed = await record(
      child,
      careChange,
      {
        ...fostered('2024-09-16'),
        rne: 'U',
        legal_status: 'E1',
        placement_type: 'A5',
        reason_place_change: 'PLACE',
      },
      '2024-09-16',
    );
    expect(placed.ok).toBe(true);
    const withPlacement = { ...matched, ...adopters, ...dateInput('placed_date', '2024-09-16') };
    expect(
      await record(child, careAdoptionUpdate, { ...withPlacement, foster_care: 'no' }, '2024-09-16'),
    ).toMatchObject({
      ok: false,
      errors: {
        foster_care: 'The child is placed for adoption with their foster carers (A5) (SSDA903 rule 335)',
      },
    });
    expect((await record(child, careAdoptionUpdate, withPlacement, '2024-09-16')).ok).toBe(true);

    const order = { ...withPlacement, ...dateInput('adoption_order_date', '2025-02-28') };
    expect(
      await record(child, careAdoptionUpdate, { ...order, legal_status_of_adopters: '' }, '2025-02-28'),
    ).toMatchObject({
      ok: false,
      errors: {
        legal_status_of_adopters:
          'Enter the adopters’ details: the child has been adopted (SSDA903 rules 151 and 601)',
      },
    });
    expect((await record(child, careAdoptionUpdate, order, '2025-02-28')).ok).toBe(true);
    expect(
      (
        await record(
          child,
          careEnd,
          { ...dateInput('end_date', '2025-02-28'), reason_end: 'E11' },
          '2025-02-28',
        )
      ).ok,
    ).toBe(true);

    now = await load(child);
    expect(now.adoptions).toHaveLength(1);
    expect(now.adoptions[0]).toMatchObject({
      decision_date: '2024-03-01',
      placement_order_date: '2024-05-01',
      matched_date: '2024-09-02',
      placed_date: '2024-09-16',
      adoption_order_date: '2025-02-28',
      foster_care: true,
      number_of_adopters: 2,
      sex_of_adopters: 'MF',
      legal_status_of_adopters: 'L11',
      version: 4,
    });
    expect(now.claEpisodes.map((e) => [e.rne, e.legal_status, e.placement_type, e.reason_end])).toEqual([
      ['S', 'C1', 'U6', 'X1'],
      ['U', 'E1', 'A5', 'E11'],
    ]);
    const status = statusAt(now, '2025-02-28');
    expect(status.adoption).toBeUndefined();
    expect(careAdoptionUpdate.offered(now, status)).toBe(false);
  });

  it('closes the plan for adoption when the decision is reversed', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2022-05-10' });
    await record(child, careStart, fostered('2024-01-10'), '2024-01-10');
    await record(child, careAdoption, dateInput('decision_date', '2024-03-01'), '2024-03-01');
    const decision = dateInput('decision_date', '2024-03-01');
    const cases: [RawForm, Record<string, string>][] = [
      [
        { ...decision, ...dateInput('ceased_date', '2024-11-01') },
        { ceased_reason: 'Select why the child should no longer be placed for adoption (SSDA903 rule 119)' },
      ],
      [
        { ...decision, ceased_reason: 'RD3' },
        {
          ceased_date:
            'Enter the date of the decision that the child should no longer be placed for adoption (SSDA903 rule 119)',
        },
      ],
      [
        { ...decision, ...dateInput('ceased_date', '2024-02-01'), ceased_reason: 'RD3' },
        { ceased_date: 'The date must be on or after the decision to place for adoption (SSDA903 rule 522)' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careAdoptionUpdate, form, '2024-11-01')).toMatchObject({
        ok: false,
        errors,
      });
    }
    expect((await load(child)).adoptions[0]).toMatchObject({ ceased_date: null, version: 1 });
    const reversed = { ...decision, ...dateInput('ceased_date', '2024-11-01'), ceased_reason: 'RD3' };
    expect((await record(child, careAdoptionUpdate, reversed, '2024-11-01')).ok).toBe(true);
    const now = await load(child);
    expect(now.adoptions[0]).toMatchObject({ ceased_date: '2024-11-01', ceased_reason: 'RD3' });
    expect(careAdoption.offered(now, statusAt(now, '2024-11-01'))).toBe(true);
  });
});
