import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { inAuthority } from './database.ts';
import { migrate, migrationFiles } from './migrate.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.ownerDb
    .insertInto('local_authority')
    .values([
      { la_code: '873', name: 'Cambridgeshire' },
      { la_code: '874', name: 'Peterborough' },
    ])
    .execute();
});
afterAll(() => database.drop());

describe('migrations', () => {
  it('are all recorded, and running them again applies nothing', async () => {
    const recorded = await database.ownerDb
      .selectFrom('schema_migration' as never)
      .select(sql`name`.as('name'))
      .execute();
    expect(recorded.length).toBe(migrationFiles().length);
    expect((await migrate(database.ownerUrl)).applied).toEqual([]);
  });
});

describe('the application role', () => {
  it('owns no table and cannot bypass row-level security', async () => {
    const role = await sql<{ rolbypassrls: boolean; rolsuper: boolean; owned: string }>`
      SELECT r.rolbypassrls, r.rolsuper,
        (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`.execute(database.db);
    expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false, owned: '0' });
  });

  it('reads date columns as YYYY-MM-DD strings, whatever the time zone', async () => {
    const result = await sql<{ d: unknown }>`SELECT '2024-02-29'::date AS d`.execute(database.db);
    expect(result.rows[0]?.d).toBe('2024-02-29');
  });
});

describe('the audit log', () => {
  const actor = { laCode: '873', userId: '00000000-0000-0000-0000-000000000000' };

  it('is append-only, even for the schema owner', async () => {
    await database.ownerDb
      .insertInto('audit_event')
      .values({ la_code: '873', action: 'test', detail: '{}' })
      .execute();
    await expect(
      database.ownerDb.updateTable('audit_event').set({ action: 'changed' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(database.ownerDb.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_event`.execute(database.ownerDb)).rejects.toThrow(/append-only/);
  });

  it('cannot be changed by the application role', async () => {
    await expect(
      inAuthority(database.db, actor, (trx) => trx.updateTable('audit_event').set({ action: 'x' }).execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it("shows an authority only its own entries, and refuses entries for another's", async () => {
    await inAuthority(database.db, actor, (trx) =>
      trx.insertInto('audit_event').values({ la_code: '873', action: 'mine', detail: '{}' }).execute(),
    );
    await inAuthority(database.db, { ...actor, laCode: '874' }, (trx) =>
      trx.insertInto('audit_event').values({ la_code: '874', action: 'theirs', detail: '{}' }).execute(),
    );
    const seen = await inAuthority(database.db, actor, (trx) =>
      trx.selectFrom('audit_event').select(['la_code', 'action']).execute(),
    );
    expect(seen.every((row) => row.la_code === '873')).toBe(true);
    expect(seen.map((r) => r.action)).toContain('mine');
    await expect(
      inAuthority(database.db, actor, (trx) =>
        trx.insertInto('audit_event').values({ la_code: '874', action: 'sneaky', detail: '{}' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const outside = await database.db.selectFrom('audit_event').select('id').execute();
    expect(outside).toEqual([]);
  });
});
