import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { pgConnection } from './load.ts';
import { calibrationReport, formatReport, type CalibrationReport } from './report.ts';
import { seedWithUrl } from './seed.ts';

/**
 * The calibration bands: at 60,000 children and 5 years, every headline rate is within 20% of the
 * England figure it aims at (and over half of assessments end in no further action). Seeding and the report
 * go through the database, as `hearth seed` does.
 */
describe('calibration at 60,000 children and 5 years', () => {
  let database: TestDatabase;
  let report: CalibrationReport;

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = { laCode: '993', population: 60_000, years: 5, seed: 'calibration', asAt: '2026-03-31' };
    await seedWithUrl(database.ownerUrl, options);
    const client = new pg.Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN READ ONLY');
      report = await calibrationReport(pgConnection(client), '993', options.asAt, options.population);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('puts every headline rate within 20% of its target', () => {
    const outside = report.headline.filter((l) => !l.withinBand);
    expect(outside, formatReport(report)).toEqual([]);
  });

  it('has over half of assessments ending in no further action, and most within 45 working days', () => {
    const line = (id: string) => report.headline.find((l) => l.id === id)!.value!;
    expect(line('assessments_nfa')).toBeGreaterThan(50);
    expect(line('assessments_45wd')).toBeGreaterThan(75);
    expect(line('assessments_45wd')).toBeLessThan(97);
    expect(line('cp_visits_10wd')).toBeGreaterThan(75);
  });

  it('dips in August and rises in September and January', () => {
    const byMonth = new Map(report.referralsByMonth.map((m) => [m.month.slice(5), m.referrals]));
    const perDay = (month: string, days: number) => byMonth.get(month)! / days;
    expect(perDay('08', 31)).toBeLessThan(perDay('07', 31));
    expect(perDay('09', 30)).toBeGreaterThan(perDay('08', 31));
    expect(perDay('01', 31)).toBeGreaterThan(perDay('12', 31));
  });

  it('keeps caseloads near their team targets, with a few workers over 30', () => {
    let over30 = 0;
    for (const team of report.caseloads) {
      over30 += team.over30;
      if (team.perFte === null || team.target === null) continue;
      expect(team.perFte, team.teamType).toBeGreaterThan(team.target * 0.6);
      expect(team.perFte, team.teamType).toBeLessThan(team.target * 1.45);
    }
    expect(over30).toBeGreaterThan(0);
  });
});
