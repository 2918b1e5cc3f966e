import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CinFileError, irregularitiesOf, lineOf, readCinCensusFile, readCinCensusXml } from './read.ts';
import { cinDate } from './rule.ts';
import { rule8500 } from './rules/8500.ts';
import { CIN_RULES_2025 } from './rules/index.ts';
import { validateCinCensus } from './validate.ts';

/** A census as an authority's system might write it: namespaced root, comments, factors of two assessments. */
const CENSUS = `<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>886</LEA><SoftwareCode>Other</SoftwareCode><DateTime>2026-04-20T10:00:00</DateTime></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>K1</LAchildID>
        <UPNunknown>UN2</UPNunknown>
        <PersonBirthDate>2014-01-02</PersonBirthDate>
        <Sex>F</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities><Disability>AUT</Disability><Disability>LD</Disability></Disabilities>
      </ChildCharacteristics>
      <!-- an episode closed in the year -->
      <CINdetails>
        <CINreferralDate>2025-04-10</CINreferralDate>
        <ReferralSource>2A</ReferralSource>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <CINclosureDate>2025-08-01</CINclosureDate>
        <ReasonForClosure>RC8</ReasonForClosure>
        <Assessments>
          <AssessmentActualStartDate>2025-04-10</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2025-05-30</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>1B</AssessmentFactors>
            <AssessmentFactors>3A</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
        <ReferralNFA>0</ReferralNFA>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2025-10-01</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments><AssessmentActualStartDate>2025-10-01</AssessmentActualStartDate></Assessments>
        <Assessments><AssessmentActualStartDate>2025-12-01</AssessmentActualStartDate></Assessments>
        <Section47>
          <S47ActualStartDate>2025-10-02</S47ActualStartDate>
          <InitialCPCtarget>2025-10-23</InitialCPCtarget>
          <DateOfInitialCPC>2025-10-20</DateOfInitialCPC>
          <ICPCnotRequired>false</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2025-10-20</CPPstartDate>
          <InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews><CPPreviewDate>2026-01-12</CPPreviewDate><CPPreviewDate>2026-03-30</CPPreviewDate></Reviews>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers><LAchildID>K2 &amp; co</LAchildID><Sex>U</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2026-01-05</CINreferralDate>
        <ReferralSource>9</ReferralSource>
        <CINPlanDates><CINPlanStartDate>2026-01-05</CINPlanStartDate></CINPlanDates>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>
`;

/** The problems the reader reports for a document, or [] when it reads. */
function problems(xml: string): readonly string[] {
  try {
    readCinCensusXml(xml, 'bad.xml', 2025);
    return [];
  } catch (error) {
    if (error instanceof CinFileError) return error.problems;
    throw error;
  }
}

describe('reading a CIN census XML file', () => {
  const data = readCinCensusXml(CENSUS, 'cin.xml', 2025);

  it('reads the header, the collection dates and the authority', () => {
    expect(data).toMatchObject({
      year: 2025,
      laCode: '886',
      referenceDate: '2026-03-31',
      collectionStart: '2025-04-01',
    });
    expect(data.tables.Header).toEqual([
      {
        Collection: 'CIN',
        Year: '2026',
        ReferenceDate: '2026-03-31',
        SourceLevel: 'L',
        LEA: '886',
        SoftwareCode: 'Other',
        Release: '',
        SerialNo: '',
        DateTime: '2026-04-20T10:00:00',
      },
    ]);
  });

  it('gives every row its child, and blanks for elements left out', () => {
    expect(data.tables.ChildIdentifiers).toEqual([
      {
        LAchildID: 'K1',
        UPN: '',
        FormerUPN: '',
        UPNunknown: 'UN2',
        PersonBirthDate: '2014-01-02',
        ExpectedPersonBirthDate: '',
        Sex: 'F',
        PersonDeathDate: '',
      },
      expect.objectContaining({ LAchildID: 'K2 & co', Sex: 'U', PersonBirthDate: '' }),
    ]);
    expect(data.tables.ChildCharacteristics).toEqual([
      { LAchildID: 'K1', Ethnicity: 'WBRI' },
      { LAchildID: 'K2 & co', Ethnicity: 'NOBT' },
    ]);
    expect(data.tables.Disabilities).toEqual([
      { LAchildID: 'K1', Disability: 'AUT' },
      { LAchildID: 'K1', Disability: 'LD' },
    ]);
  });

  it('numbers episodes within the child, assessments and plans within the episode, from 1', () => {
    expect(data.tables.CINdetails!.map((r) => [r.LAchildID, r.CINdetailsID, r.ReferralNFA])).toEqual([
      ['K1', '1', '0'],
      ['K1', '2', 'false'],
      ['K2 & co', '1', 'false'],
    ]);
    // One row per factor; an assessment with no factors is one row with none.
    expect(
      data.tables.Assessments!.map((r) => [
        r.CINdetailsID,
        r.AssessmentID,
        r.AssessmentActualStartDate,
        r.AssessmentFactors,
      ]),
    ).toEqual([
      ['1', '1', '2025-04-10', '1B'],
      ['1', '1', '2025-04-10', '3A'],
      ['2', '1', '2025-10-01', ''],
      ['2', '2', '2025-12-01', ''],
    ]);
    expect(data.tables.Section47).toEqual([
      {
        LAchildID: 'K1',
        CINdetailsID: '2',
        S47ActualStartDate: '2025-10-02',
        InitialCPCtarget: '2025-10-23',
        DateOfInitialCPC: '2025-10-20',
        ICPCnotRequired: 'false',
      },
    ]);
    expect(data.tables.ChildProtectionPlans).toEqual([
      expect.objectContaining({ LAchildID: 'K1', CINdetailsID: '2', CPPID: '1', NumberOfPreviousCPP: '0' }),
    ]);
    expect(data.tables.Reviews).toEqual([
      { LAchildID: 'K1', CINdetailsID: '2', CPPID: '1', CPPreviewDate: '2026-01-12' },
      { LAchildID: 'K1', CINdetailsID: '2', CPPID: '1', CPPreviewDate: '2026-03-30' },
    ]);
    expect(data.tables.CINplanDates).toEqual([
      { LAchildID: 'K2 & co', CINdetailsID: '1', CINPlanStartDate: '2026-01-05', CINPlanEndDate: '' },
    ]);
  });

  it('leaves checking the values to the rules: a bad date or code is read as written', () => {
    const odd = CENSUS.replace('<Sex>F</Sex>', '<Sex>2</Sex>').replace(
      '<CINreferralDate>2025-04-10</CINreferralDate>',
      '<CINreferralDate>10/04/2025</CINreferralDate>',
    );
    const read = readCinCensusXml(odd, 'odd.xml', 2025);
    expect(read.tables.ChildIdentifiers![0]!.Sex).toBe('2');
    expect(read.tables.CINdetails![0]!.CINreferralDate).toBe('10/04/2025');
  });

  it('remembers the line of each row and of each field given, for problems found later', () => {
    const line = (text: string): number => CENSUS.slice(0, CENSUS.indexOf(text)).split('\n').length;
    const [factor1, factor2] = data.tables.Assessments!;
    expect(lineOf(factor1!)).toBe(line('<Assessments>'));
    expect(lineOf(factor1!, 'AssessmentAuthorisationDate')).toBe(
      line('<AssessmentAuthorisationDate>2025-05-30'),
    );
    expect(lineOf(factor1!, 'AssessmentFactors')).toBe(line('<AssessmentFactors>1B'));
    expect(lineOf(factor2!, 'AssessmentFactors')).toBe(line('<AssessmentFactors>3A'));
    // A field not given: the row's own line.
    expect(lineOf(factor1!, 'AssessmentInternalReviewDate')).toBe(line('<Assessments>'));
    expect(lineOf(data.tables.Disabilities![1]!)).toBe(line('<Disability>LD'));
    expect(lineOf(data.tables.Header![0]!, 'LEA')).toBe(line('<LEA>'));
    expect(lineOf({ LAchildID: 'K1' })).toBeUndefined();
  });

  it('reads a file from disk, naming it by its file name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cin-'));
    try {
      const file = path.join(dir, 'census.xml');
      fs.writeFileSync(file, `\uFEFF${CENSUS}`);
      expect(readCinCensusFile(file, 2025)).toEqual(data);
      const missing = path.join(dir, 'none.xml');
      expect(() => readCinCensusFile(missing, 2025)).toThrow(/none\.xml: cannot be read/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a CIN census file that cannot be read', () => {
  it('names file, line and position when the XML is not well formed, and reads nothing', () => {
    const broken = CENSUS.replace('<Sex>F</Sex>', '<Sex>F</Sexx>');
    const found = problems(broken);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^bad\.xml:13:\d+: unexpected close tag.*not well-formed XML/);
    expect(() => readCinCensusXml(broken, 'bad.xml', 2025)).toThrow(/bad\.xml: not read, nothing imported/);
  });

  it('refuses bytes that are not the encoding the file declares, naming the file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cin-'));
    try {
      // Windows-1252 bytes (é is 0xE9) in a file that says nothing of its encoding, so is UTF-8.
      const file = path.join(dir, 'census.xml');
      const text = CENSUS.replace(
        '<SoftwareCode>Other</SoftwareCode>',
        '<SoftwareCode>Système</SoftwareCode>',
      );
      fs.writeFileSync(file, Buffer.from(text, 'latin1'));
      expect(() => readCinCensusFile(file, 2025)).toThrow(CinFileError);
      expect(() => readCinCensusFile(file, 2025)).toThrow(
        'census.xml, line 5: the file is not UTF-8, as it says it is (or as XML is when it does not say): save it as UTF-8, or declare the encoding it is written in',
      );
      fs.writeFileSync(
        file,
        Buffer.from(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-16"'), 'latin1'),
      );
      expect(() => readCinCensusFile(file, 2025)).toThrow(
        'census.xml, line 1: the encoding "ISO-8859-16" it declares is not one Hearth reads: save it as UTF-8',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a document that is not a census', () => {
    expect(problems('<?xml version="1.0"?><Return><Children/></Return>')).toEqual([
      'bad.xml, line 1: the document is <Return>; a CIN census is a <Message>',
    ]);
    expect(problems('')[0]).toMatch(/not well-formed XML/);
  });
});

describe('a census as case systems export it', () => {
  const data = readCinCensusXml(CENSUS, 'cin.xml', 2025);
  const { tables } = data;

  it('reads UTF-16 (with a byte-order mark, or without), and single-byte encodings the file declares', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-cin-'));
    try {
      const written = (name: string, bytes: Buffer): string => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        return file;
      };
      const utf16 = CENSUS.replace('encoding="UTF-8"', 'encoding="utf-16"');
      const le = written('le.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
      expect(readCinCensusFile(le, 2025)).toEqual(data);
      const be = Buffer.from(utf16, 'utf16le').swap16();
      expect(readCinCensusFile(written('be.xml', be), 2025)).toEqual(data);
      // An XML string written out as UTF-8 keeps the "utf-16" of the string it was.
      expect(readCinCensusFile(written('said.xml', Buffer.from(utf16)), 2025)).toEqual(data);
      const latin = CENSUS.replace('encoding="UTF-8"', 'encoding="windows-1252"').replace(
        '<SoftwareCode>Other</SoftwareCode>',
        '<SoftwareCode>Système \x93A\x94</SoftwareCode>',
      );
      // è is 0xE8; the curly quotes 0x93 and 0x94, where Windows-1252 differs from Latin-1.
      const read = readCinCensusFile(written('latin.xml', Buffer.from(latin, 'latin1')), 2025);
      expect(read.tables.Header![0]!.SoftwareCode).toBe('Système “A”');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a <Disabilities>, <FactorsIdentifiedAtAssessment> or <Reviews> written once per value', () => {
    const perValue = CENSUS.replace(
      '<Disabilities><Disability>AUT</Disability><Disability>LD</Disability></Disabilities>',
      '<Disabilities><Disability>AUT</Disability></Disabilities>\n<Disabilities><Disability>LD</Disability></Disabilities>',
    )
      .replace(
        '<AssessmentFactors>1B</AssessmentFactors>\n            <AssessmentFactors>3A</AssessmentFactors>',
        '<AssessmentFactors>1B</AssessmentFactors></FactorsIdentifiedAtAssessment><FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors>',
      )
      .replace(
        '<Reviews><CPPreviewDate>2026-01-12</CPPreviewDate><CPPreviewDate>2026-03-30</CPPreviewDate></Reviews>',
        '<Reviews><CPPreviewDate>2026-01-12</CPPreviewDate></Reviews><Reviews><CPPreviewDate>2026-03-30</CPPreviewDate></Reviews>',
      );
    expect(perValue).not.toBe(CENSUS);
    const read = readCinCensusXml(perValue, 'cin.xml', 2025);
    expect(read.tables.Disabilities).toEqual(tables.Disabilities);
    expect(read.tables.Assessments).toEqual(tables.Assessments);
    expect(read.tables.Reviews).toEqual(tables.Reviews);
    expect(irregularitiesOf(read)).toEqual([]);
  });

  it('reads the first of the <Source>s the schema allows', () => {
    const two = CENSUS.replace(
      '</Source>',
      '</Source>\n    <Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>Other</SoftwareCode></Source>',
    );
    const read = readCinCensusXml(two, 'cin.xml', 2025);
    expect(read.laCode).toBe('886');
    expect(read.tables.Header).toEqual(tables.Header);
    expect(irregularitiesOf(read)).toEqual([]);
  });

  it('reads blanks, self-closed and whitespace-only elements, comments, CRLF and a default namespace as the same census', () => {
    const shaped = CENSUS.replace(
      '<Message xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<Message xmlns="http://www.dfe.gov.uk/CIN" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="CIN_schema.xsd">',
    )
      .replace('<UPNunknown>UN2</UPNunknown>', '<UPN/><FormerUPN>  </FormerUPN><UPNunknown>UN2</UPNunknown>')
      .replace('<Sex>F</Sex>', '<Sex>F</Sex><PersonDeathDate xsi:nil="true"/>')
      .replace('<ReferralSource>6</ReferralSource>', '<ReferralSource><!-- police -->6</ReferralSource>')
      .replace(/\n/g, '\r\n');
    const read = readCinCensusXml(shaped, 'cin.xml', 2025);
    expect(read).toEqual(data);
    expect(irregularitiesOf(read)).toEqual([]);
    const line = (text: string): number => CENSUS.slice(0, CENSUS.indexOf(text)).split('\n').length;
    expect(lineOf(read.tables.Assessments![1]!, 'AssessmentFactors')).toBe(line('<AssessmentFactors>3A'));
  });
});

describe('what the schema does not allow but the DfE validator reads past', () => {
  it('passes over an element the schema does not have, as the DfE validator does, and lists it', () => {
    const old = CENSUS.replace('<Sex>F</Sex>', '<GenderCurrent>2</GenderCurrent>');
    expect(problems(old)).toEqual([]);
    const read = readCinCensusXml(old, 'bad.xml', 2025);
    expect(read.tables.ChildIdentifiers![0]).toMatchObject({ LAchildID: 'K1', Sex: '' });
    expect(irregularitiesOf(read)).toEqual([
      'bad.xml, line 13, child 1 (K1): <GenderCurrent> is not an element of <ChildIdentifiers> in the 2025/26 census (it holds LAchildID, UPN, FormerUPN, UPNunknown, PersonBirthDate, ExpectedPersonBirthDate, Sex, PersonDeathDate)',
    ]);
    // Nor is anything in an element passed over read.
    const later = CENSUS.replace(
      '<ReferralNFA>false</ReferralNFA>\n        <ChildProtectionPlans>',
      '<ReferralNFA>false</ReferralNFA>\n        <PreProceedingsandFGDM><PPStartDate>2025-09-09</PPStartDate></PreProceedingsandFGDM>\n        <ChildProtectionPlans>',
    );
    expect(readCinCensusXml(later, 'bad.xml', 2025).tables).toEqual(
      readCinCensusXml(CENSUS, 'bad.xml', 2025).tables,
    );
  });

  it('reads a field given twice, text among elements and an element in a value as it does, and lists each', () => {
    const bad = CENSUS.replace('<Sex>F</Sex>', '<Sex>F</Sex><Sex>M</Sex>')
      .replace('<UPNunknown>UN2</UPNunknown>', '<UPNunknown>UN2</UPNunknown>PersonBirthDate')
      .replace('<Ethnicity>NOBT</Ethnicity>', '<Ethnicity>NOBT</Ethnicity>stray')
      .replace('<LAchildID>K2 &amp; co</LAchildID>', '<LAchildID>K2<Code>9</Code></LAchildID>');
    expect(problems(bad)).toEqual([]);
    const read = readCinCensusXml(bad, 'bad.xml', 2025);
    // The first of two is the one found; a value is the text of its own element.
    expect(read.tables.ChildIdentifiers!.map((r) => [r.LAchildID, r.Sex, r.UPNunknown])).toEqual([
      ['K1', 'F', 'UN2'],
      ['K2', 'U', ''],
    ]);
    expect(irregularitiesOf(read)).toEqual([
      'bad.xml, line 11, child 1 (K1): text "PersonBirthDate" in <ChildIdentifiers>, which holds only elements',
      'bad.xml, line 13, child 1 (K1): a second <Sex> in <ChildIdentifiers>; give it once',
      'bad.xml, line 59, child 2: <Code> inside <LAchildID>, which holds a value, not elements',
      'bad.xml, line 60, child 2 (K2): text "stray" in <ChildCharacteristics>, which holds only elements',
    ]);
  });

  it('reads a child with no <ChildIdentifiers> as one with no LAchildID, for rule 8500 to find', () => {
    const noIds = CENSUS.replace(
      '<ChildIdentifiers><LAchildID>K2 &amp; co</LAchildID><Sex>U</Sex></ChildIdentifiers>',
      '',
    );
    const read = readCinCensusXml(noIds, 'bad.xml', 2025);
    expect(read.tables.ChildIdentifiers).toHaveLength(2);
    expect(read.tables.ChildIdentifiers![1]).toMatchObject({ LAchildID: '', Sex: '' });
    expect(read.tables.CINdetails!.map((r) => r.LAchildID)).toEqual(['K1', 'K1', '']);
    expect(validateCinCensus(read, [rule8500])).toEqual([
      expect.objectContaining({ code: '8500', table: 'ChildIdentifiers', row: 1 }),
    ]);
  });
});

describe('validating dates as systems write them', () => {
  it('finds the same as for YYYY-MM-DD when dates carry a time, or are written year first with slashes', () => {
    const plain = readCinCensusXml(CENSUS, 'cin.xml', 2025);
    let n = 0;
    const timed = CENSUS.replace(/>(\d{4})-(\d{2})-(\d{2})</g, (_, y: string, m: string, d: string) => {
      n += 1;
      return n % 3 === 0 ? `>${y}/${m}/${d}<` : `>${y}-${m}-${d}T00:00:00${n % 3 === 1 ? '' : '.000'}<`;
    });
    expect(timed).toContain('<CINreferralDate>2025/04/10</CINreferralDate>');
    expect(timed).toContain('<CINclosureDate>2025-08-01T00:00:00</CINclosureDate>');
    expect(timed).toContain('<AssessmentActualStartDate>2025-04-10T00:00:00.000</AssessmentActualStartDate>');
    const read = readCinCensusXml(timed, 'cin.xml', 2025);
    const findings = validateCinCensus(plain, CIN_RULES_2025);
    expect(findings.length).toBeGreaterThan(0);
    expect(validateCinCensus(read, CIN_RULES_2025)).toEqual(findings);
    // A day written first is not read as a date: the DfE validator's parser would take 01/04 for 4 January.
    expect(cinDate('2025-04-01T00:00:00')).toBe('2025-04-01');
    expect(cinDate('2025/04/01')).toBe('2025-04-01');
    expect(cinDate('01/04/2025')).toBeNull();
    expect(cinDate('2025-02-30T00:00:00')).toBeNull();
  });
});
