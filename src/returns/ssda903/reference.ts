import fs from 'node:fs';
import path from 'node:path';
import { isIsoDate, parseDmy } from '../../domain/dates.ts';
import { parseCsv } from './read.ts';
import type { Row, Ssda903Data } from './spec.ts';

/**
 * The reference data the DfE's SSDA903 validator takes besides the return: a postcode lookup (an extract of
 * the ONS Postcode Directory) and Ofsted's lists of children's homes and social care providers. The
 * validator derives PL_DISTANCE, PL_LA and PL_LOCATION from the episodes' HOME_POST and PL_POST with the
 * first, and checks URNs against the second. A rule that needs a piece that was not given is skipped.
 */
export interface Ssda903Reference {
  postcodes?: PostcodeLookup;
  providers?: ProviderList;
  /**
   * The return's own authority, coded as the postcode lookup codes authorities (the ONS upper-tier code,
   * e.g. E10000003): PL_LOCATION is IN when PL_LA is this, and the own-provision rules compare with it.
   */
  ownLa?: string;
}

/** What each rule may need: the postcode lookup, the provider lists, the authority's own code. */
export type ReferenceNeed = 'postcodes' | 'providers' | 'ownLa';

export const REFERENCE_NEEDS: Record<ReferenceNeed, string> = {
  postcodes: 'the postcode lookup',
  providers: "Ofsted's provider lists",
  ownLa: "the authority's own ONS code",
};

/** A postcode's place: its local authority (lower tier), upper-tier authority and coordinates. */
export interface PostcodePlace {
  /** The lower-tier authority (ONSPD oslaua), e.g. E07000008 (Cambridge), S12000036, W06000015. */
  la: string;
  /** The upper-tier authority: the county for a district of a two-tier county, else `la`. */
  upperLa: string;
  /** OS grid easting and northing in metres (ONSPD oseast1m, osnrth1m), or null. */
  east: number | null;
  north: number | null;
  /** WGS84 latitude and longitude (ONSPD lat, long), or null (ONSPD's 99.999999 means none). */
  lat: number | null;
  long: number | null;
}

/** Places by normalised postcode ('CB2 1TN'). */
export type PostcodeLookup = ReadonlyMap<string, PostcodePlace>;

/** One row of an Ofsted list, as the DfE validator's provider_info table has it. */
export interface Provider {
  urn: string;
  /** Placement types (PLACE codes) the provider may be used for (the validator's PLACE_CODES). */
  placeCodes: readonly string[] | null;
  /** Placement provider codes, PR0 to PR5 (the validator's PROVIDER_CODES). */
  providerCodes: readonly string[] | null;
  /** The date registration ended, 'YYYY-MM-DD', or null while registered (the validator's REG_END). */
  registrationEnd: string | null;
  /** The setting's postcode, normalised, or null. */
  postcode: string | null;
}

/** Providers by URN (upper case); a URN on both lists has two rows, as in the validator's merged table. */
export type ProviderList = ReadonlyMap<string, readonly Provider[]>;

export class ReferenceFileError extends Error {}

/**
 * A postcode upper-cased with one space before the inward code (its last three characters): ' cb21tn '
 * and 'CB2  1TN' are both 'CB2 1TN'. Blank gives ''. The DfE validator matches postcodes with their spaces
 * taken out, which comes to the same.
 */
export function normalisePostcode(text: string | undefined): string {
  const compact = (text ?? '').replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** A postcode's shape: an outward code of two to four letters and digits, then digit, letter, letter. */
const POSTCODE = /^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/;

/** The header's first column named any of `names` (case and surrounding spaces ignored), or -1. */
function columnOf(header: readonly string[], names: readonly string[]): number {
  const wanted = names.map((n) => n.toLowerCase());
  return header.findIndex((h) => wanted.includes(h.trim().toLowerCase()));
}

function numberOrNull(cell: string, where: () => string): number | null {
  if (cell.trim() === '') return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new ReferenceFileError(`${where()}: '${cell}' is not a number`);
  return value;
}

const CHUNK = 16 * 1024 * 1024;

/** The `index`th cell of a CSV line without parsing the rest, or null when a quoted comma comes first. */
function cellAt(line: string, index: number): string | null {
  let from = 0;
  for (let i = 0; i <= index; i++) {
    const comma = line.indexOf(',', from);
    const piece = line.slice(from, comma < 0 ? line.length : comma);
    if ((piece.split('"').length - 1) % 2 === 1) return null;
    if (i === index) return piece.replaceAll('"', '').trim();
    if (comma < 0) return '';
    from = comma + 1;
  }
  return null;
}

/** A whole CSV file's records, the header first (a file of a few megabytes, such as Ofsted's lists). */
function readCsvFile(file: string): string[][] {
  const name = path.basename(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ReferenceFileError(`${name}: cannot be read (${(error as Error).message})`);
  }
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new ReferenceFileError(`${name}: not a readable CSV file (${(error as Error).message})`);
  }
  if (records.length === 0) throw new ReferenceFileError(`${name}: the file is empty`);
  return records;
}

/**
 * Reads a CSV file line by line, a chunk of whole lines at a time (the full ONS Postcode Directory is over
 * a gigabyte, more than one string may hold), calling `onHeader` with the header, then `each` with every
 * record and its line number; `skip`, when given, sees each raw line first and may pass over it without
 * its being parsed. Cells may not hold line breaks (the ONSPD's never do).
 */
function eachCsvLine(
  file: string,
  onHeader: (header: readonly string[]) => void,
  each: (record: readonly string[], line: number) => void,
  skip?: (line: string) => boolean,
): void {
  const name = path.basename(file);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new ReferenceFileError(`${name}: cannot be read (${(error as Error).message})`);
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    let carry = Buffer.alloc(0);
    let header = false;
    let number = 0;
    const parseLine = (line: string): string[] | undefined => {
      try {
        return parseCsv(line)[0];
      } catch (error) {
        throw new ReferenceFileError(
          `${name}, row ${number}: not readable CSV (${(error as Error).message})`,
        );
      }
    };
    const parse = (bytes: Buffer): void => {
      for (const line of bytes.toString('utf8').split('\n')) {
        number++;
        if (!header) {
          const record = parseLine(line.replace(/^\uFEFF/, ''));
          if (!record) continue;
          header = true;
          onHeader(record);
        } else if (!skip?.(line)) {
          const record = parseLine(line);
          if (record) each(record, number);
        }
      }
    };
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      const bytes = Buffer.concat([carry, buffer.subarray(0, read)]);
      const end = bytes.lastIndexOf(10);
      if (end < 0) {
        carry = bytes;
        continue;
      }
      parse(bytes.subarray(0, end));
      carry = Buffer.from(bytes.subarray(end + 1));
    }
    if (carry.length > 0) parse(carry);
    if (!header) throw new ReferenceFileError(`${name}: the file is empty`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a postcode lookup: a CSV with a header row, such as the ONS Postcode Directory (ONSPD) or an
 * extract of it. Columns, by header name (case ignored; other columns are ignored):
 * - the postcode: `pcds` (preferred), `pcd` or `pcd2`; any spacing, normalised;
 * - the lower-tier local authority: `oslaua` (ONSPD) or `laua` (NSPL);
 * - optionally the county: `oscty` or `cty`; a county code (E10…) is the upper-tier authority of a district,
 *   anything else (ONSPD's E99999999 dummy) leaves the district as its own upper tier; or `utla` directly;
 * - coordinates: `oseast1m` and `osnrth1m` (grid metres), and/or `lat` and `long`; at least one pair.
 * `wanted`, when given, keeps only those (normalised) postcodes, and only their rows are checked beyond
 * their postcode (reading the whole ONSPD for a return's few thousand postcodes). Cells may not hold line
 * breaks. Throws naming the file, row and field on a bad row, and gives nothing.
 */
export function readPostcodeFile(file: string, wanted?: ReadonlySet<string>): PostcodeLookup {
  const name = path.basename(file);
  const lookup = new Map<string, PostcodePlace>();
  const firstRow = new Map<string, number>();
  let names: readonly string[] = [];
  const c = { pc: -1, la: -1, cty: -1, utla: -1, east: -1, north: -1, lat: -1, long: -1 };
  const onHeader = (header: readonly string[]): void => {
    names = header;
    Object.assign(c, {
      pc: columnOf(header, ['pcds', 'pcd', 'pcd2']),
      la: columnOf(header, ['oslaua', 'laua']),
      cty: columnOf(header, ['oscty', 'cty']),
      utla: columnOf(header, ['utla']),
      east: columnOf(header, ['oseast1m']),
      north: columnOf(header, ['osnrth1m']),
      lat: columnOf(header, ['lat']),
      long: columnOf(header, ['long']),
    });
    const missing = [
      c.pc < 0 ? 'a postcode column (pcds, pcd or pcd2)' : '',
      c.la < 0 ? 'a local authority column (oslaua or laua)' : '',
      (c.east < 0 || c.north < 0) && (c.lat < 0 || c.long < 0)
        ? 'coordinates (oseast1m and osnrth1m, or lat and long)'
        : '',
    ].filter(Boolean);
    if (missing.length > 0)
      throw new ReferenceFileError(`${name}: the header has no ${missing.join(', nor ')}`);
  };
  // With `wanted`, a line whose postcode is not wanted is passed over unparsed (most of the ONSPD).
  const skip = wanted
    ? (line: string): boolean => {
        const cell = cellAt(line, c.pc);
        const postcode = cell === null ? '' : normalisePostcode(cell);
        return POSTCODE.test(postcode) && !wanted.has(postcode);
      }
    : undefined;
  eachCsvLine(
    file,
    onHeader,
    (record, line) => {
      const cell = (i: number): string => (i >= 0 ? (record[i] ?? '').trim() : '');
      const at = (i: number) => () => `${name}, row ${line}, ${names[i]}`;
      const number = (i: number): number | null => (i >= 0 ? numberOrNull(cell(i), at(i)) : null);
      const postcode = normalisePostcode(cell(c.pc));
      if (!POSTCODE.test(postcode))
        throw new ReferenceFileError(`${at(c.pc)()}: '${cell(c.pc)}' is not a postcode`);
      const la = cell(c.la).toUpperCase();
      if (la === '') throw new ReferenceFileError(`${at(c.la)()}: the local authority is blank`);
      const county = cell(c.cty).toUpperCase();
      // ONSPD gives 99.999999 (and longitude 0) for a postcode without a grid reference.
      const lat = number(c.lat);
      const long = number(c.long);
      const place: PostcodePlace = {
        la,
        upperLa: cell(c.utla).toUpperCase() || (county.startsWith('E10') ? county : la),
        east: number(c.east),
        north: number(c.north),
        lat: lat === null || lat > 90 ? null : lat,
        long: lat === null || lat > 90 ? null : long,
      };
      if (wanted && !wanted.has(postcode)) return;
      const seen = firstRow.get(postcode);
      if (seen !== undefined) {
        throw new ReferenceFileError(`${at(c.pc)()}: ${postcode} is given again (first at row ${seen})`);
      }
      firstRow.set(postcode, line);
      lookup.set(postcode, place);
    },
    skip,
  );
  return lookup;
}

/** Column names accepted for each field of the provider lists (case ignored). */
const PROVIDER_COLUMNS = {
  urn: ['URN'],
  placeCodes: ['Provider Code', 'Placement code', 'PLACE_CODES'],
  providerCodes: ['Provider Placement Code', 'Placement provider code', 'PROVIDER_CODES'],
  registrationEnd: ['Closed Date', 'Deregistration date', 'REG_END'],
  postcode: ['Setting Postcode', 'Setting Address Postcode', 'POSTCODE'],
} as const;

/** Codes listed with commas or slashes ('PR1/PR2', 'K2, S1'), or null when blank. */
function codeList(cell: string): string[] | null {
  const codes = cell
    .split(/[,/]/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  return codes.length > 0 ? codes : null;
}

/**
 * Reads Ofsted's provider lists saved as CSV: the "Children's homes" list (its "Provider information"
 * sheet, or "Settings and Inspection Info" with the postcode from "Address Details") and the "Social care
 * providers" list (its current and closed providers sheets), one file or several, each with a header row.
 * Columns, by header name (case ignored; other columns are ignored), as the DfE validator reads them:
 * - `URN`;
 * - permitted placement types: `Provider Code` (children's homes) or `Placement code` (social care providers);
 * - placement provider codes: `Provider Placement Code` or `Placement provider code` (codes split on , or /);
 * - end of registration: `Closed Date` or `Deregistration date`, DD/MM/YYYY or YYYY-MM-DD, blank when open;
 * - the setting's postcode: `Setting Postcode`, `Setting Address Postcode` or `Setting postcode`.
 * `PLACE_CODES`, `PROVIDER_CODES`, `REG_END` and `POSTCODE` (the validator's own names) are accepted too.
 * Every column but URN may be absent (its values are then blank). Throws naming the file, row and field on
 * a bad row (a blank URN, a date that is not one), and gives nothing.
 */
export function readProviderFiles(files: readonly string[]): ProviderList {
  const list = new Map<string, Provider[]>();
  for (const file of files) {
    const name = path.basename(file);
    const [names = [], ...records] = readCsvFile(file);
    const c = Object.fromEntries(
      Object.entries(PROVIDER_COLUMNS).map(([k, accepted]) => [k, columnOf(names, accepted)]),
    ) as Record<keyof typeof PROVIDER_COLUMNS, number>;
    if (c.urn < 0) throw new ReferenceFileError(`${name}: the header has no URN column`);
    records.forEach((record, i) => {
      const line = i + 2;
      const cell = (k: number): string => (k >= 0 ? (record[k] ?? '').trim() : '');
      if (record.every((v) => v.trim() === '')) return;
      const urn = cell(c.urn).toUpperCase();
      if (urn === '') throw new ReferenceFileError(`${name}, row ${line}, ${names[c.urn]}: the URN is blank`);
      const endCell = cell(c.registrationEnd);
      const registrationEnd =
        endCell === '' ? null : (parseDmy(endCell) ?? (isIsoDate(endCell) ? endCell : null));
      if (endCell !== '' && registrationEnd === null) {
        throw new ReferenceFileError(
          `${name}, row ${line}, ${names[c.registrationEnd]}: '${endCell}' is not a date (DD/MM/YYYY or YYYY-MM-DD)`,
        );
      }
      const postcode = normalisePostcode(cell(c.postcode));
      const provider: Provider = {
        urn,
        placeCodes: codeList(cell(c.placeCodes)),
        providerCodes: codeList(cell(c.providerCodes)),
        registrationEnd,
        postcode: postcode || null,
      };
      const rows = list.get(urn);
      if (rows) rows.push(provider);
      else list.set(urn, [provider]);
    });
  }
  return list;
}

/** The postcodes a return and provider list refer to: the only ones the rules look up. */
export function postcodesUsed(data: Ssda903Data, providers?: ProviderList): Set<string> {
  const used = new Set<string>();
  for (const rows of [data.tables.Episodes, data.last?.Episodes]) {
    for (const r of rows ?? []) {
      if (r.HOME_POST) used.add(normalisePostcode(r.HOME_POST));
      if (r.PL_POST) used.add(normalisePostcode(r.PL_POST));
    }
  }
  for (const rows of providers?.values() ?? []) for (const p of rows) if (p.postcode) used.add(p.postcode);
  return used;
}

// ---------------------------------------------------------------------------------------------------------
// Derived fields

/** An episode's placement fields derived from its postcodes, as the DfE validator derives them. */
export interface Placement {
  /** PL_DISTANCE: miles between the home and placement postcodes, to 1 decimal, or null. */
  distance: number | null;
  /** PL_LA: the placement's upper-tier authority, SCO / WAL / NIR outside England, or null. */
  la: string | null;
  /** PL_LOCATION: IN (placed in the authority's own area) or OUT, or null (no own code, or PL_POST unknown). */
  location: 'IN' | 'OUT' | null;
  /** Whether PL_POST was found in the lookup (the validator's PL_LOCATION is blank when it was not). */
  found: boolean;
}

/** numpy's round(x, 1): the nearest tenth, halves to even, as pandas rounds PL_DISTANCE. */
function roundTenth(x: number): number {
  const scaled = x * 10;
  const down = Math.floor(scaled);
  const rounded = scaled - down === 0.5 ? (down % 2 === 0 ? down : down + 1) : Math.round(scaled);
  return rounded / 10;
}

const KM_PER_MILE = 1.6093;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Miles between two places. With grid references this is the DfE guidance's formula, as the validator has
 * it: the straight line between the OS grid points in metres, / 1000 / 1.6093. With only latitude and
 * longitude it is the great-circle (haversine) distance on the mean Earth radius, / 1.6093, which is within
 * a few hundredths of a mile of the grid figure over the distances placements span.
 */
export function milesBetween(a: PostcodePlace, b: PostcodePlace): number | null {
  if (a.east !== null && a.north !== null && b.east !== null && b.north !== null) {
    return Math.sqrt((a.east - b.east) ** 2 + (a.north - b.north) ** 2) / 1000 / KM_PER_MILE;
  }
  if (a.lat !== null && a.long !== null && b.lat !== null && b.long !== null) {
    const rad = Math.PI / 180;
    const dLat = (b.lat - a.lat) * rad;
    const dLong = (b.long - a.long) * rad;
    const h =
      Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLong / 2) ** 2;
    return (2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))) / KM_PER_MILE;
  }
  return null;
}

const COUNTRY: Record<string, string> = { S: 'SCO', W: 'WAL', N: 'NIR' };

/**
 * The authority a place counts under: for England its upper-tier authority; for Scotland, Wales and
 * Northern Ireland the validator's country codes SCO, WAL and NIR; otherwise (the Channel Islands' and
 * Isle of Man's L99999999 and M99999999) none.
 */
export function placementLa(place: PostcodePlace): string | null {
  if (place.la.startsWith('E')) return place.upperLa;
  return COUNTRY[place.la[0]!] ?? null;
}

/**
 * The derived placement fields of one episode, following the DfE validator (datastore.py,
 * _add_postcode_derived_fields): postcodes are matched upper-cased without spaces; PL_LA is the upper-tier
 * authority of PL_POST's district (the validator maps ONSPD's district to its upper tier with its own
 * authorities table; here the postcode file's county column does it); PL_LOCATION is IN when PL_LA is the
 * return's own authority and OUT otherwise, blank when PL_POST is not found; a placement in Scotland, Wales
 * or Northern Ireland has PL_LA SCO, WAL or NIR and is OUT; PL_DISTANCE is the miles between HOME_POST and
 * PL_POST (milesBetween) rounded to 1 decimal (halves to even, as numpy), blank unless both are found.
 * These are worked out whatever the legal status; the rules decide which episodes they apply to.
 */
export function derivePlacement(row: Row, reference: Ssda903Reference): Placement {
  const lookup = reference.postcodes;
  const home = row.HOME_POST ? lookup?.get(normalisePostcode(row.HOME_POST)) : undefined;
  const placed = row.PL_POST ? lookup?.get(normalisePostcode(row.PL_POST)) : undefined;
  const miles = home && placed ? milesBetween(home, placed) : null;
  const la = placed ? placementLa(placed) : null;
  const location =
    !placed || reference.ownLa === undefined ? null : la !== null && la === reference.ownLa ? 'IN' : 'OUT';
  return { distance: miles === null ? null : roundTenth(miles), la, location, found: placed !== undefined };
}

const derivedCache = new WeakMap<readonly Row[], { reference: Ssda903Reference; placements: Placement[] }>();

/**
 * The derived placement fields of each row of this year's or last year's Episodes (empty when the table is
 * not loaded), worked out once per table and reference and shared by the rules.
 */
export function placements(data: Ssda903Data, which: 'Episodes' | 'Episodes_last'): readonly Placement[] {
  const rows = which === 'Episodes' ? data.tables.Episodes : data.last?.Episodes;
  const reference = data.reference ?? {};
  if (!rows) return [];
  const cached = derivedCache.get(rows);
  if (cached && cached.reference === reference) return cached.placements;
  const derived = rows.map((row) => derivePlacement(row, reference));
  derivedCache.set(rows, { reference, placements: derived });
  return derived;
}

/**
 * The authority a provider is in, inferred from its postcode as the validator does (LA_CODE_INFERRED): the
 * upper-tier authority of an English postcode in the lookup, else null.
 */
export function providerLa(provider: Provider, reference: Ssda903Reference): string | null {
  const place = provider.postcode ? reference.postcodes?.get(provider.postcode) : undefined;
  return place && place.la.startsWith('E') ? place.upperLa : null;
}
