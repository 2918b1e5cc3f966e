import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { addDays } from '../../../domain/dates.ts';

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

function date(id: string, iso: string) {
  const [y, m, d] = iso.split('-');
  return { [`${id}-day`]: String(Number(d)), [`${id}-month`]: String(Number(m)), [`${id}-year`]: y! };
}

describe('adding and finding a child, recording a contact', () => {
  it('goes from the form through check your answers to the chronology', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    await client.get('/children/new');
    const bad = await client.post('/children/new', {
      given_name: 'Leo',
      family_name: '',
      sex: 'M',
      ethnicity: 'WBRI',
      upn: 'B123456789012',
      nhs_number: '9434765918',
      ...date('date_of_birth', '2015-06-01'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the last name');
    expect(bad.body).toContain('Enter a real NHS number');
    expect(bad.body).toContain('Enter a real UPN');

    const added = await client.post('/children/new', {
      given_name: 'Leo',
      family_name: 'Marsh',
      sex: 'M',
      ethnicity: 'WBRI',
      nhs_number: '943 476 5919',
      ...date('date_of_birth', '2015-06-01'),
    });
    expect(added.statusCode).toBe(302);
    const childUrl = String(added.headers.location);
    const page = await client.get(childUrl);
    expect(page.body).toContain('Child added');
    expect(page.body).toContain('Leo Marsh');
    expect(page.body).toContain('Record a contact');

    const found = await client.get('/children?q=mar');
    expect(found.body).toContain('1 child found');
    expect(found.body).toContain(childUrl);
    expect((await client.get('/children?q=01/06/2015')).body).toContain(childUrl);
    expect((await client.get('/children?q=9434765919')).body).toContain(childUrl);

    const today = todayInEngland();
    await client.get(`${childUrl}/record/contact`);
    const invalid = await client.post(`${childUrl}/record/contact`, {
      ...date('contact_date', addDays(today, 1)),
      source: '6',
      concern: '',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('The date of contact must be today or in the past');
    expect(invalid.body).toContain('href="#concern">Enter the concern');

    const next = await client.post(`${childUrl}/record/contact`, {
      ...date('contact_date', today),
      source: '6',
      concern: 'Domestic abuse notification from police',
    });
    expect(next.headers.location).toBe(`${childUrl}/record/contact/check`);
    const check = await client.get(`${childUrl}/record/contact/check`);
    expect(check.body).toContain('Check your answers');
    expect(check.body).toContain('POLICE');
    const saved = await client.post(`${childUrl}/record/contact/check`, {});
    expect(saved.headers.location).toBe(childUrl);
    const after = await client.get(childUrl);
    expect(after.body).toContain('Contact recorded');
    expect(after.body).toContain('Domestic abuse notification from police');
    expect(after.body).toContain('Decide what happens to a contact');

    const audit = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action'])
      .where('subject_id', '=', childUrl.split('/').pop()!)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['record', 'view']));
  });

  it('does not let an administrator see case records', async () => {
    const client = new TestClient(app);
    await client.signIn('admin', DEMO_PASSWORD);
    expect((await client.get('/children')).statusCode).toBe(403);
  });
});
