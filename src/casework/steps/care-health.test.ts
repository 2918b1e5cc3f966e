import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep } from '../recording.ts';
import type { Step } from '../step.ts';
import { careHealth } from './care-health.ts';
import { careStart } from './care-start.ts';

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
const healthClocks = (child: ChildRecord) =>
  child.tasks
    .filter((t) => t.rule_id.startsWith('cla_health') || t.rule_id === 'cla_iha_20wd')
    .map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date]);

const startCare = (child: string, start: string) =>
  record(
    child,
    careStart,
    {
      ...dateInput('start_date', start),
      legal_status: 'V2',
      category_of_need: 'N4',
      placement_type: 'U6',
      placement_provider: 'PR1',
      long_term_placement: 'no',
      previous_permanence: 'Z1',
    },
    start,
  );
const event = (kind: string, date: string, sdq = ''): RawForm => ({
  kind,
  ...dateInput('event_date', date),
  sdq_score: sdq,
});

describe('care-health', () => {
  // The fixture child is born on 29 February 2016, so turns 5 on 1 March 2021 (2021 has no 29 February).
  it('completes the initial assessment and starts the 6-month clock for a child of 4', async () => {
    const child = await arrangeChild(database.db, actor);
    // Monday 1 February 2021: 2-5 (1-4), 8-12 (5-9), 15-19 (10-14), 22-26 (15-19), Monday 1 March (20).
    await startCare(child, '2021-02-01');
    expect(
      (await record(child, careHealth, event('initial_health_assessment', '2021-02-26'), '2021-02-26')).ok,
    ).toBe(true);
    let now = await load(child);
    expect(healthClocks(now)).toEqual([
      ['cla_iha_20wd', '2021-02-01', '2021-03-01', '2021-02-26'],
      ['cla_health_6m_under5', '2021-02-26', '2021-08-26', null],
    ]);
    // By the review in August the child is 5: the next is due in 12 months.
    expect(
      (await record(child, careHealth, event('review_health_assessment', '2021-08-20'), '2021-08-20')).ok,
    ).toBe(true);
    now = await load(child);
    expect(healthClocks(now)).toEqual([
      ['cla_iha_20wd', '2021-02-01', '2021-03-01', '2021-02-26'],
      ['cla_health_6m_under5', '2021-02-26', '2021-08-26', '2021-08-20'],
      ['cla_health_12m', '2021-08-20', '2022-08-20', null],
    ]);
    expect(now.healthEvents.map((h) => [h.kind, h.event_date, h.sdq_score])).toEqual([
      ['initial_health_assessment', '2021-02-26', null],
      ['review_health_assessment', '2021-08-20', null],
    ]);
  });

  it('counts a child born on 29 February as 5 on 1 March: 12 months to the next', async () => {
    const child = await arrangeChild(database.db, actor);
    await startCare(child, '2021-02-01');
    await record(child, careHealth, event('initial_health_assessment', '2021-03-01'), '2021-03-01');
    expect(healthClocks(await load(child))).toEqual([
      ['cla_iha_20wd', '2021-02-01', '2021-03-01', '2021-03-01'],
      ['cla_health_12m', '2021-03-01', '2022-03-01', null],
    ]);
  });

  it('starts no clock for a dental check, immunisations or an SDQ', async () => {
    const child = await arrangeChild(database.db, actor);
    await startCare(child, '2024-01-08');
    expect((await record(child, careHealth, event('dental_check', '2024-02-01'), '2024-02-01')).ok).toBe(
      true,
    );
    expect((await record(child, careHealth, event('sdq', '2024-02-02', '17'), '2024-02-02')).ok).toBe(true);
    const now = await load(child);
    expect(healthClocks(now)).toEqual([['cla_iha_20wd', '2024-01-08', '2024-02-05', null]]);
    expect(now.healthEvents.map((h) => [h.kind, h.sdq_score])).toEqual([
      ['dental_check', null],
      ['sdq', 17],
    ]);
  });

  it('checks the SDQ score and the order of assessments, and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor);
    await startCare(child, '2024-01-08');
    await record(child, careHealth, event('initial_health_assessment', '2024-01-30'), '2024-01-30');
    const cases: [RawForm, Record<string, string>][] = [
      [event('sdq', '2024-03-01'), { sdq_score: 'Enter the SDQ score' }],
      [event('sdq', '2024-03-01', '41'), { sdq_score: 'The SDQ score must be between 0 and 40' }],
      [
        event('dental_check', '2024-03-01', '12'),
        { sdq_score: 'Leave the SDQ score blank: it is only for a strengths and difficulties questionnaire' },
      ],
      [
        event('initial_health_assessment', '2024-03-01'),
        {
          kind: 'The initial health assessment for this period of care was on 30 January 2024: record a review health assessment',
        },
      ],
      [
        event('review_health_assessment', '2024-01-29'),
        { event_date: 'The last health assessment was on 30 January 2024: this one must be after it' },
      ],
      [
        { ...event('dental_check', '2024-03-01'), kind: 'eyesight' },
        { kind: 'Select what was done from the list' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careHealth, form, '2024-03-01')).toMatchObject({ ok: false, errors });
    }
    const young = await arrangeChild(database.db, actor, { date_of_birth: '2021-06-01' });
    await startCare(young, '2024-01-08');
    expect(await record(young, careHealth, event('sdq', '2024-03-01', '10'), '2024-03-01')).toMatchObject({
      ok: false,
      errors: {
        kind: 'The strengths and difficulties questionnaire is for children aged 4 and over (SSDA903 rule 188)',
      },
    });
    expect(
      await record(young, careHealth, event('initial_health_assessment', '2024-01-05'), '2024-03-01'),
    ).toMatchObject({
      ok: false,
      errors: {
        event_date:
          'The initial health assessment must be on or after the child started to be looked after on 8 January 2024',
      },
    });
    expect((await load(child)).healthEvents).toHaveLength(1);
    expect((await load(young)).healthEvents).toHaveLength(0);
    expect(healthClocks(await load(young))).toEqual([['cla_iha_20wd', '2024-01-08', '2024-02-05', null]]);
  });
});
