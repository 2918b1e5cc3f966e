import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeSsda903Directory } from '../returns/ssda903/export.ts';
import { readSsda903Directory } from '../returns/ssda903/read.ts';
import { writeSsda903Xml } from '../returns/ssda903/xml.ts';
import { main } from './main.ts';

function dir(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-validate-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

/** Runs `hearth …` and gives what it wrote to stdout and stderr, and its exit code. */
async function hearth(...argv: string[]): Promise<{ out: string; err: string; code: number | 'running' }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void (err += `${text}\n`));
  try {
    const code = await main(argv);
    return { out, err, code };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

// One child placed by the authority (E10000001) in its own children's home (PR1), which is in another
// authority (E06000001), 62.1 miles from home.
const RETURN = dir({
  'Header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,01/01/2012,WBRI,A123456789012,,\n',
  'Episodes.csv':
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
    '101,01/05/2025,S,C2,N1,K2,PR1,,,,AB1 1AA,CD1 1AA,SC123456\n',
  'UASC.csv': 'CHILD,SEX,DOB,DUC\n',
});
const POSTCODES = path.join(
  dir({
    'onspd.csv':
      'pcd,pcds,oscty,oslaua,oseast1m,osnrth1m,lat,long\n' +
      '"AB1 1AA","AB1 1AA","E10000001","E07000001",500000,200000,51.7,-1.3\n' +
      '"CD1 1AA","CD1 1AA","E99999999","E06000001",500000,300000,52.6,-1.3\n' +
      '"XY1 1AA","XY1 1AA","E99999999","E06000009",400000,300000,52.6,-2.7\n',
  }),
  'onspd.csv',
);
const HOMES = path.join(
  dir({
    'homes.csv':
      'URN,Local Authority,Provider Code,Provider Placement Code,Closed Date,Setting Postcode\n' +
      'SC123456,Elsewhere,K2,PR1/PR2,,CD1 1AA\n',
  }),
  'homes.csv',
);

describe('hearth validate ssda903 with reference data', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says which rules it skipped without the postcode lookup, provider lists or own code', async () => {
    const { out, err } = await hearth('validate', 'ssda903', RETURN, '--year', '2025', '--format', 'json');
    const codes = (JSON.parse(out) as { code: string }[]).map((f) => f.code);
    expect(codes).not.toContain('1015');
    expect(err).toContain(
      "Skipped 6 rules without Ofsted's provider lists (--providers FILE): 1008 219 221 224 227 228",
    );
    expect(err).toContain(
      "Skipped 3 rules without the postcode lookup and the authority's own ONS code (--postcodes FILE, --own-la CODE): 1015 411 503J",
    );
  });

  it('runs the 21 rules with the postcode lookup, the provider lists and the own code', async () => {
    const { out, err } = await hearth(
      'validate',
      'ssda903',
      RETURN,
      '--year',
      '2025',
      '--format',
      'json',
      '--postcodes',
      POSTCODES,
      '--providers',
      HOMES,
      '--own-la',
      'e10000001',
    );
    expect(err).not.toContain('Skipped');
    const codes = (JSON.parse(out) as { code: string }[]).map((f) => f.code);
    // Own provision outside the authority (1015), and a home the postcodes put in another authority (229).
    expect(codes).toEqual(expect.arrayContaining(['1015', '229']));
    for (const passed of ['1008', '219', '221', '224', '227', '228', '169', '179', '392a', '454'])
      expect(codes).not.toContain(passed);
  });

  it('names the file, row and field of bad reference data', async () => {
    const bad = path.join(dir({ 'p.csv': 'pcds,oslaua,lat,long\nAB1 1AA,E07000001,north,0\n' }), 'p.csv');
    const { err, code } = await hearth('validate', 'ssda903', RETURN, '--year', '2025', '--postcodes', bad);
    expect(code).toBe(1);
    expect(err).toContain("hearth: p.csv, row 2, lat: 'north' is not a number");
  });
});

// A 2026/27 return with deprivation of liberty orders: child 201 is placed with parents (P1) during a DoLO
// (rules 709 and 710), and child 202's DoLO starts on 31 April (rule 700).
const RETURN_2026 = dir({
  'Header.csv':
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n' +
    '201,M,01/01/2012,WBRI,A123456789012,,\n' +
    '202,F,01/01/2011,WBRI,A123456789013,,\n',
  'Episodes.csv':
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
    '201,01/04/2026,S,C2,N1,P1,PR0,,,,AB1 1AA,CD1 1AA,\n' +
    '202,01/04/2026,S,C2,N1,K2,PR1,,,,AB1 1AA,CD1 1AA,SC123456\n',
  'DoLo.csv':
    'CHILD,DOB,DOLO_START,DOLO_END\n201,01/01/2012,01/05/2026,31/05/2026\n202,01/01/2011,31/04/2026,\n',
});

describe('hearth validate ssda903 --year 2026', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the 322 rules of 2026/27, the DoLO rules on the DoLo file among them', async () => {
    const { out, err } = await hearth('validate', 'ssda903', RETURN_2026, '--year', '2026');
    expect(err).toContain('of 322 rules.');
    const dolo = out
      .split('\n')
      .filter((line) => /^70\d|^710/.test(line))
      .map((line) => line.split('\t').slice(0, 5).join(' '));
    expect(dolo).toEqual([
      '700 error DoLo 202 1',
      '709 error DoLo 201 0',
      '710 error DoLo 201 0',
      '710 error Episodes 201 0',
    ]);
  });

  it('reads a DoLo file only for 2026/27 on, and holds no other years', async () => {
    const in2025 = await hearth('validate', 'ssda903', RETURN_2026, '--year', '2025');
    expect(in2025.code).toBe(1);
    expect(in2025.err).toContain('DoLo.csv: its columns (CHILD, DOB, DOLO_START, DOLO_END) are not those of');
    const in2027 = await hearth('validate', 'ssda903', RETURN_2026, '--year', '2027');
    expect(in2027.err).toContain(
      '--year must be 2025 (the 2025/26 collection) or 2026 (the 2026/27 collection).',
    );
    const cin = await hearth(
      'validate',
      'cin-census',
      path.join(RETURN_2026, 'Header.csv'),
      '--year',
      '2026',
    );
    expect(cin.code).toBe(1);
    expect(cin.err).toContain('--year must be 2025 (the 2025/26 collection).');
  });
});

describe('hearth validate ssda903 FILE.xml', () => {
  afterEach(() => vi.restoreAllMocks());

  it('validates the XML form of a return as the same return in CSV files', async () => {
    const data = readSsda903Directory(RETURN, 2025);
    data.tables.Reviews = [{ CHILD: '101', DOB: '01/01/2012', REVIEW: '31/04/2025', REVIEW_CODE: 'PN1' }];
    // The CSV files of every table the XML form holds (it has no social worker episodes).
    const csv = dir({});
    writeSsda903Directory(data, csv);
    fs.rmSync(path.join(csv, 'SWEpisodes.csv'));
    const xml = path.join(dir({ 'cla.xml': writeSsda903Xml(data) }), 'cla.xml');

    const fromCsv = await hearth('validate', 'ssda903', csv, '--year', '2025', '--format', 'json');
    const fromXml = await hearth('validate', 'ssda903', xml, '--year', '2025', '--format', 'json');
    const findings = JSON.parse(fromXml.out) as { code: string; table: string }[];
    // The review of 31 April is not a date: rule 166, in both.
    expect(findings.filter((f) => f.table === 'Reviews').map((f) => f.code)).toEqual(['166']);
    // The same findings but rule 630's: with no child's PERMANENCE element the XML gives no PrevPerm table,
    // and the DfE validator finds nothing for 630 on such a file (its empty table has no columns).
    expect(findings).toEqual((JSON.parse(fromCsv.out) as { code: string }[]).filter((f) => f.code !== '630'));
    expect(fromXml.code).toBe(fromCsv.code);
  });

  it('reads past elements the form does not have, as the DfE validator does, and refuses XML that is not well formed', async () => {
    const files = dir({
      'odd.xml': '<EXPSSDA903>\n  <CHILD>\n    <HEADER><NAME>x</NAME></HEADER>\n  </CHILD>\n</EXPSSDA903>\n',
      'broken.xml': '<EXPSSDA903>\n  <CHILD>\n    <HEADER><SEX>1</HEADER>\n  </CHILD>\n</EXPSSDA903>\n',
    });
    const odd = await hearth(
      'validate',
      'ssda903',
      path.join(files, 'odd.xml'),
      '--year',
      '2025',
      '--format',
      'json',
    );
    // One child with a header of nothing the form has: its sex, birth, ethnicity and UASC fail, and it has no episodes.
    expect((JSON.parse(odd.out) as { code: string }[]).map((f) => f.code)).toEqual([
      '101',
      '102',
      '103',
      '105',
      'EPI',
    ]);
    const broken = await hearth('validate', 'ssda903', path.join(files, 'broken.xml'), '--year', '2025');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(
      'hearth: broken.xml: not well-formed XML (broken.xml:3:27: unexpected close tag.)',
    );
  });
});

describe('hearth validate cin-census', () => {
  it('says on stderr what it read past that the schema does not allow, as the DfE validator reads past it', async () => {
    const census = path.join(
      dir({
        'cin.xml':
          '<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>' +
          '<ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>' +
          '<LEA>213</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo>' +
          '<DateTime>2026-04-01T00:00:00</DateTime></Source></Header><Children><Child>\n' +
          '<ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>\n<Nickname>Jo</Nickname>\n' +
          '</Child></Children></Message>\n',
      }),
      'cin.xml',
    );
    const { out, err } = await hearth('validate', 'cin-census', census, '--year', '2025', '--format', 'json');
    expect(Array.isArray(JSON.parse(out))).toBe(true);
    expect(err).toContain("Read past, as the DfE's validator does");
    expect(err).toMatch(/cin\.xml, line 3.*<Nickname> is not an element of <Child>/);
  });
});
