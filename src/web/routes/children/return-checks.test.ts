import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import {
  arrangeChild,
  arrangeUnauthorisedAssessment,
  dateInput,
  demoActor,
} from '../../../../test/fixtures.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { rule8670Q } from '../../../returns/cin-census/rules/8670Q.ts';

let database: TestDatabase;
let app: FastifyInstance;
let failingId: string;
let passingId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
  const actor = await demoActor(database.ownerDb, 'practitioner');
  failingId = await arrangeUnauthorisedAssessment(database.db, actor, {
    given_name: 'Noor',
    family_name: 'Ali',
  });
  passingId = await arrangeChild(database.db, actor, { given_name: 'Sam', family_name: 'Reed' });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const panel = (body: string) =>
  body.slice(body.indexOf('id="return-checks"'), body.indexOf('id="chronology"'));

describe("the child's page shows the return rules the child's data breaks now", () => {
  it('lists a failing rule with its message until the data is put right', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    const childUrl = `/children/${failingId}`;
    const before = panel((await client.get(childUrl)).body);
    expect(before).toContain('Return checks');
    expect(before).toContain('Children in need census');
    expect(before).toContain('8670Q');
    expect(before).toContain('Query');
    expect(before).toContain(rule8670Q.message);
    expect(before).toMatch(/Checked at \d\d:\d\d\./);
    expect(before).not.toContain('No return rule fails for this child');

    // The assessment is authorised, through the same forms a practitioner uses.
    await client.get(`${childUrl}/record/assessment-complete`);
    const next = await client.post(`${childUrl}/record/assessment-complete`, {
      ...dateInput('authorised_date', '2025-06-20'),
      factors: '21',
      outcome: 'cin_plan',
    });
    expect(next.headers.location).toBe(`${childUrl}/record/assessment-complete/check`);
    await client.get(`${childUrl}/record/assessment-complete/check`);
    const saved = await client.post(`${childUrl}/record/assessment-complete/check`, {});
    expect(saved.headers.location).toBe(childUrl);

    // The change started a new check; once it has run, the page shows the data as it is now.
    await app.returnChecks.settled(DEMO_AUTHORITY.laCode);
    const after = panel((await client.get(childUrl)).body);
    expect(after).toContain('Return checks');
    expect(after).not.toContain('8670Q');
    expect(after).toMatch(/Checked at \d\d:\d\d\./);
  });

  it('says so when no rule fails for the child', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    const page = panel((await client.get(`/children/${passingId}`)).body);
    expect(page).toContain('No return rule fails for this child.');
    expect(page).toMatch(/Checked at \d\d:\d\d\./);
    expect(page).not.toContain('govuk-table');
  });
});
