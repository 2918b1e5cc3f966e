import { describe, expect, it } from 'vitest';
import { parseSettingsCsv } from './settings-import.ts';

describe('settings CSV', () => {
  it('reads a good file', () => {
    expect(parseSettingsCsv('population', 'year,population\n2024,128500\n2025,129100\n')).toEqual({
      rows: [
        { year: '2024', population: '128500' },
        { year: '2025', population: '129100' },
      ],
    });
  });

  it('names the row and field of every problem and gives no rows', () => {
    const result = parseSettingsCsv(
      'targets',
      [
        'indicator_id,year,target,tolerance',
        'assessments_45wd_pct,2025,90,5',
        'made_up,2025,ninety,-1',
        'assessments_45wd_pct,2025,85,5',
      ].join('\n'),
    );
    expect(result).toEqual({
      problems: [
        { row: 3, field: 'indicator_id', message: 'indicator_id is not an indicator in the catalogue' },
        { row: 3, field: 'target', message: 'target must be a number' },
        { row: 3, field: 'tolerance', message: 'tolerance must be a number of 0 or more, or blank' },
        { row: 4, field: 'indicator_id', message: 'repeats an earlier row' },
      ],
    });
  });

  it('insists on the header', () => {
    expect(parseSettingsCsv('benchmarks', 'id,value\nx,1')).toEqual({
      problems: [
        {
          row: 1,
          field: '',
          message: 'The first row must be the columns indicator_id,comparator,year,value',
        },
      ],
    });
  });

  it('checks local policy against the rules an authority may set', () => {
    expect(parseSettingsCsv('local_policy', 'rule_id,unit,amount\ncp_visit,weeks,2\n')).toMatchObject({
      rows: [{ rule_id: 'cp_visit' }],
    });
    const statutory = parseSettingsCsv('local_policy', 'rule_id,unit,amount\nassessment_45wd,weeks,12\n');
    expect(statutory).toMatchObject({ problems: [{ row: 2, field: 'amount' }] });
  });
});
