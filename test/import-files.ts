/** Small legacy return files for the import page's tests, as a legacy system would write them. */

/** A CIN census message of the 2025/26 collection for an authority, holding the given children. */
export function cinCensusFile(laCode: string, children: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>${laCode}</LEA><SoftwareCode>Legacy</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-04-20T10:00:00</DateTime></Source>
  </Header>
  <Children>
${children}
  </Children>
</Message>
`;
}

/** A child referred on 1 May 2025 and assessed, with the census codes given (`sex` is M, F or U). */
export function cinChild(laChildId: string, sex = 'F'): string {
  return `    <Child>
      <ChildIdentifiers>
        <LAchildID>${laChildId}</LAchildID>
        <UPNunknown>UN2</UPNunknown>
        <PersonBirthDate>2016-02-29</PersonBirthDate>
        <Sex>${sex}</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities><Disability>NONE</Disability></Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-05-01</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>`;
}
