import type { Actor, Trx } from '../../db/database.ts';
import type { RecordValues } from '../../casework/record.ts';
import {
  ASSESSMENT_FACTORS,
  ASSESSMENT_FACTORS_WITHDRAWN,
  CATEGORY_OF_ABUSE,
  DISABILITY,
  ETHNICITY,
  PRIMARY_NEED,
  REASON_FOR_CLOSURE,
  REFERRAL_SOURCE,
  SEX,
  isCode,
} from '../../domain/codes.ts';
import { isUpnUnknownCode } from '../../domain/identifiers.ts';
import {
  FieldChecks,
  ImportError,
  ImportRun,
  NEW_RECORDS_WRITTEN_TOGETHER,
  type DateFormat,
  type Planned,
  type ImportSummary,
} from '../import-record.ts';
import { CinFileError, irregularitiesOf, lineOf, readCinCensusFile } from './read.ts';
import { cinDate } from './rule.ts';
import { factorCodes } from './rules/helpers-d.ts';
import type { CinCensusData, CinRow } from './spec.ts';

/** A census file read, with the name to give it in problems. */
export interface CinImportFile {
  file: string;
  data: CinCensusData;
}

/** Where each column of a record came from: the row and the census field. */
type Sources = Record<string, [CinRow, string]>;

type Plan = Planned;

interface EpisodePlan {
  referral: Plan;
  assessments: Plan[];
  cinPlans: Plan[];
  s47s: (Plan & { icpc: { date: string; row: CinRow } | null })[];
  cpPlans: (Plan & { start: string; end: string | null; reviews: { date: string; row: CinRow }[] })[];
  /** CINdetails DateOfInitialCPC: an initial conference of the episode with no enquiry returned. */
  icpc: { date: string; row: CinRow } | null;
}

interface ChildPlan {
  laChildId: string;
  person: Plan;
  episodes: EpisodePlan[];
}

/**
 * Census dates as the rules read them (cinDate): 'YYYY-MM-DD', year first with slashes, or either with the
 * time a datetime column adds (2025-04-01T00:00:00), each the date written.
 */
const CENSUS_DATES: DateFormat = {
  written: 'YYYY-MM-DD',
  read: (value) => cinDate(value),
  write: (date) => date,
};

/** The checks of a CIN census file's values; problems name file, line, child and field. */
function fileValues(file: string, problems: string[]): FieldChecks {
  return new FieldChecks(problems, 'census', CENSUS_DATES, (row, field) => {
    const line = lineOf(row, field);
    const child = row.LAchildID ? `child ${row.LAchildID}` : 'a child with no LAchildID';
    return `${file}${line === undefined ? '' : `, line ${line}`}, ${child}${field ? `, ${field}` : ''}`;
  });
}

/** A file's rows grouped as the XML nests them: children, their episodes, and what each episode holds. */
function childrenOf(data: CinCensusData, values: FieldChecks) {
  const rows = (table: keyof CinCensusData['tables']): CinRow[] => data.tables[table] ?? [];
  const episodeKey = (r: CinRow): string => `${r.LAchildID}\u0000${r.CINdetailsID}`;
  const group = (list: CinRow[], key: (r: CinRow) => string): Map<string, CinRow[]> => {
    const map = new Map<string, CinRow[]>();
    for (const r of list) {
      const rows = map.get(key(r));
      if (rows) rows.push(r);
      else map.set(key(r), [r]);
    }
    return map;
  };
  const children = new Map<string, CinRow>();
  for (const row of rows('ChildIdentifiers')) {
    const earlier = children.get(row.LAchildID ?? '');
    if (earlier)
      values.problem(
        row,
        'LAchildID',
        `the child is given twice in the file (also at line ${lineOf(earlier)}); give each child once`,
      );
    else children.set(row.LAchildID ?? '', row);
  }
  return {
    children,
    characteristics: group(rows('ChildCharacteristics'), (r) => r.LAchildID ?? ''),
    disabilities: group(rows('Disabilities'), (r) => r.LAchildID ?? ''),
    episodes: group(rows('CINdetails'), (r) => r.LAchildID ?? ''),
    assessments: group(rows('Assessments'), episodeKey),
    cinPlans: group(rows('CINplanDates'), episodeKey),
    s47s: group(rows('Section47'), episodeKey),
    cpPlans: group(rows('ChildProtectionPlans'), episodeKey),
    reviews: group(rows('Reviews'), (r) => `${episodeKey(r)}\u0000${r.CPPID}`),
    episodeKey,
    group,
  };
}

/**
 * A yes/no field: true, false, 1 or 0, in any case, as the DfE's validator reads ReferralNFA (lower-cased
 * before it is checked) and systems write it (True, FALSE).
 */
function flag(v: FieldChecks, row: CinRow, field: string): boolean | null {
  const value = v.text(row, field);
  if (value === null) return null;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  v.problem(row, field, `"${value}" is not true or false`);
  return null;
}

/**
 * The factor codes of an AssessmentFactors element: one code, or several written in the one element
 * (1B,3A or 1B 3A), as some systems write them (factorCodes). Each must be a code. (The rules, like the
 * DfE's validator, take such an element as one factor.)
 */
function assessmentFactors(v: FieldChecks, row: CinRow): string[] {
  return factorCodes(v.text(row, 'AssessmentFactors') ?? '').filter((code) => {
    if (isCode(ASSESSMENT_FACTORS, code) || isCode(ASSESSMENT_FACTORS_WITHDRAWN, code)) return true;
    v.problem(
      row,
      'AssessmentFactors',
      `"${code}" is not one of the census codes (${ASSESSMENT_FACTORS.codes.join(', ')})`,
    );
    return false;
  });
}

/**
 * Checks a file and maps each child to the records Hearth holds: the person, and for each CINdetails a
 * referral with its assessments, CIN plans, section 47 enquiries (with their initial conferences), child
 * protection plans (with their review conferences). Only the facts the census gives are compared with the
 * record; what Hearth needs and the census does not say is inferred as `defaults` (see importCinCensus).
 */
function planFile(file: CinImportFile, laCode: string, problems: string[]): ChildPlan[] {
  // What the schema does not allow and a validation reads past: an import would drop it, or choose.
  problems.push(...irregularitiesOf(file.data));
  const v = fileValues(file.file, problems);
  const header = file.data.tables.Header?.[0];
  if (header && header.LEA !== laCode)
    v.problem(header, 'LEA', `the file is authority ${header.LEA || '(none)'}'s, not ${laCode}'s`);
  const g = childrenOf(file.data, v);
  const plans: ChildPlan[] = [];
  for (const [laChildId, ids] of g.children) {
    v.childId(ids, 'LAchildID');
    const dob = v.date(ids, 'PersonBirthDate');
    const expected = v.date(ids, 'ExpectedPersonBirthDate');
    if (dob === null && expected === null && !ids.PersonBirthDate && !ids.ExpectedPersonBirthDate)
      v.problem(
        ids,
        'PersonBirthDate',
        'neither PersonBirthDate nor ExpectedPersonBirthDate is given; Hearth needs one',
      );
    const death = v.date(ids, 'PersonDeathDate');
    v.order(ids, 'PersonDeathDate', death, dob, 'date of birth');
    const upnUnknown = v.text(ids, 'UPNunknown');
    if (upnUnknown !== null && !isUpnUnknownCode(upnUnknown, 'cin'))
      v.problem(ids, 'UPNunknown', `"${upnUnknown}" is not a reason a UPN is unknown (UN1-UN7)`);
    const chars = g.characteristics.get(laChildId)?.[0];
    const disabilityRows = g.disabilities.get(laChildId) ?? [];
    const disabilities = disabilityRows
      .map((r) => v.code(r, 'Disability', [DISABILITY]))
      .filter((d): d is string => d !== null && d !== 'NONE');
    const person: Plan = {
      row: ids,
      incoming: {
        table: 'person',
        key: { la_child_id: laChildId },
        values: {
          upn: v.upn(ids, 'UPN'),
          former_upn: v.upn(ids, 'FormerUPN'),
          upn_unknown: upnUnknown,
          date_of_birth: dob,
          expected_date_of_birth: expected,
          sex: v.code(ids, 'Sex', [SEX]),
          date_of_death: death,
          ethnicity: chars ? v.code(chars, 'Ethnicity', [ETHNICITY]) : null,
          disabilities,
        },
        // The census has no names: the child is known by their ID until the names are recorded.
        defaults: { given_name: '', family_name: '' },
      },
      sources: {
        upn: [ids, 'UPN'],
        former_upn: [ids, 'FormerUPN'],
        upn_unknown: [ids, 'UPNunknown'],
        date_of_birth: [ids, 'PersonBirthDate'],
        expected_date_of_birth: [ids, 'ExpectedPersonBirthDate'],
        sex: [ids, 'Sex'],
        date_of_death: [ids, 'PersonDeathDate'],
        ethnicity: [chars ?? ids, 'Ethnicity'],
        disabilities: [disabilityRows[0] ?? ids, 'Disability'],
      },
    };
    plans.push({
      laChildId,
      person,
      episodes: (g.episodes.get(laChildId) ?? []).map((e) => planEpisode(e, g, v)),
    });
  }
  return plans;
}

function planEpisode(e: CinRow, g: ReturnType<typeof childrenOf>, v: FieldChecks): EpisodePlan {
  const key = g.episodeKey(e);
  const referralDate = v.date(e, 'CINreferralDate', true);
  const source = v.code(e, 'ReferralSource', [REFERRAL_SOURCE], true);
  const primaryNeed = v.code(e, 'PrimaryNeedCode', [PRIMARY_NEED]);
  const closure = v.date(e, 'CINclosureDate');
  v.order(e, 'CINclosureDate', closure, referralDate, 'referral date');
  const reason = v.code(e, 'ReasonForClosure', [REASON_FOR_CLOSURE]);
  v.together(e, 'CINclosureDate', 'ReasonForClosure');
  const icpc = v.date(e, 'DateOfInitialCPC');

  // What followed an assessment, as far as the census shows it: Hearth records an outcome with the
  // authorisation.
  const cinPlanStarts = (g.cinPlans.get(key) ?? []).map((p) => p.CINPlanStartDate ?? '');
  const s47Starts = (g.s47s.get(key) ?? []).map((p) => p.S47ActualStartDate ?? '');
  const assessmentPlans: Plan[] = [];
  for (const rows of g.group(g.assessments.get(key) ?? [], (r) => r.AssessmentID ?? '').values()) {
    const a = rows[0]!;
    const start = v.date(a, 'AssessmentActualStartDate', true);
    const authorised = v.date(a, 'AssessmentAuthorisationDate');
    v.order(a, 'AssessmentAuthorisationDate', authorised, start, 'assessment start');
    if (a.AssessmentInternalReviewDate)
      v.problem(
        a,
        'AssessmentInternalReviewDate',
        'Hearth does not hold an internal review date; leave it out',
      );
    const factors = rows.flatMap((r) => assessmentFactors(v, r));
    const after = (dates: string[]): boolean => start !== null && dates.some((d) => d >= start);
    const outcome =
      authorised === null
        ? null
        : after(cinPlanStarts)
          ? 'cin_plan'
          : after(s47Starts)
            ? 'strategy_discussion'
            : closure !== null
              ? 'nfa'
              : 'continue_support';
    assessmentPlans.push({
      row: a,
      incoming: {
        table: 'assessment',
        key: { start_date: start },
        values: { authorised_date: authorised, factors },
        defaults: { outcome },
      },
      sources: { authorised_date: [a, 'AssessmentAuthorisationDate'], factors: [a, 'AssessmentFactors'] },
    });
  }

  const cinPlans = (g.cinPlans.get(key) ?? []).map((p): Plan => {
    const start = v.date(p, 'CINPlanStartDate', true);
    const end = v.date(p, 'CINPlanEndDate');
    v.order(p, 'CINPlanEndDate', end, start, 'plan start');
    return {
      row: p,
      incoming: { table: 'cin_plan', key: { start_date: start }, values: { end_date: end } },
      sources: { end_date: [p, 'CINPlanEndDate'] },
    };
  });
  const s47s = (g.s47s.get(key) ?? []).map((s) => {
    const start = v.date(s, 'S47ActualStartDate', true);
    const date = v.date(s, 'DateOfInitialCPC');
    const notRequired = flag(v, s, 'ICPCnotRequired');
    if (date !== null && notRequired)
      v.problem(
        s,
        'ICPCnotRequired',
        'is true, but the enquiry has an initial conference (DateOfInitialCPC)',
      );
    v.order(s, 'DateOfInitialCPC', date, start, 'enquiry start');
    // InitialCPCtarget is not held: Hearth works it out (15 working days after the start).
    const required = date !== null ? true : notRequired ? false : null;
    return {
      row: s,
      incoming: {
        table: 's47_enquiry' as const,
        key: { start_date: start },
        values: { icpc_required: required },
        // The census gives no end: an enquiry with a conference ended by it; one needing none, on its start.
        defaults: required === null ? {} : { end_date: date ?? start, outcome: required ? 'icpc' : null },
      },
      sources: { icpc_required: [s, date !== null ? 'DateOfInitialCPC' : 'ICPCnotRequired'] } as Sources,
      icpc: date === null ? null : { date, row: s },
    };
  });
  const nfa = flag(v, e, 'ReferralNFA');
  const cpPlans = (g.cpPlans.get(key) ?? []).map((p) => {
    const start = v.date(p, 'CPPstartDate', true);
    const end = v.date(p, 'CPPendDate');
    v.order(p, 'CPPendDate', end, start, 'plan start');
    const previous = v.text(p, 'NumberOfPreviousCPP');
    if (previous !== null && !/^[0-9]{1,3}$/.test(previous))
      v.problem(p, 'NumberOfPreviousCPP', `"${previous}" is not a whole number`);
    const reviews = (g.reviews.get(`${key}\u0000${p.CPPID}`) ?? []).flatMap((r) => {
      const date = v.date(r, 'CPPreviewDate', true);
      return date === null ? [] : [{ date, row: r }];
    });
    return {
      row: p,
      incoming: {
        table: 'cp_plan' as const,
        key: { start_date: start },
        values: {
          end_date: end,
          initial_category: v.code(p, 'InitialCategoryOfAbuse', [CATEGORY_OF_ABUSE], true),
          latest_category: v.code(p, 'LatestCategoryOfAbuse', [CATEGORY_OF_ABUSE], true),
          previous_plans: previous !== null && /^[0-9]{1,3}$/.test(previous) ? Number(previous) : null,
        },
      },
      sources: {
        end_date: [p, 'CPPendDate'],
        initial_category: [p, 'InitialCategoryOfAbuse'],
        latest_category: [p, 'LatestCategoryOfAbuse'],
        previous_plans: [p, 'NumberOfPreviousCPP'],
      } as Sources,
      start: start ?? '',
      end,
      reviews,
    };
  });

  return {
    referral: {
      row: e,
      incoming: {
        table: 'referral',
        key: { referral_date: referralDate },
        values: {
          source,
          primary_need: primaryNeed,
          nfa,
          closure_date: closure,
          closure_reason: reason,
        },
      },
      sources: {
        source: [e, 'ReferralSource'],
        primary_need: [e, 'PrimaryNeedCode'],
        nfa: [e, 'ReferralNFA'],
        closure_date: [e, 'CINclosureDate'],
        closure_reason: [e, 'ReasonForClosure'],
      },
    },
    assessments: assessmentPlans,
    cinPlans,
    s47s,
    cpPlans,
    icpc: icpc === null ? null : { date: icpc, row: e },
  };
}

/**
 * Imports CIN census files into the actor's authority, in the caller's transaction (one per run): every
 * file is checked first, and any problem (a value Hearth cannot hold, a file of another authority, a child
 * given twice) stops the run before anything is written; a conflict with the record held stops it after,
 * and the caller's transaction rolls back. Throws ImportError with every problem.
 *
 * Records are found by their natural keys (the child by LAchildID; an episode by the child and
 * CINreferralDate; an assessment, plan or enquiry by its episode and start date; a conference by its
 * episode, kind and date), so importing a file twice changes nothing, and files describing the same child
 * merge into one record: a file's blank never erases, its value fills a blank, and a different value is a
 * conflict. The census gives no names (a new child's are left blank), no assessment, enquiry or conference
 * outcomes and no enquiry end dates: these are inferred from what followed, and never conflict.
 */
export async function importCinCensus(
  trx: Trx,
  actor: Actor,
  files: readonly CinImportFile[],
): Promise<ImportSummary> {
  const problems: string[] = [];
  const planned = files.map((f) => ({ file: f.file, children: planFile(f, actor.laCode, problems) }));
  if (problems.length > 0) throw new ImportError(problems);

  const run = new ImportRun(trx, actor, 'cin-census', NEW_RECORDS_WRITTEN_TOGETHER);
  for (const { file, children } of planned) {
    await run.beginFile();
    const reason = `Imported from the CIN census file ${file}`;
    const v = fileValues(file, run.problems);
    const place = (plan: Plan, parent: RecordValues, fresh: boolean) =>
      run.placePlanned(plan, parent, fresh, v, reason);
    for (const child of children) {
      const person = await place(child.person, {}, false);
      for (const episode of child.episodes) {
        const referral = await place(episode.referral, { person_id: person.id }, person.created);
        const parent = { person_id: person.id, referral_id: referral.id };
        const fresh = referral.created;
        for (const plan of episode.assessments) await place(plan, parent, fresh);
        for (const plan of episode.cinPlans) await place(plan, parent, fresh);
        const planIds = new Map<string, string>();
        for (const plan of episode.cpPlans) {
          const placed = await place(plan, parent, fresh);
          planIds.set(plan.start, placed.id);
          for (const review of plan.reviews)
            await place(
              {
                row: review.row,
                incoming: {
                  table: 'cp_conference',
                  key: { kind: 'review', conference_date: review.date, cp_plan_id: placed.id },
                  values: {},
                  defaults: { outcome: review.date === plan.end ? 'end_plan' : 'continue' },
                },
                sources: {},
              },
              parent,
              placed.created,
            );
        }
        const initial = async (
          { date, row }: { date: string; row: CinRow },
          s47Id: string | null,
          created: boolean,
        ): Promise<void> => {
          const planId = planIds.get(date) ?? null;
          await place(
            {
              row,
              incoming: {
                table: 'cp_conference',
                key: { kind: 'initial', conference_date: date },
                values: {},
                defaults: { s47_id: s47Id, cp_plan_id: planId, outcome: planId ? 'plan' : 'no_plan' },
              },
              sources: {},
            },
            parent,
            created,
          );
        };
        for (const s47 of episode.s47s) {
          const placed = await place(s47, parent, fresh);
          if (s47.icpc) await initial(s47.icpc, placed.id, fresh);
        }
        // A conference given on both CINdetails and an enquiry is one conference.
        if (episode.icpc && !episode.s47s.some((s) => s.icpc?.date === episode.icpc?.date))
          await initial(episode.icpc, null, fresh);
      }
    }
  }
  return run.finish(files.map((f) => f.file));
}

/**
 * Reads CIN census files for an import: every file is read before anything is written, and the problems of
 * every file that cannot be read are reported together (ImportError).
 */
export function readCinImportFiles(paths: readonly string[], year: number): CinImportFile[] {
  const problems: string[] = [];
  const files: CinImportFile[] = [];
  for (const p of paths) {
    try {
      const data = readCinCensusFile(p, year);
      files.push({ file: p.split(/[\\/]/).pop()!, data });
    } catch (error) {
      if (!(error instanceof CinFileError)) throw error;
      // Each names its file already.
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return files;
}
