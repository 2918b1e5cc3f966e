import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import { rule706 } from './706.ts';
import { data2026 } from './helpers-dolo.ts';

const dolo = (CHILD: string, DOLO_START: string, DOLO_END: string) => ({ CHILD, DOLO_START, DOLO_END });

const LAST = [
  dolo('a', '01/02/2026', ''), // carried into this year
  dolo('b', '01/03/2026', ''), // this year's DoLO starts on another day: fails
  dolo('c', '01/01/2026', '15/03/2026'), // ended last year
  dolo('d', '01/03/2026', ''), // nothing this year (another child's DoLO starts that day): fails
  dolo('e', '', ''), // no start to carry: not checked
  dolo('f', '31/02/2026', ''), // not a date: not checked
  dolo('g', '29/02/2024', ''),
];
const THIS = [
  dolo('a', '01/02/2026', ''),
  dolo('b', '01/04/2026', ''),
  dolo('g', '29/02/2024', '30/06/2026'),
  dolo('h', '01/03/2026', ''),
];

describe('706', () => {
  it('flags last year’s open DoLO that this year’s return does not carry on', () => {
    expect(rule706.validate(data2026({ DoLo: THIS }, { DoLo: LAST }))).toEqual({ DoLo_last: [1, 3] });
  });

  it('reports last year’s rows, and is skipped without last year’s DoLOs', () => {
    const findings = validateSsda903(data2026({ DoLo: THIS }, { DoLo: LAST }), [rule706]);
    expect(findings.map((f) => [f.table, f.child, f.row])).toEqual([
      ['DoLo_last', 'b', 1],
      ['DoLo_last', 'd', 3],
    ]);
    expect(validateSsda903(data2026({ DoLo: THIS }), [rule706])).toEqual([]);
  });
});
