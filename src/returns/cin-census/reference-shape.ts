import type { CinCensusData, CinRow } from './spec.ts';

/**
 * The census in the shape the DfE's reference validator (csc-validator-be-cin) gives its rules. Hearth's
 * reader and export keep one Assessments row per assessment factor (the XML writer and the import need
 * them); the reference's reader gives one Assessments row per <Assessments> element, and the factors a
 * second time in a table of their own, AssessmentFactorsList, one row per factor. The rules run on this
 * shape, so their findings name the rows the reference names.
 *
 * - Assessments: one row per assessment, told apart by LAchildID, CINdetailsID and AssessmentID, in the
 *   order each first appears, with the dates of its first row. AssessmentFactors holds its factors joined
 *   by commas ("1A,2B"), or '' when it has none (the reference leaves the cell missing). A row with no
 *   AssessmentID (one not read from a file nor exported) is an assessment of its own.
 * - AssessmentFactorsList: LAchildID, CINdetailsID, AssessmentID and AssessmentFactor, one row per factor
 *   in the file's order. An assessment whose only row has no factor has none here. Each factor is one cell
 *   as written: several codes in one element ("1A 2B") are one factor, as the reference reads them.
 *
 * Every other table is passed on as it is. A census already in this shape (it has an AssessmentFactorsList
 * table, which the reader and export never give) is returned unchanged.
 */
export function referenceTables(data: CinCensusData): CinCensusData {
  if (data.tables.AssessmentFactorsList !== undefined) return data;
  const source = data.tables.Assessments;
  if (source === undefined) return { ...data, tables: { ...data.tables, AssessmentFactorsList: [] } };
  const groups = new Map<string, CinRow[]>();
  source.forEach((row, i) => {
    const id = (row.AssessmentID ?? '').trim();
    const key = id === '' ? `row ${i}` : [row.LAchildID ?? '', row.CINdetailsID ?? '', id].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  });
  const assessments: CinRow[] = [];
  const factors: CinRow[] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const codes = rows.map((r) => r.AssessmentFactors ?? '');
    const own = codes.length === 1 && codes[0] === '' ? [] : codes;
    assessments.push({ ...first, AssessmentFactors: own.join(',') });
    for (const factor of own)
      factors.push({
        LAchildID: first.LAchildID ?? '',
        CINdetailsID: first.CINdetailsID ?? '',
        AssessmentID: first.AssessmentID ?? '',
        AssessmentFactor: factor,
      });
  }
  return { ...data, tables: { ...data.tables, Assessments: assessments, AssessmentFactorsList: factors } };
}

/** The key that ties an assessment to its factors: LAchildID, CINdetailsID and AssessmentID. */
export function assessmentKey(row: CinRow): string {
  return [row.LAchildID ?? '', row.CINdetailsID ?? '', row.AssessmentID ?? ''].join('\u0000');
}

/** Each assessment's factors from AssessmentFactorsList, by assessmentKey, in the file's order. */
export function factorsByAssessment(factors: readonly CinRow[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const row of factors) {
    const key = assessmentKey(row);
    const list = byKey.get(key);
    const factor = row.AssessmentFactor ?? '';
    if (list) list.push(factor);
    else byKey.set(key, [factor]);
  }
  return byKey;
}

/**
 * For tests: Assessments (one row per assessment, AssessmentFactors its factors joined by commas) and
 * AssessmentFactorsList from assessments written with their `factors`. LAchildID, CINdetailsID and
 * AssessmentID default to 'a', '1' and the assessment's place in the list (from 1).
 */
export function assessmentTables(
  list: readonly { [column: string]: string | readonly string[] | undefined }[],
): { Assessments: CinRow[]; AssessmentFactorsList: CinRow[] } {
  const Assessments: CinRow[] = [];
  const AssessmentFactorsList: CinRow[] = [];
  list.forEach((written, i) => {
    const factors = Array.isArray(written.factors) ? (written.factors as readonly string[]) : [];
    const fields = Object.fromEntries(
      Object.entries(written).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const row: CinRow = {
      LAchildID: 'a',
      CINdetailsID: '1',
      AssessmentID: String(i + 1),
      ...fields,
      AssessmentFactors: factors.join(','),
    };
    Assessments.push(row);
    for (const factor of factors)
      AssessmentFactorsList.push({
        LAchildID: row.LAchildID!,
        CINdetailsID: row.CINdetailsID!,
        AssessmentID: row.AssessmentID!,
        AssessmentFactor: factor,
      });
  });
  return { Assessments, AssessmentFactorsList };
}
