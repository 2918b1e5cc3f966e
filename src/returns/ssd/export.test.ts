import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { insertRecord, voidRecord } from '../../casework/record.ts';
import { inAuthority, type Actor, type Db } from '../../db/database.ts';
import { exportSsd, writeSsdDirectory } from './export.ts';
import { SSD_TABLES } from './spec.ts';

/**
 * A fresh database with an authority, arranged by `arrange` as its head of service, and the SSD as at 31 March
 * 2026 written into a new directory: the directory, and the rows of a table by field.
 */
function exportedSsd(
  laCode: string,
  arrange: (db: Db, actor: Actor) => Promise<void>,
): { dir: () => string; read: (table: string) => Record<string, string>[] } {
  let database: TestDatabase;
  let dir = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, laCode, 'head_of_service');
    await arrange(database.db, actor);
    const data = await inAuthority(database.db, actor, (trx) => exportSsd(trx, '2026-03-31'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-ssd-'));
    writeSsdDirectory(data, dir);
  });
  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });
  const read = (table: string) =>
    parse(fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
  return { dir: () => dir, read };
}

describe('the SSD as at 31 March 2026 from a hand-made record', () => {
  const ids: Record<string, string> = {};
  const { dir, read } = exportedSsd('501', async (db, actor) => {
    const child = await arrangeChild(db, actor, {
      la_child_id: 'S1',
      given_name: 'Jo, "JJ"',
      family_name: 'Smith',
      date_of_birth: '2014-02-28',
      sex: 'M',
      ethnicity: 'WBRI',
      disabilities: ['HAND'],
    });
    ids.child = child;
    await inAuthority(db, actor, async (trx) => {
      const add = (table: Parameters<typeof insertRecord>[2], values: Record<string, unknown>) =>
        insertRecord(trx, actor, table, values);
      ids.contact = await add('contact', { person_id: child, contact_date: '2025-05-01', source: '2A' });
      const voided = await add('contact', { person_id: child, contact_date: '2025-05-02', source: '6' });
      await voidRecord(trx, actor, 'contact', voided, 'Recorded on the wrong child');
      await add('contact', { person_id: child, contact_date: '2026-04-01', source: '6' });
      ids.referral = await add('referral', {
        person_id: child,
        referral_date: '2025-05-01',
        source: '2A',
        primary_need: 'N1',
        closure_date: '2026-05-01',
        closure_reason: 'RC7',
      });
      await add('assessment', {
        person_id: child,
        referral_id: ids.referral,
        start_date: '2025-05-02',
        authorised_date: '2025-06-01',
        outcome: 'looked_after',
        factors: ['2A', '3A'],
      });
      ids.episode = await add('cla_episode', {
        person_id: child,
        start_date: '2025-06-02',
        rne: 'S',
        legal_status: 'C1',
        category_of_need: 'N1',
        placement_type: 'U6',
        placement_provider: 'PR1',
        end_date: '2026-04-10',
        reason_end: 'E4A',
      });
    });
  });

  it('writes every SSD table, each with its exact header, empty ones included', () => {
    expect(SSD_TABLES.size).toBe(48);
    expect([...SSD_TABLES.values()].reduce((n, f) => n + f.length, 0)).toBe(359);
    for (const [table, fields] of SSD_TABLES) {
      const text = fs.readFileSync(path.join(dir(), `${table}.csv`), 'utf8');
      expect(text.split('\r\n')[0]).toBe(fields.join(','));
    }
    expect(read('ssd_voice_of_child')).toEqual([]);
  });

  it('writes the person, quoting what needs it', () => {
    expect(read('ssd_person')).toEqual([
      expect.objectContaining({
        pers_person_id: ids.child,
        pers_forename: 'Jo, "JJ"',
        pers_dob: '2014-02-28',
        pers_legacy_id: 'S1',
        pers_is_mother: '',
      }),
    ]);
    expect(read('ssd_disability')).toEqual([
      { disa_person_id: ids.child, disa_table_id: `${ids.child}-HAND`, disa_disability_code: 'HAND' },
    ]);
  });

  it('leaves out voided records and those after the as-at date', () => {
    expect(read('ssd_contacts').map((c) => c.cont_contact_id)).toEqual([ids.contact]);
  });

  it('reads a closure or an end after the as-at date as still open', () => {
    const [episode] = read('ssd_cin_episodes');
    expect(episode).toMatchObject({
      cine_referral_id: ids.referral,
      cine_close_date: '',
      cine_close_reason: '',
    });
    expect(JSON.parse(episode!.cine_referral_outcome_json!)).toEqual({
      SINGLE_ASSESSMENT_FLAG: 'Y',
      NFA_FLAG: 'N',
      STRATEGY_DISCUSSION_FLAG: 'N',
      CLA_REQUEST_FLAG: '',
      NON_AGENCY_ADOPTION_FLAG: '',
      PRIVATE_FOSTERING_FLAG: '',
      CP_TRANSFER_IN_FLAG: '',
      CP_CONFERENCE_FLAG: '',
      CARE_LEAVER_FLAG: '',
      OTHER_OUTCOMES_EXIST_FLAG: '',
    });
    expect(read('ssd_cla_episodes')).toEqual([
      expect.objectContaining({
        clae_cla_episode_id: ids.episode,
        clae_cla_episode_start_date: '2025-06-02',
        clae_cla_episode_ceased_date: '',
        clae_cla_episode_ceased_reason: '',
        clae_cla_id: ids.episode,
        clae_referral_id: ids.referral,
        clae_entered_care_date: '2025-06-02',
      }),
    ]);
    expect(read('ssd_legal_status')).toEqual([
      expect.objectContaining({ lega_legal_status: 'C1', lega_legal_status_end_date: '' }),
    ]);
    expect(read('ssd_assessment_factors')[0]!.cinf_assessment_factors_json).toBe('["2A","3A"]');
  });
});

describe('the SSD of a child on short breaks', () => {
  const ids: Record<string, string> = {};

  // B1: a short break (V3) in May 2025, a period of care under section 20 from June to September with a
  // review in July, a second break in October, and a third starting 1 April 2026, after the as-at date.
  const { read } = exportedSsd('502', async (db, actor) => {
    const child = await arrangeChild(db, actor, { la_child_id: 'B1', date_of_birth: '2015-01-31' });
    await inAuthority(db, actor, async (trx) => {
      const episode = (start: string, end: string | null, ls: string) =>
        insertRecord(trx, actor, 'cla_episode', {
          person_id: child,
          start_date: start,
          rne: 'S',
          legal_status: ls,
          category_of_need: 'N2',
          placement_type: 'K2',
          placement_provider: 'PR1',
          end_date: end,
          reason_end: end === null ? null : 'E4A',
        });
      // Recorded out of order: the export sorts by date.
      ids.care = await episode('2025-06-02', '2025-09-30', 'V2');
      ids.second = await episode('2025-10-10', '2025-10-12', 'V3');
      ids.first = await episode('2025-05-02', '2025-05-05', 'V3');
      await episode('2026-04-01', '2026-04-03', 'V3');
      ids.review = await insertRecord(trx, actor, 'cla_review', {
        person_id: child,
        review_date: '2025-07-01',
        participation: 'PN1',
      });
    });
  });

  it('gives each break up to the as-at date a period of its own, in date order with the care', () => {
    expect(
      read('ssd_cla_episodes').map((e) => [
        e.clae_cla_episode_id,
        e.clae_cla_episode_start_date,
        e.clae_cla_episode_ceased_date,
        e.clae_cla_id,
        e.clae_entered_care_date,
      ]),
    ).toEqual([
      [ids.first, '2025-05-02', '2025-05-05', ids.first, '2025-05-02'],
      [ids.care, '2025-06-02', '2025-09-30', ids.care, '2025-06-02'],
      [ids.second, '2025-10-10', '2025-10-12', ids.second, '2025-10-10'],
    ]);
    expect(read('ssd_legal_status').map((s) => [s.lega_legal_status_id, s.lega_legal_status])).toEqual([
      [ids.first, 'V3'],
      [ids.care, 'V2'],
      [ids.second, 'V3'],
    ]);
  });

  it('gives the review to the period of care it falls in', () => {
    expect(read('ssd_cla_reviews').map((r) => [r.clar_cla_review_id, r.clar_cla_id])).toEqual([
      [ids.review, ids.care],
    ]);
  });
});
