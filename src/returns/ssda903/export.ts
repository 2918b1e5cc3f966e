import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { lookedAfterForYearTo } from '../../casework/child.ts';
import type { Trx } from '../../db/database.ts';
import { addCalendarMonths, formatDmy } from '../../domain/dates.ts';
import { tablesOf } from './read.ts';
import { collectionDates, type Row, type Ssda903Data, type TableName } from './spec.ts';

/**
 * The SSDA903 return built from the record for one collection year (2025 is 1 April 2025 to 31 March
 * 2026). Every table of the year is present, possibly with no rows. Voided records are left out.
 *
 * Header: every child with an episode open at any point in the year (short-break children included, as the
 * DfE validator expects them in Header and Episodes), and the care leavers of the OC3 cohort. The other
 * tables are limited to the children looked after in the year.
 */
export async function exportSsda903(trx: Trx, year: number): Promise<Ssda903Data> {
  const { collectionStart: start, collectionEnd: end } = collectionDates(year);
  const laCode = await currentLaCode(trx);

  const episodes = await trx
    .selectFrom('cla_episode')
    .selectAll()
    .where('voided_at', 'is', null)
    .where('start_date', '<=', end)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
    .orderBy('person_id')
    .orderBy('start_date')
    .execute();
  const childIds = [...new Set(episodes.map((e) => e.person_id))];
  const none = childIds.length === 0;
  const ids = none ? ['00000000-0000-0000-0000-000000000000'] : childIds;

  const people = await trx
    .selectFrom('person')
    .select([
      'id',
      'la_child_id',
      'sex',
      'date_of_birth',
      'ethnicity',
      'upn',
      'upn_unknown',
      'uasc_since',
      'uasc_ceased',
    ])
    .where('id', 'in', ids)
    .where('voided_at', 'is', null)
    .execute();
  const person = new Map(people.map((p) => [p.id, p]));
  const child = (id: string): string => person.get(id)?.la_child_id ?? '';
  const dob = (id: string): string => dmy(person.get(id)?.date_of_birth ?? null);
  const inHeader = (id: string): boolean => person.has(id);
  const byChildId = <T extends { person_id: string }>(rows: T[]): T[] =>
    rows.filter((r) => inHeader(r.person_id)).sort((a, b) => cmp(child(a.person_id), child(b.person_id)));

  // Header. MOTHER and MC_DOB for girls: 1 and the eldest baby's date of birth when the record names the
  // girl as someone's mother, 0 otherwise; blank for boys.
  const babies = await trx
    .selectFrom('relationship')
    .innerJoin('person as baby', (j) =>
      j.onRef('baby.la_code', '=', 'relationship.la_code').onRef('baby.id', '=', 'relationship.person_id'),
    )
    .select(['relationship.related_person_id as mother', 'baby.date_of_birth as baby_dob'])
    .where('relationship.relationship', '=', 'mother')
    .where('relationship.related_person_id', 'in', ids)
    .where('relationship.voided_at', 'is', null)
    .where('baby.voided_at', 'is', null)
    .execute();
  const firstBaby = new Map<string, string | null>();
  for (const b of babies) {
    const had = firstBaby.get(b.mother);
    if (had === undefined || (b.baby_dob !== null && (had === null || b.baby_dob < had)))
      firstBaby.set(b.mother, b.baby_dob);
  }
  const sortedPeople = [...people].sort((a, b) => cmp(a.la_child_id, b.la_child_id));
  // Care leavers in the OC3 cohort who were not looked after in the year are in Header too.
  const { rows: OC3, people: leavers } = await oc3(trx, start, end);
  const headerPeople: HeaderPerson[] = [...sortedPeople, ...leavers.filter((l) => !person.has(l.id))].sort(
    (a, b) => cmp(a.la_child_id, b.la_child_id),
  );
  const Header: Row[] = headerPeople.map((p) => {
    const isMother = firstBaby.has(p.id);
    return {
      CHILD: p.la_child_id,
      SEX: p.sex ?? '',
      DOB: dmy(p.date_of_birth),
      ETHNIC: p.ethnicity ?? '',
      UPN: p.upn ?? p.upn_unknown ?? '',
      MOTHER: p.sex === 'F' && person.has(p.id) ? (isMother ? '1' : '0') : '',
      MC_DOB: p.sex === 'F' && person.has(p.id) && isMother ? dmy(firstBaby.get(p.id) ?? null) : '',
    };
  });

  // Episodes: DEC, REC and the reason for a placement change (kept on the episode that ended) only when the
  // episode ended within the year.
  const Episodes: Row[] = byChildId(episodes)
    .sort((a, b) => cmp(child(a.person_id), child(b.person_id)) || cmp(a.start_date, b.start_date))
    .map((e) => {
      const ended = e.end_date !== null && e.end_date <= end;
      return {
        CHILD: child(e.person_id),
        DECOM: dmy(e.start_date),
        RNE: e.rne,
        LS: e.legal_status,
        CIN: e.category_of_need,
        PLACE: e.placement_type,
        PLACE_PROVIDER: e.placement_provider ?? '',
        DEC: ended ? dmy(e.end_date) : '',
        REC: ended ? (e.reason_end ?? '') : '',
        REASON_PLACE_CHANGE: ended ? (e.reason_place_change ?? '') : '',
        HOME_POST: e.home_postcode ?? '',
        PL_POST: e.placement_postcode ?? '',
        URN: e.urn ?? '',
      };
    });

  // Reviews in the year.
  const reviews = await trx
    .selectFrom('cla_review')
    .select(['person_id', 'review_date', 'participation'])
    .where('person_id', 'in', ids)
    .where('voided_at', 'is', null)
    .where('review_date', '>=', start)
    .where('review_date', '<=', end)
    .orderBy('review_date')
    .execute();
  const Reviews: Row[] = byChildId(reviews).map((r) => ({
    CHILD: child(r.person_id),
    DOB: dob(r.person_id),
    REVIEW: dmy(r.review_date),
    REVIEW_CODE: r.participation ?? '',
  }));

  // UASC: DUC is the date the child ceased to be UASC, when that was by 31 March; otherwise the date they
  // are expected to, their 18th birthday (a cessation after the year was not known at its end; rule 205B).
  const UASC: Row[] = sortedPeople
    .filter((p) => p.uasc_since !== null)
    .map((p) => {
      const eighteenth = p.date_of_birth ? addCalendarMonths(p.date_of_birth, 18 * 12) : null;
      const ceased = p.uasc_ceased !== null && p.uasc_ceased <= end ? p.uasc_ceased : null;
      return {
        CHILD: p.la_child_id,
        SEX: p.sex ?? '',
        DOB: dmy(p.date_of_birth),
        DUC: dmy(ceased ?? eighteenth),
      };
    });

  // OC2: looked after continuously for at least 12 months at 31 March (short breaks aside).
  const OC2 = await oc2(trx, episodes, start, end, ids, sortedPeople);

  // AD1: children adopted in the year (an episode ending E11 or E12), from their latest adoption record.
  // PlacedAdoption: decisions that the child should be placed for adoption in force at some point in the year.
  const adoptions = await trx
    .selectFrom('adoption')
    .selectAll()
    .where('person_id', 'in', ids)
    .where('voided_at', 'is', null)
    .orderBy('decision_date')
    .execute();
  const adopted = new Set(
    episodes
      .filter((e) => e.end_date !== null && e.end_date <= end && ['E11', 'E12'].includes(e.reason_end ?? ''))
      .map((e) => e.person_id),
  );
  const latestAdoption = new Map(adoptions.map((a) => [a.person_id, a]));
  const AD1: Row[] = sortedPeople
    .filter((p) => adopted.has(p.id) && latestAdoption.has(p.id))
    .map((p) => {
      const a = latestAdoption.get(p.id)!;
      return {
        CHILD: p.la_child_id,
        DOB: dmy(p.date_of_birth),
        DATE_INT: dmy(a.decision_date),
        DATE_MATCH: dmy(a.matched_date),
        FOSTER_CARE: a.foster_care === null ? '' : a.foster_care ? '1' : '0',
        NB_ADOPTR: a.number_of_adopters === null ? '' : String(a.number_of_adopters),
        SEX_ADOPTR: a.sex_of_adopters ?? '',
        LS_ADOPTR: a.legal_status_of_adopters ?? '',
      };
    });
  const PlacedAdoption: Row[] = byChildId(
    adoptions.filter((a) => a.decision_date <= end && (a.ceased_date === null || a.ceased_date >= start)),
  ).map((a) => {
    const ceased = a.ceased_date !== null && a.ceased_date <= end;
    return {
      CHILD: child(a.person_id),
      DOB: dob(a.person_id),
      DATE_PLACED: dmy(a.decision_date),
      DATE_PLACED_CEASED: ceased ? dmy(a.ceased_date) : '',
      REASON_PLACED_CEASED: ceased ? (a.ceased_reason ?? '') : '',
    };
  });

  // Missing: missing and away episodes overlapping the year.
  const missing = await trx
    .selectFrom('missing_episode')
    .select(['person_id', 'kind', 'start_date', 'end_date'])
    .where('person_id', 'in', ids)
    .where('voided_at', 'is', null)
    .where('start_date', '<=', end)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
    .orderBy('start_date')
    .execute();
  const Missing: Row[] = byChildId(missing).map((m) => ({
    CHILD: child(m.person_id),
    DOB: dob(m.person_id),
    MISSING: m.kind,
    MIS_START: dmy(m.start_date),
    MIS_END: m.end_date !== null && m.end_date <= end ? dmy(m.end_date) : '',
  }));

  // SWEpisodes: for each child looked after at 31 March (short breaks aside), every allocation to a named
  // worker overlapping the year, including those from before the child was looked after (rule SW12STG2).
  // SW_REASON is the reason recorded for the change that began the allocation; an allocation recorded with
  // no reason began the child's involvement with a social worker, which the DfE codes as FCONTA (first
  // contact or re-referral).
  const lookedAfterAtEnd = new Set(
    episodes
      .filter((e) => !['V3', 'V4'].includes(e.legal_status) && (e.end_date === null || e.end_date > end))
      .map((e) => e.person_id),
  );
  const allocations = await trx
    .selectFrom('allocation')
    .innerJoin('worker', (j) =>
      j.onRef('worker.la_code', '=', 'allocation.la_code').onRef('worker.id', '=', 'allocation.worker_id'),
    )
    .select([
      'allocation.person_id',
      'allocation.start_date',
      'allocation.end_date',
      'allocation.change_reason',
      'worker.id as worker_id',
      'worker.swe_number',
    ])
    .where('allocation.person_id', 'in', ids)
    .where('allocation.voided_at', 'is', null)
    .where('allocation.start_date', '<=', end)
    .where((eb) => eb.or([eb('allocation.end_date', 'is', null), eb('allocation.end_date', '>=', start)]))
    .orderBy('allocation.start_date')
    .execute();
  const SWEpisodes: Row[] = byChildId(allocations.filter((a) => lookedAfterAtEnd.has(a.person_id))).map(
    (a) => {
      const ended = a.end_date !== null && a.end_date <= end;
      return {
        CHILD: child(a.person_id),
        DOB: dob(a.person_id),
        SW_ID: a.swe_number ?? a.worker_id,
        SW_DECOM: dmy(a.start_date),
        SW_DEC: ended ? dmy(a.end_date) : '',
        SW_REASON: a.change_reason ?? 'FCONTA',
      };
    },
  );

  // PrevPerm: children who started to be looked after in the year, with the permanence recorded on the
  // start of their latest period of care (rules 630, 634).
  const startsInYear = new Map(
    episodes.filter((e) => e.rne === 'S' && e.start_date >= start).map((e) => [e.person_id, e]),
  );
  const PrevPerm: Row[] = byChildId([...startsInYear.values()]).map((e) => ({
    CHILD: child(e.person_id),
    DOB: dob(e.person_id),
    PREV_PERM: e.previous_permanence ?? '',
    LA_PERM: e.previous_permanence_la ?? '',
    DATE_PERM: dmy(e.previous_permanence_date),
  }));

  // DoLo (from 2026/27): deprivation of liberty orders in force at some point in the year, an end after the
  // year left blank as it was not known at the year's end (rules 703, 704).
  const collectsDoLo = 'DoLo' in tablesOf(year);
  const orders = collectsDoLo
    ? await trx
        .selectFrom('deprivation_of_liberty')
        .select(['person_id', 'start_date', 'end_date'])
        .where('person_id', 'in', ids)
        .where('voided_at', 'is', null)
        .where('start_date', '<=', end)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
        .orderBy('start_date')
        .execute()
    : [];
  const DoLo: Row[] = byChildId(orders).map((o) => ({
    CHILD: child(o.person_id),
    DOB: dob(o.person_id),
    DOLO_START: dmy(o.start_date),
    DOLO_END: o.end_date !== null && o.end_date <= end ? dmy(o.end_date) : '',
  }));

  const tables: Record<string, Row[]> = {
    Header,
    Episodes,
    Reviews,
    UASC,
    OC2,
    OC3,
    AD1,
    PlacedAdoption,
    PrevPerm,
    Missing,
    SWEpisodes,
    ...(collectsDoLo ? { DoLo } : {}),
  };
  return {
    year,
    laCode,
    collectionStart: start,
    collectionEnd: end,
    tables: tables as Ssda903Data['tables'],
  };
}

type Episode = { person_id: string; start_date: string; end_date: string | null; legal_status: string };
type HeaderPerson = {
  id: string;
  la_child_id: string;
  sex: string | null;
  date_of_birth: string | null;
  ethnicity: string | null;
  upn: string | null;
  upn_unknown: string | null;
};
type PersonRow = { id: string; la_child_id: string; date_of_birth: string | null };

/**
 * OC2: children looked after continuously for the 12 months to 31 March and still looked after at its end
 * (lookedAfterForYearTo: short breaks V3 and V4 left out). Health fields are 1 when the record has the event in the year and 0
 * when not (HEALTH_CHECK, the health promotion item, only for children under 5 at 31 March). The SDQ score
 * is the latest in the year, for children aged 4 or over at 31 March and under 17 on 1 April (rules 188,
 * 189). CONVICTED, SUBSTANCE_MISUSE, the interventions and SDQ_REASON are the annual outcomes recorded for
 * the year (cla_outcome), blank when not recorded.
 */
async function oc2(
  trx: Trx,
  episodes: Episode[],
  start: string,
  end: string,
  ids: string[],
  people: PersonRow[],
): Promise<Row[]> {
  const byPerson = new Map<string, Episode[]>();
  for (const e of episodes) {
    const list = byPerson.get(e.person_id) ?? [];
    list.push(e);
    byPerson.set(e.person_id, list);
  }
  const cohort = people.filter((p) => lookedAfterForYearTo(byPerson.get(p.id) ?? [], end));
  if (cohort.length === 0) return [];
  const events = await trx
    .selectFrom('health_event')
    .select(['person_id', 'kind', 'event_date', 'sdq_score'])
    .where('person_id', 'in', ids)
    .where('voided_at', 'is', null)
    .where('event_date', '>=', start)
    .where('event_date', '<=', end)
    .orderBy('event_date')
    .execute();
  const eventsOf = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsOf.get(e.person_id) ?? [];
    list.push(e);
    eventsOf.set(e.person_id, list);
  }
  const outcomes = await trx
    .selectFrom('cla_outcome')
    .selectAll()
    .where('person_id', 'in', ids)
    .where('voided_at', 'is', null)
    .where('year_end', '=', end)
    .execute();
  const outcomeOf = new Map(outcomes.map((o) => [o.person_id, o]));
  const yesNo = (value: boolean | null | undefined): string =>
    value === null || value === undefined ? '' : value ? '1' : '0';
  return cohort.map((p) => {
    const mine = eventsOf.get(p.id) ?? [];
    const has = (...kinds: string[]): string => (mine.some((e) => kinds.includes(e.kind)) ? '1' : '0');
    const sdq = mine.filter((e) => e.kind === 'sdq' && e.sdq_score !== null).at(-1);
    const age = p.date_of_birth ? ageAt(p.date_of_birth, end) : null;
    const sdqAge = p.date_of_birth !== null && age! >= 4 && ageAt(p.date_of_birth, start) < 17;
    const outcome = outcomeOf.get(p.id);
    return {
      CHILD: p.la_child_id,
      DOB: dmy(p.date_of_birth),
      SDQ_SCORE: sdqAge && sdq ? String(sdq.sdq_score) : '',
      SDQ_REASON: sdqAge && !sdq ? (outcome?.sdq_reason ?? '') : '',
      CONVICTED: age !== null && age >= 10 ? yesNo(outcome?.convicted) : '',
      HEALTH_CHECK:
        age !== null && age < 5 ? has('initial_health_assessment', 'review_health_assessment') : '',
      IMMUNISATIONS: has('immunisations'),
      TEETH_CHECK: has('dental_check'),
      HEALTH_ASSESSMENT: has('initial_health_assessment', 'review_health_assessment'),
      SUBSTANCE_MISUSE: yesNo(outcome?.substance_misuse),
      INTERVENTION_RECEIVED: yesNo(outcome?.intervention_received),
      INTERVENTION_OFFERED: yesNo(outcome?.intervention_offered),
    };
  });
}

/**
 * OC3: care leavers (a care_leaver record) whose 17th, 18th, 19th, 20th or 21st birthday falls in the year,
 * with the contact recorded nearest their birthday from 3 months before it to 1 month after (the DfE's
 * window). Left out, as the DfE's rules expect: young people still looked after at 31 March, those aged 17
 * or 18 at 31 March who were looked after on or after their 17th birthday (no information is required for
 * them), and those whose latest episode ended in death, adoption or transfer to another authority. With no
 * contact in the window the young person is returned as not in touch (NO, activity and accommodation 0).
 * Also returns the people, for Header.
 */
async function oc3(trx: Trx, start: string, end: string): Promise<{ rows: Row[]; people: HeaderPerson[] }> {
  const leavers = await trx
    .selectFrom('care_leaver')
    .innerJoin('person', (j) =>
      j.onRef('person.la_code', '=', 'care_leaver.la_code').onRef('person.id', '=', 'care_leaver.person_id'),
    )
    .select([
      'person.id',
      'person.la_child_id',
      'person.sex',
      'person.date_of_birth',
      'person.ethnicity',
      'person.upn',
      'person.upn_unknown',
    ])
    .where('care_leaver.voided_at', 'is', null)
    .where('person.voided_at', 'is', null)
    .where('person.date_of_birth', 'is not', null)
    .where('care_leaver.start_date', '<=', end)
    .distinct()
    .execute();
  const candidates = leavers
    .map((l) => ({ ...l, birthday: birthdayIn(l.date_of_birth!, start, end) }))
    .filter((l) => l.birthday !== null);
  if (candidates.length === 0) return { rows: [], people: [] };
  const care = await trx
    .selectFrom('cla_episode')
    .select(['person_id', 'start_date', 'end_date', 'reason_end', 'legal_status'])
    .where(
      'person_id',
      'in',
      candidates.map((c) => c.id),
    )
    .where('voided_at', 'is', null)
    .where('start_date', '<=', end)
    .orderBy('start_date')
    .execute();
  const cohort = candidates
    .filter((c) => {
      const mine = care.filter((e) => e.person_id === c.id && !['V3', 'V4'].includes(e.legal_status));
      if (mine.length === 0) return false;
      if (mine.some((e) => e.end_date === null || e.end_date > end)) return false;
      if (['E2', 'E3', 'E11', 'E12'].includes(mine.at(-1)!.reason_end ?? '')) return false;
      const dob = c.date_of_birth!;
      const seventeen = addCalendarMonths(dob, 17 * 12);
      const age = ageAt(dob, end);
      if (age >= 17 && age < 19 && mine.some((e) => e.end_date! >= seventeen)) return false;
      return true;
    })
    .sort((a, b) => cmp(a.la_child_id, b.la_child_id));
  if (cohort.length === 0) return { rows: [], people: [] };
  const contacts = await trx
    .selectFrom('care_leaver_contact')
    .select(['person_id', 'contact_date', 'in_touch', 'activity', 'accommodation'])
    .where(
      'person_id',
      'in',
      cohort.map((c) => c.id),
    )
    .where('voided_at', 'is', null)
    .execute();
  const rows = cohort.map((c) => {
    const from = addCalendarMonths(c.birthday!, -3);
    const to = addCalendarMonths(c.birthday!, 1);
    const near = contacts
      .filter((k) => k.person_id === c.id && k.contact_date >= from && k.contact_date <= to)
      .sort(
        (a, b) =>
          Math.abs(dayDiff(a.contact_date, c.birthday!)) - Math.abs(dayDiff(b.contact_date, c.birthday!)) ||
          cmp(b.contact_date, a.contact_date),
      )[0];
    const inTouch = near?.in_touch ?? 'NO';
    const zero = inTouch !== 'YES' && inTouch !== 'NREQ';
    return {
      CHILD: c.la_child_id,
      DOB: dmy(c.date_of_birth),
      IN_TOUCH: inTouch,
      ACTIV: near?.activity ?? (zero ? '0' : ''),
      ACCOM: near?.accommodation ?? (zero ? '0' : ''),
    };
  });
  return { rows, people: cohort };
}

/** The 17th to 21st birthday falling in the year (29 February birthdays fall on 28 February), or null. */
export function birthdayIn(dob: string, start: string, end: string): string | null {
  for (const age of [17, 18, 19, 20, 21]) {
    const birthday = addCalendarMonths(dob, age * 12);
    if (birthday >= start && birthday <= end) return birthday;
  }
  return null;
}

function ageAt(dob: string, date: string): number {
  const [y1, m1, d1] = dob.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = date.split('-').map(Number) as [number, number, number];
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

function dayDiff(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function dmy(date: string | null): string {
  return date === null ? '' : formatDmy(date);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The authority the transaction is scoped to (inAuthority's hearth.la_code). */
export async function currentLaCode(trx: Trx): Promise<string> {
  const result = await sql<{
    la: string | null;
  }>`SELECT current_setting('hearth.la_code', true) AS la`.execute(trx);
  return result.rows[0]?.la ?? '';
}

/** A CSV cell, quoted only when it holds a comma, a quote, a line break or space at either end. */
function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes one CSV per table of the year, named after the table, with the exact header and LF line endings.
 * Tables absent from `data` are written with their header only. `suffix` `_last` names them as the
 * previous year's files, which the reader gives to the rules comparing with last year.
 */
export function writeSsda903Directory(data: Ssda903Data, dir: string, suffix = ''): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.keys(tablesOf(data.year)).map((name) => {
    const file = path.join(dir, `${name}${suffix}.csv`);
    fs.writeFileSync(file, ssda903Csv(data, name as TableName), 'utf8');
    return file;
  });
}

/** One table of the year as its CSV file: the exact header, then a line per row, LF line endings. */
export function ssda903Csv(data: Ssda903Data, name: TableName): string {
  const columns = tablesOf(data.year)[name] as readonly string[];
  const lines = [columns.map(csvCell).join(',')];
  for (const row of data.tables[name] ?? []) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
