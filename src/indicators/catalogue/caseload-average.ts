import { childrenOverlapping } from '../candidates.ts';
import { openAt } from '../conventions.ts';
import { defineIndicator, type BreakdownRow } from '../indicator.ts';
import type { ChildJourney, JourneyModel, TeamInfo, WorkerInfo } from '../model.ts';

/** A case-holding worker in post at D and the children allocated to them then. */
export interface Caseload {
  worker: WorkerInfo;
  children: { child: ChildJourney; allocationId: string; allocated: string }[];
}

/**
 * Every case-holding worker in post at D (start <= D and no leave date or one after D, as open-at-date reads
 * start and end), with the children whose allocation to them is open at D. A child counts once per worker
 * (two open allocations to the same worker are one child, as the weekly caseload report counts them), but a
 * child co-allocated to two workers is on both caseloads. Allocations to a team without a worker, and to workers
 * not holding cases or not in post, count for nobody.
 */
export function caseloadsAt(model: JourneyModel, date: string): readonly Caseload[] {
  let byDate = caseloadsByModel.get(model);
  if (!byDate) caseloadsByModel.set(model, (byDate = new Map()));
  let caseloads = byDate.get(date);
  if (!caseloads) byDate.set(date, (caseloads = readCaseloads(model, date)));
  return caseloads;
}

/**
 * Both caseload indicators ask for the same dates: each model's caseloads are worked out once per date (a
 * model is never changed; a changed record gives a new model).
 */
const caseloadsByModel = new WeakMap<JourneyModel, Map<string, readonly Caseload[]>>();

function readCaseloads(model: JourneyModel, date: string): readonly Caseload[] {
  const caseloads = new Map<string, Caseload>();
  for (const worker of model.workers.values()) {
    if (worker.caseHolding && openAt(worker.start, worker.leave, date)) {
      caseloads.set(worker.id, { worker, children: [] });
    }
  }
  for (const child of childrenOverlapping(model, 'allocations', date, date, 'start', 'end')) {
    for (const a of child.allocations) {
      const caseload = a.workerId === null ? undefined : caseloads.get(a.workerId);
      if (!caseload || !openAt(a.start, a.end, date)) continue;
      if (caseload.children.some((x) => x.child === child)) continue;
      caseload.children.push({ child, allocationId: a.id, allocated: a.start });
    }
  }
  return [...caseloads.values()];
}

/** The catalogue's caseload targets where a team has none of its own: 25, 15 or 20 per FTE by team type. */
export function caseloadTarget(team: TeamInfo): number {
  if (team.target !== null) return team.target;
  if (team.type === 'assessment' || team.type === 'care_leaving') return 25;
  if (team.type === 'family_safeguarding') return 15;
  return 20;
}

/** FTEs are held to two decimal places; the sum is kept so, without floating-point dust. */
const fteSum = (caseloads: readonly Caseload[]) =>
  Math.round(caseloads.reduce((sum, c) => sum + c.worker.fte, 0) * 100) / 100;

/**
 * Members: one per child on a case-holding worker's caseload at `end` (see caseloadsAt: a child co-allocated to
 * two workers is a member twice, once per worker, with the allocation as the record), so the numerator is the sum
 * of the workers' caseloads. Denominator: the summed FTE of every case-holding worker in post, including those
 * with no children. A worker belongs to their own team (worker.team_id), whatever team the allocation names.
 *
 * Breakdown: a row per team with at least one case-holding worker in post, by team name: value = the team's
 * children / the team's case-holding FTE, with its target in the label (the team's own caseload target, else the
 * catalogue's: 25 for assessment and care-leaving teams, 15 for Family Safeguarding teams, 20 otherwise).
 */
export const caseloadAverage = defineIndicator({
  id: 'caseload_average',
  title: 'Average caseload per FTE case-holding worker',
  unit: 'average',
  polarity: 'down',
  section: 'Management oversight and workforce',
  definition:
    "For each team, and for the authority: children allocated to the team's case-holding workers at `end` divided by those workers' summed FTE.",
  facts: [
    ['team', 'Team'],
    ['worker', 'Worker'],
    ['worker_fte', 'Worker FTE'],
    ['allocated', 'Allocated since'],
  ],
  measure(model, period, out) {
    const caseloads = caseloadsAt(model, period.end);
    const teamName = (id: string) => model.teams.get(id)?.name ?? 'Unknown team';
    for (const { worker, children } of caseloads)
      for (const { child, allocationId, allocated } of children)
        out.add(
          out.listing && {
            personId: child.id,
            laChildId: child.laChildId,
            recordId: allocationId,
            facts: { team: teamName(worker.teamId), worker: worker.name, worker_fte: worker.fte, allocated },
          },
        );
    const teamIds = [...new Set(caseloads.map((c) => c.worker.teamId))].sort((a, b) =>
      teamName(a).localeCompare(teamName(b)),
    );
    const breakdown: BreakdownRow[] = teamIds.map((id) => {
      const mine = caseloads.filter((c) => c.worker.teamId === id);
      const children = mine.reduce((sum, c) => sum + c.children.length, 0);
      const fte = fteSum(mine);
      const team = model.teams.get(id);
      return {
        key: id,
        label: team ? `${team.name} (target ${caseloadTarget(team)})` : teamName(id),
        value: fte > 0 ? children / fte : null,
        numerator: children,
        denominator: fte,
      };
    });
    return { kind: 'average', denominator: fteSum(caseloads), breakdown };
  },
});
