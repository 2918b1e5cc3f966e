import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  derivePlacement,
  milesBetween,
  normalisePostcode,
  placements,
  postcodesUsed,
  readPostcodeFile,
  readProviderFiles,
} from './reference.ts';
import { SSDA903_RULES_2025 } from './rules/index.ts';
import { dataRef, place, TEST_REFERENCE } from './rules/helpers-ref.ts';
import { skippedForReference, validateSsda903 } from './validate.ts';

function file(name: string, text: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ssda903-ref-'));
  fs.writeFileSync(path.join(d, name), text);
  return path.join(d, name);
}

const ONSPD_HEADER = 'pcd,pcd2,pcds,dointr,doterm,oscty,oslaua,oseast1m,osnrth1m,lat,long';

describe('postcodes', () => {
  it('are normalised to upper case with one space before the inward code', () => {
    expect(normalisePostcode(' cb21tn ')).toBe('CB2 1TN');
    expect(normalisePostcode('CB2  1TN')).toBe('CB2 1TN');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normalisePostcode('')).toBe('');
    expect(normalisePostcode(undefined)).toBe('');
  });

  it('are read from an ONSPD extract: district, county as upper tier, grid and lat/long', () => {
    const lookup = readPostcodeFile(
      file(
        'onspd.csv',
        `${ONSPD_HEADER}\n` +
          '"CB2 1TN","CB2  1TN","CB2 1TN","198001","","E10000003","E07000008",545000,258000,52.2,0.12\n' +
          '"PE1 1AA","PE1  1AA","PE1 1AA","198001","","E99999999","E06000031",519000,298000,52.57,-0.24\n' +
          '"JE2 3AB","JE2  3AB","JE2 3AB","198001","","L99999999","L99999999",,,99.999999,0.000000\n',
      ),
    );
    expect(lookup.get('CB2 1TN')).toEqual({
      la: 'E07000008',
      upperLa: 'E10000003',
      east: 545000,
      north: 258000,
      lat: 52.2,
      long: 0.12,
    });
    expect(lookup.get('PE1 1AA')?.upperLa).toBe('E06000031');
    expect(lookup.get('JE2 3AB')).toEqual({
      la: 'L99999999',
      upperLa: 'L99999999',
      east: null,
      north: null,
      lat: null,
      long: null,
    });
  });

  it('keeps only the postcodes wanted, when told which', () => {
    const lookup = readPostcodeFile(
      file('nspl.csv', 'pcds,laua,lat,long\nAB1 1AA,E06000001,52,0\nAB1 1AB,E06000001,52,0.01\n'),
      new Set(['AB1 1AB']),
    );
    expect([...lookup.keys()]).toEqual(['AB1 1AB']);
    // Rows not wanted are passed over unread beyond their postcode; a quoted comma before it is read right.
    const quoted = readPostcodeFile(
      file(
        'q.csv',
        'name,pcds,laua,lat,long\n"Smith, J",ab1 1ab,E06000001,52,0.01\n\nx,AB1 1AA,E06000001,north,0\n',
      ),
      new Set(['AB1 1AB']),
    );
    expect(quoted.get('AB1 1AB')).toMatchObject({ la: 'E06000001', lat: 52, long: 0.01 });
    expect(() =>
      readPostcodeFile(file('q.csv', 'pcds,laua,lat,long\n\nAB1 1AA,E06000001,north,0\n')),
    ).toThrow("q.csv, row 3, lat: 'north' is not a number");
  });

  it('name the file, row and field of a bad row, and a header without the columns needed', () => {
    expect(() => readPostcodeFile(file('p.csv', 'pcds,oslaua\nAB1 1AA,E06000001\n'))).toThrow(
      'p.csv: the header has no coordinates (oseast1m and osnrth1m, or lat and long)',
    );
    expect(() => readPostcodeFile(file('p.csv', 'postcode,la,lat,long\n'))).toThrow(
      'p.csv: the header has no a postcode column (pcds, pcd or pcd2), nor a local authority column (oslaua or laua)',
    );
    const bad = (row: string) => () =>
      readPostcodeFile(file('p.csv', `pcds,oslaua,oseast1m,osnrth1m\n${row}\n`));
    expect(bad('NOT A POSTCODE,E06000001,1,2')).toThrow(
      "p.csv, row 2, pcds: 'NOT A POSTCODE' is not a postcode",
    );
    expect(bad(',E06000001,1,2')).toThrow("p.csv, row 2, pcds: '' is not a postcode");
    expect(bad('AB1 1AA,,1,2')).toThrow('p.csv, row 2, oslaua: the local authority is blank');
    expect(bad('AB1 1AA,E06000001,east,2')).toThrow("p.csv, row 2, oseast1m: 'east' is not a number");
    expect(bad('AB1 1AA,E06000001,1,2\nab11aa,E06000001,1,2')).toThrow(
      'p.csv, row 3, pcds: AB1 1AA is given again (first at row 2)',
    );
    expect(() => readPostcodeFile(path.join(os.tmpdir(), 'no-such-postcodes.csv'))).toThrow(
      /no-such-postcodes\.csv: cannot be read/,
    );
  });
});

describe("Ofsted's provider lists", () => {
  it('are read from the children’s homes and social care providers lists’ columns', () => {
    const homes = file(
      'homes.csv',
      'URN,Local Authority,Provider Code,Provider Placement Code,Closed Date,Setting Postcode\n' +
        'SC123456,Cambridgeshire,K2,PR1/PR2,,cb2 1tn\n' +
        'SC654321,Peterborough,K2,PR3,31/03/2025,PE1 1AA\n',
    );
    const providers = file(
      'scp.csv',
      'URN,Local authority,Placement code,Placement provider code,Deregistration date,Setting postcode\n' +
        '1234567,Cambridgeshire,"U4,U5,U6",PR4,2024-12-01,CB2 1TN\n' +
        'SC123456,Cambridgeshire,S1,PR3,,CB2 1TN\n',
    );
    const list = readProviderFiles([homes, providers]);
    expect(list.get('SC123456')).toEqual([
      {
        urn: 'SC123456',
        placeCodes: ['K2'],
        providerCodes: ['PR1', 'PR2'],
        registrationEnd: null,
        postcode: 'CB2 1TN',
      },
      {
        urn: 'SC123456',
        placeCodes: ['S1'],
        providerCodes: ['PR3'],
        registrationEnd: null,
        postcode: 'CB2 1TN',
      },
    ]);
    expect(list.get('SC654321')?.[0]?.registrationEnd).toBe('2025-03-31');
    expect(list.get('1234567')?.[0]).toMatchObject({
      placeCodes: ['U4', 'U5', 'U6'],
      registrationEnd: '2024-12-01',
    });
  });

  it('name the file, row and field of a bad row', () => {
    expect(() => readProviderFiles([file('x.csv', 'Name,Postcode\nA home,AB1 1AA\n')])).toThrow(
      'x.csv: the header has no URN column',
    );
    expect(() => readProviderFiles([file('x.csv', 'URN,Closed Date\n,01/01/2025\n')])).toThrow(
      'x.csv, row 2, URN: the URN is blank',
    );
    expect(() => readProviderFiles([file('x.csv', 'URN,Closed Date\nSC1,30/02/2025\n')])).toThrow(
      "x.csv, row 2, Closed Date: '30/02/2025' is not a date (DD/MM/YYYY or YYYY-MM-DD)",
    );
  });
});

describe('derived placement fields', () => {
  it('measure miles on the OS grid as the DfE guidance does: metres / 1000 / 1.6093', () => {
    // 3 km east and 4 km north: 5 km, 5 / 1.6093 = 3.10694… miles.
    expect(milesBetween(place('E1', 500000, 200000), place('E1', 503000, 204000))).toBeCloseTo(3.106941, 6);
  });

  it('measure miles on the globe when the lookup has only latitude and longitude', () => {
    // One degree of latitude: 6371.0088 km × π / 180 = 111.19508 km, / 1.6093 = 69.09531 miles.
    const a = { la: 'E1', upperLa: 'E1', east: null, north: null, lat: 52, long: 0 };
    expect(milesBetween(a, { ...a, lat: 53 })).toBeCloseTo(69.09531, 5);
  });

  it('give PL_DISTANCE to 1 decimal, PL_LA as the upper tier or the country, PL_LOCATION IN or OUT', () => {
    const derive = (HOME_POST: string, PL_POST: string) =>
      derivePlacement({ HOME_POST, PL_POST }, TEST_REFERENCE);
    expect(derive('ab11aa', 'AB1 2BB')).toEqual({
      distance: 3.1,
      la: 'E10000001',
      location: 'IN',
      found: true,
    });
    expect(derive('AB1 1AA', 'CD1 1AA')).toEqual({
      distance: 62.1,
      la: 'E06000001',
      location: 'OUT',
      found: true,
    });
    expect(derive('AB1 1AA', 'EH1 1AA')).toMatchObject({ la: 'SCO', location: 'OUT' });
    expect(derive('AB1 1AA', 'CF1 1AA')).toMatchObject({ la: 'WAL', location: 'OUT' });
    expect(derive('AB1 1AA', 'JE1 1AA')).toEqual({ distance: null, la: null, location: 'OUT', found: true });
    expect(derive('AB1 1AA', 'GY1 1AA')).toEqual({
      distance: null,
      la: 'E06000002',
      location: 'OUT',
      found: true,
    });
    expect(derive('', 'AB1 2BB')).toEqual({ distance: null, la: 'E10000001', location: 'IN', found: true });
    expect(derive('AB1 1AA', 'ZZ9 9ZZ')).toEqual({ distance: null, la: null, location: null, found: false });
    expect(derive('AB1 1AA', '')).toEqual({ distance: null, la: null, location: null, found: false });
    // Without the authority's own code there is no IN or OUT.
    expect(
      derivePlacement({ HOME_POST: 'AB1 1AA', PL_POST: 'AB1 2BB' }, { postcodes: TEST_REFERENCE.postcodes! }),
    ).toMatchObject({ la: 'E10000001', location: null });
  });

  it('are worked out per episode of each year, and the postcodes to look up are listed', () => {
    const data = dataRef(
      { Episodes: [{ CHILD: 'a', HOME_POST: 'AB1 1AA', PL_POST: 'CD1 1AA' }] },
      TEST_REFERENCE,
      { Episodes: [{ CHILD: 'a', HOME_POST: 'AB1 1AA', PL_POST: 'ab1 2bb' }] },
    );
    expect(placements(data, 'Episodes').map((p) => p.distance)).toEqual([62.1]);
    expect(placements(data, 'Episodes_last').map((p) => p.location)).toEqual(['IN']);
    expect([...postcodesUsed(data)].sort()).toEqual(['AB1 1AA', 'AB1 2BB', 'CD1 1AA']);
  });
});

describe('rules needing reference data', () => {
  it('are skipped, and said to be, when it is absent', () => {
    const episode = { CHILD: 'a', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', URN: 'SC1', PL_POST: '' };
    const data = dataRef({ Episodes: [episode], UASC: [] }, {});
    const findings = validateSsda903(data, SSDA903_RULES_2025);
    const refCodes = SSDA903_RULES_2025.filter((r) => r.reference).map((r) => r.code);
    expect(refCodes).toHaveLength(21);
    expect(findings.filter((f) => refCodes.includes(f.code))).toEqual([]);
    const skipped = skippedForReference(data, SSDA903_RULES_2025);
    const codesFor = (...missing: string[]) =>
      skipped.find((g) => g.missing.join() === missing.join())?.codes;
    expect(codesFor('providers')).toEqual(['1008', '219', '221', '224', '227', '228']);
    expect(codesFor('providers', 'postcodes', 'ownLa')).toEqual(['229']);
    expect(codesFor('postcodes', 'ownLa')).toEqual(['1015', '411', '503J']);
    expect(skipped.find((g) => g.missing.join() === 'providers')?.why).toBe("Ofsted's provider lists");
    expect(skipped.flatMap((g) => g.codes)).toHaveLength(21);
    // Given postcodes but not the authority's code, only the rules that need that are left out.
    const partly = skippedForReference(
      dataRef({ Episodes: [episode] }, { postcodes: new Map() }),
      SSDA903_RULES_2025,
    );
    expect(partly.map((g) => [g.missing, g.codes.length])).toEqual([
      [['providers'], 6],
      [['ownLa'], 3],
      [['providers', 'ownLa'], 1],
    ]);
    // With the reference data the same episode is checked (no PL_POST: 169, 179, 1015; URN on no list: 1008 …).
    const checked = validateSsda903(
      dataRef({ Episodes: [episode], UASC: [] }, { ...TEST_REFERENCE, providers: new Map() }),
      SSDA903_RULES_2025,
    );
    expect(new Set(checked.filter((f) => refCodes.includes(f.code)).map((f) => f.code))).toEqual(
      new Set(['1008', '219', '224', '229', '1015', '169', '179', '392a']),
    );
  });
});
