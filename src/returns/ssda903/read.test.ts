import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readSsda903Directory, readSsda903Return } from './read.ts';

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

  it('names the file and the row when a file is not a table or a row is longer than the first', () => {
    expect(() => readSsda903Directory(dir({ 'odd.csv': 'CHILD,NAME\n1,x\n' }), 2025)).toThrow(
      /odd\.csv: its columns \(CHILD, NAME\)/,
    );
    expect(() =>
      readSsda903Directory(
        dir({ 'r.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\n101,01/01/2012,,\n102,01/01/2012,,,\n' }),
        2025,
      ),
    ).toThrow('r.csv, row 3: 5 cells where the header has 4');
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

/**
 * What the DfE's validator (csc-validator-be-903, lac_validator/ingress.py) makes of real files: pandas 1.5's
 * read_csv with a converter reading every cell as text, then every cell in capitals. Each case below was
 * read with pandas 1.5.3 as the validator calls it, and Hearth must read the same.
 */
describe('reading CSV files as the DfE validator reads them', () => {
  const REVIEWS = 'CHILD,DOB,REVIEW,REVIEW_CODE';

  it('keeps every cell as written: only an empty cell is blank, spaces and "NA" are text', () => {
    const data = readSsda903Directory(
      dir({
        'Reviews.csv': `${REVIEWS}\n1,NA,N/A,NULL\n2,nan,#N/A,"" \n 3 , 01/02/2012,\t,"  "\n`,
      }),
      2025,
    );
    expect(data.tables.Reviews).toEqual([
      { CHILD: '1', DOB: 'NA', REVIEW: 'N/A', REVIEW_CODE: 'NULL' },
      { CHILD: '2', DOB: 'NAN', REVIEW: '#N/A', REVIEW_CODE: ' ' },
      { CHILD: ' 3 ', DOB: ' 01/02/2012', REVIEW: '\t', REVIEW_CODE: '  ' },
    ]);
  });

  it('reads the columns in whatever order the file gives them, each cell under its own column', () => {
    const read = (header: string, row: string) =>
      readSsda903Directory(dir({ 'r.csv': `${header}\n${row}\n` }), 2025).tables.Reviews;
    const expected = [{ CHILD: '1', DOB: 'A', REVIEW: 'B', REVIEW_CODE: 'C' }];
    expect(read(REVIEWS, '1,a,b,c')).toEqual(expected);
    expect(read('REVIEW_CODE,REVIEW,DOB,CHILD', 'c,b,a,1')).toEqual(expected);
    expect(read(REVIEWS, '1,a,b,c')).toEqual(expected);
    expect(read('DOB,CHILD,REVIEW_CODE,REVIEW', 'a,1')).toEqual([
      { DOB: 'A', CHILD: '1', REVIEW_CODE: '', REVIEW: '' },
    ]);
  });

  it('reads characters beyond ASCII as UTF-8, in capitals, quoted or not, after a byte order mark', () => {
    const data = readSsda903Directory(dir({ 'r.csv': `\ufeff${REVIEWS}\ncafé,"é,ü",Ωmega,naïve\n` }), 2025);
    expect(data.tables.Reviews).toEqual([
      { CHILD: 'CAFÉ', DOB: 'É,Ü', REVIEW: 'ΩMEGA', REVIEW_CODE: 'NAÏVE' },
    ]);
  });

  it('reads short rows with blanks, and a first row longer than the header as pandas does', () => {
    const short = readSsda903Directory(dir({ 'r.csv': `${REVIEWS}\n1,a\n2\n3,a,b,c\n` }), 2025);
    expect(short.tables.Reviews!.map((r) => Object.values(r))).toEqual([
      ['1', 'A', '', ''],
      ['2', '', '', ''],
      ['3', 'A', 'B', 'C'],
    ]);
    // Rows ending in a comma the header lacks: pandas takes each row's first cell as its index.
    const trailing = readSsda903Directory(dir({ 'r.csv': `${REVIEWS}\n1,a,b,c,\n2,a,b,c\n` }), 2025);
    expect(trailing.tables.Reviews!.map((r) => Object.values(r))).toEqual([
      ['A', 'B', 'C', ''],
      ['A', 'B', 'C', ''],
    ]);
  });

  it('reads quotes as pandas does: only at the start of a cell, the rest of the cell after them kept', () => {
    const data = readSsda903Directory(
      dir({ 'r.csv': `"CHILD",DOB,REVIEW,REVIEW_CODE\r\n"1","a,b","x""y"z,"q" \r\n2, "q",a"b,\r\n` }),
      2025,
    );
    expect(data.tables.Reviews).toEqual([
      { CHILD: '1', DOB: 'A,B', REVIEW: 'X"YZ', REVIEW_CODE: 'Q ' },
      { CHILD: '2', DOB: ' "Q"', REVIEW: 'A"B', REVIEW_CODE: '' },
    ]);
  });

  it('reads each cell as written however many distinct cells a return holds (more than are kept between reads)', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `c${i},d${i % 7},${i},r${70_000 - i}`);
    const data = readSsda903Directory(dir({ 'r.csv': `${REVIEWS}\n${rows.join('\n')}\n` }), 2025);
    const read = data.tables.Reviews!;
    expect(read).toHaveLength(70_000);
    read.forEach((row, i) =>
      expect(row).toEqual({
        CHILD: `C${i}`,
        DOB: `D${i % 7}`,
        REVIEW: `${i}`,
        REVIEW_CODE: `R${70_000 - i}`,
      }),
    );
    // The same file again, and a header in small letters, which is not read in capitals.
    expect(readSsda903Directory(dir({ 'r.csv': `${REVIEWS}\n${rows.join('\n')}\n` }), 2025).tables).toEqual(
      data.tables,
    );
    expect(() =>
      readSsda903Directory(dir({ 'r.csv': `${REVIEWS.toLowerCase()}\nc1,a,b,c\n` }), 2025),
    ).toThrow(/its columns \(child, dob, review, review_code\)/);
  });

  it('skips empty lines and lines of spaces; a line of commas is a row of blank cells', () => {
    const data = readSsda903Directory(
      dir({ 'r.csv': `\r\n${REVIEWS}\r\n1,a,b,c\r\n   \r\n\t\r\n,,,\r\n\r\n` }),
      2025,
    );
    expect(data.tables.Reviews!.map((r) => r.CHILD)).toEqual(['1', '']);
  });

  it('matches the columns exactly, as pandas names them: spaces, a repeated or an empty column name are not a table', () => {
    for (const header of [` ${REVIEWS}`, `${REVIEWS},REVIEW_CODE`, `${REVIEWS},`])
      expect(() => readSsda903Directory(dir({ 'r.csv': `${header}\n1,a,b,c,d\n` }), 2025)).toThrow(
        /r\.csv: its columns .* are not those of any SSDA903 table/,
      );
  });

  it('refuses a file that is not UTF-8, as the DfE validator does, naming the file and line', () => {
    const windows1252 = Buffer.from(`${REVIEWS}\r\n1,01/02/2012,01/05/2025,PN1\r\n2,caf\xe9,,\r\n`, 'latin1');
    const utf16 = Buffer.from(`\ufeff${REVIEWS}\r\n`, 'utf16le');
    for (const [bytes, line] of [
      [windows1252, 3],
      [utf16, 1],
    ] as const) {
      const d = dir({});
      fs.writeFileSync(path.join(d, 'r.csv'), bytes);
      expect(() => readSsda903Directory(d, 2025)).toThrow(
        new RegExp(`^r\\.csv: not a readable CSV file \\(it is not UTF-8 text \\(line ${line} has the byte`),
      );
    }
  });

  it('finds what the DfE validator finds in such cells', async () => {
    const { SSDA903_RULES_2025 } = await import('./rules/index.ts');
    const { validateSsda903 } = await import('./validate.ts');
    const data = readSsda903Directory(
      dir({
        'Header.csv':
          'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1, F,01/02/2012,WBRI,UN1,,\n2,M,01/02/2012,WBRI,UN1,,\n',
        'Episodes.csv':
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
          '1," 01/05/2025",S,C2,N1,U1,PR1,,,,,,\n2,  ,S,C2,N1,U1,PR1,,,,,,\n',
      }),
      2025,
    );
    const found = (code: string) =>
      validateSsda903(data, SSDA903_RULES_2025)
        .filter((f) => f.code === code)
        .map((f) => `${f.table} ${f.child}`);
    expect(found('101')).toEqual(['Header 1']); // ' F' is not F
    expect(found('141')).toEqual(['Episodes 1', 'Episodes 2']); // neither is a date, and neither is blank
  });
});

/** The XML form as the DfE validator reads it (read_xml_from_text, with ElementTree), checked with Python. */
describe('reading the XML form as the DfE validator reads it', () => {
  function xmlFile(content: string | Buffer): string {
    const file = path.join(dir({}), 'cla.xml');
    fs.writeFileSync(file, content);
    return file;
  }

  it('reads the values of a child as it does: as written, a missing one from the child’s last element of that name', () => {
    const data = readSsda903Return(
      xmlFile(`<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>c1</CHILDID>
      <SEX> m </SEX>
      <DOB><![CDATA[01/02/2012]]></DOB>
      <UASC>0</UASC>
      <AREVIEW><REVIEW>01/05/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <AREVIEW><REVIEW>01/06/2025</REVIEW></AREVIEW>
    </HEADER>
    <EPISODE><DECOM>01/05/2025</DECOM><RNE>S</RNE></EPISODE>
    <EPISODE><DECOM>01/06/2025</DECOM><RNE>P</RNE><URN>sc1</URN><DEC/></EPISODE>
  </CHILD>
</EXPSSDA903>
`),
      2025,
    );
    expect(data.tables.Header).toEqual([
      { CHILD: 'C1', SEX: ' M ', DOB: '01/02/2012', ETHNIC: '', UPN: '', MOTHER: '', MC_DOB: '', UASC: '0' },
    ]);
    // A UASC element with text, even 0, makes a UASC row.
    expect(data.tables.UASC).toEqual([{ CHILD: 'C1', SEX: ' M ', DOB: '01/02/2012', DUC: '' }]);
    // The second review has no REVIEW_CODE: it has the child's last REVIEW_CODE element, the first review's.
    expect(data.tables.Reviews!.map((r) => [r.REVIEW, r.REVIEW_CODE])).toEqual([
      ['01/05/2025', 'PN1'],
      ['01/06/2025', 'PN1'],
    ]);
    // The first episode has no URN: it takes the last episode's; an empty element is blank.
    expect(data.tables.Episodes!.map((e) => [e.DECOM, e.RNE, e.URN, e.DEC])).toEqual([
      ['01/05/2025', 'S', 'SC1', ''],
      ['01/06/2025', 'P', 'SC1', ''],
    ]);
    // Tables no child has are left out, as the validator's have no columns and its rules find nothing.
    expect(Object.keys(data.tables).sort()).toEqual(['Episodes', 'Header', 'Reviews', 'UASC']);
  });

  it('reads elements the form does not have instead of refusing the file, and rows by UASC, IN_TOUCH and DATE_INT', () => {
    const data = readSsda903Return(
      xmlFile(
        '<RETURN><INFO><LA>886</LA></INFO><CHILD><HEADER><CHILDID>c2</CHILDID><NAME>Sam</NAME>' +
          '<UASC></UASC><DUC>01/01/2026</DUC><ACTIV>F2</ACTIV><DATE_INT>01/01/2026</DATE_INT></HEADER></CHILD></RETURN>',
      ),
      2025,
    );
    expect(data.tables.Header!.map((h) => h.CHILD)).toEqual(['', 'C2']);
    expect(data.tables.AD1).toEqual([expect.objectContaining({ CHILD: 'C2', DATE_INT: '01/01/2026' })]);
    expect(data.tables.UASC).toBeUndefined();
    expect(data.tables.OC3).toBeUndefined();
  });

  it('takes the encoding from the declaration, and refuses bytes that are not of it', () => {
    const declared = Buffer.from(
      '<?xml version="1.0" encoding="windows-1252"?><EXPSSDA903><CHILD><HEADER><CHILDID>\x80\xe9</CHILDID></HEADER></CHILD></EXPSSDA903>',
      'latin1',
    );
    expect(readSsda903Return(xmlFile(declared), 2025).tables.Header![0]!.CHILD).toBe('€É');
    const undeclared = Buffer.from(
      declared.toString('latin1').replace(' encoding="windows-1252"', ''),
      'latin1',
    );
    expect(() => readSsda903Return(xmlFile(undeclared), 2025)).toThrow(
      /^cla\.xml: cannot be read \(it is not UTF-8 text \(line 1 has the byte 0x80/,
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
