/**
 * DfE code lists for the CIN census and the SSDA903 (children looked after) return, with descriptions.
 *
 * Sources, in order of authority:
 * - shared/standards/CIN_schema_2024.xsd: its enumerations are authoritative for the CIN census lists
 *   (codes and descriptions are copied from it, with one stray bracket removed from referral source 5D).
 * - shared/standards/README.md (the DfE validators' validity rules for 2025/26): the SSDA903 lists, whose
 *   XML schema (CLA.xsd) has no enumerations. The codes were also checked against the validity rules of
 *   the csc-validator-be-903 (rules 143, 144, 146 for 2025/26, 149, 1009, 120, 177, 631, SW13STG1).
 * - SSDA903 descriptions are paraphrased from the DfE's guidance; check them against the year's guide
 *   before showing them to people as the DfE's words. Z11-Z14 have no confirmed description yet.
 *
 * Each list keeps the order in which its specification lists the codes (use it for drop-downs). Codes are
 * case-sensitive, as in the returns.
 */

export interface CodeList<C extends string = string> {
  /** A stable name for the list, e.g. 'cin.referral_source'. */
  readonly id: string;
  /** The field that carries the code in the DfE return, e.g. 'ReferralSource' or 'RNE'. */
  readonly field: string;
  /** Where the list comes from. */
  readonly source: string;
  /** The codes, in the specification's order. */
  readonly codes: readonly C[];
  /** [code, description] pairs, in the specification's order. */
  readonly entries: readonly (readonly [C, string])[];
  /** Code to description. */
  readonly descriptions: ReadonlyMap<C, string>;
}

/** The union of a list's codes: `CodeOf<typeof SEX>` is 'M' | 'F' | 'U'. */
export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

export function defineCodeList<const E extends readonly (readonly [string, string])[]>(
  meta: { id: string; field: string; source: string },
  entries: E,
): CodeList<E[number][0]> {
  type C = E[number][0];
  const descriptions = new Map<C, string>();
  for (const [code, description] of entries) {
    if (descriptions.has(code)) throw new Error(`code list ${meta.id} lists ${code} twice`);
    descriptions.set(code, description);
  }
  return Object.freeze({
    ...meta,
    codes: Object.freeze(entries.map(([code]) => code as C)),
    entries: Object.freeze(
      entries.map(([code, description]) => Object.freeze([code as C, description] as const)),
    ),
    descriptions,
  });
}

/** True when `value` is one of the list's codes (exactly, case included). */
export function isCode<C extends string>(list: CodeList<C>, value: unknown): value is C {
  return typeof value === 'string' && list.descriptions.has(value as C);
}

/** The description of a code, or undefined when the code is not in the list. */
export function describeCode<C extends string>(list: CodeList<C>, value: string): string | undefined {
  return list.descriptions.get(value as C);
}

const CIN_XSD = 'CIN census schema 2024 (CIN_schema_2024.xsd)';
const SSDA903 = 'SSDA903 2025/26 (validator rules; descriptions paraphrased from the DfE guide)';

// ---------------------------------------------------------------------------------------------------------
// Child characteristics (CIN census and SSDA903)
// ---------------------------------------------------------------------------------------------------------

/** Sex, CIN census from 2024/25 (Sex) and SSDA903 from 2024/25 (SEX, rule 101). */
export const SEX = defineCodeList(
  { id: 'sex', field: 'Sex / SEX', source: 'CIN census 2024/25+; SSDA903 rule 101' },
  [
    ['M', 'Male'],
    ['F', 'Female'],
    ['U', 'Not known or not recorded (including unborn children)'],
  ] as const,
);

/** Gender in CIN census files before 2024/25 (GenderCurrent), for importing older returns. */
export const GENDER_CURRENT_LEGACY = defineCodeList(
  { id: 'cin.gender_current', field: 'GenderCurrent', source: CIN_XSD },
  [
    ['1', 'Male'],
    ['2', 'Female'],
    ['0', 'Not recorded or unborn'],
    ['9', 'Indeterminate'],
  ] as const,
);

/** Ethnicity (20 codes): CIN census Ethnicity, SSDA903 ETHNIC. */
export const ETHNICITY = defineCodeList({ id: 'ethnicity', field: 'Ethnicity / ETHNIC', source: CIN_XSD }, [
  ['WBRI', 'White British'],
  ['WIRI', 'White Irish'],
  ['WIRT', 'Traveller of Irish heritage'],
  ['WOTH', 'Any other White background'],
  ['WROM', 'Gypsy/Roma'],
  ['MWBC', 'White and Black Caribbean'],
  ['MWBA', 'White and Black African'],
  ['MWAS', 'White and Asian'],
  ['MOTH', 'Any other mixed background'],
  ['AIND', 'Indian'],
  ['APKN', 'Pakistani'],
  ['ABAN', 'Bangladeshi'],
  ['AOTH', 'Any other Asian background'],
  ['BCRB', 'Caribbean'],
  ['BAFR', 'African'],
  ['BOTH', 'Any other black background'],
  ['CHNE', 'Chinese'],
  ['OOTH', 'Any other ethnic group'],
  ['REFU', 'Refused'],
  ['NOBT', 'Information not yet obtained'],
] as const);

/** Disability (CIN census Disability). NONE may not be recorded with any other code (rule 8790). */
export const DISABILITY = defineCodeList({ id: 'cin.disability', field: 'Disability', source: CIN_XSD }, [
  ['NONE', 'No disability'],
  ['MOB', 'Mobility'],
  ['HAND', 'Hand function'],
  ['PC', 'Personal care'],
  ['INC', 'Incontinence'],
  ['COMM', 'Communication'],
  ['LD', 'Learning'],
  ['HEAR', 'Hearing'],
  ['VIS', 'Vision'],
  ['BEH', 'Behaviour'],
  ['CON', 'Consciousness'],
  ['AUT', 'Autism'],
  ['DDA', 'Other'],
] as const);

/**
 * Reasons a UPN is not given (CIN census UPNunknown, UN1-UN7; the SSDA903 accepts UN1-UN5 only, rule 168).
 * Descriptions from the DfE common basic data set (CS051).
 */
export const UPN_UNKNOWN = defineCodeList({ id: 'upn_unknown', field: 'UPNunknown / UPN', source: CIN_XSD }, [
  ['UN1', 'Child is aged under 6 years old and is not yet assigned a UPN'],
  ['UN2', 'Child has never attended a maintained school in England and has not been assigned a UPN'],
  ['UN3', 'Child is educated outside England and has not been assigned a UPN'],
  [
    'UN4',
    'Child is newly in need (one week before the end of the collection period) and the UPN was not yet known',
  ],
  [
    'UN5',
    'Sources collating UPNs show discrepancies in the child’s names or date of birth that prevent reliable matching (for example a duplicated UPN)',
  ],
  ['UN6', 'Child is not looked after, and the authority is unable to obtain the UPN'],
  ['UN7', 'Child referred but no further action taken'],
] as const);

// ---------------------------------------------------------------------------------------------------------
// CIN census
// ---------------------------------------------------------------------------------------------------------

/** Referral source (CIN census ReferralSource; also the source of a contact). */
export const REFERRAL_SOURCE = defineCodeList(
  { id: 'cin.referral_source', field: 'ReferralSource', source: CIN_XSD },
  [
    ['1A', 'INDIVIDUAL – family member, relative or carer'],
    ['1B', 'INDIVIDUAL – acquaintance (including neighbours and child minders)'],
    ['1C', 'INDIVIDUAL – self'],
    ['1D', 'INDIVIDUAL – other (including strangers)'],
    ['2A', 'SCHOOLS'],
    ['2B', 'EDUCATION SERVICES'],
    ['3A', 'HEALTH SERVICES – general practitioner (GP)'],
    ['3B', 'HEALTH SERVICES – health visitor'],
    ['3C', 'HEALTH SERVICES – school nurse'],
    ['3D', 'HEALTH SERVICES – other primary health services'],
    ['3E', 'HEALTH SERVICES – A&E (accident and emergency department)'],
    ['3F', 'HEALTH SERVICES – other (for example hospice)'],
    ['4', 'HOUSING - local authority housing or housing association'],
    ['5A', 'LA SERVICES – social care for example adults social care services'],
    [
      '5B',
      'LA SERVICES – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))',
    ],
    ['5C', 'LA SERVICES – external, for example, from another local authority’s adults social care services'],
    ['5D', 'LA SERVICES – early help'],
    ['6', 'POLICE'],
    [
      '7',
      'OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison',
    ],
    ['8', 'OTHER – including children’s centres, independent agency providers or voluntary organisations'],
    ['9', 'ANONYMOUS'],
    ['10', 'UNKNOWN'],
  ] as const,
);

/** Primary need (CIN census PrimaryNeedCode), N0-N9. */
export const PRIMARY_NEED = defineCodeList(
  { id: 'cin.primary_need', field: 'PrimaryNeedCode', source: CIN_XSD },
  [
    ['N1', 'Abuse or neglect'],
    ['N2', "Child's disability"],
    ['N3', 'Parental disability or illness'],
    ['N4', 'Family in acute stress'],
    ['N5', 'Family dysfunction'],
    ['N6', 'Socially unacceptable behaviour'],
    ['N7', 'Low income'],
    ['N8', 'Absent parenting'],
    ['N9', 'Cases other than children in need'],
    ['N0', 'Not stated'],
  ] as const,
);

/** Reason for closure of a CIN episode (CIN census ReasonForClosure). */
export const REASON_FOR_CLOSURE = defineCodeList(
  { id: 'cin.reason_for_closure', field: 'ReasonForClosure', source: CIN_XSD },
  [
    ['RC1', 'Adopted'],
    ['RC2', 'Died'],
    ['RC3', 'Child arrangements order'],
    ['RC4', 'Special guardianship order'],
    ['RC5', 'Transferred to services of another local authority'],
    ['RC6', 'Transferred to adult social care services'],
    ['RC7', 'Services ceased for any other reason, including child no longer in need'],
    ['RC8', 'Case closed after assessment, no further action'],
    ['RC9', 'Case closed after assessment, referred to early help'],
  ] as const,
);

/** Factors identified at the end of assessment (CIN census AssessmentFactors), 42 codes. */
export const ASSESSMENT_FACTORS = defineCodeList(
  { id: 'cin.assessment_factors', field: 'AssessmentFactors', source: CIN_XSD },
  [
    ['1A', 'Alcohol misuse: concerns about alcohol misuse by the child'],
    ['1B', 'Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)'],
    ['1C', 'Alcohol misuse: concerns about alcohol misuse by another person living in the household'],
    ['2A', 'Drug misuse: concerns about drug misuse by the child'],
    ['2B', 'Drug misuse: concerns about drug misuse by the parent(s)/carer(s)'],
    ['2C', 'Drug misuse: concerns about drug misuse by another person living in the household'],
    ['3A', 'Domestic violence: concerns about the child being the subject of domestic violence'],
    [
      '3B',
      'Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence',
    ],
    [
      '3C',
      'Domestic violence: concerns about another person living in the household being the subject of domestic violence',
    ],
    ['4A', 'Mental health: concerns about the mental health of the child'],
    ['4B', 'Mental health: concerns about the mental health of the parent(s)/carer(s)'],
    ['4C', 'Mental health: concerns about the mental health of another person in the family/household'],
    ['5A', 'Learning disability: concerns about the child’s learning disability'],
    ['5B', 'Learning disability: concerns about the parent(s)/carer(s) learning disability'],
    [
      '5C',
      'Learning disability: concerns about another person in the family/household’s learning disability',
    ],
    ['6A', 'Physical disability or illness: concerns about a physical disability or illness of the child'],
    [
      '6B',
      'Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)',
    ],
    [
      '6C',
      'Physical disability or illness: concerns about a physical disability or illness of another person in the family/household',
    ],
    [
      '7A',
      'Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities',
    ],
    [
      '8B',
      'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return',
    ],
    [
      '8C',
      'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay',
    ],
    [
      '8D',
      'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements',
    ],
    [
      '8E',
      'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements',
    ],
    [
      '8F',
      'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other',
    ],
    [
      '9A',
      'UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child',
    ],
    [
      '10A',
      'Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing',
    ],
    [
      '11A',
      'Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation',
    ],
    [
      '12A',
      'Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking',
    ],
    [
      '13A',
      'Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs',
    ],
    [
      '14A',
      'Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour',
    ],
    [
      '15A',
      'Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm',
    ],
    [
      '16A',
      'Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect',
    ],
    [
      '17A',
      'Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect',
    ],
    [
      '18B',
      'Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child',
    ],
    [
      '18C',
      'Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult',
    ],
    [
      '19B',
      'Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child',
    ],
    [
      '19C',
      'Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult',
    ],
    ['20', 'Other'],
    [
      '21',
      'No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken',
    ],
    [
      '22A',
      'Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation',
    ],
    [
      '23A',
      'Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief',
    ],
    [
      '24A',
      'Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation',
    ],
  ] as const,
);

/**
 * Assessment factor codes that are no longer in the schema but still turn up in older records: the DfE
 * queries them (rules 8945Q and 8950Q). Recognise them on import; never offer them for new recording.
 */
export const ASSESSMENT_FACTORS_WITHDRAWN = defineCodeList(
  {
    id: 'cin.assessment_factors_withdrawn',
    field: 'AssessmentFactors',
    source: 'CIN census rules 8945Q, 8950Q',
  },
  [
    ['18A', 'Abuse or neglect – ‘PHYSICAL ABUSE’ (withdrawn: use 18B or 18C)'],
    ['19A', 'Abuse or neglect – ‘SEXUAL ABUSE’ (withdrawn: use 19B or 19C)'],
  ] as const,
);

/** Category of abuse of a child protection plan (CIN census Initial/LatestCategoryOfAbuse). */
export const CATEGORY_OF_ABUSE = defineCodeList(
  { id: 'cin.category_of_abuse', field: 'InitialCategoryOfAbuse / LatestCategoryOfAbuse', source: CIN_XSD },
  [
    ['NEG', 'Neglect'],
    ['PHY', 'Physical abuse'],
    ['SAB', 'Sexual abuse'],
    ['EMO', 'Emotional abuse'],
    ['MUL', 'Multiple/not recommended'],
  ] as const,
);

// ---------------------------------------------------------------------------------------------------------
// SSDA903: episodes
// ---------------------------------------------------------------------------------------------------------

/** Reason for new episode (RNE). */
export const RNE = defineCodeList({ id: '903.rne', field: 'RNE', source: SSDA903 }, [
  ['S', 'Started to be looked after'],
  ['L', 'Change of legal status only'],
  ['P', 'Change of placement and carer(s) only'],
  ['T', 'Change of placement (but same carer(s)) only'],
  ['B', 'Change of legal status and placement and carer(s) at the same time'],
  ['U', 'Change of legal status and change of placement (but same carer(s)) at the same time'],
] as const);

/** Legal status (LS), 13 codes. */
export const LS = defineCodeList({ id: '903.ls', field: 'LS', source: SSDA903 }, [
  ['C1', 'Interim care order'],
  ['C2', 'Full care order'],
  ['D1', 'Freeing order granted'],
  ['E1', 'Placement order granted'],
  ['V2', 'Single period of accommodation under section 20 (Children Act 1989)'],
  [
    'V3',
    'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded',
  ],
  ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded'],
  ['L1', 'Under police protection and in local authority accommodation'],
  ['L2', 'Under an emergency protection order (EPO)'],
  ['L3', 'Under a child assessment order and in local authority accommodation'],
  ['J1', 'Remanded to local authority accommodation or to youth detention accommodation'],
  ['J2', 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984'],
  ['J3', 'Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement'],
] as const);

/**
 * Whether a legal status is a series of short breaks (V3: an episode a break; V4: an episode an agreement).
 * A child looked after only under short breaks is not counted as looked after in most of the returns.
 */
export function isShortBreak(legalStatus: string): boolean {
  return legalStatus === 'V3' || legalStatus === 'V4';
}

/** Category of need of a looked-after child (SSDA903 CIN field), N1-N8. */
export const CATEGORY_OF_NEED = defineCodeList({ id: '903.cin', field: 'CIN', source: SSDA903 }, [
  ['N1', 'Abuse or neglect'],
  ['N2', "Child's disability"],
  ['N3', 'Parental illness or disability'],
  ['N4', 'Family in acute stress'],
  ['N5', 'Family dysfunction'],
  ['N6', 'Socially unacceptable behaviour'],
  ['N7', 'Low income'],
  ['N8', 'Absent parenting'],
] as const);

/**
 * Placement type (PLACE), 2025/26: 29 codes. H5 and P2 ended with 2024/25 and Z1 was replaced by Z11-Z14.
 * PLACE_PROVIDER must be blank for T0-T4 and Z11-Z14 (rule 213).
 */
/**
 * Placement types with no Ofsted URN (SSDA903 2025/26 rules 218, 222 and 229): parents, residential
 * employment, residential care homes, health establishments, young offender institutions, temporary (T0-T4)
 * and other (Z11-Z14) placements. Any other placement has a URN, or URN_NOT_KNOWN when it is not known.
 */
export const PLACEMENTS_WITHOUT_URN: readonly string[] = [
  'P1',
  'P3',
  'R1',
  'R2',
  'R5',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'Z11',
  'Z12',
  'Z13',
  'Z14',
];

/** The SSDA903 placeholder for a placement's Ofsted URN that is not known. */
export const URN_NOT_KNOWN = 'XXXXXXX';

/** Whether a placement type has no Ofsted URN (PLACEMENTS_WITHOUT_URN). */
export function hasNoUrn(place: string): boolean {
  return PLACEMENTS_WITHOUT_URN.includes(place);
}

/** The URN a placement whose provider's URN is not known is recorded with: none, or the placeholder. */
export function urnNotKnown(place: string): string | null {
  return hasNoUrn(place) ? null : URN_NOT_KNOWN;
}

export const PLACE = defineCodeList({ id: '903.place', field: 'PLACE', source: SSDA903 }, [
  ['A3', 'Placed for adoption with parental consent, with current foster carer(s)'],
  ['A4', 'Placed for adoption with parental consent, not with current foster carer(s)'],
  ['A5', 'Placed for adoption with a placement order, with current foster carer(s)'],
  ['A6', 'Placed for adoption with a placement order, not with current foster carer(s)'],
  ['K1', 'Secure children’s home'],
  ['K2', 'Children’s home subject to the Children’s Homes Regulations'],
  ['K3', 'Supported accommodation not subject to the Children’s Homes Regulations (age 16 or over)'],
  ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
  ['P3', 'Residential employment'],
  ['R1', 'Residential care home'],
  ['R2', 'NHS or health trust or other establishment providing medical or nursing care'],
  ['R3', 'Family centre or mother and baby unit'],
  ['R5', 'Young offender institution or prison'],
  ['S1', 'Residential school (not dual-registered as a children’s home)'],
  ['T0', 'Temporary move: all types'],
  ['T1', 'Temporary period in hospital'],
  ['T2', 'Temporary absence of the child on holiday'],
  ['T3', 'Temporary accommodation while the normal foster carer(s) is/are on holiday'],
  ['T4', 'Temporary accommodation of seven days or less, for any reason not covered by T1 to T3'],
  ['U1', 'Foster placement with relative(s) or friend(s): long-term fostering'],
  [
    'U2',
    'Foster placement with relative(s) or friend(s) who are also approved adopters: FFA or concurrent planning',
  ],
  ['U3', 'Foster placement with relative(s) or friend(s): not long-term, FFA or concurrent planning'],
  ['U4', 'Foster placement with other foster carer(s): long-term fostering'],
  [
    'U5',
    'Foster placement with other foster carer(s) who are also approved adopters: FFA or concurrent planning',
  ],
  ['U6', 'Foster placement with other foster carer(s): not long-term, FFA or concurrent planning'],
  ['Z11', 'Other placement (Z11; description to be confirmed from the DfE 2025-26 guide)'],
  ['Z12', 'Other placement (Z12; description to be confirmed from the DfE 2025-26 guide)'],
  ['Z13', 'Other placement (Z13; description to be confirmed from the DfE 2025-26 guide)'],
  ['Z14', 'Other placement (Z14; description to be confirmed from the DfE 2025-26 guide)'],
] as const);

/** Placement provider (PLACE_PROVIDER). */
export const PLACE_PROVIDER = defineCodeList(
  { id: '903.place_provider', field: 'PLACE_PROVIDER', source: SSDA903 },
  [
    ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
    ['PR1', 'Own local authority provision (including a regional adoption agency the authority hosts)'],
    [
      'PR2',
      'Other local authority provision (including a regional adoption agency hosted by another authority)',
    ],
    ['PR3', 'Other public provision (for example a primary care trust)'],
    ['PR4', 'Private provision'],
    ['PR5', 'Voluntary or third sector provision'],
  ] as const,
);

/** Reason episode ceased (REC), 22 codes. */
export const REC = defineCodeList({ id: '903.rec', field: 'REC', source: SSDA903 }, [
  ['X1', 'Episode ceases, and new episode begins on the same day, for any reason'],
  ['E11', 'Adopted: application for an adoption order unopposed'],
  ['E12', 'Adopted: consent dispensed with by the court'],
  ['E2', 'Died'],
  ['E3', 'Care taken over by another local authority in the UK'],
  [
    'E4A',
    'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process',
  ],
  [
    'E4B',
    'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process',
  ],
  ['E13', 'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility'],
  ['E41', 'Residence order or child arrangements order (setting out with whom the child is to live) granted'],
  ['E45', 'Special guardianship order made to former foster carer(s) who are relative(s) or friend(s)'],
  ['E46', 'Special guardianship order made to former foster carer(s) other than relative(s) or friend(s)'],
  [
    'E47',
    'Special guardianship order made to carer(s), not former foster carer(s), who are relative(s) or friend(s)',
  ],
  [
    'E48',
    'Special guardianship order made to carer(s), not former foster carer(s), other than relative(s) or friend(s)',
  ],
  [
    'E5',
    'Moved into independent living with supportive accommodation providing formalised advice or support',
  ],
  ['E6', 'Moved into independent living in accommodation providing no formalised advice or support'],
  ['E7', 'Transferred to residential care funded by adult social care services'],
  ['E8', 'Period of being looked after ceased for any other reason'],
  ['E9', 'Sentenced to custody'],
  ['E14', 'Accommodation on remand ended'],
  ['E15', 'Age assessment determined the child is aged 18 or over and E5, E6 and E7 do not apply'],
  ['E16', 'Child moved abroad'],
  ['E17', 'Aged 18 or over and remained with current carers (including staying put)'],
] as const);

/** Reason for placement change (REASON_PLACE_CHANGE). */
export const REASON_PLACE_CHANGE = defineCodeList(
  { id: '903.reason_place_change', field: 'REASON_PLACE_CHANGE', source: SSDA903 },
  [
    ['CARPL', 'Change to or implementation of the care plan'],
    ['CLOSE', 'Resignation or closure of the provision'],
    ['ALLEG', 'Allegation (section 47)'],
    ['STAND', 'Standards of care concern'],
    ['APPRR', 'Approval removed'],
    ['CREQB', 'Carer(s) requested the placement end because of the child’s behaviour'],
    ['CREQO', 'Carer(s) requested the placement end for another reason'],
    ['CHILD', 'Child requested the placement end'],
    ['LAREQ', 'Responsible or area authority requested the placement end'],
    ['PLACE', 'Change in the status of the placement only'],
    ['CUSTOD', 'Custody arrangement'],
    ['OTHER', 'Other'],
  ] as const,
);

// ---------------------------------------------------------------------------------------------------------
// SSDA903: reviews, missing, health, care leavers
// ---------------------------------------------------------------------------------------------------------

/** How the child participated in their review (REVIEW_CODE). */
export const REVIEW_CODE = defineCodeList({ id: '903.review_code', field: 'REVIEW_CODE', source: SSDA903 }, [
  ['PN0', 'Child aged under 4 at the time of the review'],
  ['PN1', 'Child physically attends and speaks for themselves'],
  ['PN2', 'Child physically attends and an advocate speaks on their behalf'],
  ['PN3', 'Child physically attends and conveys their view symbolically (non-verbally)'],
  ['PN4', 'Child physically attends but does not speak or convey their view, nor ask an advocate to'],
  ['PN5', 'Child does not attend physically but briefs an advocate to speak for them'],
  ['PN6', 'Child does not attend but conveys their feelings to the review by a facilitative medium'],
  ['PN7', 'Child does not attend, nor are their views conveyed to the review'],
] as const);

/** Missing or away from placement without authorisation (MISSING). */
export const MISSING = defineCodeList({ id: '903.missing', field: 'MISSING', source: SSDA903 }, [
  ['M', 'Missing'],
  ['A', 'Away from placement without authorisation'],
] as const);

/** Reason no strengths and difficulties questionnaire score is given (SDQ_REASON). */
export const SDQ_REASON = defineCodeList({ id: '903.sdq_reason', field: 'SDQ_REASON', source: SSDA903 }, [
  ['SDQ1', 'No form returned as the child was aged under 4 or over 17 at the date of the latest assessment'],
  ['SDQ2', 'Carer(s) refused to complete and return the questionnaire'],
  ['SDQ3', 'Not possible to complete the questionnaire because of the severity of the child’s disability'],
  ['SDQ4', 'Other'],
  ['SDQ5', 'Child or young person refuses to allow an SDQ to be completed'],
] as const);

/** Whether the authority is in touch with a care leaver (IN_TOUCH). */
export const IN_TOUCH = defineCodeList({ id: '903.in_touch', field: 'IN_TOUCH', source: SSDA903 }, [
  ['YES', 'Yes'],
  ['NO', 'No'],
  ['DIED', 'Young person has died'],
  ['REFU', 'Young person refuses contact'],
  ['NREQ', 'Young person no longer requires services'],
  [
    'RHOM',
    'Young person has returned home to live with parent(s) or someone with parental responsibility for 6 months or more',
  ],
] as const);

/** A care leaver's main activity (ACTIV). */
export const ACTIV = defineCodeList({ id: '903.activ', field: 'ACTIV', source: SSDA903 }, [
  ['F1', 'Full-time in higher education'],
  ['P1', 'Part-time in higher education'],
  ['F2', 'Full-time in education other than higher education'],
  ['P2', 'Part-time in education other than higher education'],
  ['F4', 'Full-time in an apprenticeship'],
  ['P4', 'Part-time in an apprenticeship'],
  ['F5', 'Full-time in training or employment (not an apprenticeship)'],
  ['P5', 'Part-time in training or employment (not an apprenticeship)'],
  ['G4', 'Not in education, employment or training because of illness or disability'],
  ['G5', 'Not in education, employment or training for other reasons'],
  ['G6', 'Not in education, employment or training because of pregnancy or parenting'],
  ['0', 'Information not known'],
] as const);

/**
 * A care leaver's accommodation (ACCOM): the letter is the type, the digit its suitability (1 suitable,
 * 2 not suitable). No fixed abode (S) and custody (X) are only ever unsuitable.
 */
export const ACCOM = defineCodeList({ id: '903.accom', field: 'ACCOM', source: SSDA903 }, [
  ['B1', 'With parents or relatives: suitable'],
  ['B2', 'With parents or relatives: not suitable'],
  ['C1', 'Community home or other residential care, such as an NHS establishment: suitable'],
  ['C2', 'Community home or other residential care, such as an NHS establishment: not suitable'],
  ['D1', 'Semi-independent, transitional or self-contained accommodation: suitable'],
  ['D2', 'Semi-independent, transitional or self-contained accommodation: not suitable'],
  ['E1', 'Supported lodgings: suitable'],
  ['E2', 'Supported lodgings: not suitable'],
  ['G1', 'Gone abroad: suitable'],
  ['G2', 'Gone abroad: not suitable'],
  ['H1', 'Deported: suitable'],
  ['H2', 'Deported: not suitable'],
  ['K1', 'Ordinary lodgings, without formal support: suitable'],
  ['K2', 'Ordinary lodgings, without formal support: not suitable'],
  ['R1', 'Residence not known: suitable'],
  ['R2', 'Residence not known: not suitable'],
  ['S2', 'No fixed abode or homeless: not suitable'],
  ['T1', 'Foyer or similar supported accommodation with education, training or employment: suitable'],
  ['T2', 'Foyer or similar supported accommodation with education, training or employment: not suitable'],
  ['U1', 'Independent living (for example a flat, bedsit or with friends): suitable'],
  ['U2', 'Independent living (for example a flat, bedsit or with friends): not suitable'],
  ['V1', 'Emergency accommodation (for example a night shelter or emergency hostel): suitable'],
  ['V2', 'Emergency accommodation (for example a night shelter or emergency hostel): not suitable'],
  ['W1', 'Bed and breakfast: suitable'],
  ['W2', 'Bed and breakfast: not suitable'],
  ['X2', 'In custody: not suitable'],
  ['Y1', 'Other accommodation: suitable'],
  ['Y2', 'Other accommodation: not suitable'],
  ['Z1', 'With former foster carer(s) (staying put): suitable'],
  ['Z2', 'With former foster carer(s) (staying put): not suitable'],
  ['0', 'Information not known'],
] as const);

// ---------------------------------------------------------------------------------------------------------
// SSDA903: adoption and permanence
// ---------------------------------------------------------------------------------------------------------

/** Whether the child was fostered by the adopter(s) before (FOSTER_CARE). */
export const FOSTER_CARE = defineCodeList({ id: '903.foster_care', field: 'FOSTER_CARE', source: SSDA903 }, [
  ['0', 'No: the child was not previously fostered by the adopter(s)'],
  ['1', 'Yes: the child was previously fostered by the adopter(s)'],
] as const);

/** Number of adopters (NB_ADOPTR). */
export const NB_ADOPTR = defineCodeList({ id: '903.nb_adoptr', field: 'NB_ADOPTR', source: SSDA903 }, [
  ['1', 'Single adopter'],
  ['2', 'Two adopters (a couple)'],
] as const);

/** Sex of the adopter(s) at the date of adoption (SEX_ADOPTR). */
export const SEX_ADOPTR = defineCodeList({ id: '903.sex_adoptr', field: 'SEX_ADOPTR', source: SSDA903 }, [
  ['M1', 'Single male adopter'],
  ['F1', 'Single female adopter'],
  ['MM', 'Couple: both male'],
  ['FF', 'Couple: both female'],
  ['MF', 'Couple: male and female'],
] as const);

/** Legal status of the adopter(s) (LS_ADOPTR); the pairings with SEX_ADOPTR follow rules 514-524. */
export const LS_ADOPTR = defineCodeList({ id: '903.ls_adoptr', field: 'LS_ADOPTR', source: SSDA903 }, [
  ['L0', 'Single adopter'],
  ['L11', 'Married couple of different sexes'],
  ['L12', 'Married couple of the same sex'],
  ['L2', 'Civil partners'],
  ['L3', 'Unmarried couple of different sexes'],
  ['L4', 'Unmarried couple of the same sex'],
] as const);

/** Reason the decision that the child should be placed for adoption was reversed (REASON_PLACED_CEASED). */
export const REASON_PLACED_CEASED = defineCodeList(
  { id: '903.reason_placed_ceased', field: 'REASON_PLACED_CEASED', source: SSDA903 },
  [
    ['RD1', 'The child’s needs changed after the decision'],
    ['RD2', 'The court did not make a placement order'],
    ['RD3', 'Prospective adopters could not be found'],
    ['RD4', 'Any other reason'],
  ] as const,
);

/** Permanence arrangement before this period of care (PREV_PERM, rule 631). */
export const PREV_PERM = defineCodeList({ id: '903.prev_perm', field: 'PREV_PERM', source: SSDA903 }, [
  ['P1', 'Adoption'],
  ['P2', 'Special guardianship order'],
  ['P3', 'Residence order (granted on or before 21 April 2014)'],
  ['P4', 'Child arrangements order setting out with whom the child is to live (granted from 22 April 2014)'],
  ['Z1', 'Unknown at this time'],
] as const);

// ---------------------------------------------------------------------------------------------------------
// SSDA903: social workers
// ---------------------------------------------------------------------------------------------------------

/** Reason for a change of social worker (SW_REASON, from 2023/24). */
export const SW_REASON = defineCodeList({ id: '903.sw_reason', field: 'SW_REASON', source: SSDA903 }, [
  ['MANAGE', 'Managing caseloads'],
  ['FCONTA', 'First contact or re-referral'],
  ['LEFTRL', 'Social worker left the role'],
  ['ORGRST', 'Organisational restructure'],
  ['TSPROC', 'Transfer between teams or services as part of the usual process'],
  ['ABSENC', 'Absence cover or return from absence'],
  ['CHCHAN', 'Child requested a change from the previous social worker'],
  ['PCCHAN', 'Parent or carer requested a change from the previous social worker'],
  ['SWDIED', 'Social worker died'],
  ['OTHERS', 'Other'],
] as const);

/** Every list, for tests, settings screens and exports. */
export const CODE_LISTS: readonly CodeList[] = Object.freeze([
  SEX,
  GENDER_CURRENT_LEGACY,
  ETHNICITY,
  DISABILITY,
  UPN_UNKNOWN,
  REFERRAL_SOURCE,
  PRIMARY_NEED,
  REASON_FOR_CLOSURE,
  ASSESSMENT_FACTORS,
  ASSESSMENT_FACTORS_WITHDRAWN,
  CATEGORY_OF_ABUSE,
  RNE,
  LS,
  CATEGORY_OF_NEED,
  PLACE,
  PLACE_PROVIDER,
  REC,
  REASON_PLACE_CHANGE,
  REVIEW_CODE,
  MISSING,
  SDQ_REASON,
  IN_TOUCH,
  ACTIV,
  ACCOM,
  FOSTER_CARE,
  NB_ADOPTR,
  SEX_ADOPTR,
  LS_ADOPTR,
  REASON_PLACED_CEASED,
  PREV_PERM,
  SW_REASON,
]);
