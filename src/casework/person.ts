import { sql } from 'kysely';
import { audit } from '../access/audit.ts';
import type { Actor, Trx } from '../db/database.ts';
import { DISABILITY, ETHNICITY, SEX } from '../domain/codes.ts';
import {
  isValidNhsNumber,
  isValidUpn,
  isUpnUnknownCode,
  normaliseNhsNumber,
  normaliseUpn,
} from '../domain/identifiers.ts';
import { optionsOf, type Field, type FieldErrors, type Values } from './fields.ts';
import { insertRecord } from './record.ts';

/** The questions for adding a child (and, with corrections, for changing their details). */
export const PERSON_FIELDS: readonly Field[] = [
  { id: 'given_name', label: 'First name', kind: 'text', maxLength: 100 },
  { id: 'family_name', label: 'Last name', kind: 'text', maxLength: 100 },
  {
    id: 'date_of_birth',
    label: 'Date of birth',
    hint: 'Leave blank for an unborn child',
    kind: 'date',
    optional: true,
  },
  {
    id: 'expected_date_of_birth',
    label: 'Expected date of birth',
    hint: 'For an unborn child',
    kind: 'date',
    optional: true,
    allowFuture: true,
  },
  { id: 'sex', label: 'Sex', kind: 'radios', options: optionsOf(SEX) },
  { id: 'gender', label: 'Gender, if different', kind: 'text', optional: true },
  { id: 'ethnicity', label: 'Ethnicity', kind: 'select', options: optionsOf(ETHNICITY) },
  {
    id: 'la_child_id',
    label: 'Child ID',
    hint: 'Leave blank to have one given',
    kind: 'text',
    optional: true,
    maxLength: 20,
  },
  {
    id: 'upn',
    label: 'Unique pupil number (UPN)',
    hint: '13 characters, for example A123456789012',
    kind: 'text',
    optional: true,
  },
  {
    id: 'nhs_number',
    label: 'NHS number',
    hint: '10 digits, for example 943 476 5919',
    kind: 'text',
    optional: true,
  },
  {
    id: 'disabilities',
    label: 'Disabilities',
    kind: 'checkboxes',
    options: optionsOf(DISABILITY),
    optional: true,
  },
  { id: 'language', label: 'First language', kind: 'text', optional: true },
  { id: 'postcode', label: 'Home postcode', kind: 'text', optional: true, maxLength: 8 },
];

/** Checks a child's identifying details: one of the birth dates, identifiers with their check characters. */
export function checkPerson(v: Values, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.date_of_birth && !v.expected_date_of_birth) {
    errors.date_of_birth = 'Enter the date of birth, or the expected date of birth for an unborn child';
  }
  if (v.date_of_birth && v.expected_date_of_birth) {
    errors.expected_date_of_birth = 'Enter either the date of birth or the expected date of birth, not both';
  }
  if (v.expected_date_of_birth && String(v.expected_date_of_birth) <= today && !v.date_of_birth) {
    errors.expected_date_of_birth =
      'The expected date of birth must be in the future; if the child is born, enter the date of birth';
  }
  if (v.upn) {
    const upn = normaliseUpn(String(v.upn)) ?? String(v.upn).trim().toUpperCase();
    if (!isValidUpn(upn) && !isUpnUnknownCode(upn, 'cin')) {
      errors.upn = 'Enter a real UPN: 13 characters, starting with a check letter that matches the rest';
    }
  }
  if (v.nhs_number && !isValidNhsNumber(String(v.nhs_number))) {
    errors.nhs_number = 'Enter a real NHS number: 10 digits whose last digit is the right check digit';
  }
  if (v.la_child_id && !/^[A-Za-z0-9/_-]{1,20}$/.test(String(v.la_child_id))) {
    errors.la_child_id = 'The child ID can only contain letters, numbers, hyphens, underscores and slashes';
  }
  if (v.postcode && !/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(String(v.postcode).trim())) {
    errors.postcode = 'Enter a real postcode, like SW1A 1AA';
  }
  return errors;
}

/** The values as stored: identifiers normalised, UN codes moved to upn_unknown. */
export function personColumns(v: Values): Values {
  const upn = v.upn ? (normaliseUpn(String(v.upn)) ?? String(v.upn).trim().toUpperCase()) : null;
  return {
    ...v,
    upn: upn && isValidUpn(upn) ? upn : null,
    upn_unknown: upn && isUpnUnknownCode(upn, 'cin') ? upn : null,
    nhs_number: v.nhs_number ? normaliseNhsNumber(String(v.nhs_number)) : null,
    postcode: v.postcode ? String(v.postcode).trim().toUpperCase() : null,
    disabilities: (v.disabilities as string[] | null) ?? [],
  };
}

/** Adds a child to the authority's record. Gives a child ID when none is entered. */
export async function addChild(
  trx: Trx,
  actor: Actor,
  v: Values,
): Promise<{ id: string } | { errors: FieldErrors }> {
  let laChildId = v.la_child_id ? String(v.la_child_id) : null;
  if (!laChildId) {
    // The authority's counter, not the children this user can see (migration 0007: child_number).
    const { rows } = await sql<{ next: string }>`
      INSERT INTO child_number (la_code, last) VALUES (${actor.laCode}, 1)
      ON CONFLICT (la_code) DO UPDATE SET last = child_number.last + 1
      RETURNING 'C' || lpad(last::text, 6, '0') AS next`.execute(trx);
    laChildId = rows[0]!.next;
  }
  // A child ID taken by a child this user cannot see is found by the unique index, not by looking.
  await sql`SAVEPOINT add_child`.execute(trx);
  try {
    const id = await insertRecord(trx, actor, 'person', {
      ...personColumns(v),
      la_child_id: laChildId,
      is_child: true,
    });
    return { id };
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await sql`ROLLBACK TO SAVEPOINT add_child`.execute(trx);
    return { errors: { la_child_id: 'Another child already has this child ID' } };
  }
}

export interface SearchResult {
  id: string;
  la_child_id: string;
  name: string;
  date_of_birth: string | null;
  expected_date_of_birth: string | null;
  upn: string | null;
  postcode: string | null;
}

/**
 * Finds children by name (partial, any order), child ID, UPN, NHS number or date of birth (DD/MM/YYYY or
 * YYYY-MM-DD). Audited with its criteria.
 */
export async function findChildren(trx: Trx, actor: Actor, text: string): Promise<SearchResult[]> {
  const q = text.trim();
  if (!q) return [];
  let query = trx
    .selectFrom('person')
    .select([
      'id',
      'la_child_id',
      sql<string>`given_name || ' ' || family_name`.as('name'),
      'date_of_birth',
      'expected_date_of_birth',
      'upn',
      'postcode',
    ])
    .where('is_child', '=', true)
    .where('voided_at', 'is', null);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(q);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(q)
    ? q
    : dmy
      ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`
      : null;
  const compact = q.replace(/\s+/g, '');
  if (iso) {
    query = query.where('date_of_birth', '=', iso);
  } else if (/^[0-9]{10}$/.test(compact)) {
    query = query.where((eb) => eb.or([eb('nhs_number', '=', compact), eb('la_child_id', '=', q)]));
  } else if (/^[A-Za-z][0-9]{11}[0-9A-Za-z]$/.test(compact)) {
    query = query.where((eb) =>
      eb.or([eb('upn', '=', compact.toUpperCase()), eb('former_upn', '=', compact.toUpperCase())]),
    );
  } else {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    query = query.where((eb) =>
      eb.or([
        eb('la_child_id', '=', q),
        eb.and(
          words.map((w) =>
            eb(sql`lower(given_name || ' ' || family_name)`, 'like', `%${w.replace(/[\\%_]/g, '\\$&')}%`),
          ),
        ),
      ]),
    );
  }
  const results = await query.orderBy('family_name').orderBy('given_name').limit(50).execute();
  await audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action: 'search',
    detail: { criteria: q, results: results.length },
  });
  return results;
}
