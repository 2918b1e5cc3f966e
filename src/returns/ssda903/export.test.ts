import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { insertRecord } from '../../casework/record.ts';
import { connect, inAuthority, systemActor, type Actor } from '../../db/database.ts';
import { seedWithUrl } from '../../synth/seed.ts';
import { exportSsda903, writeSsda903Directory } from './export.ts';
import { readSsda903Directory } from './read.ts';
import { SSDA903_RULES_2025 } from './rules/index.ts';
import { TABLES_2025, type Ssda903Data } from './spec.ts';
import { validateSsda903 } from './validate.ts';

const EPISODE = {
  rne: 'S',
  legal_status: 'C2',
  category_of_need: 'N1',
  placement_type: 'U4',
  placement_provider: 'PR1',
  placement_postcode: 'AB1 2CD',
  home_postcode: 'AB3 4EF',
};

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-'));
}

describe('the SSDA903 export from a hand-made record', () => {
  let database: TestDatabase;
  let actor: Actor;
  let data: Ssda903Data;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = await arrangeAuthority(database.ownerDb, '201', 'head_of_service');
    // A girl born on 29 February who enters care in the year, moves placement and has a review.
    const entering = await arrangeChild(database.db, actor, {
      la_child_id: 'C1',
      date_of_birth: '2016-02-29',
      sex: 'F',
      ethnicity: 'APKN',
    });
    // A child looked after since 29 February 2024, still looked after at 31 March: in OC2.
    const continuing = await arrangeChild(database.db, actor, {
      la_child_id: 'C2',
      date_of_birth: '2012-05-01',
      sex: 'M',
      ethnicity: 'WBRI',
    });
    // A child whose care ended before the year: left out.
    const before = await arrangeChild(database.db, actor, {
      la_child_id: 'C3',
      date_of_birth: '2010-01-01',
      sex: 'M',
      ethnicity: 'WBRI',
    });
    // A care leaver whose 19th birthday is in the year, in touch then: in OC3 and Header.
    const leaver = await arrangeChild(database.db, actor, {
      la_child_id: 'C4',
      date_of_birth: '2006-07-15',
      sex: 'M',
      ethnicity: 'BAFR',
    });
    await inAuthority(database.db, actor, async (trx) => {
      await insertRecord(trx, actor, 'cla_episode', {
        ...EPISODE,
        person_id: leaver,
        start_date: '2021-01-04',
        end_date: '2024-07-15',
        reason_end: 'E5',
      });
      await insertRecord(trx, actor, 'care_leaver', {
        person_id: leaver,
        eligibility: 'former_relevant',
        start_date: '2024-07-15',
      });
      await insertRecord(trx, actor, 'care_leaver_contact', {
        person_id: leaver,
        contact_date: '2025-05-01',
        in_touch: 'NO',
      });
      await insertRecord(trx, actor, 'care_leaver_contact', {
        person_id: leaver,
        contact_date: '2025-07-20',
        in_touch: 'YES',
        activity: 'F2',
        accommodation: 'D1',
      });
      await insertRecord(trx, actor, 'cla_episode', {
        ...EPISODE,
        person_id: entering,
        start_date: '2025-06-10',
        end_date: '2026-03-01',
        reason_end: 'X1',
      });
      await insertRecord(trx, actor, 'cla_episode', {
        ...EPISODE,
        person_id: entering,
        start_date: '2026-03-01',
        rne: 'P',
        placement_type: 'K2',
        placement_provider: 'PR4',
        reason_place_change: 'CHILD',
        urn: 'SC123456',
      });
      await insertRecord(trx, actor, 'cla_review', {
        person_id: entering,
        review_date: '2025-12-01',
        participation: 'PN1',
      });
      await insertRecord(trx, actor, 'cla_episode', {
        ...EPISODE,
        person_id: continuing,
        start_date: '2024-02-29',
      });
      await insertRecord(trx, actor, 'health_event', {
        person_id: continuing,
        kind: 'review_health_assessment',
        event_date: '2025-09-01',
      });
      await insertRecord(trx, actor, 'health_event', {
        person_id: continuing,
        kind: 'sdq',
        event_date: '2025-10-01',
        sdq_score: 14,
      });
      await insertRecord(trx, actor, 'cla_episode', {
        ...EPISODE,
        person_id: before,
        start_date: '2023-01-01',
        end_date: '2025-03-31',
        reason_end: 'E4A',
      });
      await insertRecord(trx, actor, 'cla_review', { person_id: before, review_date: '2025-03-01' });
    });
    data = await inAuthority(database.db, actor, (trx) => exportSsda903(trx, 2025));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('lists the children looked after in the year, not the one whose care ended before it', () => {
    expect(data.laCode).toBe('201');
    expect(data.tables.Header).toEqual([
      { CHILD: 'C1', SEX: 'F', DOB: '29/02/2016', ETHNIC: 'APKN', UPN: '', MOTHER: '0', MC_DOB: '' },
      { CHILD: 'C2', SEX: 'M', DOB: '01/05/2012', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' },
      { CHILD: 'C4', SEX: 'M', DOB: '15/07/2006', ETHNIC: 'BAFR', UPN: '', MOTHER: '', MC_DOB: '' },
    ]);
  });

  it('returns the care leaver with the contact nearest their birthday', () => {
    expect(data.tables.OC3).toEqual([
      { CHILD: 'C4', DOB: '15/07/2006', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'D1' },
    ]);
  });

  it('gives each episode cell by cell, with DEC and REC blank while open at 31 March', () => {
    const common = {
      LS: 'C2',
      CIN: 'N1',
      HOME_POST: 'AB3 4EF',
      PL_POST: 'AB1 2CD',
    };
    expect(data.tables.Episodes).toEqual([
      {
        CHILD: 'C1',
        DECOM: '10/06/2025',
        RNE: 'S',
        PLACE: 'U4',
        PLACE_PROVIDER: 'PR1',
        DEC: '01/03/2026',
        REC: 'X1',
        REASON_PLACE_CHANGE: '',
        URN: '',
        ...common,
      },
      {
        CHILD: 'C1',
        DECOM: '01/03/2026',
        RNE: 'P',
        PLACE: 'K2',
        PLACE_PROVIDER: 'PR4',
        DEC: '',
        REC: '',
        REASON_PLACE_CHANGE: 'CHILD',
        URN: 'SC123456',
        ...common,
      },
      {
        CHILD: 'C2',
        DECOM: '29/02/2024',
        RNE: 'S',
        PLACE: 'U4',
        PLACE_PROVIDER: 'PR1',
        DEC: '',
        REC: '',
        REASON_PLACE_CHANGE: '',
        URN: '',
        ...common,
      },
    ]);
  });

  it('gives reviews in the year only', () => {
    expect(data.tables.Reviews).toEqual([
      { CHILD: 'C1', DOB: '29/02/2016', REVIEW: '01/12/2025', REVIEW_CODE: 'PN1' },
    ]);
  });

  it('puts the child looked after for 12 months in OC2 with what the record holds', () => {
    expect(data.tables.OC2).toEqual([
      {
        CHILD: 'C2',
        DOB: '01/05/2012',
        SDQ_SCORE: '14',
        SDQ_REASON: '',
        CONVICTED: '',
        HEALTH_CHECK: '',
        IMMUNISATIONS: '0',
        TEETH_CHECK: '0',
        HEALTH_ASSESSMENT: '1',
        SUBSTANCE_MISUSE: '',
        INTERVENTION_RECEIVED: '',
        INTERVENTION_OFFERED: '',
      },
    ]);
    expect(data.tables.PrevPerm).toEqual([]);
    expect(data.tables.Missing).toEqual([]);
  });

  it('writes every table with its exact header and reads back the same tables', () => {
    const dir = tempDir();
    try {
      const files = writeSsda903Directory(data, dir);
      expect(files).toHaveLength(Object.keys(TABLES_2025).length);
      const header = fs.readFileSync(path.join(dir, 'Episodes.csv'), 'utf8').split('\n')[0];
      expect(header).toBe(TABLES_2025.Episodes.join(','));
      const back = readSsda903Directory(dir, 2025, '201');
      expect(back.tables).toEqual(data.tables);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes only cells that need it, and reads them back', () => {
    const dir = tempDir();
    try {
      const odd: Ssda903Data = {
        ...data,
        tables: {
          ...data.tables,
          Reviews: [{ CHILD: 'A,B', DOB: 'say "hi"', REVIEW: '01/12/2025', REVIEW_CODE: 'PN1' }],
        },
      };
      writeSsda903Directory(odd, dir);
      const text = fs.readFileSync(path.join(dir, 'Reviews.csv'), 'utf8');
      expect(text).toBe('CHILD,DOB,REVIEW,REVIEW_CODE\n"A,B","say ""hi""",01/12/2025,PN1\n');
      expect(readSsda903Directory(dir, 2025).tables.Reviews).toEqual(odd.tables.Reviews);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SSDA903 export of a synthetic authority', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedWithUrl(database.ownerUrl, {
      laCode: '202',
      population: 5000,
      years: 3,
      seed: 'x',
      asAt: '2026-03-31',
    });
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('exports a readable return and reports the DfE rules it breaks', async () => {
    const db = connect(database.appUrl, { max: 1 });
    let data: Ssda903Data;
    try {
      data = await inAuthority(db, systemActor('202'), (trx) => exportSsda903(trx, 2025));
    } finally {
      await db.destroy();
    }
    expect(data.tables.Header!.length).toBeGreaterThan(0);
    expect(data.tables.Episodes!.length).toBeGreaterThan(0);
    const dir = tempDir();
    try {
      writeSsda903Directory(data, dir);
      const back = readSsda903Directory(dir, 2025, '202');
      expect(back.tables).toEqual(data.tables);
      const findings = validateSsda903(back, SSDA903_RULES_2025);
      const errors = new Map<string, number>();
      for (const f of findings) if (f.type === 'error') errors.set(f.code, (errors.get(f.code) ?? 0) + 1);
      const sizes = Object.entries(back.tables).map(([name, rows]) => `${name} ${rows.length}`);
      console.log(
        `SSDA903 2025/26 synthetic authority: ${sizes.join(', ')}\n` +
          `${findings.filter((f) => f.type === 'error').length} errors by rule: ` +
          [...errors.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([code, n]) => `${code} ${n}`)
            .join(', '),
      );
      expect(errors.size).toBeGreaterThanOrEqual(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
