import { ACCOM, ACTIV, IN_TOUCH } from '../../domain/codes.ts';
import { ageOn, formatLongDate } from '../../domain/dates.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { textOf } from './care-start.ts';

/**
 * Keeping in touch with a care leaver (SSDA903 OC3): whether the authority is in touch, and the young
 * person's accommodation and activity.
 */
export const leavingCareContact: Step = {
  id: 'leaving-care-contact',
  title: 'Record a care leaver contact',
  group: 'leaving_care',
  table: 'care_leaver_contact',
  fields: [
    { id: 'contact_date', label: 'Date of contact', kind: 'date' },
    {
      id: 'in_touch',
      label: 'Is the authority in touch with the young person?',
      name: 'whether the authority is in touch',
      kind: 'select',
      options: optionsOf(IN_TOUCH, true),
    },
    {
      id: 'accommodation',
      label: 'Accommodation',
      hint: 'The type of accommodation and whether it is suitable',
      kind: 'select',
      options: optionsOf(ACCOM, true),
      optional: true,
    },
    {
      id: 'activity',
      label: 'Main activity',
      hint: 'Education, employment or training',
      kind: 'select',
      options: optionsOf(ACTIV, true),
      optional: true,
    },
  ],
  offered: (_child, status) => status.careLeaver !== undefined,
  check(ctx, v) {
    const status = ctx.status.careLeaver;
    const errors: FieldErrors = {};
    const date = String(v.contact_date);
    if (status && date < status.start_date) {
      errors.contact_date = `The contact must be on or after the care leaver status started on ${formatLongDate(status.start_date)}`;
    } else if (!status && !ctx.recordId) {
      return { form: 'The young person has no care leaver status' };
    }
    const accommodation = textOf(v.accommodation);
    const activity = textOf(v.activity);
    const inTouch = String(v.in_touch);
    if (inTouch === 'DIED' || inTouch === 'RHOM') {
      const why = inTouch === 'DIED' ? 'the young person has died' : 'the young person has returned home';
      if (accommodation) errors.accommodation = `Leave the accommodation blank: ${why} (SSDA903 rule 344)`;
      if (activity) errors.activity = `Leave the activity blank: ${why} (SSDA903 rule 344)`;
    } else {
      if (accommodation && !activity)
        errors.activity = 'Select the main activity as well as the accommodation (SSDA903 rule 153)';
      if (activity && !accommodation)
        errors.accommodation = 'Select the accommodation as well as the main activity (SSDA903 rule 153)';
      if (inTouch === 'YES' && (accommodation === '0' || activity === '0')) {
        const field = accommodation === '0' ? 'accommodation' : 'activity';
        errors[field] =
          'The authority is in touch with the young person: record what it knows (SSDA903 rule 345)';
      }
    }
    const dob = ctx.child.person.date_of_birth;
    if (dob && accommodation && date >= dob && ageOn(dob, date) < 18) {
      if (accommodation === 'T1' || accommodation === 'T2') {
        errors.accommodation = 'A care leaver under 18 cannot be accommodated in a foyer (SSDA903 rule 347)';
      } else if (accommodation === 'Z1' || accommodation === 'Z2') {
        errors.accommodation = 'Staying put with former foster carers applies from 18 (SSDA903 rule 3001)';
      }
    }
    return errors;
  },
  async save(ctx, v) {
    return insertRecord(ctx.trx, ctx.actor, 'care_leaver_contact', { person_id: ctx.child.person.id, ...v });
  },
};
