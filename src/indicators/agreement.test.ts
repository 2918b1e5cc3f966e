import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.ts';
import { CATALOGUE } from './catalogue/index.ts';
import { computeFigures, drillDown } from './engine.ts';
import { asAtPeriod, monthsEnding } from './period.ts';
import type { ChildJourney } from './model.ts';
import { child, model } from './testing.ts';

/** A small deterministic generator of varied journeys: enough to exercise every indicator's paths. */
function randomModel(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const day = (from: string, span: number) => addDays(from, Math.floor(random() * span));
  const teams = [
    { id: 't1', name: 'Assessment', type: 'assessment', target: null },
    { id: 't2', name: 'Disabled children', type: 'disability', target: 18 },
  ];
  const workers = [
    { id: 'w1', name: 'A', teamId: 't1', fte: 1, caseHolding: true, start: '2020-01-01', leave: null },
    {
      id: 'w2',
      name: 'B',
      teamId: 't2',
      fte: 0.5,
      caseHolding: true,
      start: '2020-01-01',
      leave: '2025-06-30',
    },
  ];
  const children: ChildJourney[] = [];
  for (let i = 0; i < 400; i++) {
    const id = `c${i}`;
    const start = day('2024-01-01', 600);
    const end = random() < 0.5 ? day(start, 400) : null;
    const mid = day(start, 60);
    children.push(
      child(id, {
        dateOfBirth: day('2006-01-01', 6000),
        uascSince: random() < 0.1 ? start : null,
        contacts: [{ id: `${id}c`, date: start, decision: pick(['referral', 'nfa', 'early_help', null]) }],
        referrals: [
          {
            id: `${id}r`,
            date: start,
            nfa: random() < 0.2,
            closed: end,
            closureReason: end ? pick(['RC8', 'RC9', 'RC7']) : null,
          },
        ],
        assessments: [
          {
            id: `${id}a`,
            referralId: `${id}r`,
            start,
            authorised: random() < 0.8 ? day(start, 70) : null,
            outcome: pick(['nfa', 'cin_plan', 'early_help']),
          },
        ],
        s47s: random() < 0.3 ? [{ id: `${id}s`, start: mid, end: null, icpcRequired: true }] : [],
        conferences:
          random() < 0.2
            ? [
                {
                  id: `${id}k`,
                  kind: 'initial',
                  date: addDays(mid, 20),
                  s47Id: `${id}s`,
                  planId: `${id}p`,
                  outcome: 'plan',
                },
              ]
            : [],
        cpPlans: random() < 0.2 ? [{ id: `${id}p`, start: addDays(mid, 20), end }] : [],
        cinPlans: random() < 0.3 ? [{ id: `${id}n`, start: mid, end }] : [],
        episodes:
          random() < 0.25
            ? [
                {
                  id: `${id}e1`,
                  start: mid,
                  end: addDays(mid, 90),
                  rne: 'S',
                  legalStatus: pick(['V2', 'C1', 'V3']),
                  placement: pick(['U4', 'K2', 'A5']),
                  provider: pick(['PR1', 'PR4']),
                  reasonEnd: 'X1',
                  longTerm: false,
                },
                {
                  id: `${id}e2`,
                  start: addDays(mid, 90),
                  end,
                  rne: 'P',
                  legalStatus: 'C2',
                  placement: pick(['U1', 'R1', 'U5']),
                  provider: 'PR5',
                  reasonEnd: end ? pick(['E4A', 'E11', 'E17']) : null,
                  longTerm: random() < 0.3,
                },
              ]
            : [],
        claReviews: [{ id: `${id}v`, date: addDays(mid, 25) }],
        visits: [
          {
            id: `${id}x`,
            date: day(mid, 200),
            kind: pick(['cp', 'cin', 'cla']),
            seen: random() < 0.9,
            seenAlone: false,
          },
        ],
        health: [
          {
            id: `${id}h`,
            kind: pick(['initial_health_assessment', 'review_health_assessment']),
            date: day(mid, 100),
          },
        ],
        missing:
          random() < 0.1
            ? [{ id: `${id}m`, kind: 'M', start: day(mid, 50), end: day(mid, 60), offered: day(mid, 64) }]
            : [],
        permanencePlans: random() < 0.2 ? [{ id: `${id}pp`, date: day(mid, 200) }] : [],
        careLeaver:
          random() < 0.1 ? [{ id: `${id}l`, eligibility: 'former_relevant', start: mid, end: null }] : [],
        careLeaverContacts: [
          {
            id: `${id}lc`,
            date: day(mid, 300),
            inTouch: pick(['YES', 'NO']),
            accommodation: pick(['B1', 'B2', null]),
            activity: pick(['F1', 'G4', null]),
          },
        ],
        earlyHelp:
          random() < 0.3
            ? [
                {
                  id: `${id}eh`,
                  start,
                  end,
                  endReason: end ? pick(['step_up', 'needs_met']) : null,
                  leadAgency: pick(['school', 'health', 'local_authority']),
                },
              ]
            : [],
        earlyHelpAssessments: [{ id: `${id}ea`, start, completed: day(start, 40) }],
        supervisions: [{ id: `${id}sv`, date: day(mid, 300) }],
        allocations: [
          { id: `${id}al`, teamId: pick(['t1', 't2']), workerId: pick(['w1', 'w2', null]), start, end },
        ],
        careProceedings: random() < 0.05 ? [{ id: `${id}cp`, issued: day(mid, 100) }] : [],
        tasks: [],
      }),
    );
  }
  return model(children, { population: { 2024: 50_000, 2025: 50_500 }, teams, workers });
}

describe('every indicator', () => {
  const m = randomModel(20_251_231);
  const periods = monthsEnding('2025-12-31', 13);
  const figures = computeFigures(m, periods);

  it('is in the catalogue exactly once, 62 in all', () => {
    expect(new Set(CATALOGUE.map((i) => i.id)).size).toBe(CATALOGUE.length);
    expect(CATALOGUE).toHaveLength(62);
  });

  it.each(CATALOGUE.map((i) => [i.id, i] as const))(
    '%s: the figure and its drill-down agree, month by month',
    (_id, indicator) => {
      for (const period of periods) {
        const shown = figures.find((f) => f.id === indicator.id && f.period === period.id)!;
        const { figure, measure } = drillDown(m, indicator, period);
        expect(figure).toEqual(shown);
        const keys = measure.members.map(
          (x) => `${x.personId}|${x.recordId ?? ''}|${String(x.facts.worker ?? '')}`,
        );
        expect(new Set(keys).size, 'no child or record listed twice').toBe(keys.length);
        if (measure.kind === 'percent') {
          expect(shown.denominator).toBe(measure.members.length);
          expect(shown.numerator).toBe(measure.members.filter((x) => x.inNumerator).length);
        } else if (measure.kind === 'count' || measure.kind === 'breakdown') {
          expect(shown.value).toBe(measure.members.length);
        } else {
          expect(shown.numerator).toBe(measure.members.length);
        }
        for (const member of measure.members) {
          for (const [key] of indicator.facts)
            expect(member.facts, `${indicator.id} fact ${key}`).toHaveProperty(key);
        }
      }
    },
  );
});

describe('the candidate indexes', () => {
  it.each([20_251_231, 7, 424_242])(
    'give every indicator the same children as visiting every child (model %i)',
    (seed) => {
      const indexed = randomModel(seed);
      const exhaustive = { ...randomModel(seed), exhaustive: true };
      const periods = [...monthsEnding('2025-12-31', 25), asAtPeriod('2025-02-28'), asAtPeriod('2024-06-15')];
      for (const indicator of CATALOGUE) {
        for (const period of periods) {
          expect(indicator.compute(indexed, period), `${indicator.id} ${period.id} to ${period.end}`).toEqual(
            indicator.compute(exhaustive, period),
          );
        }
      }
    },
  );
});
