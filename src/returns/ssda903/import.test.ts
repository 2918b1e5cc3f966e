import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority } from '../../../test/fixtures.ts';
import { arrangeTeam, arrangeWorker } from '../../../test/organisation.ts';
import { countRows, seededAndEmpty } from '../../../test/records.ts';
import { inAuthority, systemActor, type Actor, type Db } from '../../db/database.ts';
import { upnFor } from '../../synth/people.ts';
import { exportCinCensus } from '../cin-census/export.ts';
import { importCinCensus } from '../cin-census/import.ts';
import { ImportError, type ImportSummary } from '../import-record.ts';
import { exportSsda903, writeSsda903Directory } from './export.ts';
import {
  importSsda903,
  importSsda903Return,
  readSsda903ImportDirectory,
  readSsda903ImportReturn,
  type Ssda903ImportTables,
} from './import.ts';
import { LAST_YEAR_SUFFIX, tablesOf } from './read.ts';

const UPN = upnFor('201', 3);

/**
 * L1: a girl born on 29 February, in care from May 2025 (in her grandparents' care under a special
 * guardianship order before), moved to an adoptive placement in September, with two reviews, a decision to
 * place for adoption (matched in March), health checks in the year, and two social workers (SW123456, whom
 * Hearth does not know, then SW654321, whom it does). L2: an unaccompanied asylum-seeking boy, in care from
 * June to December 2025, missing once and away once (still away at 31 March), with outcomes for the year and
 * in touch at his 17th birthday. L3: a care leaver of 20, not looked after in the year, not in touch.
 */
const FILES: Record<string, string> = {
  'Header.csv': `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
L1,F,29/02/2012,WBRI,${UPN},0,
L2,M,01/05/2008,AOTH,UN2,,
L3,M,10/03/2006,WBRI,UN1,,
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
L2,01/05/2008,14,,0,,0,1,1,1,0,1
`,
  'OC3.csv': `CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
L2,01/05/2008,YES,F2,S2
L3,10/03/2006,NO,0,0
`,
  'PrevPerm.csv': `CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM
L1,29/02/2012,P2,886,15/03/2019
L2,01/05/2008,Z1,,
`,
  'SWEpisodes.csv': `CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON
L1,29/02/2012,SW123456,10/05/2025,20/09/2025,FCONTA
L1,29/02/2012,SW654321,20/09/2025,,MANAGE
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
  'deprivation_of_liberty',
  'cla_outcome',
  'health_event',
  'care_leaver',
  'care_leaver_contact',
  'allocation',
  'worker',
  'record_version',
  'audit_event',
] as const;

const counts = (ownerDb: Db, laCode: string): Promise<Record<string, number>> =>
  countRows(ownerDb, laCode, TABLES);

/** Columns of a table's rows in authority 201, each with its child's ID, in the order of the columns. */
async function ofChildren(ownerDb: Db, table: string, columns: string[]): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT p.la_child_id, ${sql.join(columns.map((c) => sql.ref(`t.${c}`)))}
    FROM ${sql.table(table)} t JOIN person p ON p.la_code = t.la_code AND p.id = t.person_id
    WHERE t.la_code = '201' ORDER BY ${sql.join([...columns, ''].map((_, i) => sql.lit(i + 1)))}`.execute(
    ownerDb,
  );
  return rows;
}

describe('importing hand-made SSDA903 files', () => {
  let database: TestDatabase;
  let actor: Actor;
  let first: ImportSummary;
  let knownWorker: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '201', 'administrator')), system: true as const };
    knownWorker = await arrangeWorker(
      database.ownerDb,
      '201',
      await arrangeTeam(database.ownerDb, '201', 'CiC'),
    );
    await database.ownerDb
      .updateTable('worker')
      .set({ swe_number: 'SW654321' })
      .where('id', '=', knownWorker)
      .execute();
    first = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(FILES), 2025));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('records each child, and says what it did not import', async () => {
    expect(first.inserted).toEqual({
      person: 3,
      cla_episode: 3,
      cla_review: 2,
      cla_outcome: 1,
      health_event: 6,
      care_leaver: 2,
      care_leaver_contact: 2,
      adoption: 1,
      missing_episode: 2,
      allocation: 2,
    });
    expect(first.notImported).toEqual([]);
    expect(first.notes).toEqual([
      'OC2.csv: 6 health events (health assessments, immunisations, dental checks and SDQ scores) dated 31/03/2026, the end of the year: the return says only that they happened in it',
      'SWEpisodes.csv: 1 social worker Hearth did not know (SW_ID SW123456) added to the team "Social workers from the SSDA903 return", each with a disabled account without a password',
      "OC3.csv: 1 care leaver (L3) with no episode of care in the record; the return includes a care leaver only with their time in care, so record it (or import the earlier years' files)",
    ]);
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
      {
        la_child_id: 'L3',
        sex: 'M',
        date_of_birth: '2006-03-10',
        ethnicity: 'WBRI',
        upn: null,
        upn_unknown: 'UN1',
        uasc_since: null,
        uasc_ceased: null,
      },
    ]);
  });

  it('records previous permanence on the episode starting the period of care, and the outcomes and health of OC2', async () => {
    const q = database.ownerDb;
    const permanence = await q
      .selectFrom('cla_episode')
      .select(['start_date', 'previous_permanence', 'previous_permanence_la', 'previous_permanence_date'])
      .where('la_code', '=', '201')
      .orderBy('start_date')
      .execute();
    expect(permanence).toEqual([
      {
        start_date: '2025-05-10',
        previous_permanence: 'P2',
        previous_permanence_la: '886',
        previous_permanence_date: '2019-03-15',
      },
      {
        start_date: '2025-06-01',
        previous_permanence: 'Z1',
        previous_permanence_la: null,
        previous_permanence_date: null,
      },
      {
        start_date: '2025-09-20',
        previous_permanence: null,
        previous_permanence_la: null,
        previous_permanence_date: null,
      },
    ]);
    const outcomes = await ofChildren(q, 'cla_outcome', [
      'year_end',
      'convicted',
      'substance_misuse',
      'intervention_received',
      'intervention_offered',
      'sdq_reason',
    ]);
    expect(outcomes).toEqual([
      {
        la_child_id: 'L2',
        year_end: '2026-03-31',
        convicted: false,
        substance_misuse: true,
        intervention_received: false,
        intervention_offered: true,
        sdq_reason: null,
      },
    ]);
    const health = await ofChildren(q, 'health_event', ['kind', 'event_date', 'sdq_score']);
    expect(health).toEqual(
      [
        ['L1', 'dental_check', null],
        ['L1', 'immunisations', null],
        ['L1', 'review_health_assessment', null],
        ['L2', 'dental_check', null],
        ['L2', 'review_health_assessment', null],
        ['L2', 'sdq', 14],
      ].map(([la_child_id, kind, sdq_score]) => ({ la_child_id, kind, event_date: '2026-03-31', sdq_score })),
    );
  });

  it('records care leavers with a contact on their birthday in the year', async () => {
    const q = database.ownerDb;
    const leavers = await ofChildren(q, 'care_leaver', ['eligibility', 'start_date', 'end_date']);
    expect(leavers).toEqual([
      // Left care at 17 in December: relevant from then. L3 was 18 on 10 March 2024: former relevant.
      { la_child_id: 'L2', eligibility: 'relevant', start_date: '2025-12-15', end_date: null },
      { la_child_id: 'L3', eligibility: 'former_relevant', start_date: '2024-03-10', end_date: null },
    ]);
    const contacts = await ofChildren(q, 'care_leaver_contact', [
      'contact_date',
      'in_touch',
      'activity',
      'accommodation',
    ]);
    expect(contacts).toEqual([
      { la_child_id: 'L2', contact_date: '2025-05-01', in_touch: 'YES', activity: 'F2', accommodation: 'S2' },
      { la_child_id: 'L3', contact_date: '2026-03-10', in_touch: 'NO', activity: '0', accommodation: '0' },
    ]);
  });

  it('allocates the social workers, making the one Hearth did not know with a disabled account', async () => {
    const q = database.ownerDb;
    const allocations = await q
      .selectFrom('allocation')
      .innerJoin('worker', 'worker.id', 'allocation.worker_id')
      .select(['allocation.start_date', 'allocation.end_date', 'allocation.change_reason'])
      .select(['worker.id as worker_id', 'worker.swe_number', 'worker.start_date as worker_from'])
      .where('allocation.la_code', '=', '201')
      .orderBy('allocation.start_date')
      .execute();
    expect(allocations).toEqual([
      {
        start_date: '2025-05-10',
        end_date: '2025-09-20',
        change_reason: null,
        worker_id: expect.any(String),
        swe_number: 'SW123456',
        worker_from: '2025-05-10',
      },
      {
        start_date: '2025-09-20',
        end_date: null,
        change_reason: 'MANAGE',
        worker_id: knownWorker,
        swe_number: 'SW654321',
        worker_from: '2020-01-01',
      },
    ]);
    const account = await q
      .selectFrom('worker')
      .innerJoin('app_user', 'app_user.id', 'worker.user_id')
      .innerJoin('team', 'team.id', 'worker.team_id')
      .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
      .select([
        'app_user.username',
        'app_user.password_hash',
        'app_user.disabled_at',
        'team.name',
        'user_role.role',
      ])
      .where('worker.swe_number', '=', 'SW123456')
      .execute();
    expect(account).toEqual([
      {
        username: '201-sw-sw123456',
        password_hash: null,
        disabled_at: expect.any(Date),
        name: 'Social workers from the SSDA903 return',
        role: 'practitioner',
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
    expect(again.notes).toEqual([first.notes![2]]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
    expect(before.record_version).toBe(0);
  });

  it('refuses bad values and conflicts, naming file, row, child and field, and writes nothing', async () => {
    const before = await counts(database.ownerDb, '201');
    const bad = {
      ...FILES,
      'Header.csv': FILES['Header.csv']!.replace('L2,M,01/05/2008', 'L2,M,31/02/2008'),
      'Episodes.csv': `${FILES['Episodes.csv']!.replace('L1,20/09/2025,P,', 'L1,20/09/2025,Q,')}L9,01/01/2026,S,C1,N1,U6,PR1,02/01/2026,,,,,\n`,
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
      'Episodes.csv, row 5, child L9, CHILD: the child is not in Header',
      'Episodes.csv, row 5, child L9, REC: is missing, but DEC is given; Hearth cannot hold one without the other',
    ]);
    // Good values, one of them different from the record's: a conflict.
    const conflicting = {
      ...FILES,
      'Reviews.csv': FILES['Reviews.csv']!.replace('01/12/2025,PN4', '01/12/2025,PN5'),
      'Episodes.csv': FILES['Episodes.csv']!.replace('15/12/2025,E13', '16/12/2025,E13'),
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
      'Episodes.csv, row 4, child L2, DEC: the file gives 16/12/2025 where the record holds 15/12/2025',
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('refuses bad values of OC2, OC3, PrevPerm and SWEpisodes, and conflicts with the record, writing nothing', async () => {
    const before = await counts(database.ownerDb, '201');
    const attempt = (files: Record<string, string>): Promise<readonly string[]> =>
      importInto(database.db, actor, readSsda903ImportDirectory(writeDir(files), 2025)).then(
        () => [],
        (e: unknown) => (e as ImportError).problems,
      );
    const bad = {
      ...FILES,
      'OC2.csv': FILES['OC2.csv']!.replace('L1,29/02/2012,,,,,1,1,1', 'L1,29/02/2012,41,,,,1,1,1').replace(
        ',1,0,1\n',
        ',0,0,1\n',
      ),
      'OC3.csv': `${FILES['OC3.csv']!.replace('YES,F2', 'MAYBE,F2')}L1,29/02/2012,YES,,\n`,
      'PrevPerm.csv': `${FILES['PrevPerm.csv']!.replace('P2,886,15/03/2019', 'P9,886,10/05/2025')}L3,10/03/2006,P1,,\n`,
      'SWEpisodes.csv': FILES['SWEpisodes.csv']!.replace(
        '10/05/2025,20/09/2025,FCONTA',
        '31/04/2025,20/09/2025,NEWSW',
      ),
    };
    expect(await attempt(bad)).toEqual([
      'PrevPerm.csv, row 2, child L1, PREV_PERM: "P9" is not one of the SSDA903 codes (P1, P2, P3, P4, Z1)',
      'PrevPerm.csv, row 2, child L1, DATE_PERM: 10/05/2025 is not before the start of the period of care 10/05/2025',
      'PrevPerm.csv, row 4, child L3, CHILD: has no episode in Episodes starting a period of care (RNE S) in the year; Hearth holds previous permanence on it',
      'OC2.csv, row 2, child L1, SDQ_SCORE: "41" is not an SDQ score (a whole number from 0 to 40)',
      'OC2.csv, row 3, child L2, INTERVENTION_RECEIVED: is given, but SUBSTANCE_MISUSE is 0',
      'OC3.csv, row 2, child L2, IN_TOUCH: "MAYBE" is not one of the SSDA903 codes (YES, NO, DIED, REFU, NREQ, RHOM)',
      'OC3.csv, row 4, child L1, CHILD: has no 17th to 21st birthday in the year (born 29/02/2012); OC3 is for care leavers of those ages',
      'SWEpisodes.csv, row 2, child L1, SW_DECOM: "31/04/2025" is not a date written DD/MM/YYYY',
      expect.stringMatching(
        /^SWEpisodes\.csv, row 2, child L1, SW_REASON: "NEWSW" is not one of the SSDA903 codes \(MANAGE, FCONTA/,
      ),
    ]);
    // Good values that differ from what the record holds.
    const conflicting = {
      ...FILES,
      'OC2.csv': FILES['OC2.csv']!.replace('L1,29/02/2012,,,,,1,1,1', 'L1,29/02/2012,,,,,0,1,1').replace(
        'L2,01/05/2008,14,',
        'L2,01/05/2008,15,',
      ),
      'OC3.csv': FILES['OC3.csv']!.replace('NO,0,0', 'REFU,0,0'),
      'SWEpisodes.csv': FILES['SWEpisodes.csv']!.replace(',,MANAGE', ',,ABSENC'),
    };
    expect(await attempt(conflicting)).toEqual([
      'SWEpisodes.csv, row 3, child L1, SW_REASON: the file gives ABSENC where the record holds MANAGE',
      'OC2.csv, row 2, child L1, IMMUNISATIONS: the file gives 0 where the record holds a health event (immunisations) on 31/03/2026',
      "OC2.csv, row 3, child L2, SDQ_SCORE: the file gives 15 where the record's latest score in the year is 14 (31/03/2026)",
      'OC3.csv, row 3, child L3, IN_TOUCH: the file gives REFU where the record holds NO',
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
  });

  it('reads the encodings and layouts of real exports as the files they stand for, values as written', () => {
    const plain = readSsda903ImportDirectory(writeDir(FILES), 2025);
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-import-'));
    const write = (name: string, bytes: Buffer): void => fs.writeFileSync(path.join(dir, name), bytes);
    // Windows-1252 (Excel's "CSV (Comma delimited)"), CRLF, a comma ending every line, Excel's rows of
    // commas and blank lines at the end; the é is Windows-1252's byte 0xE9.
    const episodes = FILES['Episodes.csv']!.replace('AB7 8JN', 'Café 1');
    write(
      'Episodes.csv',
      Buffer.from(`${crlf(episodes.replace(/\n/g, ',\n'))},,,,,,,,,,,,,,\r\n\r\n\r\n`, 'latin1'),
    );
    // UTF-16 with a byte order mark ("Unicode text").
    write('Reviews.csv', Buffer.from(`\ufeff${crlf(FILES['Reviews.csv']!)}`, 'utf16le'));
    // UTF-8 with a byte order mark; rows (not the header) ending in a comma; a row missing its blank last cells.
    const header = FILES['Header.csv']!.split('\n');
    write(
      'Header.csv',
      Buffer.from(`\ufeff${header[0]}\n${header[1]},\n${header[2]},,\n${header[3]!.replace(/,+$/, '')}\n`),
    );
    const read = readSsda903ImportDirectory(dir, 2025);
    expect(read.Header!.rows).toEqual(plain.Header!.rows);
    expect(read.Reviews!.rows).toEqual(plain.Reviews!.rows);
    expect(read.Episodes!.rows).toEqual(
      plain.Episodes!.rows.map((r) => (r.HOME_POST === 'AB7 8JN' ? { ...r, HOME_POST: 'Café 1' } : r)),
    );
    // A value past the last column is not layout: the file is refused, naming the row.
    write('Header.csv', Buffer.from(`${header[0]}\n${header[1]},x\n`));
    expect(() => readSsda903ImportDirectory(dir, 2025)).toThrow(
      expect.objectContaining({
        problems: [
          'Header.csv, row 2: 8 cells where the header has 7, the cell after the last column holding "x"',
        ],
      }),
    );
  });

  it('refuses values as real exports write them, naming the file, row (rows of commas counted) and field', async () => {
    const before = await counts(database.ownerDb, '201');
    const dir = writeDir({
      ...FILES,
      'Reviews.csv': `CHILD,DOB,REVIEW,REVIEW_CODE,\n,,,,\nL1,29/02/2012,10/06/2025 00:00:00,pn1,\nL1,29/02/2012,2025-12-01,PN4.0,\n`,
    });
    await expect(importInto(database.db, actor, readSsda903ImportDirectory(dir, 2025))).rejects.toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          'Reviews.csv, row 3, child L1, REVIEW: "10/06/2025 00:00:00" is not a date written DD/MM/YYYY',
          expect.stringMatching(
            /^Reviews\.csv, row 3, child L1, REVIEW_CODE: "pn1" is not one of the SSDA903 codes/,
          ),
          'Reviews.csv, row 4, child L1, REVIEW: "2025-12-01" is not a date written DD/MM/YYYY',
          expect.stringMatching(
            /^Reviews\.csv, row 4, child L1, REVIEW_CODE: "PN4\.0" is not one of the SSDA903 codes/,
          ),
        ]),
      }),
    );
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

  it('records the deprivation of liberty orders of 2026/27 (DoLo), refusing bad dates, repeatably', async () => {
    // L4, in a children's home from May 2026: an order from 1 to 31 May, and one from 1 June still in force.
    const files = {
      'Header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nL4,M,29/02/2012,WBRI,UN1,,\n',
      'Episodes.csv': `${FILES['Episodes.csv']!.split('\n')[0]}\nL4,01/05/2026,S,C2,N1,K2,PR4,,,,AB1 2CD,AB3 4EF,SC123456\n`,
      'DoLo.csv':
        'CHILD,DOB,DOLO_START,DOLO_END\nL4,29/02/2012,01/05/2026,31/05/2026\nL4,29/02/2012,01/06/2026,\n',
    };
    const bad = {
      ...files,
      'DoLo.csv': 'CHILD,DOB,DOLO_START,DOLO_END\nL4,29/02/2012,01/05/2026,30/04/2026\nL4,29/02/2012,,\n',
    };
    const before = await counts(database.ownerDb, '201');
    const error = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(bad), 2026)).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as ImportError).problems).toEqual([
      'DoLo.csv, row 2, child L4, DOLO_END: 30/04/2026 is before the start 01/05/2026',
      'DoLo.csv, row 3, child L4, DOLO_START: is missing; Hearth needs it',
    ]);
    expect(await counts(database.ownerDb, '201')).toEqual(before);
    const imported = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(files), 2026));
    expect(imported.inserted).toMatchObject({ deprivation_of_liberty: 2 });
    expect(imported.notImported).toEqual([]);
    expect(await ofChildren(database.ownerDb, 'deprivation_of_liberty', ['start_date', 'end_date'])).toEqual([
      { la_child_id: 'L4', start_date: '2026-05-01', end_date: '2026-05-31' },
      { la_child_id: 'L4', start_date: '2026-06-01', end_date: null },
    ]);
    const again = await importInto(database.db, actor, readSsda903ImportDirectory(writeDir(files), 2026));
    expect(again.inserted).toEqual({});
    expect(again.updated).toEqual({});
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

  it('export (this year and the four before), import into an empty authority with the CIN census, export again: every table byte for byte', async () => {
    const exportDir = async (db: Db, actor: Actor, year = 2025): Promise<string> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-903-trip-'));
      dirs.push(dir);
      writeSsda903Directory(await inAuthority(db, actor, (trx) => exportSsda903(trx, year)), dir);
      return dir;
    };
    const read = (dir: string, name: string): string =>
      fs.readFileSync(path.join(dir, `${name}.csv`), 'utf8');
    const reader = systemActor('205');
    const before = await exportDir(source.db, reader);
    const earlier = [2021, 2022, 2023];
    const earlierDirs = await Promise.all(earlier.map((year) => exportDir(source.db, reader, year)));
    // Last year's files beside this year's, as hearth export ssda903 --with-last-year writes them.
    const lastYear = await inAuthority(source.db, reader, (trx) => exportSsda903(trx, 2024));
    writeSsda903Directory(lastYear, before, LAST_YEAR_SUFFIX);
    const census = await inAuthority(source.db, reader, (trx) => exportCinCensus(trx, 2025));
    for (const table of ['Episodes', 'Missing', 'OC2', 'OC3', 'PrevPerm', 'SWEpisodes'])
      expect(read(before, table).split('\n').length, table).toBeGreaterThan(3);

    const admin = {
      ...(await arrangeAuthority(target.ownerDb, '205', 'administrator')),
      system: true as const,
    };
    // The CIN census first, then the earlier years' SSDA903 (the care leavers of OC3 left care years ago)
    // and this year's: a child in several is one person.
    await inAuthority(target.db, admin, (trx) =>
      importCinCensus(trx, admin, [{ file: 'cin.xml', data: census }]),
    );
    for (const [i, year] of earlier.entries())
      await inAuthority(target.db, admin, (trx) =>
        importSsda903(trx, admin, readSsda903ImportDirectory(earlierDirs[i]!, year), year),
      );
    const summary = await inAuthority(target.db, admin, (trx) =>
      importSsda903Return(trx, admin, readSsda903ImportReturn(before, 2025)),
    );
    const after = await exportDir(target.db, admin);

    for (const table of Object.keys(tablesOf(2025)))
      expect.soft(read(after, table), table).toBe(read(before, table));
    expect(summary.notImported).toEqual([]);
    // Every care leaver's time in care came in an earlier year's files (no note of care leavers without it).
    expect(summary.notes).toEqual([
      expect.stringMatching(/^OC2_last\.csv: \d+ health events? .* dated 31\/03\/2025/),
      expect.stringMatching(/^SWEpisodes_last\.csv: \d+ social workers? Hearth did not know/),
      expect.stringMatching(/^OC2\.csv: \d+ health events? .* dated 31\/03\/2026/),
      expect.stringMatching(/^SWEpisodes\.csv: \d+ social workers? Hearth did not know/),
    ]);

    const people = await target.ownerDb
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('la_code', '=', '205')
      .executeTakeFirstOrThrow();
    const children = (dir: string): string[] =>
      read(dir, 'Header')
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(',')[0]!);
    const headerChildren = new Set([
      ...children(before),
      ...lastYear.tables.Header!.map((h) => h.CHILD!),
      ...earlierDirs.flatMap(children),
    ]);
    const censusChildren = new Set(census.tables.ChildIdentifiers!.map((c) => c.LAchildID));
    expect(Number(people.n)).toBe(new Set([...headerChildren, ...censusChildren]).size);
    expect([...headerChildren].some((c) => censusChildren.has(c))).toBe(true);
  }, 180_000);
});
