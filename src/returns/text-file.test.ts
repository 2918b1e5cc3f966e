import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from './text-file.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-text-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer): string => {
  const at = path.join(dir, name);
  fs.writeFileSync(at, bytes);
  return at;
};

describe('readTextFile', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(readTextFile(file('utf8.csv', Buffer.from('\uFEFFname\nZoë O’Neill\n', 'utf8')))).toBe(
      'name\nZoë O’Neill\n',
    );
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as a spreadsheet saves CSV', () => {
    // Zoë O’Neill in Windows-1252: ë is 0xEB, the right single quotation mark 0x92.
    const bytes = Buffer.from([
      ...Buffer.from('name\nZo'),
      0xeb,
      ...Buffer.from(' O'),
      0x92,
      ...Buffer.from('Neill\n'),
    ]);
    expect(readTextFile(file('ansi.csv', bytes))).toBe('name\nZoë O’Neill\n');
  });
});
