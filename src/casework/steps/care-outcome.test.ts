import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { chronology } from '../chronology.ts';
import { loadChild, lookedAfterForYearTo, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep } from '../recording.ts';
import type { Step } from '../step.ts';
import { careEnd } from './care-end.ts';
import { careHealth } from './care-health.ts';
import { careOutcome } from './care-outcome.ts';
import { careStart } from './care-start.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '874');
});
afterAll(() => database.drop());

const record = (child: string, step: Step, form: RawForm, today: string) =>
  recordStep(database.db, actor, child, step, form, today);
const load = async (child: string): Promise<ChildRecord> =>
  (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
const startCare = (child: string, start: string) =>
  record(
    child,
    careStart,
    {
      ...dateInput('start_date', start),
      legal_status: 'C2',
      category_of_need: 'N1',
      placement_type: 'U6',
      placement_provider: 'PR1',
      long_term_placement: 'no',
      previous_permanence: 'Z1',
    },
    start,
  );
const outcome = (yearEnd: string, answers: RawForm): RawForm => ({
  ...dateInput('year_end', yearEnd),
  convicted: '',
  substance_misuse: 'no',
  intervention_received: '',
  intervention_offered: '',
  sdq_reason: '',
  ...answers,
});

describe('care-outcome', () => {
  it('records the outcomes of a child of 13 looked after all year, with the DfE OC2 checks', async () => {
    // Born 29 February 2012: 13 on 31 March 2025, 13 on 1 April 2024.
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2012-02-29' });
    expect((await startCare(child, '2024-03-15')).ok).toBe(true);
    const today = '2025-04-10';
    const cases: [RawForm, Record<string, string>][] = [
      [
        outcome('2025-03-30', {}),
        { year_end: 'The year ending must be 31 March, the end of the year the outcomes are for' },
      ],
      [
        outcome('2024-03-31', {}),
        {
          year_end:
            'The child was not looked after continuously from 1 April 2023 to 31 March 2024: annual outcomes are only for those children',
        },
      ],
      [
        outcome('2025-03-31', { substance_misuse: 'yes', sdq_reason: 'SDQ5' }),
        {
          convicted: 'Select yes or no: the child was aged 10 or over on 31 March (SSDA903 rule 543)',
          intervention_received: 'Select yes or no: a substance misuse problem was identified',
        },
      ],
      [
        outcome('2025-03-31', { convicted: 'no', intervention_received: 'no', sdq_reason: 'SDQ5' }),
        { intervention_received: 'Leave this blank: no substance misuse problem was identified' },
      ],
      [
        outcome('2025-03-31', {
          convicted: 'no',
          substance_misuse: 'yes',
          intervention_received: 'no',
          sdq_reason: 'SDQ5',
        }),
        { intervention_offered: 'Select yes or no: the child did not receive an intervention' },
      ],
      [
        outcome('2025-03-31', {
          convicted: 'no',
          substance_misuse: 'yes',
          intervention_received: 'yes',
          intervention_offered: 'no',
          sdq_reason: 'SDQ5',
        }),
        {
          intervention_offered:
            'Leave this blank: it is only for a child with a substance misuse problem who did not receive an intervention',
        },
      ],
      [
        outcome('2025-03-31', { convicted: 'no' }),
        {
          sdq_reason:
            'Select why there is no SDQ score: none was recorded from 1 April 2024 to 31 March 2025',
        },
      ],
      [
        outcome('2025-03-31', { convicted: 'no', sdq_reason: 'SDQ1' }),
        { sdq_reason: 'The child was aged 4 to 16 all year: choose another reason (SSDA903 rule 157)' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careOutcome, form, today)).toMatchObject({ ok: false, errors });
    }
    expect((await load(child)).claOutcomes).toEqual([]);

    const good = outcome('2025-03-31', {
      convicted: 'yes',
      substance_misuse: 'yes',
      intervention_received: 'no',
      intervention_offered: 'yes',
      sdq_reason: 'SDQ5',
    });
    expect((await record(child, careOutcome, good, today)).ok).toBe(true);
    const now = await load(child);
    expect(now.claOutcomes).toMatchObject([
      {
        year_end: '2025-03-31',
        convicted: true,
        substance_misuse: true,
        intervention_received: false,
        intervention_offered: true,
        sdq_reason: 'SDQ5',
      },
    ]);
    expect(chronology(now).find((e) => e.table === 'cla_outcome')).toMatchObject({
      date: '2025-03-31',
      title: 'Annual outcomes for the year to 31 March',
      detail:
        'Convicted in the year. Substance misuse problem identified. Intervention offered and refused. No SDQ score: Child or young person refuses to allow an SDQ to be completed',
    });
    expect(await record(child, careOutcome, good, today)).toMatchObject({
      ok: false,
      errors: {
        year_end: 'The outcomes for the year to 31 March 2025 are already recorded: correct them instead',
      },
    });
  });

  it('asks no conviction under 10, and no SDQ reason when a score was recorded in the year', async () => {
    // Born 1 June 2016: 8 on 31 March 2025.
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2016-06-01' });
    await startCare(child, '2024-02-01');
    const sdq = { kind: 'sdq', ...dateInput('event_date', '2024-11-01'), sdq_score: '12' };
    expect((await record(child, careHealth, sdq, '2024-11-01')).ok).toBe(true);
    const today = '2025-04-02';
    expect(
      await record(child, careOutcome, outcome('2025-03-31', { convicted: 'no', sdq_reason: 'SDQ4' }), today),
    ).toMatchObject({
      ok: false,
      errors: {
        convicted: 'Leave this blank: the child was under 10 on 31 March (SSDA903 rule 542)',
        sdq_reason: 'Leave this blank: an SDQ score was recorded in the year',
      },
    });
    expect((await record(child, careOutcome, outcome('2025-03-31', {}), today)).ok).toBe(true);
  });

  it('takes a child whose care ended on 31 March as not looked after at 31 March', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2012-02-29' });
    await startCare(child, '2024-03-15');
    const ended = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2025-03-31'), reason_end: 'E4A' },
      '2025-03-31',
    );
    expect(ended.ok).toBe(true);
    const episodes = (await load(child)).claEpisodes;
    expect(lookedAfterForYearTo(episodes, '2025-03-31')).toBe(false);
    expect(lookedAfterForYearTo([{ ...episodes[0]!, end_date: '2025-04-01' }], '2025-03-31')).toBe(true);
    expect(lookedAfterForYearTo([{ ...episodes[0]!, start_date: '2024-04-02' }], '2025-03-31')).toBe(false);
    // Short breaks do not count; an episode starting the day after another ends continues the period.
    expect(
      lookedAfterForYearTo(
        [
          { start_date: '2024-01-01', end_date: '2024-09-30', legal_status: 'C2' },
          { start_date: '2024-10-01', end_date: null, legal_status: 'C2' },
        ],
        '2025-03-31',
      ),
    ).toBe(true);
    expect(
      lookedAfterForYearTo([{ start_date: '2024-01-01', end_date: null, legal_status: 'V3' }], '2025-03-31'),
    ).toBe(false);
  });
});
