import fs from 'node:fs';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, where it differs from Latin-1: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
 * ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, the five bytes it leaves undefined read as Latin-1 reads them. Written out
 * because Node 20's TextDecoder reads the label 'windows-1252' as Latin-1 (0x80 is U+0080, not €).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes as Windows-1252 text: the encoding a spreadsheet on Windows saves "CSV (Comma delimited)" in. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * A text file's text: UTF-8 (a byte-order mark dropped), or, when the bytes are not UTF-8, Windows-1252
 * (decodeWindows1252), so that a name such as Zoë, or a curly apostrophe, is read as written rather than as
 * replacement characters.
 */
export function readTextFile(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return UTF8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
