import { defineIndicator } from '../indicator.ts';
import { caseloadsAt, type Caseload } from './caseload-average.ts';

/**
 * Counts workers, not children: each member is a worker, with personId = the worker's id and laChildId = the
 * worker's name (Member has no worker fields; the drill-down lists workers). Caseloads are counted as for
 * caseload_average: case-holding workers in post at `end`, distinct children on allocations open at `end`.
 * Reading chosen: 30 or more children whatever the worker's FTE (the definition counts children, not per FTE).
 */
export const caseloadOverThreshold = defineIndicator({
  id: 'caseload_over_threshold',
  title: 'Case-holding workers with 30 or more children',
  unit: 'number',
  polarity: 'down',
  section: 'Management oversight and workforce',
  members: 'workers',
  definition: 'Case-holding workers with 30 or more allocated children at `end`.',
  facts: [
    ['team', 'Team'],
    ['fte', 'FTE'],
    ['children', 'Allocated children'],
  ],
  additive: false,
  measure(model, period, out) {
    const over: Caseload[] = [];
    for (const c of caseloadsAt(model, period.end)) if (c.children.length >= 30) over.push(c);
    over.sort((a, b) => a.worker.name.localeCompare(b.worker.name));
    for (const { worker, children } of over)
      out.add(
        out.listing && {
          personId: worker.id,
          laChildId: worker.name,
          facts: {
            team: model.teams.get(worker.teamId)?.name ?? 'Unknown team',
            fte: worker.fte,
            children: children.length,
          },
        },
      );
    return { kind: 'count' };
  },
});
