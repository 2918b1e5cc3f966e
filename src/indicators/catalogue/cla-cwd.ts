import { allocatedTeam, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

/**
 * Children of `cla` whose allocation open at `end` (`allocatedTeam`, as `cin_plans_not_cwd` reads it) is to a
 * team of type 'disability'. An allocation ending on `end` is not open at `end`.
 */
export const claCwd = defineIndicator({
  id: 'cla_cwd',
  title: 'Children looked after by a children with disabilities team',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Children looked after at `end` whose allocated team is a children with disabilities team.',
  facts: [
    ['care_start', 'Care start'],
    ['team', 'Allocated team'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end)) {
      const team = allocatedTeam(model, c, period.end);
      if (team?.type === 'disability')
        out.add(out.listing && member(c, { care_start: care.start, team: team.name }, care.episode.id));
    }
    return { kind: 'count' };
  },
});
