import { URN_NOT_KNOWN } from '../../../domain/codes.ts';
import { placements, type PostcodePlace, type Provider, type Ssda903Reference } from '../reference.ts';
import { rowsWhere, table } from '../rule.ts';
import type { Row, Ssda903Data } from '../spec.ts';
import { uascFlag } from './helpers-a.ts';
import { extremeByChild } from './helpers-b.ts';

/** Helpers shared by the rules that need reference data (postcodes, Ofsted's provider lists). */

/**
 * A URN the provider rules check: given (not blank) and not the placeholder URN_NOT_KNOWN (any case, as the
 * validator upper-cases), compared as given: the validator does not trim it, so 'SC123456 ' matches no
 * provider, and the placeholder with a space before it is not the placeholder.
 */
export function checkedUrn(row: Row): string | null {
  const urn = (row.URN ?? '').toUpperCase();
  return urn === '' || urn === URN_NOT_KNOWN ? null : urn;
}

/**
 * The Episodes rows with a checked URN whose provider rows fail `test`, as the validator's left merge with
 * its provider table finds them: a URN on both lists is tested against each of its rows (failing on any),
 * and a URN on neither against one blank provider (`null`).
 */
export function providerMismatches(
  data: Ssda903Data,
  include: (row: Row) => boolean,
  test: (row: Row, provider: Provider | null) => boolean,
): number[] {
  const providers = data.reference?.providers;
  return rowsWhere(data.tables.Episodes ?? [], (row) => {
    const urn = checkedUrn(row);
    if (urn === null || !include(row)) return false;
    const matches = providers?.get(urn) ?? [null];
    return matches.some((p) => test(row, p));
  });
}

/**
 * The children known to be or to have been UASC, as the reference validator finds them (rule_164.py,
 * rule_392a.py, rule_392B.py, rule_406.py), year by year (this year's tables, then last year's): where that
 * year's Header is loaded, the children whose Header UASC flag is 1 (its own UASC cell in the XML form,
 * otherwise 1 for any child with a row in that year's UASC table, even a row blank but for CHILD: see
 * `uascFlag`), so an XML UASC of 0, which gives the child a UASC row, does not make it UASC; where it is not
 * loaded, the children with a UASC row with any cell besides CHILD filled. Null when no year gives a UASC
 * flag (no UASC table loaded and no Header with its own UASC cell): the validator then cannot tell, and skips
 * the rules that need it (164, 392a, 406).
 */
export function uascIfKnown(data: Ssda903Data): Set<string> | null {
  const result = new Set<string>();
  let known = false;
  for (const last of [false, true]) {
    const header = table(data, last ? 'Header_last' : 'Header');
    const uasc = table(data, last ? 'UASC_last' : 'UASC');
    if (header) {
      for (const h of header) {
        const flag = uascFlag(data, h, last);
        if (flag !== undefined) known = true;
        if (flag === '1') result.add(h.CHILD ?? '');
      }
      if (uasc) known = true;
    } else if (uasc) {
      known = true;
      for (const u of uasc)
        if (Object.entries(u).some(([k, v]) => k !== 'CHILD' && v !== '')) result.add(u.CHILD ?? '');
    }
  }
  return known ? result : null;
}

/** Whether the legal status is a short-break one (V3, V4), which most placement rules leave out. */
export function shortBreak(row: Row): boolean {
  return row.LS === 'V3' || row.LS === 'V4';
}

/** The episode this year (earliest DECOM) and last year's latest episode, per child in both, with indexes. */
export function firstAndLastYear(data: Ssda903Data): { child: string; first: number; previous: number }[] {
  const first = extremeByChild(data.tables.Episodes ?? [], 'DECOM', 'min');
  const latest = extremeByChild(data.last?.Episodes ?? [], 'DECOM', 'max');
  const pairs: { child: string; first: number; previous: number }[] = [];
  for (const [child, f] of first) {
    const l = latest.get(child);
    if (l) pairs.push({ child, first: f.index, previous: l.index });
  }
  return pairs;
}

/** Both years' Episodes with their derived PL_LA and PL_LOCATION as cells ('' when blank), for text compares. */
export function withDerivedCells(data: Ssda903Data): Ssda903Data {
  const cells = (which: 'Episodes' | 'Episodes_last', rows: readonly Row[] | undefined) => {
    const derived = placements(data, which);
    return rows?.map((row, i) => ({
      ...row,
      PL_LA: derived[i]?.la ?? '',
      PL_LOCATION: derived[i]?.location ?? '',
    }));
  };
  return {
    ...data,
    tables: { ...data.tables, Episodes: cells('Episodes', data.tables.Episodes) },
    last: { ...data.last, Episodes: cells('Episodes_last', data.last?.Episodes) },
  };
}

/** A postcode lookup entry for tests: district, upper tier (defaults to the district) and grid metres. */
export function place(la: string, east: number | null, north: number | null, upperLa = la): PostcodePlace {
  return { la, upperLa, east, north, lat: null, long: null };
}

/** Test data for a 2025/26 collection with reference data. */
export function dataRef(
  tables: Ssda903Data['tables'],
  reference: Ssda903Reference,
  last?: Ssda903Data['last'],
): Ssda903Data {
  return {
    year: 2025,
    laCode: '999',
    collectionStart: '2025-04-01',
    collectionEnd: '2026-03-31',
    tables,
    ...(last ? { last } : {}),
    reference,
  };
}

/** A provider row for tests. */
export function provider(urn: string, fields: Partial<Provider> = {}): Provider {
  return { urn, placeCodes: null, providerCodes: null, registrationEnd: null, postcode: null, ...fields };
}

/** A provider list for tests, from provider rows. */
export function providerList(...rows: Provider[]): Map<string, Provider[]> {
  const list = new Map<string, Provider[]>();
  for (const p of rows) list.set(p.urn, [...(list.get(p.urn) ?? []), p]);
  return list;
}

/**
 * A postcode lookup for tests, the authority's own code being E10000001 (a county; district E07000001):
 * AB1 1AA and AB1 2BB in the county, 5 km apart (3.1 miles); CD1 1AA in unitary E06000001, 100 km north of
 * AB1 1AA (62.1 miles); EH1 1AA in Scotland, CF1 1AA in Wales, JE1 1AA in Jersey (L99999999), GY1 1AA in
 * E06000002 without coordinates.
 */
export const TEST_REFERENCE: Ssda903Reference = {
  ownLa: 'E10000001',
  postcodes: new Map([
    ['AB1 1AA', place('E07000001', 500000, 200000, 'E10000001')],
    ['AB1 2BB', place('E07000001', 503000, 204000, 'E10000001')],
    ['CD1 1AA', place('E06000001', 500000, 300000)],
    ['EH1 1AA', place('S12000036', 325000, 673000)],
    ['CF1 1AA', place('W06000015', 318000, 176000)],
    ['JE1 1AA', place('L99999999', null, null)],
    ['GY1 1AA', place('E06000002', null, null)],
  ]),
};
