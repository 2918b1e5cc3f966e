import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority } from '../../../test/fixtures.ts';
import { countRows, seededAndEmpty } from '../../../test/records.ts';
import { inAuthority, systemActor, type Actor, type Db } from '../../db/database.ts';
import { upnFor } from '../../synth/people.ts';
import { exportCinCensus } from '../cin-census/export.ts';
import { importCinCensus } from '../cin-census/import.ts';
import { ImportError, type ImportSummary } from '../import-record.ts';
import { exportSsda903, writeSsda903Directory } from './export.ts';
import { importSsda903, readSsda903ImportDirectory, type Ssda903ImportTables } from './import.ts';

const UPN = upnFor('201', 3);

/**
 * L1: a girl born on 29 February, in care from May 2025, moved to an adoptive placement in September, with
 * two reviews and a decision to place for adoption (matched in March). L2: an unaccompanied asylum-seeking
 * boy, in care from June to December 2025, missing once and away once (still away at 31 March).
 */
const FILES: Record<string, string> = {
  'Header.csv': `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
L1,F,29/02/2012,WBRI,${UPN},0,
L2,M,01/05/2008,AOTH,UN2,,
`,
  'Episodes.csv': `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
L1,10/05/2025,S,C1,N1,U6,PR1,20/09/2025,X1,,AB1 2CD,AB3 4EF,
L1,20/09/2025,P,C2,N1,A5,PR1,,,CARPL,AB1 2CD,AB5 6GH,
L2,01/06/2025,S,V2,N4,K2,PR4,15/12/2025,E13,,AB7 8JN,AB9 1LP,SC654321
`,
  'Reviews.csv': `CHILD,DOB,REVIEW,REVIEW_CODE
L1,29/02/2012,10/06/2025,PN1
L1,29/02/2012,01/12/2025,PN4
`,
  'UASC.csv': `CHILD,SEX,DOB,DUC
L2,M,01/05/2008,01/05/2026
`,
  'PlacedAdoption.csv': `CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
L1,29/02/2012,15/01/2026,,
`,
  'AD1.csv': `CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
L1,29/02/2012,15/01/2026,01/03/2026,1,2,MF,L0
`,
  'Missing.csv': `CHILD,DOB,MISSING,MIS_START,MIS_END
L2,01/05/2008,M,03/07/2025,05/07/2025
L2,01/05/2008,A,10/08/2025,
`,
  'OC2.csv': `CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
L1,29/02/2012,,,,,1,1,1,,,
`,
};

function writeDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-import-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function importInto(db: Db, actor: Actor, tables: Ssda903ImportTables): Promise<ImportSummary> {
  return inAuthority(db, actor, (trx) => importSsda903(trx, actor, tables));
}

const TABLES = [
  'person',
  'cla_episode',
  'cla_review',
  'adoption',
  'missing_episode',
  'record_version',
  'audit_event',
] as const;

const counts = (ownerDb: Db, laCode: string): Promise<Record<string, number>> =>
  countRows(ownerDb, laCode, TABLES);

describe('importing hand-made SSDA903 files', () => {
  let database: TestDatabase;
  let actor: Actor;
  let first: ImportSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '201', 'administrator')), system: true as const };
    first = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(FILES), 2025));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('records each child, and says what it did not import', async () => {
    expect(first.inserted).toEqual({
      person: 2,
      cla_episode: 3,
      cla_review: 2,
      adoption: 1,
      missing_episode: 2,
    });
    expect(first.notImported).toEqual(['OC2.csv: 1 OC2 rows']);
    const people = await database.ownerDb
      .selectFrom('person')
      .select(['la_child_id', 'sex', 'date_of_birth', 'ethnicity', 'upn', 'upn_unknown'])
      .select(['uasc_since', 'uasc_ceased'])
      .where('la_code', '=', '201')
      .orderBy('la_child_id')
      .execute();
    expect(people).toEqual([
      {
        la_child_id: 'L1',
        sex: 'F',
        date_of_birth: '2012-02-29',
        ethnicity: 'WBRI',
        upn: UPN,
        upn_unknown: null,
        uasc_since: null,
        uasc_ceased: null,
      },
      // Unaccompanied since the start of the first episode given (the return does not say).
      {
        la_child_id: 'L2',
        sex: 'M',
        date_of_birth: '2008-05-01',
        ethnicity: 'AOTH',
        upn: null,
        upn_unknown: 'UN2',
        uasc_since: '2025-06-01',
        uasc_ceased: '2026-05-01',
      },
    ]);
  });

  it('records the episodes, reviews, adoption (AD1 and PlacedAdoption as one) and missing episodes', async () => {
    const q = database.ownerDb;
    const episodes = await q
      .selectFrom('cla_episode')
      .select(['start_date', 'rne', 'legal_status', 'placement_type', 'end_date', 'reason_end'])
      .select(['reason_place_change', 'placement_postcode', 'urn'])
      .where('la_code', '=', '201')
      .orderBy('start_date')
      .execute();
    expect(episodes).toEqual([
      {
        start_date: '2025-05-10',
        rne: 'S',
        legal_status: 'C1',
        placement_type: 'U6',
        end_date: '2025-09-20',
        reason_end: 'X1',
        reason_place_change: null,
        placement_postcode: 'AB3 4EF',
        urn: null,
      },
      {
        start_date: '2025-06-01',
        rne: 'S',
        legal_status: 'V2',
        placement_type: 'K2',
        end_date: '2025-12-15',
        reason_end: 'E13',
        reason_place_change: null,
        placement_postcode: 'AB9 1LP',
        urn: 'SC654321',
      },
      {
        start_date: '2025-09-20',
        rne: 'P',
        legal_status: 'C2',
        placement_type: 'A5',
        end_date: null,
        reason_end: null,
        reason_place_change: 'CARPL',
        placement_postcode: 'AB5 6GH',
        urn: null,
      },
    ]);
    const reviews = await q
      .selectFrom('cla_review')
      .select(['review_date', 'participation'])
      .where('la_code', '=', '201')
      .orderBy('review_date')
      .execute();
    expect(reviews).toEqual([
      { review_date: '2025-06-10', participation: 'PN1' },
      { review_date: '2025-12-01', participation: 'PN4' },
    ]);
    const adoption = await q.selectFrom('adoption').selectAll().where('la_code', '=', '201').execute();
    expect(adoption).toEqual([
      expect.objectContaining({
        decision_date: '2026-01-15',
        matched_date: '2026-03-01',
        foster_care: true,
        number_of_adopters: 2,
        sex_of_adopters: 'MF',
        legal_status_of_adopters: 'L0',
        ceased_date: null,
        ceased_reason: null,
      }),
    ]);
    const missing = await q
      .selectFrom('missing_episode')
      .select(['kind', 'start_date', 'end_date'])
      .where('la_code', '=', '201')
      .orderBy('start_date')
      .execute();
    expect(missing).toEqual([
      { kind: 'M', start_date: '2025-07-03', end_date: '2025-07-05' },
      { kind: 'A', start_date: '2025-08-10', end_date: null },
    ]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await counts(database.ownerDb, '201');
    const again = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(FILES), 2025));
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
    expect(again.unchanged).toEqual(first.inserted);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
    expect(before.record_version).toBe(0);
  });

  it('refuses bad values and conflicts, naming file, row, child and field, and writes nothing', async () => {
    const before = await counts(database.ownerDb, '201');
    const bad = {
      ...FILES,
      'Header.csv': FILES['Header.csv']!.replace('L2,M,01/05/2008', 'L2,M,31/02/2008'),
      'Episodes.csv': `${FILES['Episodes.csv']!.replace('L1,20/09/2025,P,', 'L1,20/09/2025,Q,')}L3,01/01/2026,S,C1,N1,U6,PR1,02/01/2026,,,,,\n`,
      'Reviews.csv': FILES['Reviews.csv']!.replace('01/12/2025,PN4', '01/12/2025,PN5'),
    };
    const error = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(bad), 2025)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      'Header.csv, row 3, child L2, DOB: "31/02/2008" is not a date written DD/MM/YYYY',
      'Episodes.csv, row 3, child L1, RNE: "Q" is not one of the SSDA903 codes (S, L, P, T, B, U)',
      'Episodes.csv, row 5, child L3, CHILD: the child is not in Header',
      'Episodes.csv, row 5, child L3, REC: is missing, but DEC is given; Hearth cannot hold one without the other',
    ]);
    // Good values, one of them different from the record's: a conflict.
    const conflicting = {
      ...FILES,
      'Reviews.csv': FILES['Reviews.csv']!.replace('01/12/2025,PN4', '01/12/2025,PN5'),
    };
    const conflict = await importInto(
      database.db,
      actor,
      readSsda903ImportDirectory(writeDir(conflicting), 2025),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect((conflict as ImportError).problems).toEqual([
      'Reviews.csv, row 3, child L1, REVIEW_CODE: the file gives PN5 where the record holds PN4',
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('names every file that cannot be read', () => {
    const dir = writeDir({ ...FILES, 'Odd.csv': 'CHILD,NAME\n1,x\n', 'Reviews2.csv': FILES['Reviews.csv']! });
    expect(() => readSsda903ImportDirectory(dir, 2025)).toThrow(ImportError);
    try {
      readSsda903ImportDirectory(dir, 2025);
    } catch (error) {
      expect((error as ImportError).problems).toEqual([
        expect.stringMatching(/^Odd\.csv: its columns \(CHILD, NAME\) are not those of any SSDA903 table/),
        'Reviews2.csv: a second Reviews table (the first is Reviews.csv); give each table once',
      ]);
    }
  });
});

describe('the SSDA903 round trip on a synthetic authority', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  const dirs: string[] = [];

  beforeAll(async () => {
    ({ source, target } = await seededAndEmpty('205', '903'));
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('export, import into an empty authority with the CIN census, export again: the imported tables byte for byte', async () => {
    const exportDir = async (db: Db, actor: Actor): Promise<string> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-trip-'));
      dirs.push(dir);
      writeSsda903Directory(await inAuthority(db, actor, (trx) => exportSsda903(trx, 2025)), dir);
      return dir;
    };
    const read = (dir: string, name: string): string =>
      fs.readFileSync(path.join(dir, `${name}.csv`), 'utf8');
    const reader = systemActor('205');
    const before = await exportDir(source.db, reader);
    const census = await inAuthority(source.db, reader, (trx) => exportCinCensus(trx, 2025));
    expect(read(before, 'Episodes').split('\n').length).toBeGreaterThan(20);
    expect(read(before, 'Missing').split('\n').length).toBeGreaterThan(2);

    const admin = {
      ...(await arrangeAuthority(target.ownerDb, '205', 'administrator')),
      system: true as const,
    };
    // The CIN census first, then the SSDA903: a child in both is one person.
    await inAuthority(target.db, admin, (trx) =>
      importCinCensus(trx, admin, [{ file: 'cin.xml', data: census }]),
    );
    const summary = await importInto(target.db, admin, readSsda903ImportDirectory(before, 2025));
    const after = await exportDir(target.db, admin);

    for (const table of ['Episodes', 'Reviews', 'UASC', 'AD1', 'PlacedAdoption', 'Missing'])
      expect(read(after, table), table).toBe(read(before, table));
    // Header: the care leavers of OC3 who were not looked after in the year come from care_leaver records,
    // which this importer does not write.
    const leavers = new Set(
      read(before, 'OC3')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .filter((child) => child !== ''),
    );
    const withoutLeavers = read(before, 'Header')
      .split('\n')
      .filter((line) => !leavers.has(line.split(',')[0]))
      .join('\n');
    expect(read(after, 'Header')).toBe(withoutLeavers);
    expect(summary.notImported).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OC3\.csv: \d+ OC3 rows$/)]),
    );

    const people = await target.ownerDb
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('la_code', '=', '205')
      .executeTakeFirstOrThrow();
    const headerChildren = new Set(
      read(before, 'Header')
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(',')[0]),
    );
    const censusChildren = new Set(census.tables.ChildIdentifiers!.map((c) => c.LAchildID));
    expect(Number(people.n)).toBe(new Set([...headerChildren, ...censusChildren]).size);
    expect([...headerChildren].some((c) => censusChildren.has(c))).toBe(true);
  }, 180_000);
});
