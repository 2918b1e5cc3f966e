import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readSsda903Directory } from './read.ts';

function dir(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ssda903-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

describe('reading SSDA903 files', () => {
  it('recognises each table by its columns whatever the file is called', () => {
    const data = readSsda903Directory(
      dir({
        'a.csv': '\uFEFFCHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,F,29/02/2012,WBRI,,,\n',
        'b.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\n101,29/02/2012,01/05/2025,PN1\n',
      }),
      2025,
    );
    expect(data.collectionEnd).toBe('2026-03-31');
    expect(data.tables.Header).toEqual([
      { CHILD: '101', SEX: 'F', DOB: '29/02/2012', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' },
    ]);
    expect(data.tables.Reviews).toHaveLength(1);
  });

  it('reads every cell in capitals, as the DfE validator does, so that the rules find the same', async () => {
    const { SSDA903_RULES_2025 } = await import('./rules/index.ts');
    const { validateSsda903 } = await import('./validate.ts');
    const files = (text: (s: string) => string) =>
      dir({
        'Header.csv': `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${text('c101,f,29/02/2012,wbri,a123456789012,0,')}\n`,
        'Episodes.csv':
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
          `${text('c101,01/05/2025,s,c2,n1,u1,pr1,,,,ab1 1aa,cd1 1aa,sc123456')}\n`,
      });
    const lower = readSsda903Directory(
      files((s) => s.toLowerCase()),
      2025,
    );
    const upper = readSsda903Directory(
      files((s) => s.toUpperCase()),
      2025,
    );
    expect(lower.tables.Episodes![0]).toMatchObject({
      CHILD: 'C101',
      RNE: 'S',
      LS: 'C2',
      PL_POST: 'CD1 1AA',
    });
    expect(lower.tables).toEqual(upper.tables);
    const findings = validateSsda903(lower, SSDA903_RULES_2025);
    expect(findings).toEqual(validateSsda903(upper, SSDA903_RULES_2025));
    expect(findings.filter((f) => f.type === 'error')).toEqual([]);
  });

  it('names the file and the row when a file is not a table or a row is short', () => {
    expect(() => readSsda903Directory(dir({ 'odd.csv': 'CHILD,NAME\n1,x\n' }), 2025)).toThrow(
      /odd\.csv: its columns \(CHILD, NAME\)/,
    );
    expect(() =>
      readSsda903Directory(dir({ 'r.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\n101,01/01/2012\n' }), 2025),
    ).toThrow('r.csv, row 2: 2 cells where the header has 4');
  });

  it('reads files named …_last as last year’s tables, for the rules that compare with last year', () => {
    const reviews = 'CHILD,DOB,REVIEW,REVIEW_CODE\n';
    const data = readSsda903Directory(
      dir({
        'Reviews.csv': `${reviews}101,29/02/2012,01/05/2025,PN1\n`,
        'Reviews_last.csv': `${reviews}101,29/02/2012,01/05/2024,PN2\n102,01/01/2013,02/05/2024,PN3\n`,
      }),
      2025,
    );
    expect(data.tables.Reviews).toHaveLength(1);
    expect(data.last?.Reviews?.map((r) => r.REVIEW_CODE)).toEqual(['PN2', 'PN3']);
    expect(readSsda903Directory(dir({ 'Reviews.csv': reviews }), 2025).last).toBeUndefined();
    expect(() =>
      readSsda903Directory(dir({ 'a_last.csv': reviews, 'b_last.csv': reviews, 'c.csv': reviews }), 2025),
    ).toThrow("b_last.csv: a second last year's Reviews table; give each table once");
    expect(() => readSsda903Directory(dir({ 'Reviews_last.csv': reviews }), 2025)).toThrow(
      /there are only last year's files/,
    );
  });
});

describe('parsing CSV', () => {
  it('reads quoted cells with commas, quotes and line breaks, trims unquoted cells and skips blank lines', () => {
    expect(parseCsv('a,b,c\r\n "x" , y ,"say ""hi"", then\ngo"\n\n1,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y', 'say "hi", then\ngo'],
      ['1', '', ''],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(() => parseCsv('a,b\n1,"2\n')).toThrow('line 2: a quoted cell is not closed');
    expect(() => parseCsv('a,"b"c\n')).toThrow(
      "line 1: a quoted cell is followed by more than a comma or the line's end",
    );
    expect(() => readSsda903Directory(dir({ 'bad.csv': 'CHILD,DOB\n"1,x\n' }), 2025)).toThrow(
      'bad.csv: not a readable CSV file (line 2: a quoted cell is not closed)',
    );
  });
});
