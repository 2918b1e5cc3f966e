/**
 * The Standard Safeguarding Dataset's tables and fields (Data to Insight, data-to-insight/ssd-data-model),
 * read from ssd-tables.txt beside this file: each table as `name (count): PK=[…] FK=[…]` followed by an
 * indented line of its field names in order.
 */
import fs from 'node:fs';

function readTables(text: string): ReadonlyMap<string, readonly string[]> {
  const tables = new Map<string, readonly string[]>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^(ssd_[a-z0-9_]+) \((\d+)\):/.exec(lines[i]!);
    if (!head) continue;
    const fields = (lines[i + 1] ?? '').split(',').map((f) => f.trim());
    if (fields.length !== Number(head[2]))
      throw new Error(`ssd-tables.txt: ${head[1]} lists ${fields.length} fields, not ${head[2]}`);
    tables.set(head[1]!, Object.freeze(fields));
  }
  return tables;
}

/** Every SSD table with its fields, in the file's order. */
export const SSD_TABLES = readTables(fs.readFileSync(new URL('./ssd-tables.txt', import.meta.url), 'utf8'));

/** The SSD's referral outcome flags (cine_referral_outcome_json), all present in every row. */
export const REFERRAL_OUTCOME_KEYS = [
  'SINGLE_ASSESSMENT_FLAG',
  'NFA_FLAG',
  'STRATEGY_DISCUSSION_FLAG',
  'CLA_REQUEST_FLAG',
  'NON_AGENCY_ADOPTION_FLAG',
  'PRIVATE_FOSTERING_FLAG',
  'CP_TRANSFER_IN_FLAG',
  'CP_CONFERENCE_FLAG',
  'CARE_LEAVER_FLAG',
  'OTHER_OUTCOMES_EXIST_FLAG',
] as const;

/**
 * What the SSD lacks and Hearth writes beside it (shared/standards/ssd-conventions.md): each side file with
 * its columns, in the same style as the SSD's files.
 */
export const SSD_SIDE_FILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['hearth_case_supervisions', ['person_id', 'supervision_date', 'worker_id']],
  ['hearth_team_types', ['dept_team_id', 'team_type', 'caseload_target']],
  ['hearth_visit_patterns', ['person_id', 'pattern', 'start_date', 'end_date']],
  ['hearth_authority', ['la_code', 'name', 'year', 'population_0_17']],
]);
