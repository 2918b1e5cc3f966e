import { LS, REASON_PLACE_CHANGE, RNE } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import type { TimescaleRuleId } from '../../domain/timescales.ts';
import type { Row } from '../child.ts';
import { cancelClocks, startClock } from '../clocks.ts';
import { optionsOf, type FieldErrors, type Values } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import type { Step, StepContext } from '../step.ts';
import {
  birthday,
  episodeColumns,
  isTemporaryPlacement,
  LONG_TERM_FIELD,
  PLACEMENT_FIELDS,
  placementErrors,
  textOf,
} from './care-start.ts';

/** Reasons for a new episode within a period of care: every RNE but S (started to be looked after). */
const CHANGE_RNE = optionsOf(RNE).filter(([code]) => code !== 'S');
/** New episodes in which the child moves placement (SSDA903 rule 225 asks for a reason for these). */
const PLACEMENT_MOVES = ['P', 'T', 'U', 'B'];
/** The placement's details: an episode with any of these different is a new placement (rules 434-436). */
const PLACEMENT_KEYS = ['placement_type', 'placement_provider', 'placement_postcode', 'urn'] as const;

/** Clocks about the placement the child leaves, replaced by those of the new one. */
const PLACEMENT_RULES: readonly TimescaleRuleId[] = [
  'cla_visit_first_1w',
  'cla_visit_6w',
  'cla_visit_long_term_3m',
  'cla_placement_plan_5wd',
];

/**
 * The episode the change follows. Recording: the episode open today. Correcting the new episode (which the
 * correction leaves out of the record it checks against): the episode ended by a change (X1) on the same
 * day that nothing else now continues.
 */
function previousEpisode(ctx: StepContext, start: string): Row<'cla_episode'> | undefined {
  if (!ctx.recordId) return ctx.status.episode;
  const episodes = ctx.child.claEpisodes;
  return episodes.find(
    (e) => e.reason_end === 'X1' && e.end_date === start && !episodes.some((n) => n.start_date === start),
  );
}

function placementChanged(v: Values, previous: Row<'cla_episode'>): boolean {
  const now = episodeColumns(v);
  return PLACEMENT_KEYS.some((key) => (now[key] ?? null) !== (previous[key] ?? null));
}

/**
 * A new episode in the same period of care (SSDA903): the child moves placement, or their legal status
 * changes, or both. The episode before it ends the same day with reason X1.
 */
export const careChange: Step = {
  id: 'care-change',
  title: 'Record a change of placement or legal status',
  group: 'care',
  table: 'cla_episode',
  fields: [
    { id: 'start_date', label: 'Date of the change', kind: 'date' },
    { id: 'rne', label: 'What changed?', name: 'what changed', kind: 'radios', options: CHANGE_RNE },
    { id: 'legal_status', label: 'Legal status', kind: 'select', options: optionsOf(LS, true) },
    ...PLACEMENT_FIELDS,
    {
      id: 'reason_place_change',
      label: 'Reason for the placement change',
      hint: 'When the child moves placement, unless they move to or from a temporary placement (T0 to T4)',
      kind: 'select',
      options: optionsOf(REASON_PLACE_CHANGE, true),
      optional: true,
    },
    LONG_TERM_FIELD,
  ],
  offered: (_child, status) => status.episode !== undefined,
  prefill(ctx) {
    const episode = ctx.status.episode;
    if (!episode) return {};
    return {
      legal_status: episode.legal_status,
      placement_type: episode.placement_type,
      placement_provider: episode.placement_provider,
      placement_postcode: episode.placement_postcode,
      urn: episode.urn,
      long_term_placement: episode.long_term_placement,
    };
  },
  check(ctx, v) {
    const start = String(v.start_date);
    const previous = previousEpisode(ctx, start);
    if (!previous) {
      return ctx.recordId
        ? {
            start_date:
              'A change starts the day the episode before it ended: to move this date, correct the end of the episode before it as well',
          }
        : { form: 'The child is not looked after: record the start of a period of care instead' };
    }
    const dob = ctx.child.person.date_of_birth;
    const errors: FieldErrors = placementErrors(v, dob, start);
    if (start <= previous.start_date) {
      errors.start_date = `The date of the change must be after the current episode began on ${formatLongDate(previous.start_date)}; to change what was recorded that day, correct that episode (SSDA903 rule 355)`;
    } else if (dob && start >= birthday(dob, 18)) {
      errors.start_date = `The young person turned 18 on ${formatLongDate(birthday(dob, 18))}: record the end of the period of care instead`;
    }
    const rne = String(v.rne);
    const statusChanged = v.legal_status !== previous.legal_status;
    const moved = placementChanged(v, previous);
    const was = previous.legal_status;
    const stillWas = (rule: string) =>
      `Select the new legal status: it is still ${was} (SSDA903 rule ${rule})`;
    const unchanged = (rule: string) =>
      `Enter the new placement: its details are the same as before (SSDA903 rule ${rule})`;
    if (rne === 'L') {
      if (!statusChanged) errors.legal_status = stillWas('434');
      if (moved) {
        errors.rne =
          'The placement details have changed as well: choose a change of legal status and placement (SSDA903 rule 434)';
      }
    } else if (rne === 'P' || rne === 'T') {
      if (statusChanged) {
        errors.legal_status = `For a change of placement only, keep the legal status ${was}; if it changed too, choose B or U (SSDA903 rule 435)`;
      }
      if (!moved) errors.placement_type = unchanged('435');
    } else {
      if (!statusChanged) errors.legal_status = stillWas('436');
      if (!moved) errors.placement_type = unchanged('436');
    }
    if (/^A[35]$/.test(String(v.placement_type)) && rne !== 'T' && rne !== 'U') {
      errors.rne =
        'A placement for adoption with the current foster carers (A3, A5) starts with a change of placement with the same carers (T, or U when the legal status changes too) (SSDA903 rule 217)';
    }
    // The reason belongs to the episode that ends (SSDA903 rules 225, 226 and 233), and is saved there.
    const temporary =
      isTemporaryPlacement(previous.placement_type) || isTemporaryPlacement(String(v.placement_type));
    const reason = textOf(v.reason_place_change);
    if (ctx.recordId) {
      if (reason) {
        errors.reason_place_change =
          'The reason for a placement change is kept on the episode that ended: correct it there';
      }
    } else if (PLACEMENT_MOVES.includes(rne) && !temporary && !reason) {
      errors.reason_place_change = 'Select the reason for the placement change (SSDA903 rule 225)';
    } else if (rne === 'L' && reason) {
      errors.reason_place_change =
        'Leave the reason for the placement change blank: the placement has not changed';
    } else if (temporary && reason) {
      errors.reason_place_change =
        'Leave the reason blank for a move to or from a temporary placement (SSDA903 rule 226)';
    }
    return errors;
  },
  async save(ctx, v) {
    const previous = ctx.status.episode!;
    const personId = ctx.child.person.id;
    const start = String(v.start_date);
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'cla_episode',
      previous.id,
      { end_date: start, reason_end: 'X1', reason_place_change: textOf(v.reason_place_change) },
      'Episode ended by a change of placement or legal status',
    );
    const id = await insertRecord(ctx.trx, ctx.actor, 'cla_episode', {
      person_id: personId,
      ...episodeColumns(v),
      reason_place_change: null,
      category_of_need: previous.category_of_need,
      home_postcode: previous.home_postcode,
    });
    if (PLACEMENT_MOVES.includes(String(v.rne))) {
      await cancelClocks(ctx.trx, personId, PLACEMENT_RULES, start);
      for (const ruleId of ['cla_visit_first_1w', 'cla_placement_plan_5wd'] as const) {
        await startClock(ctx.trx, ctx.actor, ctx.policy, {
          personId,
          ruleId,
          fromDate: start,
          sourceType: 'cla_episode',
          sourceId: id,
        });
      }
    }
    return id;
  },
};
