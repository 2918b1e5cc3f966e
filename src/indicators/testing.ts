import type { ChildJourney, JourneyModel, TeamInfo, WorkerInfo } from './model.ts';

/** A child for hand-worked indicator cases: only what the case needs, the rest empty. */
export function child(id: string, parts: Partial<ChildJourney> = {}): ChildJourney {
  return {
    id,
    laChildId: id,
    dateOfBirth: '2015-06-01',
    uascSince: null,
    uascCeased: null,
    contacts: [],
    referrals: [],
    assessments: [],
    s47s: [],
    conferences: [],
    cpPlans: [],
    cinPlans: [],
    episodes: [],
    claReviews: [],
    visits: [],
    health: [],
    missing: [],
    permanencePlans: [],
    careLeaver: [],
    careLeaverContacts: [],
    earlyHelp: [],
    earlyHelpAssessments: [],
    supervisions: [],
    allocations: [],
    careProceedings: [],
    tasks: [],
    ...parts,
  };
}

/** A journey model of hand-made children, for indicator tests that need no database. */
export function model(
  children: ChildJourney[],
  options: {
    population?: Record<number, number>;
    teams?: TeamInfo[];
    workers?: WorkerInfo[];
    policy?: JourneyModel['policy'];
  } = {},
): JourneyModel {
  return {
    laCode: '999',
    children,
    byId: new Map(children.map((c) => [c.id, c])),
    teams: new Map((options.teams ?? []).map((t) => [t.id, t])),
    workers: new Map((options.workers ?? []).map((w) => [w.id, w])),
    population: new Map(
      Object.entries(options.population ?? { 2025: 100_000 }).map(([y, p]) => [Number(y), p]),
    ),
    policy: options.policy ?? {},
  };
}
