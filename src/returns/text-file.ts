import fs from 'node:fs';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, where it differs from Latin-1 (Node's TextDecoder reads
 * 'windows-1252' as Latin-1, so these are mapped here); the five bytes it leaves undefined stay as they are.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '\u20ac',
  0x82: '\u201a',
  0x83: '\u0192',
  0x84: '\u201e',
  0x85: '\u2026',
  0x86: '\u2020',
  0x87: '\u2021',
  0x88: '\u02c6',
  0x89: '\u2030',
  0x8a: '\u0160',
  0x8b: '\u2039',
  0x8c: '\u0152',
  0x8e: '\u017d',
  0x91: '\u2018',
  0x92: '\u2019',
  0x93: '\u201c',
  0x94: '\u201d',
  0x95: '\u2022',
  0x96: '\u2013',
  0x97: '\u2014',
  0x98: '\u02dc',
  0x99: '\u2122',
  0x9a: '\u0161',
  0x9b: '\u203a',
  0x9c: '\u0153',
  0x9e: '\u017e',
  0x9f: '\u0178',
};

/**
 * A text file's text: UTF-8 (a byte-order mark dropped), or, when the bytes are not UTF-8, Windows-1252, the
 * encoding a spreadsheet on a Windows computer saves "CSV (Comma delimited)" in, so that a name such as
 * Zoë, or a curly apostrophe, is read as written rather than as replacement characters.
 */
export function readTextFile(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return UTF8.decode(bytes);
  } catch {
    return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0)] ?? c);
  }
}
