/**
 * The generated authority's rows, held column by column: numbers (days, counts, row references, yes/no) in
 * growable Int32Arrays and text in arrays of strings. A Kent-sized authority is millions of rows; as
 * objects they would take gigabytes and keep the garbage collector busy, as columns they take a few hundred
 * megabytes and write straight out to PostgreSQL's COPY format.
 *
 * Every table has, besides the columns listed here, `la_code` (the authority), `id` (a UUID made from the
 * table and the row's number, so the same seed gives the same ids) and `recorded_at` (when the record was
 * made, stored as minutes since 1970). The other standard record columns keep their defaults: version 1,
 * never corrected or voided, `recorded_by` empty (recorded by the seed, not by a user).
 */
import { hash32 } from './random.ts';
import { isoOf } from './calendar.ts';

/** How a column is stored and written. `ref:<table>` holds the row number of a row in that table. */
export type ColumnKind =
  'date' | 'int' | 'bool' | 'text' | 'numeric' | 'time' | 'textarray' | `ref:${TableName}`;

const SPECS = {
  team: {
    name: 'text',
    team_type: 'text',
    parent_id: 'ref:team',
    caseload_target: 'numeric',
  },
  worker: {
    name: 'text',
    swe_number: 'text',
    job_title: 'text',
    team_id: 'ref:team',
    fte: 'numeric',
    agency: 'bool',
    case_holding: 'bool',
    start_date: 'date',
    leave_date: 'date',
  },
  person: {
    la_child_id: 'text',
    is_child: 'bool',
    given_name: 'text',
    family_name: 'text',
    date_of_birth: 'date',
    sex: 'text',
    ethnicity: 'text',
    upn: 'text',
    upn_unknown: 'text',
    nhs_number: 'text',
    language: 'text',
    disabilities: 'textarray',
    uasc_since: 'date',
    uasc_ceased: 'date',
    postcode: 'text',
    date_of_death: 'date',
  },
  person_address: {
    person_id: 'ref:person',
    postcode: 'text',
    start_date: 'date',
    end_date: 'date',
  },
  relationship: {
    person_id: 'ref:person',
    related_person_id: 'ref:person',
    relationship: 'text',
    parental_responsibility: 'bool',
    start_date: 'date',
  },
  person_warning: {
    person_id: 'ref:person',
    category: 'text',
    detail: 'text',
    start_date: 'date',
    end_date: 'date',
  },
  contact: {
    person_id: 'ref:person',
    contact_date: 'date',
    contact_time: 'time',
    source: 'text',
    contact_by: 'text',
    concern: 'text',
    decision: 'text',
    decision_date: 'date',
  },
  referral: {
    person_id: 'ref:person',
    contact_id: 'ref:contact',
    referral_date: 'date',
    source: 'text',
    primary_need: 'text',
    nfa: 'bool',
    closure_date: 'date',
    closure_reason: 'text',
  },
  assessment: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    start_date: 'date',
    child_seen_date: 'date',
    authorised_date: 'date',
    factors: 'textarray',
    outcome: 'text',
  },
  strategy_discussion: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    discussion_date: 'date',
    decision: 'text',
  },
  s47_enquiry: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    strategy_discussion_id: 'ref:strategy_discussion',
    start_date: 'date',
    end_date: 'date',
    outcome: 'text',
    icpc_required: 'bool',
  },
  cp_plan: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    start_date: 'date',
    end_date: 'date',
    initial_category: 'text',
    latest_category: 'text',
    previous_plans: 'int',
  },
  cp_conference: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    kind: 'text',
    conference_date: 'date',
    s47_id: 'ref:s47_enquiry',
    cp_plan_id: 'ref:cp_plan',
    outcome: 'text',
  },
  core_group: {
    person_id: 'ref:person',
    cp_plan_id: 'ref:cp_plan',
    meeting_date: 'date',
  },
  cin_plan: {
    person_id: 'ref:person',
    referral_id: 'ref:referral',
    assessment_id: 'ref:assessment',
    start_date: 'date',
    end_date: 'date',
  },
  cin_plan_review: {
    person_id: 'ref:person',
    cin_plan_id: 'ref:cin_plan',
    review_date: 'date',
  },
  pre_proceedings: {
    person_id: 'ref:person',
    decision_date: 'date',
    letter_before_proceedings_date: 'date',
    end_date: 'date',
    outcome: 'text',
  },
  care_proceedings: {
    person_id: 'ref:person',
    issued_date: 'date',
    concluded_date: 'date',
    outcome: 'text',
  },
  cla_episode: {
    person_id: 'ref:person',
    start_date: 'date',
    rne: 'text',
    legal_status: 'text',
    category_of_need: 'text',
    placement_type: 'text',
    placement_provider: 'text',
    placement_postcode: 'text',
    home_postcode: 'text',
    urn: 'text',
    reason_place_change: 'text',
    end_date: 'date',
    reason_end: 'text',
    long_term_placement: 'bool',
    previous_permanence: 'text',
    previous_permanence_la: 'text',
    previous_permanence_date: 'date',
  },
  cla_review: {
    person_id: 'ref:person',
    review_date: 'date',
    participation: 'text',
  },
  visit: {
    person_id: 'ref:person',
    visit_date: 'date',
    kind: 'text',
    child_seen: 'bool',
    seen_alone: 'bool',
    worker_id: 'ref:worker',
  },
  health_event: {
    person_id: 'ref:person',
    kind: 'text',
    event_date: 'date',
    sdq_score: 'int',
  },
  missing_episode: {
    person_id: 'ref:person',
    kind: 'text',
    start_date: 'date',
    end_date: 'date',
    return_interview_offered_date: 'date',
    return_interview_accepted: 'bool',
  },
  permanence_plan: {
    person_id: 'ref:person',
    plan_date: 'date',
    plan: 'text',
  },
  adoption: {
    person_id: 'ref:person',
    decision_date: 'date',
    placement_order_date: 'date',
    matched_date: 'date',
    placed_date: 'date',
    adoption_order_date: 'date',
    ceased_date: 'date',
    ceased_reason: 'text',
    foster_care: 'bool',
    number_of_adopters: 'int',
    sex_of_adopters: 'text',
    legal_status_of_adopters: 'text',
  },
  care_leaver: {
    person_id: 'ref:person',
    eligibility: 'text',
    start_date: 'date',
    end_date: 'date',
    personal_adviser: 'text',
    pathway_plan_date: 'date',
    staying_put: 'bool',
  },
  care_leaver_contact: {
    person_id: 'ref:person',
    contact_date: 'date',
    in_touch: 'text',
    accommodation: 'text',
    activity: 'text',
  },
  early_help_episode: {
    person_id: 'ref:person',
    start_date: 'date',
    reason: 'text',
    lead_professional: 'text',
    lead_agency: 'text',
    stepped_down_from_referral_id: 'ref:referral',
    end_date: 'date',
    end_reason: 'text',
  },
  early_help_assessment: {
    person_id: 'ref:person',
    early_help_episode_id: 'ref:early_help_episode',
    start_date: 'date',
    completed_date: 'date',
    organisation: 'text',
  },
  case_supervision: {
    person_id: 'ref:person',
    supervision_date: 'date',
    supervisor_worker_id: 'ref:worker',
    decisions: 'text',
  },
  allocation: {
    person_id: 'ref:person',
    team_id: 'ref:team',
    worker_id: 'ref:worker',
    start_date: 'date',
    end_date: 'date',
    change_reason: 'text',
  },
  task: {
    person_id: 'ref:person',
    rule_id: 'text',
    title: 'text',
    from_date: 'date',
    due_date: 'date',
    source_type: 'text',
    source_id: 'ref:any',
    overdue_reason: 'text',
    overdue_note: 'text',
  },
  cla_outcome: {
    person_id: 'ref:person',
    year_end: 'date',
    convicted: 'bool',
    substance_misuse: 'bool',
    intervention_received: 'bool',
    intervention_offered: 'bool',
    sdq_reason: 'text',
  },
  deprivation_of_liberty: {
    person_id: 'ref:person',
    start_date: 'date',
    end_date: 'date',
  },
} as const satisfies Record<string, Record<string, string>>;

export type TableName = keyof typeof SPECS | 'any';
type Spec = typeof SPECS;
export type SeedTable = keyof Spec;

/** The tables in the order they are written (every table after the tables it refers to). */
export const TABLE_ORDER = Object.keys(SPECS) as SeedTable[];

type ValueOf<K> = K extends 'text' | 'numeric' | 'time' | 'textarray'
  ? string | null
  : K extends 'bool'
    ? boolean | null
    : number | null;

/** A row to add: any column left out is empty (null). */
export type RowOf<T extends SeedTable> = { [C in keyof Spec[T]]?: ValueOf<Spec[T][C]> };

/** Marks an empty number column. */
export const NULL = -2147483648;

/**
 * `source_id` of a task refers to a row of the table named in `source_type`: stored as the table's number
 * times 2^24 plus the row number (up to 16.7 million rows a table).
 */
export const ANY_TABLE_SHIFT = 16_777_216;

export interface Column {
  name: string;
  kind: ColumnKind;
  /** Number columns (date, int, bool, ref). */
  numbers?: Int32Array;
  /** Text columns. */
  texts?: (string | null)[];
}

export class TableBuffer<T extends SeedTable = SeedTable> {
  readonly columns: Column[];
  private readonly byName = new Map<string, Column>();
  private readonly numberColumns: Column[];
  private readonly textColumns: Column[];
  length = 0;
  private capacity = 1024;
  /** Minutes since 1970 at which each row was recorded. */
  recordedAt = new Int32Array(1024);

  constructor(
    readonly name: T,
    /** The table's number, part of its rows' ids. */
    readonly number: number,
  ) {
    this.columns = Object.entries(SPECS[name]).map(([column, kind]) => {
      const isText = kind === 'text' || kind === 'numeric' || kind === 'time' || kind === 'textarray';
      return isText
        ? { name: column, kind: kind as ColumnKind, texts: [] }
        : { name: column, kind: kind as ColumnKind, numbers: new Int32Array(1024) };
    });
    for (const column of this.columns) this.byName.set(column.name, column);
    this.numberColumns = this.columns.filter((c) => c.numbers);
    this.textColumns = this.columns.filter((c) => c.texts);
  }

  column(name: string): Column {
    const column = this.byName.get(name);
    if (!column) throw new Error(`${this.name} has no column ${name}`);
    return column;
  }

  /** Adds a row recorded on `recordedAt` (minutes since 1970) and returns its row number. */
  add(row: RowOf<T>, recordedAt: number): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    const values = row as Record<string, unknown>;
    for (const column of this.numberColumns) {
      const value = values[column.name];
      column.numbers![i] =
        value === null || value === undefined
          ? NULL
          : value === true
            ? 1
            : value === false
              ? 0
              : (value as number);
    }
    for (const column of this.textColumns) {
      const value = values[column.name];
      column.texts!.push(value === undefined ? null : (value as string | null));
    }
    this.recordedAt[i] = recordedAt;
    return i;
  }

  /** Changes one value of a row already added (an end date learnt later). */
  set(i: number, name: keyof RowOf<T> & string, value: number | string | boolean | null): void {
    const column = this.column(name);
    if (column.numbers)
      column.numbers[i] =
        value === null ? NULL : value === true ? 1 : value === false ? 0 : (value as number);
    else column.texts![i] = value as string | null;
  }

  get(i: number, name: keyof RowOf<T> & string): number | string | null {
    const column = this.column(name);
    if (column.numbers) {
      const value = column.numbers[i]!;
      return value === NULL ? null : value;
    }
    return column.texts![i] ?? null;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const column of this.numberColumns) {
      const bigger = new Int32Array(this.capacity);
      bigger.set(column.numbers!);
      column.numbers = bigger;
    }
    const stamps = new Int32Array(this.capacity);
    stamps.set(this.recordedAt);
    this.recordedAt = stamps;
  }

  /** A 32-bit digest of every value in the table, for the determinism tests. */
  digest(): number {
    let h = hash32(`${this.name}:${this.length}`);
    const mix = (value: number) => {
      h = Math.imul(h ^ value, 0x9e3779b1);
      h ^= h >>> 15;
    };
    for (const column of this.columns) {
      mix(hash32(column.name));
      if (column.numbers) {
        const numbers = column.numbers;
        for (let i = 0; i < this.length; i++) mix(numbers[i]!);
      } else {
        const texts = column.texts!;
        for (let i = 0; i < this.length; i++) {
          const text = texts[i];
          if (text === null || text === undefined) {
            mix(0x7fffffff);
            continue;
          }
          let t = 0x811c9dc5;
          for (let c = 0; c < text.length; c++) t = Math.imul(t ^ text.charCodeAt(c), 0x01000193);
          mix(t);
        }
      }
    }
    for (let i = 0; i < this.length; i++) mix(this.recordedAt[i]!);
    return h >>> 0;
  }
}

export type Tables = { [T in SeedTable]: TableBuffer<T> };

export function newTables(): Tables {
  const tables = {} as Record<string, TableBuffer>;
  TABLE_ORDER.forEach((name, i) => {
    tables[name] = new TableBuffer(name, i + 1);
  });
  return tables as Tables;
}

/** The table numbers, for task source references. */
export function tableNumber(name: SeedTable): number {
  return TABLE_ORDER.indexOf(name) + 1;
}

/**
 * Row ids: a UUID (version 4 form) made of the authority's prefix (from its code and the seed), the table's
 * number and the row number, so ids are unique, repeatable and increase in the order rows are written (which
 * keeps PostgreSQL's primary key indexes appending).
 */
export class RowIds {
  private readonly prefixes: string[];

  constructor(
    laCode: string,
    seed: string,
    /** Ids of rows already in the database (existing teams and workers), by table: refs -1, -2, … */
    readonly existing: Partial<Record<SeedTable, readonly string[]>> = {},
  ) {
    const authority = hash32(`${laCode}/${seed}`).toString(16).padStart(8, '0');
    this.prefixes = TABLE_ORDER.map(
      (_name, i) => `${authority}-${(i + 1).toString(16).padStart(4, '0')}-4000-8000-`,
    );
  }

  /** The id of row `ref` of the table (a negative ref is an existing row). */
  id(table: SeedTable, ref: number): string {
    if (ref < 0) {
      const id = this.existing[table]?.[-ref - 1];
      if (!id) throw new Error(`There is no existing ${table} row ${ref}`);
      return id;
    }
    return this.prefixes[TABLE_ORDER.indexOf(table)]! + ref.toString(16).padStart(12, '0');
  }

  /** The id of a task's source (`ANY_TABLE_SHIFT` encoding). */
  anyId(value: number): string {
    const table = TABLE_ORDER[Math.floor(value / ANY_TABLE_SHIFT) - 1]!;
    return this.id(table, value % ANY_TABLE_SHIFT);
  }

  prefixOf(table: SeedTable): string {
    return this.prefixes[TABLE_ORDER.indexOf(table)]!;
  }
}

/** A row reference for a task's `source_id`. */
export function anyRef(table: SeedTable, row: number): number {
  return tableNumber(table) * ANY_TABLE_SHIFT + row;
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** 'YYYY-MM-DD HH:MM+00' for minutes since 1970. */
export function formatStamp(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${isoOf(day)} ${TWO[Math.floor(rest / 60)]}:${TWO[rest % 60]}:00+00`;
}
