import { addCalendarMonths } from '../../domain/dates.ts';

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

/**
 * The tables the rules read: the census's own (CIN_TABLES, which the reader, export and XML writer use)
 * and AssessmentFactorsList, which the reference validator's reader adds beside Assessments, one row per
 * assessment factor (see reference-shape.ts). The rules see Assessments one row per assessment.
 */
export const CIN_RULE_TABLES = {
  ...CIN_TABLES,
  AssessmentFactorsList: ['LAchildID', 'CINdetailsID', 'AssessmentID', 'AssessmentFactor'],
} as const;

export type CinTableName = keyof typeof CIN_RULE_TABLES;
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

/**
 * The first day of the census year as the DfE's reference validator counts it (make_census_period): the
 * reference date less one year, so 31 March 2025 for 2025/26, the day before the collection year's own start
 * (the DfE's test data allow a date on the day the previous census ended). The rules judge "within the
 * census year" from here, and the export gives enquiries and conferences from here, so that what it gives
 * passes them.
 */
export function censusYearStart(referenceDate: string): string {
  return addCalendarMonths(referenceDate, -12);
}

/** The collection years Hearth can export and read: 2025 is the 2025/26 census. */
export const CIN_YEARS: readonly number[] = [2025];

/**
 * The census XML of a collection year as the DfE's schema orders it: each element's children in order,
 * a leaf being a field of a table. `repeat` marks elements that may occur more than once. The 2025/26
 * layout is CIN_schema_2024.xsd with Sex (M, F, U) in place of GenderCurrent, as the 2024/25 and later
 * censuses record it (see schema/CIN_schema_2025.xsd).
 */
export interface CinElement {
  name: string;
  repeat?: boolean;
  /** Leaves only: the table the value goes to. */
  table?: CinTableName;
  children?: readonly CinElement[];
}

const leaves = (table: CinTableName, names: readonly string[]): CinElement[] =>
  names.map((name) => ({ name, table }));

export function cinLayout(year: number): CinElement {
  if (!CIN_YEARS.includes(year)) throw new Error(`the CIN census for ${year} is not supported`);
  return {
    name: 'Message',
    children: [
      {
        name: 'Header',
        children: [
          { name: 'CollectionDetails', children: leaves('Header', CIN_TABLES.Header.slice(0, 3)) },
          { name: 'Source', children: leaves('Header', CIN_TABLES.Header.slice(3)) },
        ],
      },
      {
        name: 'Children',
        children: [
          {
            name: 'Child',
            repeat: true,
            children: [
              { name: 'ChildIdentifiers', children: leaves('ChildIdentifiers', CIN_TABLES.ChildIdentifiers) },
              {
                name: 'ChildCharacteristics',
                children: [
                  { name: 'Ethnicity', table: 'ChildCharacteristics' },
                  {
                    name: 'Disabilities',
                    children: [{ name: 'Disability', table: 'Disabilities', repeat: true }],
                  },
                ],
              },
              {
                name: 'CINdetails',
                repeat: true,
                children: [
                  ...leaves('CINdetails', CIN_TABLES.CINdetails.slice(2, 8)),
                  {
                    name: 'Assessments',
                    repeat: true,
                    children: [
                      ...leaves('Assessments', CIN_TABLES.Assessments.slice(3, 6)),
                      {
                        name: 'FactorsIdentifiedAtAssessment',
                        children: [{ name: 'AssessmentFactors', table: 'Assessments', repeat: true }],
                      },
                    ],
                  },
                  {
                    name: 'CINPlanDates',
                    repeat: true,
                    children: leaves('CINplanDates', CIN_TABLES.CINplanDates.slice(2)),
                  },
                  {
                    name: 'Section47',
                    repeat: true,
                    children: leaves('Section47', CIN_TABLES.Section47.slice(2)),
                  },
                  { name: 'ReferralNFA', table: 'CINdetails' },
                  {
                    name: 'ChildProtectionPlans',
                    repeat: true,
                    children: [
                      ...leaves('ChildProtectionPlans', CIN_TABLES.ChildProtectionPlans.slice(3)),
                      {
                        name: 'Reviews',
                        children: [{ name: 'CPPreviewDate', table: 'Reviews', repeat: true }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
