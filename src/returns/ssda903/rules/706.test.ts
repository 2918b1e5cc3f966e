import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import { rule706 } from './706.ts';
import { data2026, doloRow } from './helpers-dolo.ts';

const LAST = [
  doloRow('a', '01/02/2026', ''), // carried into this year
  doloRow('b', '01/03/2026', ''), // this year's DoLO starts on another day: fails
  doloRow('c', '01/01/2026', '15/03/2026'), // ended last year
  doloRow('d', '01/03/2026', ''), // nothing this year (another child's DoLO starts that day): fails
  doloRow('e', '', ''), // no start to carry: not checked
  doloRow('f', '31/02/2026', ''), // not a date: not checked
  doloRow('g', '29/02/2024', ''),
];
const THIS = [
  doloRow('a', '01/02/2026', ''),
  doloRow('b', '01/04/2026', ''),
  doloRow('g', '29/02/2024', '30/06/2026'),
  doloRow('h', '01/03/2026', ''),
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
