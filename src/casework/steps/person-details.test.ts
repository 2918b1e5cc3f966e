import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild } from '../child.ts';
import { recordStep } from '../recording.ts';
import { personAddress, personRelationship, personUasc, personWarning } from './person-details.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

const load = (id: string) => inAuthority(database.db, actor, (trx) => loadChild(trx, id));

describe('family and network', () => {
  it('adds a mother with parental responsibility as a person linked to the child', async () => {
    const child = await arrangeChild(database.db, actor);
    const result = await recordStep(
      database.db,
      actor,
      child,
      personRelationship,
      {
        given_name: 'Sara',
        family_name: 'Khan',
        relationship: 'mother',
        parental_responsibility: 'yes',
      },
      '2025-03-01',
    );
    expect(result.ok).toBe(true);
    const record = await load(child);
    expect(record!.relationships).toMatchObject([
      { relationship: 'mother', parental_responsibility: true, related_name: 'Sara Khan' },
    ]);
  });

  it('needs a sibling’s date of birth', async () => {
    const child = await arrangeChild(database.db, actor);
    const result = await recordStep(
      database.db,
      actor,
      child,
      personRelationship,
      {
        given_name: 'Omar',
        family_name: 'Khan',
        relationship: 'sibling',
        parental_responsibility: 'no',
      },
      '2025-03-01',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { date_of_birth: "Enter the sibling's date of birth" },
    });
  });
});

describe('warnings, addresses and UASC status', () => {
  it('keeps a warning with its dates', async () => {
    const child = await arrangeChild(database.db, actor);
    const bad = await recordStep(
      database.db,
      actor,
      child,
      personWarning,
      {
        category: 'risk_to_worker',
        detail: 'Dog at the address',
        ...dateInput('start_date', '2025-03-01'),
        ...dateInput('end_date', '2025-03-01'),
      },
      '2025-03-01',
    );
    expect(bad).toMatchObject({
      ok: false,
      errors: { end_date: 'The end of the warning must be after its start' },
    });
    const good = await recordStep(
      database.db,
      actor,
      child,
      personWarning,
      {
        category: 'risk_to_worker',
        detail: 'Dog at the address',
        ...dateInput('start_date', '2025-03-01'),
      },
      '2025-03-01',
    );
    expect(good.ok).toBe(true);
    expect((await load(child))!.warnings).toHaveLength(1);
  });

  it('ends the previous address when the child moves, and updates the current postcode', async () => {
    const child = await arrangeChild(database.db, actor);
    await recordStep(
      database.db,
      actor,
      child,
      personAddress,
      { postcode: 'cb1 1aa', ...dateInput('start_date', '2024-02-29') },
      '2025-03-01',
    );
    const early = await recordStep(
      database.db,
      actor,
      child,
      personAddress,
      { postcode: 'PE1 1AB', ...dateInput('start_date', '2024-02-28') },
      '2025-03-01',
    );
    expect(early).toMatchObject({ ok: false });
    await recordStep(
      database.db,
      actor,
      child,
      personAddress,
      { postcode: 'PE1 1AB', ...dateInput('start_date', '2025-01-31') },
      '2025-03-01',
    );
    const record = await load(child);
    expect(record!.addresses.map((a) => [a.postcode, a.start_date, a.end_date])).toEqual([
      ['CB1 1AA', '2024-02-29', '2025-01-31'],
      ['PE1 1AB', '2025-01-31', null],
    ]);
    expect(record!.person.postcode).toBe('PE1 1AB');
  });

  it('records UASC dates in order', async () => {
    const child = await arrangeChild(database.db, actor);
    const bad = await recordStep(
      database.db,
      actor,
      child,
      personUasc,
      {
        ...dateInput('uasc_since', '2025-02-01'),
        ...dateInput('uasc_ceased', '2025-01-31'),
      },
      '2025-03-01',
    );
    expect(bad).toMatchObject({ ok: false });
    await recordStep(
      database.db,
      actor,
      child,
      personUasc,
      { ...dateInput('uasc_since', '2025-02-01') },
      '2025-03-01',
    );
    expect((await load(child))!.person.uasc_since).toBe('2025-02-01');
  });
});
