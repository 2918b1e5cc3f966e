import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from '../text-file.ts';

/**
 * The text of a return's file from its bytes, two ways.
 *
 * The DfE's validator (csc-validator-be-903, lac_validator/ingress.py) reads CSV files with pandas as UTF-8,
 * a byte order mark dropped, and refuses a file that is not UTF-8 ("Failed to decode one or more files ...
 * 'Saving As...' with the UTF-8 encoding"); it reads the XML form with Python's ElementTree, which takes the
 * encoding from a byte order mark or the XML declaration (UTF-8 when neither says). Validation reads as it
 * does (`strict`), so a file it refuses is refused.
 *
 * An import takes what case-management systems and Excel write: UTF-8 with or without a byte order mark,
 * UTF-16 with one ("Unicode text"), and Windows-1252 ("CSV (Comma delimited)" on Windows) when the bytes
 * are not UTF-8. Only the encoding is read leniently: the characters are what the file says.
 */
export class EncodingError extends Error {}

const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

const WINDOWS_1252 = { decode: decodeWindows1252 };

/** A CSV file's text for an import: UTF-8, UTF-16 with a byte order mark, or else Windows-1252. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  const text = withoutBom(bytes);
  return isUtf8(text) ? text.toString('utf8') : WINDOWS_1252.decode(text);
}

/**
 * A CSV file's bytes for validation, as the DfE validator takes them: UTF-8 (strict), a byte order mark
 * dropped. The bytes are read as they are (tokenizeCsv), not decoded into one string first.
 */
export function utf8Bytes(bytes: Buffer): Buffer {
  const text = withoutBom(bytes);
  if (isUtf8(text)) return text;
  throw new EncodingError(
    `${notUtf8(text)}; the DfE validator reads only UTF-8 files, so save it as UTF-8 ("CSV UTF-8" in Excel)`,
  );
}

function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Where the first byte that is not UTF-8 is, in words. Only for a file being refused. */
function notUtf8(bytes: Buffer): string {
  let at = 0;
  while (at < bytes.length) {
    const b = bytes[at]!;
    const more =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    let whole = more >= 0;
    for (let k = 1; whole && k <= more; k++) whole = ((bytes[at + k] ?? 0) & 0xc0) === 0x80;
    if (!whole) break;
    at += more + 1;
  }
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `it is not UTF-8 text (line ${line} has the byte 0x${byte}, perhaps Windows-1252)`;
}

/** The encoding an XML declaration names, lower case ('' when it names none). */
function declaredEncoding(bytes: Buffer): string {
  const head = bytes.subarray(0, 200).toString('latin1');
  const declaration = /^<\?xml[^>]*?encoding\s*=\s*(["'])([A-Za-z0-9._-]+)\1/.exec(head);
  return declaration ? declaration[2]!.toLowerCase() : '';
}

/**
 * An XML file's text as ElementTree reads it: a byte order mark (UTF-8 or UTF-16) says the encoding, else
 * the declaration does (ASCII, ISO-8859-1, Windows-1252 and the other single-byte encodings Python knows),
 * else UTF-8. Bytes that are not of that encoding make the file unreadable, as they do for ElementTree;
 * with `lenient` (an import), a file said or taken to be UTF-8 that is not is read as Windows-1252.
 */
export function decodeXml(bytes: Buffer, lenient: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), lenient);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  const encoding = declaredEncoding(bytes);
  switch (encoding) {
    case '':
    case 'utf-8':
    case 'utf8':
      return utf8(bytes, lenient);
    case 'us-ascii':
    case 'ascii':
      if (!lenient && bytes.some((b) => b > 0x7f))
        throw new EncodingError('it says it is ASCII but has bytes that are not');
      return lenient ? WINDOWS_1252.decode(bytes) : bytes.toString('latin1');
    case 'iso-8859-1':
    case 'iso8859-1':
    case 'latin1':
    case 'latin-1':
      // Latin-1 itself: a TextDecoder given this label decodes Windows-1252, as browsers do.
      return bytes.toString('latin1');
    case 'windows-1252':
    case 'cp1252':
    case 'x-cp1252':
      return WINDOWS_1252.decode(bytes);
    default: {
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(encoding);
      } catch {
        throw new EncodingError(`its declaration names the encoding "${encoding}", which cannot be read`);
      }
      if (decoder.encoding.startsWith('utf-16'))
        throw new EncodingError(`it says it is ${encoding} but has no byte order mark`);
      return decoder.decode(bytes);
    }
  }
}

function utf8(bytes: Buffer, lenient: boolean): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  if (lenient) return WINDOWS_1252.decode(bytes);
  throw new EncodingError(notUtf8(bytes));
}
