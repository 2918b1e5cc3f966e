import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CinFileError, lineOf, readCinCensusFile, readCinCensusXml } from './read.ts';

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

  it('names the element, its place, the child and the line of an element the schema does not have', () => {
    const old = CENSUS.replace('<Sex>F</Sex>', '<GenderCurrent>2</GenderCurrent>');
    expect(problems(old)).toEqual([
      'bad.xml, line 13, child 1 (K1): <GenderCurrent> is not an element of <ChildIdentifiers> in the 2025/26 census (it holds LAchildID, UPN, FormerUPN, UPNunknown, PersonBirthDate, ExpectedPersonBirthDate, Sex, PersonDeathDate)',
    ]);
  });

  it('reports every problem at once: a field given twice, text among elements, a misplaced element', () => {
    const bad = CENSUS.replace('<Sex>F</Sex>', '<Sex>F</Sex><Sex>M</Sex>')
      .replace('<Ethnicity>NOBT</Ethnicity>', '<Ethnicity>NOBT</Ethnicity>stray')
      .replace('<LAchildID>K2 &amp; co</LAchildID>', '<LAchildID><Code>K2</Code></LAchildID>');
    expect(problems(bad)).toEqual([
      'bad.xml, line 13, child 1 (K1): a second <Sex> in <ChildIdentifiers>; give it once',
      'bad.xml, line 59, child 2: <Code> inside <LAchildID>, which holds a value, not elements',
      'bad.xml, line 60, child 2: text "stray" in <ChildCharacteristics>, which holds only elements',
    ]);
  });

  it('refuses a document that is not a census', () => {
    expect(problems('<?xml version="1.0"?><Return><Children/></Return>')).toEqual([
      'bad.xml, line 1: the document is <Return>; a CIN census is a <Message>',
    ]);
    expect(problems('')[0]).toMatch(/not well-formed XML/);
  });
});
