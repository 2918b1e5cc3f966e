import { byChild, date, defineRule, failures, rowsWhere, table, type Ssda903Rule } from '../rule.ts';
import { collectionDates, type Row, type Ssda903Data } from '../spec.ts';

/**
 * Helpers of the rules on deprivation of liberty orders (DoLOs, the DoLo table: CHILD, DOB, DOLO_START,
 * DOLO_END), rules 700 to 710, new in the 2026/27 collection.
 */

/** A 2026/27 collection (1 April 2026 to 31 March 2027) for tests: this year's tables and last year's. */
export function data2026(tables: Ssda903Data['tables'], last?: Ssda903Data['last']): Ssda903Data {
  return { year: 2026, laCode: '999', ...collectionDates(2026), tables, ...(last ? { last } : {}) };
}

/** A DoLo row for tests. */
export function doloRow(CHILD: string, DOLO_START: string, DOLO_END: string): Row {
  return { CHILD, DOLO_START, DOLO_END };
}

/** An Episodes row for tests: the child, DECOM, DEC and PLACE. */
export function episodeRow(CHILD: string, DECOM: string, DEC: string, PLACE: string): Row {
  return { CHILD, DECOM, DEC, PLACE };
}

/**
 * A rule flagging the DoLo rows for which `fails` is true. It is given the row's DOLO_START and DOLO_END
 * as dates (null when blank or not a date), the row, and the collection.
 */
export function doloRule(
  code: string,
  message: string,
  fails: (dolo: { start: string | null; end: string | null; row: Row }, data: Ssda903Data) => boolean,
): Ssda903Rule {
  return defineRule({
    code,
    message,
    type: 'error',
    tables: ['DoLo'],
    validate(data) {
      return failures([
        [
          'DoLo',
          rowsWhere(table(data, 'DoLo')!, (row) =>
            fails({ start: date(row.DOLO_START), end: date(row.DOLO_END), row }, data),
          ),
        ],
      ]);
    },
  });
}

/** An episode during a DoLO: the rows of both, and the episode's placement type. */
export interface PlacementDuringDolo {
  dolo: number;
  episode: number;
  place: string;
}

/**
 * The child's episodes that overlap each DoLO with a valid start and end date (rules 709 and 710): the
 * episode starts (DECOM) on or before the DoLO ends and ends (DEC) on or after it starts, or has not ended
 * (a DEC that is not a date counts as not ended, as the reference validator coerces it). DoLOs without both
 * dates and episodes without a valid DECOM are not compared. In DoLo row order, then episode row order.
 * PLACE is given as read, as the reference compares it: ' K2' is not K2.
 */
export function placementsDuringDolos(data: Ssda903Data): PlacementDuringDolo[] {
  const episodes = byChild(table(data, 'Episodes')!);
  const result: PlacementDuringDolo[] = [];
  table(data, 'DoLo')!.forEach((dolo, doloIndex) => {
    const start = date(dolo.DOLO_START);
    const end = date(dolo.DOLO_END);
    if (start === null || end === null) return;
    for (const { row: episode, index } of episodes.get(dolo.CHILD ?? '') ?? []) {
      const decom = date(episode.DECOM);
      const dec = date(episode.DEC);
      if (decom === null || decom > end || (dec !== null && dec < start)) continue;
      result.push({ dolo: doloIndex, episode: index, place: episode.PLACE ?? '' });
    }
  });
  return result;
}
