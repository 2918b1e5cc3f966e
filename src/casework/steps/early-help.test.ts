import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { updateRecord } from '../record.ts';
import { recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { earlyHelpAssessment } from './early-help-assessment.ts';
import { earlyHelpEnd } from './early-help-end.ts';
import { earlyHelpStart } from './early-help-start.ts';
import { referral } from './referral.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

const record = (child: string, step: Step, form: RawForm, today: string) =>
  recordStep(database.db, actor, child, step, form, today);
const load = async (child: string): Promise<ChildRecord> =>
  (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;

/** A referral closed after assessment with a referral to early help (RC9). */
async function steppedDown(child: string, referred: string, closed: string): Promise<string> {
  const saved = await record(
    child,
    referral,
    { ...dateInput('referral_date', referred), source: '2A', nfa: 'no' },
    referred,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  await inAuthority(database.db, actor, (trx) =>
    updateRecord(trx, actor, 'referral', saved.id, { closure_date: closed, closure_reason: 'RC9' }, 'Closed'),
  );
  return saved.id;
}
const start = (date: string, more: RawForm = {}): RawForm => ({
  ...dateInput('start_date', date),
  reason: 'Parenting support',
  lead_professional: 'Jo Reed, family worker',
  lead_agency: 'local_authority',
  ...more,
});

describe('early help', () => {
  it('steps down from a referral closed to early help, with an assessment, and ends', async () => {
    const child = await arrangeChild(database.db, actor);
    const referralId = await steppedDown(child, '2025-03-20', '2025-04-17');
    const prefill = await inAuthority(database.db, actor, async (trx) =>
      earlyHelpStart.prefill!(await stepContext(trx, actor, (await loadChild(trx, child))!, '2025-04-22')),
    );
    expect(prefill).toEqual({ start_date: '2025-04-17' });

    expect((await record(child, earlyHelpStart, start('2025-04-17'), '2025-04-22')).ok).toBe(true);
    let now = await load(child);
    expect(now.earlyHelpEpisodes[0]).toMatchObject({
      start_date: '2025-04-17',
      lead_agency: 'local_authority',
      stepped_down_from_referral_id: referralId,
      end_date: null,
    });
    expect(earlyHelpStart.offered(now, statusAt(now, '2025-04-22'))).toBe(false);
    expect(await record(child, earlyHelpStart, start('2025-04-22'), '2025-04-22')).toMatchObject({
      ok: false,
    });

    const assessment = {
      ...dateInput('start_date', '2025-04-22'),
      ...dateInput('completed_date', '2025-05-06'),
      organisation: 'Family hub',
    };
    expect((await record(child, earlyHelpAssessment, assessment, '2025-05-06')).ok).toBe(true);
    now = await load(child);
    expect(now.earlyHelpAssessments[0]).toMatchObject({
      start_date: '2025-04-22',
      completed_date: '2025-05-06',
      organisation: 'Family hub',
      early_help_episode_id: now.earlyHelpEpisodes[0]!.id,
    });

    expect(
      await record(
        child,
        earlyHelpEnd,
        { ...dateInput('end_date', '2025-04-16'), end_reason: 'needs_met' },
        '2025-07-31',
      ),
    ).toMatchObject({
      ok: false,
      errors: { end_date: 'The end must be on or after early help started on 17 April 2025' },
    });
    expect(
      await record(
        child,
        earlyHelpEnd,
        { ...dateInput('end_date', '2025-07-31'), end_reason: 'finished' },
        '2025-07-31',
      ),
    ).toMatchObject({ ok: false, errors: { end_reason: 'Select why early help ended from the list' } });
    expect((await load(child)).earlyHelpEpisodes[0]!.end_date).toBeNull();
    expect(
      (
        await record(
          child,
          earlyHelpEnd,
          { ...dateInput('end_date', '2025-07-31'), end_reason: 'step_up' },
          '2025-07-31',
        )
      ).ok,
    ).toBe(true);
    now = await load(child);
    expect(now.earlyHelpEpisodes[0]).toMatchObject({
      end_date: '2025-07-31',
      end_reason: 'step_up',
      version: 2,
    });

    // A later episode is not a second step-down from the same referral, and cannot start inside the first.
    expect(await record(child, earlyHelpStart, start('2025-07-30'), '2025-09-01')).toMatchObject({
      ok: false,
      errors: { start_date: 'The child already had early help from 17 April 2025 to 31 July 2025' },
    });
    expect(
      (await record(child, earlyHelpStart, start('2025-09-01', { lead_agency: 'school' }), '2025-09-01')).ok,
    ).toBe(true);
    now = await load(child);
    expect(
      now.earlyHelpEpisodes.map((e) => [e.start_date, e.lead_agency, e.stepped_down_from_referral_id]),
    ).toEqual([
      ['2025-04-17', 'local_authority', referralId],
      ['2025-09-01', 'school', null],
    ]);
  });

  it('does not link a referral that closed after early help started', async () => {
    const child = await arrangeChild(database.db, actor);
    await steppedDown(child, '2025-03-20', '2025-04-17');
    expect((await record(child, earlyHelpStart, start('2025-04-16'), '2025-04-22')).ok).toBe(true);
    expect((await load(child)).earlyHelpEpisodes[0]!.stepped_down_from_referral_id).toBeNull();
  });

  it('checks the answers and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor);
    expect(
      await record(child, earlyHelpStart, start('2025-04-17', { lead_agency: '' }), '2025-04-22'),
    ).toMatchObject({
      ok: false,
      errors: { lead_agency: 'Select the lead professional’s agency' },
    });
    expect(await record(child, earlyHelpStart, start('2016-02-28'), '2025-04-22')).toMatchObject({
      ok: false,
      errors: { start_date: 'The date must be on or after the child’s date of birth' },
    });
    const assessment = {
      ...dateInput('start_date', '2025-04-22'),
      ...dateInput('completed_date', '2025-04-17'),
    };
    expect(await record(child, earlyHelpAssessment, assessment, '2025-04-22')).toMatchObject({
      ok: false,
      errors: { completed_date: 'The assessment must be completed on or after the day it started' },
    });
    expect(
      await record(
        child,
        earlyHelpEnd,
        { ...dateInput('end_date', '2025-04-22'), end_reason: 'needs_met' },
        '2025-04-22',
      ),
    ).toEqual({
      ok: false,
      errors: { form: '"Record the end of early help" does not apply to this child\'s record as it stands' },
    });
    const now = await load(child);
    expect(now.earlyHelpEpisodes).toHaveLength(0);
    expect(now.earlyHelpAssessments).toHaveLength(0);
    // An assessment without an episode is kept, linked to none.
    expect(
      (await record(child, earlyHelpAssessment, dateInput('start_date', '2025-04-22'), '2025-04-22')).ok,
    ).toBe(true);
    expect((await load(child)).earlyHelpAssessments[0]!.early_help_episode_id).toBeNull();
  });
});
