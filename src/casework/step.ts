import type { Actor, Trx } from '../db/database.ts';
import type { LocalTimescalePolicy } from '../domain/timescales.ts';
import type { ChildRecord, ChildStatus } from './child.ts';
import type { Field, FieldErrors, Options, Values } from './fields.ts';
import type { RecordTable } from './record.ts';

/** What a step sees when it prefills, checks and saves: one transaction, audited as the actor. */
export interface StepContext {
  trx: Trx;
  actor: Actor;
  child: ChildRecord;
  /** The child's status today. */
  status: ChildStatus;
  policy: LocalTimescalePolicy;
  today: string;
  /** The record being corrected, for a correction. */
  recordId?: string;
}

export type StepGroup =
  | 'person'
  | 'front_door'
  | 'assessment'
  | 'protection'
  | 'in_need'
  | 'proceedings'
  | 'care'
  | 'leaving_care'
  | 'early_help'
  | 'oversight';

/**
 * One step of the journey that a worker records: its questions, what it starts from, what must be true of
 * the record before it is saved, and what saving writes (the record, the clocks it starts and stops, the
 * audit). Each step is a file in src/casework/steps/.
 */
export interface Step {
  /** URL segment, kebab-case: /children/:id/record/<id>. */
  id: string;
  /** The page heading and the action's link text, e.g. "Record a contact". */
  title: string;
  group: StepGroup;
  /** The record this step writes, whose columns its fields are named after: used for corrections. */
  table: RecordTable;
  fields: readonly Field[];
  /** The fields a correction may change, when not all of `fields` are columns of `table`. */
  correctionFields?: readonly Field[];
  /**
   * Options read from the authority's data (its teams, its workers), by field id, for select and radio
   * fields declared with empty options.
   */
  loadOptions?(trx: Trx): Promise<Record<string, Options>>;
  /** Whether the child's page offers this step now. */
  offered(child: ChildRecord, status: ChildStatus): boolean;
  /** Values to start the form with, from what is already known. */
  prefill?(ctx: StepContext): Values;
  /** Problems with the values against the rest of the record, by field id (dates in order, one open plan…). */
  check?(ctx: StepContext, values: Values): FieldErrors;
  /** Advice to show once the step is saved (for example, that a care leaver status is now due). */
  note?(ctx: StepContext, values: Values): string | null;
  /** Writes the step. Returns the id of the record it made. */
  save(ctx: StepContext, values: Values): Promise<string>;
}

/**
 * An answer that is wrong only against the authority's data, found while saving: `save` throws it, the
 * transaction saves nothing, and the form shows it against the field.
 */
export class StepAnswerError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'StepAnswerError';
  }
}
