/**
 * The numbers the generator is calibrated with, in one place. Rates are per 10,000 children aged 0-17 a
 * year; shares are fractions. The England figures they aim at are in shared/standards/README.md section 7
 * and the seeds (000_… 2.6, 2.19-2.25, 2.31; 001_… 2.4-2.5, 2.14, 2.32); `report.ts` prints the generated
 * figures beside them. The flows (how many children start each step) were tuned so that the stocks they
 * produce (children on plans and in care at a date) match England's.
 */

/** England's figures, and the aims derived from the seeds, that the calibration report compares against. */
export const ENGLAND = {
  referralsPer10k: 520,
  reReferralPct: 22.6,
  childrenInNeedPer10k: 330,
  cpPlansPer10k: 41,
  claPer10k: 67,
  uascPctOfCla: 8,
  earlyHelpPer10k: 40,
  assessmentsNfaPct: 55,
  assessments45wdPct: 85,
  cpVisits10wdPct: 90,
} as const;

export const PARAMETERS = {
  /** First referrals of children never referred before, per 10,000 a year (re-referrals come on top). */
  newReferredChildrenPer10k: 287,
  /** Children whose first contact does not lead to a referral, per 10,000 a year. */
  contactOnlyChildrenPer10k: 330,
  /** Unaccompanied asylum-seeking children arriving, per 10,000 a year. */
  uascArrivalsPer10k: 4.0,

  /** Referral months: August dips (school holidays), September and January rise (seeds 000_… 2.19-2.21, 001_… 2.24). */
  monthWeights: [1.15, 1.05, 1.05, 0.96, 1.03, 1.03, 1.0, 0.74, 1.1, 1.04, 1.04, 0.81],
  /** UASC arrivals peak in the summer (seed 000_… 2.33). */
  uascMonthWeights: [0.7, 0.6, 0.7, 0.8, 0.9, 1.3, 1.5, 1.6, 1.4, 1.1, 0.8, 0.6],

  /** After an episode closes: the chance of another referral soon (most within a year), and later. */
  reReferralSoon: 0.3,
  reReferralSoonMeanDays: 95,
  reReferralLater: 0.12,

  /** Share of referrals closed at the referral with no further action (RC7, nfa). */
  referralNfa: 0.06,
  /** Share of assessments authorised within 45 working days (a tail runs to about 100). */
  assessmentsWithin45: 0.85,
  /** Paths after assessment, before adjusting for need and age. */
  paths: { s47: 0.22, care: 0.019, cin: 0.16, earlyHelp: 0.1 },
  /** Strategy discussions deciding on a section 47 enquiry; its outcomes. */
  strategyS47: 0.92,
  s47Outcomes: { icpc: 0.5, cin: 0.19, nfa: 0.31 },
  icpcPlan: 0.87,
  icpcWithin15: 0.82,

  /** How many review conferences a child protection plan lasts (it ends at the last). */
  cpReviewsBeforeEnd: [
    [1, 0.22],
    [2, 0.44],
    [3, 0.21],
    [4, 0.09],
    [5, 0.04],
  ] as const,
  cpToCare: 0.09,
  cpPreProceedings: 0.12,
  cpStepDownToCin: 0.55,

  /** Child in need plans: median length in days (children with disabilities: much longer). */
  cinMedianDays: 365,
  cinDisabledMedianDays: 640,
  cinEscalateToCp: 0.06,
  cinToCare: 0.03,

  /**
   * The rarer parts of care, at rates near England's (children looked after in England, year to 31 March
   * 2024): about 4,000 children a year looked after only under a series of short breaks (V3/V4), counted
   * apart; about 1% of starts to be looked after on remand or under youth justice law (J1-J3); child
   * assessment orders (L3) a handful; temporary placements (T0-T4) about 1% of placements; "other"
   * placements (Z11-Z14) a handful; and about 50 looked-after children dying a year (E2).
   */
  /** Share of child in need plans of disabled children that include a series of short breaks. */
  shortBreaksOfDisabledCin: 0.15,
  /** Share of short-break series recorded as agreements (V4) rather than one episode a break (V3). */
  shortBreakAgreements: 0.25,
  /** Chance that a foster or children's home placement of two months or more has a temporary move in it. */
  temporaryPlacementOfPlacement: 0.03,
  /** Chance that a placement move of a child aged 11 or more is to an "other" placement (Z11-Z14). */
  otherPlacementOfMove: 0.004,
  /** Chance that a referral of a child aged 12 or more leads to a youth justice period of care (J1-J3). */
  youthJusticeOfAdolescentReferral: 0.006,
  /** Share of emergency starts to be looked after under a child assessment order (L3). */
  childAssessmentOrderOfEmergency: 0.02,
  /** Chance that a child dies while looked after, in one period of care (four times it for babies and disabled children). */
  deathInCare: 0.002,
  /**
   * Chance that a children's home (K2) or Z12/Z13 placement of a month or more of a child of 12 to 17 has a
   * deprivation of liberty order in it (SSDA903 DoLo from 2026/27): about 1,300 orders a year in England
   * (the national deprivation of liberty court's applications), most for adolescents in children's homes.
   */
  dolOfPlacement: 0.06,

  /** Visits: the share of gaps within the local standard (10 working days on a CP plan, 4 weeks CIN). */
  cpVisitOnTime: 0.91,
  cinVisitOnTime: 0.92,
  claVisitOnTime: 0.93,
  supervisionOnTime: 0.8,

  /** Early help: median length in days; ways it ends. */
  earlyHelpMedianDays: 133,
  earlyHelpEndReasons: [
    ['needs_met', 0.64],
    ['step_up', 0.1],
    ['declined', 0.12],
    ['moved_away', 0.05],
    ['other', 0.09],
  ] as const,
  earlyHelpLeadAgency: [
    ['local_authority', 0.55],
    ['school', 0.25],
    ['health', 0.1],
    ['voluntary', 0.07],
    ['other', 0.03],
  ] as const,

  /** Team caseload targets (seeds 000_… 2.6, 2.41; 001_… 2.4): children per full-time worker. */
  caseloadTargets: {
    assessment: 25,
    children: 20,
    adolescent: 20,
    family_safeguarding: 15,
    children_in_care: 20,
    care_leaving: 25,
    unaccompanied: 25,
    disability: 20,
    early_help: 20,
  },
  /** Children per 0-17 population in one district (Cambridgeshire had 5 districts for about 140,000). */
  childrenPerDistrict: 30_000,
  /** Share of new starters who are agency workers (they stay shorter: about one worker in six in post). */
  agencyShare: 0.42,
  vacancyMeanDays: 70,
  permanentTenureMeanDays: 1_600,
  agencyTenureMeanDays: 420,
} as const;

/** Age bands at a first referral (CIN census, children in need by age), as [from age, to age, weight]. */
export const REFERRAL_AGES: readonly (readonly [number, number, number])[] = [
  [0, 1, 0.12],
  [1, 5, 0.19],
  [5, 10, 0.25],
  [10, 16, 0.33],
  [16, 18, 0.11],
];

export const REFERRAL_SOURCES = [
  ['6', 0.29],
  ['2A', 0.18],
  ['3A', 0.03],
  ['3B', 0.03],
  ['3C', 0.01],
  ['3D', 0.03],
  ['3E', 0.03],
  ['3F', 0.02],
  ['5A', 0.03],
  ['5B', 0.03],
  ['5C', 0.02],
  ['5D', 0.03],
  ['1A', 0.05],
  ['1B', 0.01],
  ['1C', 0.02],
  ['1D', 0.01],
  ['4', 0.02],
  ['7', 0.02],
  ['8', 0.05],
  ['9', 0.01],
  ['2B', 0.02],
  ['10', 0.01],
] as const;

export const PRIMARY_NEEDS = [
  ['N1', 0.55],
  ['N3', 0.04],
  ['N4', 0.1],
  ['N5', 0.14],
  ['N6', 0.04],
  ['N7', 0.01],
  ['N8', 0.04],
  ['N9', 0.06],
  ['N0', 0.02],
] as const;

export const ETHNICITIES = [
  ['WBRI', 0.68],
  ['WIRI', 0.005],
  ['WOTH', 0.05],
  ['WIRT', 0.006],
  ['WROM', 0.006],
  ['MWBC', 0.03],
  ['MWBA', 0.014],
  ['MWAS', 0.014],
  ['MOTH', 0.025],
  ['AIND', 0.02],
  ['APKN', 0.025],
  ['ABAN', 0.008],
  ['AOTH', 0.014],
  ['BCRB', 0.01],
  ['BAFR', 0.03],
  ['BOTH', 0.005],
  ['CHNE', 0.003],
  ['OOTH', 0.02],
  ['REFU', 0.004],
  ['NOBT', 0.016],
] as const;

export const UASC_ETHNICITIES = [
  ['AOTH', 0.3],
  ['BAFR', 0.35],
  ['OOTH', 0.2],
  ['MOTH', 0.05],
  ['NOBT', 0.1],
] as const;

export const DISABILITIES = [
  'LD',
  'AUT',
  'COMM',
  'MOB',
  'HAND',
  'PC',
  'BEH',
  'CON',
  'HEAR',
  'VIS',
  'INC',
] as const;

/** Assessment factors (CIN census), weighted by how often they are identified. */
export const ASSESSMENT_FACTORS = [
  ['3A', 0.3],
  ['4A', 0.3],
  ['2B', 0.16],
  ['2C', 0.08],
  ['1B', 0.12],
  ['1C', 0.04],
  ['5B', 0.05],
  ['6B', 0.06],
  ['6C', 0.06],
  ['7A', 0.02],
  ['8B', 0.07],
  ['10A', 0.04],
  ['11A', 0.02],
  ['12A', 0.01],
  ['14A', 0.02],
  ['16A', 0.01],
  ['17A', 0.02],
  ['18B', 0.04],
  ['18C', 0.03],
  ['19B', 0.01],
  ['19C', 0.01],
  ['22A', 0.02],
  ['23A', 0.01],
  ['24A', 0.02],
] as const;

export const CATEGORIES_OF_ABUSE = [
  ['NEG', 0.48],
  ['EMO', 0.36],
  ['PHY', 0.07],
  ['SAB', 0.04],
  ['MUL', 0.05],
] as const;

export const PLACEMENT_CHANGE_REASONS = [
  ['CARPL', 0.38],
  ['CREQB', 0.13],
  ['CREQO', 0.1],
  ['CHILD', 0.06],
  ['LAREQ', 0.08],
  ['STAND', 0.04],
  ['ALLEG', 0.02],
  ['CLOSE', 0.03],
  ['APPRR', 0.01],
  ['OTHER', 0.15],
] as const;

export const OVERDUE_REASONS = [
  ['carer_unavailable', 0.28],
  ['family_avoiding', 0.24],
  ['worker_absent', 0.26],
  ['child_abroad', 0.06],
  ['child_in_hospital', 0.06],
  ['other', 0.1],
] as const;

/**
 * The annual outcomes of children looked after for 12 months at 31 March (SSDA903 OC2), near England's
 * (DfE, outcomes for children looked after, year to 31 March 2024): about 2% of those aged 10 or over
 * convicted in the year; about 3% identified with a substance misuse problem, almost all aged 12 or over,
 * of whom about 55% received an intervention and about half of the rest were offered one and refused it;
 * and, for those aged 4 to 16 with no SDQ score, the reason.
 */
export const ANNUAL_OUTCOMES = {
  convictedFrom10: 0.02,
  substanceMisuseFrom12: 0.07,
  interventionReceived: 0.55,
  interventionOfferedIfNotReceived: 0.5,
  noSdqReasons: [
    ['SDQ2', 0.15],
    ['SDQ3', 0.15],
    ['SDQ4', 0.4],
    ['SDQ5', 0.3],
  ],
} as const;

/**
 * Permanence before a period of care (SSDA903 PrevPerm), for children starting to be looked after: a few
 * had been adopted or lived under a special guardianship or child arrangements order (or, before 22 April
 * 2014, a residence order); for the rest none is known (Z1). Most such orders were made by the authority
 * itself; the others by the authorities in `otherAuthorities`.
 */
export const PREVIOUS_PERMANENCE = {
  options: [
    ['P1', 0.012],
    ['P2', 0.025],
    ['P4', 0.018],
  ],
  ownAuthority: 0.7,
  otherAuthorities: ['886', '873', '350', '208', '926', '330', '380', '855'],
} as const;
