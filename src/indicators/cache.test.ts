import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, holdTable, type TestDatabase } from '../../test/database.ts';
import { arrangeChild, dateInput } from '../../test/fixtures.ts';
import { recordStep } from '../casework/recording.ts';
import { stepById } from '../casework/steps/index.ts';
import { recordsChanged } from '../db/changes.ts';
import { inAuthority, type Actor } from '../db/database.ts';
import { DEMO_AUTHORITY, ensureDemoAuthority } from '../demo.ts';
import { JourneyModelCache } from './cache.ts';
import { CATALOGUE } from './catalogue/index.ts';
import { computeFigures } from './engine.ts';
import { monthsEnding } from './period.ts';

const contacts = CATALOGUE.filter((i) => i.id === 'contacts');
const periods = monthsEnding('2025-03-31', 1);

async function recordContact(db: TestDatabase['db'], actor: Actor, personId: string, date: string) {
  const result = await recordStep(
    db,
    actor,
    personId,
    stepById('contact')!,
    { ...dateInput('contact_date', date), source: '6', concern: 'Police notification' },
    date,
  );
  expect(result).toMatchObject({ ok: true });
}

describe('the journey model cache', () => {
  let database: TestDatabase;
  let actor: Actor;
  let cache: JourneyModelCache;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDemoAuthority(database.ownerDb);
    const user = await database.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'practitioner')
      .executeTakeFirstOrThrow();
    actor = { laCode: DEMO_AUTHORITY.laCode, userId: user.id };
    cache = new JourneyModelCache(database.db);
  });
  afterAll(async () => {
    cache.close();
    await database.drop();
  });

  it('reads again only the child a recorded change names, sharing every other child', async () => {
    const first = await arrangeChild(database.db, actor, { given_name: 'Ada', family_name: 'Moss' });
    const second = await arrangeChild(database.db, actor, { given_name: 'Ben', family_name: 'Moss' });
    await recordContact(database.db, actor, first, '2025-03-03');
    const before = await cache.get(actor);
    expect((await cache.figures(actor, periods, contacts)).figures[0]!.value).toBe(1);

    await recordContact(database.db, actor, second, '2025-03-31');
    const after = await cache.get(actor);
    expect(after).not.toBe(before);
    expect(after.byId.get(first)).toBe(before.byId.get(first));
    expect(after.byId.get(second)!.contacts.map((c) => c.date)).toEqual(['2025-03-31']);
    expect(after.children.map((c) => c.laChildId)).toEqual(
      [...after.children.map((c) => c.laChildId)].sort(),
    );
    expect((await cache.figures(actor, periods, contacts)).figures[0]!.value).toBe(2);
  });

  it('reads a child added since, and keeps a model with no change', async () => {
    const before = await cache.get(actor);
    expect(await cache.get(actor)).toBe(before);
    const third = await arrangeChild(database.db, actor, { given_name: 'Cal', family_name: 'Moss' });
    await recordContact(database.db, actor, third, '2025-03-15');
    const after = await cache.get(actor);
    expect(after.children).toHaveLength(before.children.length + 1);
    expect((await cache.figures(actor, periods, contacts)).figures[0]!.value).toBe(3);
  });

  it('reads the whole authority again after a change that names no child', async () => {
    // A contact written behind the cache's back (as another process would) is seen after a full read.
    const hidden = await arrangeChild(database.db, actor, { given_name: 'Dee', family_name: 'Moss' });
    await inAuthority(database.ownerDb, actor, (trx) =>
      trx
        .insertInto('contact')
        .values({
          la_code: actor.laCode,
          person_id: hidden,
          contact_date: '2025-03-20',
          source: '6',
        })
        .execute(),
    );
    expect((await cache.figures(actor, periods, contacts)).figures[0]!.value).toBe(3);
    recordsChanged(actor.laCode);
    expect((await cache.figures(actor, periods, contacts)).figures[0]!.value).toBe(4);
  });

  it('carries the whole catalogue over a recorded change, as a full computation on the new model gives it', async () => {
    const year = monthsEnding('2025-03-31', 13);
    const before = await cache.figures(actor, year);
    const child = await arrangeChild(database.db, actor, { given_name: 'Eve', family_name: 'Moss' });
    await recordContact(database.db, actor, child, '2025-03-12');
    const after = await cache.figures(actor, year);
    expect(after.model).not.toBe(before.model);
    expect(after.figures).toStrictEqual(computeFigures(after.model, year));
    const contactsIn = (figures: typeof before.figures) =>
      figures.find((f) => f.id === 'contacts' && f.period === '2025-03')!.value!;
    expect(contactsIn(after.figures)).toBe(contactsIn(before.figures) + 1);
  });

  it('answers a large authority from the previous model while the new one cannot be read, then catches up', async () => {
    // Every authority counts as large here; the new model's read is held up by a lock on the person table.
    const patient = new JourneyModelCache(database.db, 5 * 60_000, 50, 0);
    try {
      const before = await patient.figures(actor, periods, contacts);
      const child = await arrangeChild(database.db, actor, { given_name: 'Lee', family_name: 'Hart' });
      await recordContact(database.db, actor, child, '2025-03-21');
      const held = await holdTable(database.ownerDb, 'person');
      const during = await patient.figures(actor, periods, contacts);
      expect(during.model).toBe(before.model);
      expect(during.figures[0]!.value).toBe(before.figures[0]!.value);
      await held.release();
      let after = await patient.figures(actor, periods, contacts);
      for (let tries = 0; after.model === before.model && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        after = await patient.figures(actor, periods, contacts);
      }
      expect(after.model).not.toBe(before.model);
      expect(after.figures[0]!.value).toBe(before.figures[0]!.value! + 1);
      expect(patient.readAt(after.model)!.getTime()).toBeGreaterThan(0);
    } finally {
      patient.close();
    }
  });
});
