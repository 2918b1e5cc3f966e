import type { ChildJourney, JourneyModel, TeamInfo, WorkerInfo } from './model.ts';

/** A visit as recorded, for hand-worked cases: the model keeps only the dates a child was seen, by kind. */
export interface Visit {
  id?: string;
  date: string;
  kind: string;
  seen: boolean;
  seenAlone: boolean;
}

/** What a hand-worked child is made of: the model's lists, with visits and supervisions as recorded. */
export type ChildParts = Partial<Omit<ChildJourney, 'seenVisits' | 'supervisions'>> & {
  visits?: readonly Visit[];
  supervisions?: readonly { id?: string; date: string }[];
};

/**
 * A child for hand-worked indicator cases: only what the case needs, the rest empty. Visits and supervisions
 * become what the journey model holds of them, as loadJourneyModel reads them: the dates a child was seen on a
 * CP, CIN or CLA visit, and the supervision dates, ascending.
 */
export function child(id: string, parts: ChildParts = {}): ChildJourney {
  const { visits = [], supervisions = [], ...lists } = parts;
  const seenOn = (kind: string) =>
    visits
      .filter((v) => v.seen && v.kind === kind)
      .map((v) => v.date)
      .sort();
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
    seenVisits: { cp: seenOn('cp'), cin: seenOn('cin'), cla: seenOn('cla') },
    health: [],
    missing: [],
    permanencePlans: [],
    careLeaver: [],
    careLeaverContacts: [],
    earlyHelp: [],
    earlyHelpAssessments: [],
    supervisions: supervisions.map((s) => s.date).sort(),
    allocations: [],
    careProceedings: [],
    tasks: [],
    ...lists,
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
