import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';

let database: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('local visit and supervision intervals', () => {
  it('lets an administrator move CP visits to every two weeks, and refuses a statutory rule', async () => {
    const client = new TestClient(app);
    await client.signIn('admin', DEMO_PASSWORD);
    const page = await client.get('/settings/local-policy');
    expect(page.body).toContain('Visit the child on a child protection plan and see them');
    await client.post('/settings/local-policy', { rule_id: 'cp_visit', unit: 'weeks', amount: '2' });
    expect((await client.get('/settings/local-policy')).body).toContain('Interval saved');
    const rows = await database.ownerDb.selectFrom('authority_policy').selectAll().execute();
    expect(rows).toEqual([{ la_code: '999', rule_id: 'cp_visit', unit: 'weeks', amount: 2 }]);

    await client.post('/settings/local-policy', { rule_id: 'assessment_45wd', unit: 'weeks', amount: '12' });
    expect((await client.get('/settings/local-policy')).body).not.toContain('Interval saved');
    expect(await database.ownerDb.selectFrom('authority_policy').selectAll().execute()).toHaveLength(1);
  });

  it('is not for practitioners', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    expect((await client.get('/settings/local-policy')).statusCode).toBe(403);
  });
});

describe('performance settings as CSV', () => {
  it('imports population all or nothing, and gives it back as the same CSV', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    await client.get('/settings/performance');
    const bad = await client.post('/settings/performance/population', {
      csv: 'year,population\n2024,128500\n2025,lots\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(
      'row 3, population: population must be a whole number of children above 0. Nothing was imported.',
    );
    expect(await database.ownerDb.selectFrom('authority_population').selectAll().execute()).toEqual([]);

    await client.post('/settings/performance/population', {
      csv: 'year,population\n2024,128500\n2025,129100\n',
    });
    expect((await client.get('/settings/performance')).body).toContain('2 rows imported');
    const csv = await client.get('/settings/performance/population.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toBe('year,population\n2024,128500\n2025,129100\n');
  });
});
