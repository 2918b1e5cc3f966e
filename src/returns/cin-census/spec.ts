/**
 * The Children in Need census as the DfE's validator (csc-validator-be-cin) reads it: the XML flattened into
 * tables, one row per element, keyed by LAchildID (and CINdetailsID, CPPID where nested). Cells are strings
 * as in the XML ('' when absent); dates are 'YYYY-MM-DD'.
 */
export const CIN_TABLES = {
  Header: [
    'Collection',
    'Year',
    'ReferenceDate',
    'SourceLevel',
    'LEA',
    'SoftwareCode',
    'Release',
    'SerialNo',
    'DateTime',
  ],
  ChildIdentifiers: [
    'LAchildID',
    'UPN',
    'FormerUPN',
    'UPNunknown',
    'PersonBirthDate',
    'ExpectedPersonBirthDate',
    'Sex',
    'PersonDeathDate',
  ],
  ChildCharacteristics: ['LAchildID', 'Ethnicity'],
  Disabilities: ['LAchildID', 'Disability'],
  CINdetails: [
    'LAchildID',
    'CINdetailsID',
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
  ],
  Assessments: [
    'LAchildID',
    'CINdetailsID',
    'AssessmentID',
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
    'AssessmentFactors',
  ],
  CINplanDates: ['LAchildID', 'CINdetailsID', 'CINPlanStartDate', 'CINPlanEndDate'],
  Section47: [
    'LAchildID',
    'CINdetailsID',
    'S47ActualStartDate',
    'InitialCPCtarget',
    'DateOfInitialCPC',
    'ICPCnotRequired',
  ],
  ChildProtectionPlans: [
    'LAchildID',
    'CINdetailsID',
    'CPPID',
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
  ],
  Reviews: ['LAchildID', 'CINdetailsID', 'CPPID', 'CPPreviewDate'],
} as const;

export type CinTableName = keyof typeof CIN_TABLES;
export type CinRow = Record<string, string>;

/** One census: its tables, and the collection's dates (reference date 31 March; year start 1 April before). */
export interface CinCensusData {
  year: number;
  laCode: string;
  referenceDate: string;
  collectionStart: string;
  tables: Partial<Record<CinTableName, CinRow[]>>;
}

/** The 2025/26 census: collection year 2025 ends on reference date 31 March 2026. */
export function censusDates(year: number): { referenceDate: string; collectionStart: string } {
  return { referenceDate: `${year + 1}-03-31`, collectionStart: `${year}-04-01` };
}
