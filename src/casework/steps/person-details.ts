import { sql } from 'kysely';
import { WARNING_CATEGORY, RELATIONSHIP } from '../../domain/local-codes.ts';
import { optionsOf, type Field } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** A warning shown on the child's identity bar until it ends. */
export const personWarning: Step = {
  id: 'person-warning',
  title: 'Add a warning',
  group: 'person',
  table: 'person_warning',
  fields: [
    { id: 'category', label: 'Type of warning', kind: 'radios', options: optionsOf(WARNING_CATEGORY) },
    {
      id: 'detail',
      label: 'Warning',
      hint: 'Shown on every page of the record',
      kind: 'text',
      maxLength: 120,
    },
    { id: 'start_date', label: 'From', kind: 'date' },
    { id: 'end_date', label: 'Until', kind: 'date', optional: true, allowFuture: true },
  ],
  offered: () => true,
  prefill: (ctx) => ({ start_date: ctx.today }),
  check: (_ctx, v) =>
    v.end_date && String(v.end_date) <= String(v.start_date)
      ? { end_date: 'The end of the warning must be after its start' }
      : {},
  save: (ctx, v) =>
    insertRecord(ctx.trx, ctx.actor, 'person_warning', { person_id: ctx.child.person.id, ...v }),
};

/** A new home address: the postcode history, and the child's current postcode. */
export const personAddress: Step = {
  id: 'person-address',
  title: 'Record a change of address',
  group: 'person',
  table: 'person_address',
  fields: [
    { id: 'postcode', label: 'Postcode', kind: 'text', maxLength: 8 },
    { id: 'start_date', label: 'Living there from', kind: 'date' },
  ],
  offered: () => true,
  check(ctx, v) {
    if (!/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(String(v.postcode).trim())) {
      return { postcode: 'Enter a real postcode, like SW1A 1AA' };
    }
    const latest = ctx.child.addresses.at(-1);
    if (latest && String(v.start_date) <= latest.start_date) {
      return { start_date: `The move must be after the last recorded move, on ${latest.start_date}` };
    }
    return {};
  },
  async save(ctx, v) {
    const postcode = String(v.postcode).trim().toUpperCase();
    const latest = ctx.child.addresses.at(-1);
    if (latest && !latest.end_date) {
      await updateRecord(
        ctx.trx,
        ctx.actor,
        'person_address',
        latest.id,
        { end_date: v.start_date },
        'Moved',
      );
    }
    const id = await insertRecord(ctx.trx, ctx.actor, 'person_address', {
      person_id: ctx.child.person.id,
      postcode,
      start_date: v.start_date,
    });
    await updateRecord(ctx.trx, ctx.actor, 'person', ctx.child.person.id, { postcode }, 'Address changed');
    return id;
  },
};

/** Unaccompanied asylum-seeking child status, with its dates (SSDA903 UASC, DUC). */
export const personUasc: Step = {
  id: 'person-uasc',
  title: 'Record unaccompanied asylum-seeking status',
  group: 'person',
  table: 'person',
  fields: [
    { id: 'uasc_since', label: 'Unaccompanied asylum-seeking child since', kind: 'date' },
    {
      id: 'uasc_ceased',
      label: 'Date status ceased',
      hint: 'For example, on turning 18 or on a grant of leave',
      kind: 'date',
      optional: true,
    },
  ],
  offered: () => true,
  prefill: (ctx) => ({ uasc_since: ctx.child.person.uasc_since, uasc_ceased: ctx.child.person.uasc_ceased }),
  check: (_ctx, v) =>
    v.uasc_ceased && String(v.uasc_ceased) < String(v.uasc_since)
      ? { uasc_ceased: 'The date status ceased must be the same as or after the date it began' }
      : {},
  async save(ctx, v) {
    await updateRecord(ctx.trx, ctx.actor, 'person', ctx.child.person.id, v, 'UASC status recorded');
    return ctx.child.person.id;
  },
};

const RELATIONSHIP_FIELDS: readonly Field[] = [
  {
    id: 'relationship',
    label: 'Relationship to the child',
    kind: 'select',
    options: optionsOf(RELATIONSHIP),
  },
  { id: 'parental_responsibility', label: 'Do they have parental responsibility?', kind: 'yes_no' },
  { id: 'start_date', label: 'Relationship from', kind: 'date', optional: true },
  { id: 'end_date', label: 'Relationship ended', kind: 'date', optional: true },
];

/** A parent, carer, sibling or household member, added as a person and linked to the child. */
export const personRelationship: Step = {
  id: 'person-relationship',
  title: 'Add a family member or carer',
  group: 'person',
  table: 'relationship',
  fields: [
    { id: 'given_name', label: 'First name', kind: 'text', maxLength: 100 },
    { id: 'family_name', label: 'Last name', kind: 'text', maxLength: 100 },
    { id: 'date_of_birth', label: 'Date of birth', kind: 'date', optional: true },
    ...RELATIONSHIP_FIELDS,
  ],
  correctionFields: RELATIONSHIP_FIELDS,
  offered: () => true,
  check(_ctx, v) {
    if (v.end_date && v.start_date && String(v.end_date) < String(v.start_date)) {
      return { end_date: 'The end of the relationship must be after its start' };
    }
    if ((v.relationship === 'sibling' || v.relationship === 'half_sibling') && !v.date_of_birth) {
      return { date_of_birth: "Enter the sibling's date of birth" };
    }
    return {};
  },
  async save(ctx, v) {
    const { rows } = await sql<{ next: string }>`
      SELECT 'A' || lpad((coalesce(max(substring(la_child_id FROM '^A([0-9]+)$')::bigint), 0) + 1)::text, 6, '0') AS next
      FROM person`.execute(ctx.trx);
    const relatedId = await insertRecord(ctx.trx, ctx.actor, 'person', {
      la_child_id: rows[0]!.next,
      is_child: v.relationship === 'sibling' || v.relationship === 'half_sibling',
      given_name: v.given_name,
      family_name: v.family_name,
      date_of_birth: v.date_of_birth,
    });
    return insertRecord(ctx.trx, ctx.actor, 'relationship', {
      person_id: ctx.child.person.id,
      related_person_id: relatedId,
      relationship: v.relationship,
      parental_responsibility: v.parental_responsibility,
      start_date: v.start_date,
      end_date: v.end_date,
    });
  },
};
