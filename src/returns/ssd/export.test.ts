import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../../test/fixtures.ts';
import { insertRecord, voidRecord } from '../../casework/record.ts';
import { inAuthority } from '../../db/database.ts';
import { exportSsd, writeSsdDirectory } from './export.ts';
import { SSD_TABLES } from './spec.ts';

describe('the SSD as at 31 March 2026 from a hand-made record', () => {
  let database: TestDatabase;
  let dir: string;
  const ids: Record<string, string> = {};
  const read = (table: string) =>
    parse(fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const actor = await arrangeAuthority(database.ownerDb, '501', 'head_of_service');
    const child = await arrangeChild(database.db, actor, {
      la_child_id: 'S1',
      given_name: 'Jo, "JJ"',
      family_name: 'Smith',
      date_of_birth: '2014-02-28',
      sex: 'M',
      ethnicity: 'WBRI',
      disabilities: ['HAND'],
    });
    ids.child = child;
    await inAuthority(database.db, actor, async (trx) => {
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
    const data = await inAuthority(database.db, actor, (trx) => exportSsd(trx, '2026-03-31'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-ssd-'));
    writeSsdDirectory(data, dir);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('writes every SSD table, each with its exact header, empty ones included', () => {
    expect(SSD_TABLES.size).toBe(48);
    expect([...SSD_TABLES.values()].reduce((n, f) => n + f.length, 0)).toBe(359);
    for (const [table, fields] of SSD_TABLES) {
      const text = fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8');
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
