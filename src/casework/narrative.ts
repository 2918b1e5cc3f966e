import type { ChildRecord } from './child.ts';

/**
 * The free-text case notes of the record, by table: what a reader without case notes (a performance
 * analyst) does not see. Everything else (dates, codes, outcomes) is what performance work needs.
 */
export const NARRATIVE: Readonly<Record<string, readonly string[]>> = {
  contact: ['concern'],
  early_help_episode: ['reason'],
  case_supervision: ['decisions'],
  task: ['overdue_note'],
};

const PARTS: Readonly<Record<string, keyof ChildRecord>> = {
  contact: 'contacts',
  early_help_episode: 'earlyHelpEpisodes',
  case_supervision: 'supervisions',
  task: 'tasks',
};

export const WITHHELD = 'Withheld: case notes are not shown to your role';

/** One record's values with its case notes withheld. */
export function withoutNarrative<T extends Record<string, unknown>>(table: string, row: T): T {
  const columns = NARRATIVE[table];
  if (!columns) return row;
  return { ...row, ...Object.fromEntries(columns.filter((c) => row[c]).map((c) => [c, WITHHELD])) };
}

/** The child's record with every case note withheld. */
export function recordWithoutNarrative(child: ChildRecord): ChildRecord {
  const copy: Record<string, unknown> = { ...child };
  for (const [table, key] of Object.entries(PARTS)) {
    copy[key] = (child[key] as unknown as Record<string, unknown>[]).map((row) =>
      withoutNarrative(table, row),
    );
  }
  return copy as unknown as ChildRecord;
}
