import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSsda903Directory } from './read.ts';

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

  it('names the file and the row when a file is not a table or a row is short', () => {
    expect(() => readSsda903Directory(dir({ 'odd.csv': 'CHILD,NAME\n1,x\n' }), 2025)).toThrow(
      /odd\.csv: its columns \(CHILD, NAME\)/,
    );
    expect(() =>
      readSsda903Directory(dir({ 'r.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\n101,01/01/2012\n' }), 2025),
    ).toThrow('r.csv, row 2: 2 cells where the header has 4');
  });
});
