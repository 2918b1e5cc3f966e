import { describe, expect, it } from 'vitest';
import { readCinCensusXml } from './read.ts';
import { referenceTables } from './reference-shape.ts';
import { rule8614 } from './rules/8614.ts';
import { rule8670Q } from './rules/8670Q.ts';
import { censusD } from './rules/helpers-d.ts';
import { validateCinCensus } from './validate.ts';

/** One child: an open assessment with three factors, then an authorised one with none, in one episode. */
const CENSUS = `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>886</LEA><SoftwareCode>Other</SoftwareCode><DateTime>2026-04-20T10:00:00</DateTime></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>K1</LAchildID><PersonBirthDate>2014-01-02</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-04-10</CINreferralDate>
        <ReferralSource>2A</ReferralSource>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2025-04-10</AssessmentActualStartDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>1B</AssessmentFactors>
            <AssessmentFactors>3A</AssessmentFactors>
            <AssessmentFactors>4B</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
        <Assessments>
          <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>
        </Assessments>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>`;

describe('referenceTables', () => {
  it('gives an assessment of three factors one Assessments row and three AssessmentFactorsList rows', () => {
    const read = readCinCensusXml(CENSUS, 'census.xml', 2025);
    // Hearth's reader keeps one row per factor (the XML writer and import need them).
    expect(read.tables.Assessments).toHaveLength(4);
    const shaped = referenceTables(read);
    expect(shaped.tables.Assessments).toEqual([
      {
        LAchildID: 'K1',
        CINdetailsID: '1',
        AssessmentID: '1',
        AssessmentActualStartDate: '2025-04-10',
        AssessmentInternalReviewDate: '',
        AssessmentAuthorisationDate: '',
        AssessmentFactors: '1B,3A,4B',
      },
      {
        LAchildID: 'K1',
        CINdetailsID: '1',
        AssessmentID: '2',
        AssessmentActualStartDate: '2025-05-01',
        AssessmentInternalReviewDate: '',
        AssessmentAuthorisationDate: '2025-05-20',
        AssessmentFactors: '',
      },
    ]);
    expect(shaped.tables.AssessmentFactorsList).toEqual(
      ['1B', '3A', '4B'].map((AssessmentFactor) => ({
        LAchildID: 'K1',
        CINdetailsID: '1',
        AssessmentID: '1',
        AssessmentFactor,
      })),
    );
    // The other tables are passed on as they are, and the census read is left unchanged.
    expect(shaped.tables.CINdetails).toBe(read.tables.CINdetails);
    expect(read.tables.Assessments).toHaveLength(4);
    expect(read.tables.AssessmentFactorsList).toBeUndefined();
  });

  it('keeps assessments in the order each first appears, and leaves a census already shaped as it is', () => {
    const row = (child: string, id: string, factor: string) => ({
      LAchildID: child,
      CINdetailsID: '1',
      AssessmentID: id,
      AssessmentFactors: factor,
    });
    const data = censusD({ Assessments: [row('b', '1', '2A'), row('a', '1', '1A'), row('b', '1', '3A')] });
    const shaped = referenceTables(data);
    expect(shaped.tables.Assessments!.map((r) => [r.LAchildID, r.AssessmentFactors])).toEqual([
      ['b', '2A,3A'],
      ['a', '1A'],
    ]);
    expect(referenceTables(shaped)).toBe(shaped);
  });
});

describe('validateCinCensus on the reference shape', () => {
  it('reports a rule on an assessment of three factors once, on its one Assessments row', () => {
    const read = readCinCensusXml(CENSUS, 'census.xml', 2025);
    // Open since 10 April 2025, more than 45 working days before the reference date (8670Q), and with
    // factors though not authorised (8614): each once, as the reference reports it, on row 0.
    expect(validateCinCensus(read, [rule8670Q, rule8614])).toEqual([
      {
        code: '8670Q',
        type: 'query',
        table: 'Assessments',
        child: 'K1',
        row: 0,
        message: rule8670Q.message,
      },
      { code: '8614', type: 'error', table: 'Assessments', child: 'K1', row: 0, message: rule8614.message },
    ]);
  });
});
