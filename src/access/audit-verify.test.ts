import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority } from '../../test/fixtures.ts';
import { inAuthority, type Actor } from '../db/database.ts';
import { audit } from './audit.ts';
import { verifyAuditChain } from './audit-verify.ts';

let database: TestDatabase;
let actor: Actor;
let other: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
  other = await arrangeAuthority(database.ownerDb, '874');
});
afterAll(() => database.drop());

const verify = (who: Actor) => inAuthority(database.ownerDb, who, (trx) => verifyAuditChain(trx));

describe('the audit chain', () => {
  it('chains each authority’s entries in order, even when written concurrently', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inAuthority(database.db, i % 4 === 0 ? other : actor, (trx) =>
          audit(trx, {
            laCode: (i % 4 === 0 ? other : actor).laCode,
            userId: actor.userId,
            action: 'view',
            subjectType: 'person',
            subjectId: `p${i}`,
          }),
        ),
      ),
    );
    expect(await verify(actor)).toEqual({ ok: true, entries: 30 });
    expect(await verify(other)).toEqual({ ok: true, entries: 10 });
  });

  it('finds the entry a database superuser changed behind the application’s back', async () => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`.execute(database.ownerDb);
    await inAuthority(database.ownerDb, actor, (trx) =>
      sql`UPDATE audit_event SET subject_id = 'someone else' WHERE la_code = '873' AND seq = 7`.execute(trx),
    );
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`.execute(database.ownerDb);
    expect(await verify(actor)).toEqual({
      ok: false,
      entries: 6,
      seq: 7,
      problem: 'entry 7 has been changed',
    });
    expect(await verify(other)).toMatchObject({ ok: true });
  });
});
