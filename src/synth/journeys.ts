/**
 * The children and their journeys. Children arrive at the front door day by day, as many as the rates say,
 * shaped by the month and the day of the week; each child's journey is then drawn from their own stream:
 * contacts, referrals, assessments, section 47 enquiries and conferences, child in need and child
 * protection plans, periods of care with their placements and legal statuses, leaving care, early help and
 * missing episodes, every step no earlier than the step it follows and nothing after the as-at date.
 *
 * The simulation starts up to 18 years before the history asked for (never before 2000), so that the
 * children already in care when the history starts have been in care as long as real children would have.
 * Only children with something open at, or happening after, the start of the history are kept, with their
 * whole record (a real system's history begins the same way: with the open cases migrated in).
 */
import { urnNotKnown } from '../domain/codes.ts';
import {
  addMonths,
  addWorkingDays,
  ageOn,
  birthday,
  isWeekend,
  isWorkingDay,
  monthOf,
  workingDayFrom,
  workingDayUpTo,
  type Day,
} from './calendar.ts';
import type {
  Adoption,
  Assessment,
  Child,
  Contact,
  CpPlan,
  PeriodOfCare,
  Referral,
  S47,
  Strategy,
} from './model.ts';
import {
  ASSESSMENT_FACTORS,
  CATEGORIES_OF_ABUSE,
  DISABILITIES,
  ETHNICITIES,
  PARAMETERS as P,
  PLACEMENT_CHANGE_REASONS,
  PRIMARY_NEEDS,
  REFERRAL_AGES,
  REFERRAL_SOURCES,
  UASC_ETHNICITIES,
} from './parameters.ts';
import { placementPostcode, postcode } from './people.ts';
import { addRarerCare } from './rare-care.ts';
import type { Random } from './random.ts';

export interface JourneySettings {
  population: number;
  asAt: Day;
  /** The first day of the history asked for. */
  historyStart: Day;
  /** How many districts the county has (each child lives in one). */
  districts: number;
  /**
   * How many times their usual rates the rarer parts of care happen (rare-care.ts): 1 normally; more to
   * exercise them in a small authority (see SynthOptions.rareCare).
   */
  rareCare: number;
}

/** A rate of one of the rarer parts of care, scaled as the settings ask (a chance, so at most 1). */
export function rareRate(settings: JourneySettings, rate: number): number {
  return Math.min(1, rate * settings.rareCare);
}

const CONTACT_CONCERNS: Readonly<Record<string, readonly string[]>> = {
  '6': ['Domestic abuse notification', 'Police protection notification', 'Child found out late at night'],
  '2A': ['Disclosure at school', 'Unexplained injury seen at school', 'Poor attendance and presentation'],
  '3A': ['GP concern about neglect', 'Parental mental health'],
  '3B': ['Health visitor concern about home conditions', 'Missed health appointments'],
  '3E': ['Injury seen in A&E', 'Self-harm presentation at A&E'],
  default: [
    'Concern about neglect',
    'Parental substance misuse',
    'Concern about the child’s behaviour',
    'Family under acute stress',
    'Concern raised about care at home',
  ],
};

const LANGUAGES = ['Polish', 'Urdu', 'Romanian', 'Punjabi', 'Arabic', 'Bengali', 'Somali', 'Portuguese'];
const UASC_LANGUAGES = ['Pashto', 'Dari', 'Tigrinya', 'Arabic', 'Kurdish', 'Amharic'];

/** Why a period of care will end, decided when it starts. */
type Exit = 'home_short' | 'home' | 'adoption' | 'sgo' | 'cao' | 'to18' | 'other';
type CareRoute = 'assessment' | 'emergency' | 'cp' | 'cin' | 'plo' | 'uasc';

interface Placement {
  place: string;
  provider: string | null;
  postcode: string;
  urn: string | null;
  longTerm: boolean;
  carers: number;
}

/** Placement types by the child's age at the placement, as [type, weight]. */
function placementChoices(age: number, first: boolean): readonly (readonly [string, number])[] {
  if (age < 1)
    return first
      ? [
          ['U6', 0.62],
          ['U3', 0.22],
          ['R3', 0.08],
          ['U5', 0.08],
        ]
      : [
          ['U6', 0.72],
          ['U3', 0.2],
          ['U5', 0.08],
        ];
  if (age < 5)
    return [
      ['U6', 0.7],
      ['U3', 0.26],
      ['U5', 0.03],
      ['K2', 0.01],
    ];
  if (age < 11)
    return [
      ['U6', 0.66],
      ['U3', 0.23],
      ['K2', 0.07],
      ['S1', 0.02],
      ['R1', 0.02],
    ];
  if (age < 16)
    return [
      ['U6', 0.64],
      ['U3', 0.14],
      ['K2', 0.15],
      ['K1', 0.01],
      ['S1', 0.03],
      ['R1', 0.02],
      ['R2', 0.01],
    ];
  return [
    ['U6', 0.4],
    ['U3', 0.09],
    ['K2', 0.12],
    ['K3', 0.35],
    ['R1', 0.02],
    ['S1', 0.02],
  ];
}

/** The provider of a placement type (SSDA903 rules 527-531 and 550 respected). */
function providerFor(random: Random, place: string): string | null {
  switch (place) {
    case 'U1':
    case 'U2':
    case 'U3':
      return random.chance(0.95) ? 'PR1' : 'PR2';
    case 'U4':
    case 'U6':
      return random.weighted([
        ['PR1', 0.47],
        ['PR4', 0.45],
        ['PR5', 0.05],
        ['PR2', 0.03],
      ]);
    case 'U5':
      return random.chance(0.7) ? 'PR1' : 'PR5';
    case 'K1':
      return random.chance(0.6) ? 'PR2' : 'PR1';
    case 'K2':
      return random.weighted([
        ['PR4', 0.78],
        ['PR1', 0.15],
        ['PR5', 0.07],
      ]);
    case 'K3':
      return random.weighted([
        ['PR4', 0.6],
        ['PR1', 0.25],
        ['PR5', 0.15],
      ]);
    case 'S1':
      return random.weighted([
        ['PR4', 0.6],
        ['PR5', 0.3],
        ['PR2', 0.1],
      ]);
    case 'R1':
      return random.chance(0.7) ? 'PR4' : 'PR5';
    case 'R2':
      return 'PR3';
    case 'R3':
      return random.weighted([
        ['PR4', 0.5],
        ['PR1', 0.3],
        ['PR5', 0.2],
      ]);
    case 'A5':
    case 'A6':
      return random.weighted([
        ['PR1', 0.6],
        ['PR2', 0.25],
        ['PR5', 0.15],
      ]);
    case 'P1':
      return 'PR0';
    default:
      return null;
  }
}

const FOSTER = /^U[1-6]$/;
const MAX_MONTH_WEIGHT = Math.max(...P.monthWeights);
const KINSHIP = /^U[1-3]$/;

export class JourneyBuilder {
  private readonly b18: Day;
  private carers = 0;
  /** The rarer turns of care (L3, Z11-Z14, deaths) draw from their own stream, leaving the rest as it was. */
  private readonly rare: Random;

  constructor(
    private readonly settings: JourneySettings,
    private readonly child: Child,
    private readonly r: Random,
  ) {
    this.b18 = birthday(child.dob, 18);
    this.rare = r.derive('rare');
  }

  private get asAt(): Day {
    return this.settings.asAt;
  }

  // ---------------------------------------------------------------------------------------------------
  // Front door
  // ---------------------------------------------------------------------------------------------------

  private addContact(date: Day, source: string, decision: string | null, decisionDate: Day | null): Contact {
    const r = this.r;
    const concerns = CONTACT_CONCERNS[source] ?? CONTACT_CONCERNS.default!;
    const police = source === '6';
    const contact: Contact = {
      date,
      time: police && r.chance(0.4) ? r.int(0, 24 * 60 - 1) : r.int(8 * 60, 18 * 60),
      source,
      concern: r.pick(concerns),
      decision,
      decisionDate,
    };
    this.child.contacts.push(contact);
    return contact;
  }

  /** A contact that does not lead to a referral: its screening decision within a working day, mostly. */
  contactOnly(date: Day, source: string = this.r.weighted(REFERRAL_SOURCES)): string | null {
    const r = this.r;
    const decision = r.weighted([
      ['information_advice', 0.36],
      ['nfa', 0.3],
      ['early_help', 0.24],
      ['mash', 0.1],
    ]);
    const decided = r.chance(0.9) ? workingDayFrom(date) : addWorkingDays(date, r.int(1, 3));
    if (decided > this.asAt) {
      this.addContact(date, source, null, null);
      return null;
    }
    this.addContact(date, source, decision, decided);
    return decision;
  }

  // ---------------------------------------------------------------------------------------------------
  // The whole journey of a child first seen at `date`
  // ---------------------------------------------------------------------------------------------------

  /** A child referred at their first contact (sometimes after an earlier contact that went no further). */
  referredChild(date: Day): void {
    const r = this.r;
    if (r.chance(0.25)) {
      const earlier = date - r.int(30, 540);
      if (earlier > this.child.dob + 30) this.contactOnly(workingDayFrom(earlier));
    }
    this.journeyFrom(date, r.weighted(REFERRAL_SOURCES));
  }

  /** A child whose first contact goes no further than the front door (early help, at most). */
  contactOnlyChild(date: Day): void {
    const r = this.r;
    const decision = this.contactOnly(date);
    let t = date;
    if (decision === 'early_help' && r.chance(0.8)) {
      const end = this.earlyHelp(date + r.int(0, 14), null);
      if (end === null) return;
      t = end.date;
      if (end.stepUp) {
        this.journeyFrom(end.date + r.int(0, 10), '5D');
        return;
      }
    }
    if (r.chance(0.3)) {
      const next = t + r.int(30, 720);
      if (next < this.b18 && next <= this.asAt) {
        if (r.chance(0.22)) this.journeyFrom(workingDayFrom(next), r.weighted(REFERRAL_SOURCES));
        else this.contactOnly(next);
      }
    }
  }

  /** Referrals from `date`, and re-referrals after each closes, until the child is 18 or the as-at date. */
  private journeyFrom(date: Day, source: string): void {
    const r = this.r;
    let t = date;
    let from = source;
    for (let guard = 0; guard < 12; guard++) {
      if (t > this.asAt || t >= this.b18) return;
      const referral = this.referral(t, from);
      if (referral.closure === null) return;
      let closed = referral.closure;
      if (this.child.careLeaver.length > 0 || this.child.died !== null) return;
      if (referral.closureReason === 'RC9' && r.chance(0.7)) {
        const end = this.earlyHelp(closed, referral);
        if (end === null) return;
        if (end.stepUp) {
          t = end.date + r.int(0, 10);
          from = '5D';
          continue;
        }
        // Anything more happens after early help ends.
        closed = end.date;
      }
      const permanent = referral.closureReason === 'RC1' || referral.closureReason === 'RC4';
      // Families whose children were on a plan come back more often.
      const protectedBefore = this.child.referrals.some((ref) => ref.cpPlans.length > 0) ? 1.5 : 1;
      const soon = !permanent && r.chance(P.reReferralSoon * protectedBefore);
      const later = !soon && r.chance(permanent ? 0.03 : P.reReferralLater * protectedBefore * 1.3);
      if (r.chance(0.22)) {
        const contact = closed + r.int(20, 500);
        if (contact <= this.asAt && contact < this.b18 && (!soon || contact < closed + 60))
          this.contactOnly(contact, r.chance(0.6) ? '6' : r.weighted(REFERRAL_SOURCES));
      }
      if (!soon && !later) return;
      const gap = soon ? Math.max(10, Math.round(r.exponential(P.reReferralSoonMeanDays))) : r.int(365, 1800);
      t = closed + gap;
      // Re-referrals keep the seasons too: fewer in August, more in September and January.
      while (!r.chance(P.monthWeights[monthOf(t) - 1]! / MAX_MONTH_WEIGHT)) t += r.int(3, 14);
      t = workingDayFrom(t);
      from = r.weighted(REFERRAL_SOURCES);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Early help
  // ---------------------------------------------------------------------------------------------------

  /** An early help episode from `start`; its end, or null while it is open at the as-at date. */
  private earlyHelp(start: Day, from: Referral | null): { date: Day; stepUp: boolean } | null {
    const r = this.r;
    if (start > this.asAt || start >= this.b18) return null;
    const agency = r.weighted(P.earlyHelpLeadAgency);
    const length = Math.max(21, Math.round(r.logNormal(P.earlyHelpMedianDays, 0.55)));
    let end = start + length;
    if (end >= this.b18) end = this.b18 - 1;
    const reason = r.weighted(P.earlyHelpEndReasons);
    const assessmentStart = start + r.int(3, 30);
    const completed = assessmentStart + r.int(10, 45);
    const episode: Child['earlyHelp'][number] = {
      start,
      end: null,
      endReason: null,
      agency,
      reason: r.pick([
        'Parenting support',
        'School attendance and behaviour',
        'Family conflict',
        'Domestic abuse support',
        'Emotional wellbeing',
        'Housing and money worries',
      ]),
      steppedDownFrom: from,
      assessment:
        assessmentStart <= this.asAt && assessmentStart < end
          ? {
              start: assessmentStart,
              completed: completed <= this.asAt && completed <= end ? completed : null,
            }
          : null,
    };
    this.child.earlyHelp.push(episode);
    if (end > this.asAt) return null;
    episode.end = end;
    episode.endReason = reason;
    return { date: end, stepUp: reason === 'step_up' };
  }

  // ---------------------------------------------------------------------------------------------------
  // A referral (social care episode)
  // ---------------------------------------------------------------------------------------------------

  private referral(date: Day, source: string): Referral {
    const r = this.r;
    const c = this.child;
    const contactDate = r.chance(0.7) ? date : Math.max(c.dob, date - r.int(1, 3));
    const contact = this.addContact(contactDate, source, 'referral', date);
    const disabled = c.disabilities.length > 0;
    const need = disabled && r.chance(0.75) ? 'N2' : r.weighted(PRIMARY_NEEDS);
    const referral: Referral = {
      contact,
      date,
      source,
      need,
      nfa: false,
      assessments: [],
      strategies: [],
      conferences: [],
      cpPlans: [],
      cinPlans: [],
      periods: [],
      shortBreaks: [],
      preProceedings: [],
      proceedings: [],
      closure: null,
      closureReason: null,
      allocated: true,
    };
    c.referrals.push(referral);
    if (r.chance(P.referralNfa)) {
      referral.nfa = true;
      referral.allocated = false;
      referral.closure = date;
      referral.closureReason = 'RC7';
      return referral;
    }
    this.assess(referral);
    return referral;
  }

  private assessmentDays(need: string): number {
    const r = this.r;
    const within = need === 'N2' ? P.assessmentsWithin45 - 0.08 : P.assessmentsWithin45;
    if (r.chance(within)) return Math.max(3, Math.round(45 - 40 * Math.pow(r.next(), 0.75)));
    return 46 + Math.min(80, Math.round(r.exponential(14)));
  }

  private factors(path: string): string {
    const r = this.r;
    if (path === 'nfa' && r.chance(0.35)) return '{21}';
    const count = r.weighted([
      [1, 0.35],
      [2, 0.35],
      [3, 0.2],
      [4, 0.1],
    ]);
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(r.weighted(ASSESSMENT_FACTORS));
    return `{${[...chosen].sort().join(',')}}`;
  }

  private assess(referral: Referral): void {
    const r = this.r;
    const c = this.child;
    const start = r.chance(0.6) ? referral.date : addWorkingDays(referral.date, r.int(1, 3));
    if (start > this.asAt) return;
    const age = ageOn(c.dob, referral.date);
    const disabled = referral.need === 'N2';
    // A child who has had a child protection plan before is more often the subject of an enquiry again.
    const before = c.referrals.some((ref) => ref.cpPlans.length > 0) ? 2.8 : 1;
    const weights = {
      s47: disabled ? 0.05 : (referral.need === 'N1' ? P.paths.s47 * 1.3 : P.paths.s47 * 0.6) * before,
      care: age >= 14 ? P.paths.care * 1.6 : age < 1 ? P.paths.care * 5 : P.paths.care,
      cin: disabled ? 0.55 : P.paths.cin,
      eh: disabled ? 0.06 : P.paths.earlyHelp,
    };
    const nfa = Math.max(0.05, 1 - weights.s47 - weights.care - weights.cin - weights.eh);
    const path = r.weighted([
      ['s47', weights.s47],
      ['care', weights.care],
      ['cin', weights.cin],
      ['eh', weights.eh],
      ['nfa', nfa],
    ] as const);
    const days = this.assessmentDays(referral.need);
    let authorised = addWorkingDays(start, days);
    const seenAfter = Math.min(
      days,
      r.weighted([
        [0, 0.2],
        [r.int(1, 5), 0.5],
        [r.int(6, 15), 0.3],
      ]),
    );
    const seen = addWorkingDays(start, seenAfter);
    const assessment: Assessment = {
      start,
      seen: r.chance(0.97) && seen <= this.asAt ? seen : null,
      authorised: null,
      outcome: null,
      factors: this.factors(path),
    };
    referral.assessments.push(assessment);
    const finish = (date: Day, outcome: string): boolean => {
      const when = Math.max(date, assessment.start);
      if (when > this.asAt) return false;
      assessment.authorised = when;
      assessment.outcome = outcome;
      if (assessment.seen !== null && assessment.seen > when) assessment.seen = when;
      return true;
    };

    switch (path) {
      case 'nfa':
      case 'eh':
        if (finish(authorised, path === 'nfa' ? 'nfa' : 'early_help'))
          this.close(referral, authorised, path === 'nfa' ? 'RC8' : 'RC9');
        return;
      case 'cin':
        if (finish(authorised, 'cin_plan')) this.cin(referral, authorised, assessment);
        return;
      case 'care': {
        const emergency = r.chance(0.35);
        const careStart = emergency ? referral.date : addWorkingDays(start, r.int(2, Math.max(2, days)));
        if (careStart > this.asAt) return;
        if (careStart >= this.b18) {
          // Eighteen before care could begin: the assessment ends and the case passes to adult services,
          // rather than staying open for ever (the CIN census's children over 25, 8775Q).
          if (finish(authorised, 'nfa')) this.close(referral, authorised, 'RC6');
          return;
        }
        if (authorised < careStart) authorised = careStart;
        finish(authorised, 'looked_after');
        this.care(referral, careStart, emergency ? 'emergency' : 'assessment');
        return;
      }
      case 's47': {
        const discussed = addWorkingDays(referral.date, r.int(0, 4));
        if (discussed > this.asAt) return;
        if (!r.chance(P.strategyS47)) {
          referral.strategies.push({ date: discussed, decision: 'no_s47', s47: null });
          const after = r.weighted([
            ['nfa', 0.6],
            ['cin', 0.3],
            ['eh', 0.1],
          ] as const);
          authorised = Math.max(authorised, discussed);
          if (after === 'cin') {
            if (finish(authorised, 'cin_plan')) this.cin(referral, authorised, assessment);
          } else if (finish(authorised, after === 'nfa' ? 'nfa' : 'early_help')) {
            this.close(referral, authorised, after === 'nfa' ? 'RC8' : 'RC9');
          }
          return;
        }
        const s47 = this.s47(referral, discussed);
        if (s47.end === null) return;
        if (s47.outcome === 'icpc') {
          const conference = this.initialConference(referral, s47);
          if (conference === null) {
            // The conference is still to come; the assessment may be done already.
            finish(Math.max(authorised, s47.end), 'strategy_discussion');
            return;
          }
          const { date: icpc, plan } = conference;
          finish(Math.min(Math.max(authorised, s47.end), icpc), 'strategy_discussion');
          if (plan) {
            this.cp(referral, icpc);
          } else if (r.chance(0.5)) {
            this.cin(referral, icpc, assessment.authorised !== null ? assessment : null);
          } else {
            // Not RC8: the DfE (rule 2990) keeps "closed after assessment" for episodes with no S47.
            this.close(referral, Math.max(icpc, assessment.authorised ?? icpc), 'RC7');
          }
          return;
        }
        authorised = Math.max(authorised, s47.end);
        if (s47.outcome === 'cin') {
          if (finish(authorised, 'cin_plan')) this.cin(referral, authorised, assessment);
        } else if (finish(authorised, 'nfa')) {
          this.close(referral, authorised, 'RC7');
        }
        return;
      }
    }
  }

  /** A strategy discussion deciding on a section 47 enquiry, and the enquiry. */
  private s47(referral: Referral, date: Day, outcome?: 'icpc'): S47 {
    const r = this.r;
    const s47: S47 = { start: date, end: null, outcome: null, icpcRequired: null };
    const strategy: Strategy = { date, decision: 's47', s47 };
    referral.strategies.push(strategy);
    const end = addWorkingDays(date, r.int(3, 14));
    if (end > this.asAt) return s47;
    s47.end = end;
    const nearly18 = date >= this.b18 - 75;
    s47.outcome =
      outcome ??
      r.weighted([
        ['icpc', nearly18 ? 0 : P.s47Outcomes.icpc],
        ['cin', P.s47Outcomes.cin],
        ['nfa', P.s47Outcomes.nfa],
      ] as const);
    s47.icpcRequired = s47.outcome === 'icpc';
    return s47;
  }

  /** The initial conference after a section 47 enquiry, or null while it is still to be held. */
  private initialConference(
    referral: Referral,
    s47: S47,
    forcePlan = false,
  ): { date: Day; plan: boolean } | null {
    const r = this.r;
    const days = r.chance(P.icpcWithin15) ? r.int(7, 15) : r.int(16, 32);
    let date = addWorkingDays(s47.start, days);
    if (date < s47.end!) date = workingDayFrom(s47.end!);
    if (date > this.asAt) return null;
    if (date >= this.b18) return { date, plan: false };
    const plan = forcePlan || r.chance(P.icpcPlan);
    referral.conferences.push({ kind: 'initial', date, s47, plan: null, outcome: plan ? 'plan' : 'no_plan' });
    return { date, plan };
  }

  // ---------------------------------------------------------------------------------------------------
  // Closure
  // ---------------------------------------------------------------------------------------------------

  /**
   * Closes the referral on `date`, or on the day of the last thing recorded in it if that is later (CIN
   * census 8565), unless something in it is still open.
   */
  private close(referral: Referral, date: Day, reason: string): void {
    if (referral.assessments.some((a) => a.authorised === null)) return;
    if (referral.cpPlans.some((p) => p.end === null) || referral.cinPlans.some((p) => p.end === null)) return;
    if (referral.periods.some((p) => p.episodes.at(-1)!.end === null)) return;
    let latest = referral.date;
    for (const strategy of referral.strategies) {
      const s47 = strategy.s47;
      if (s47 === null) continue;
      if (s47.end === null) return;
      if (s47.icpcRequired && !referral.conferences.some((c) => c.kind === 'initial' && c.s47 === s47))
        return;
      latest = Math.max(latest, s47.end);
    }
    for (const a of referral.assessments) latest = Math.max(latest, a.authorised!);
    for (const c of referral.conferences) latest = Math.max(latest, c.date);
    for (const p of referral.cpPlans) latest = Math.max(latest, p.end!);
    for (const p of referral.cinPlans) latest = Math.max(latest, p.end!);
    for (const p of referral.periods) latest = Math.max(latest, p.episodes.at(-1)!.end!);
    const when = Math.max(latest, Math.min(date, this.b18));
    if (when > this.asAt) return;
    referral.closure = when;
    referral.closureReason = reason;
  }

  // ---------------------------------------------------------------------------------------------------
  // Child in need plan
  // ---------------------------------------------------------------------------------------------------

  private cin(referral: Referral, from: Day, assessment: Assessment | null): void {
    const r = this.r;
    // Never alongside a child protection plan (CIN census 4001): from the day it ends.
    let start = from;
    for (const plan of referral.cpPlans) {
      if (plan.end === null) return;
      if (plan.end > start) start = plan.end;
    }
    if (start > this.asAt) return;
    if (start >= this.b18 - 14) {
      this.close(referral, start, 'RC7');
      return;
    }
    const plan = { start, end: null as Day | null, assessment };
    referral.cinPlans.push(plan);
    const median = referral.need === 'N2' ? P.cinDisabledMedianDays : P.cinMedianDays;
    let end = start + Math.max(42, Math.round(r.logNormal(median, 0.6)));
    if (end >= this.b18) end = this.b18 - r.int(1, 14);
    const roll = r.next();
    const escalateAt = workingDayFrom(start + Math.round((end - start) * r.uniform(0.15, 0.9)));
    if (roll < P.cinEscalateToCp && referral.need !== 'N2' && escalateAt < this.b18 - 75) {
      const at = escalateAt;
      if (at > this.asAt) return;
      const s47 = this.s47(referral, at, 'icpc');
      if (s47.end === null) return;
      const conference = this.initialConference(referral, s47, true);
      if (conference === null) return;
      if (conference.date >= this.b18) {
        plan.end = Math.min(end, this.b18 - 1);
        this.close(referral, Math.max(plan.end, conference.date), 'RC7');
        return;
      }
      this.cp(referral, conference.date);
      return;
    }
    if (roll < P.cinEscalateToCp + P.cinToCare) {
      const at = start + Math.round((end - start) * r.uniform(0.1, 0.9));
      if (at > this.asAt) return;
      this.care(referral, at, 'cin');
      return;
    }
    if (end > this.asAt) return;
    plan.end = end;
    this.close(referral, end + r.int(0, 45), 'RC7');
  }

  /** Ends the referral's open child in need plan on `date` (a plan or period of care replaces it). */
  private endCin(referral: Referral, date: Day): void {
    for (const plan of referral.cinPlans) if (plan.end === null && plan.start <= date) plan.end = date;
  }

  // ---------------------------------------------------------------------------------------------------
  // Child protection plan
  // ---------------------------------------------------------------------------------------------------

  private cp(referral: Referral, start: Day): void {
    const r = this.r;
    const c = this.child;
    this.endCin(referral, start);
    const category = r.weighted(CATEGORIES_OF_ABUSE);
    const previous = c.referrals.reduce((n, ref) => n + ref.cpPlans.length, 0);
    const plan: CpPlan = { start, end: null, initial: category, latest: category, previous };
    referral.cpPlans.push(plan);
    const initial = referral.conferences.at(-1);
    if (initial && initial.kind === 'initial' && initial.date === start) initial.plan = plan;
    const reviews = r.weighted(P.cpReviewsBeforeEnd);

    // Care during the plan: straight away, or after pre-proceedings (the Public Law Outline).
    let careAt: Day | null = null;
    let careRoute: CareRoute = 'cp';
    const horizon = addMonths(start, 3 + 6 * (reviews - 1));
    if (r.chance(P.cpPreProceedings)) {
      const decision = workingDayFrom(start + r.int(30, Math.max(31, Math.min(240, horizon - start - 30))));
      if (decision <= this.asAt && decision < this.b18 - 60) {
        const letter = decision + r.int(1, 10);
        const outcomeAt = workingDayFrom(decision + r.int(60, 150));
        const plo = {
          decision,
          letter: letter <= this.asAt ? letter : null,
          end: null as Day | null,
          outcome: null as string | null,
        };
        referral.preProceedings.push(plo);
        if (outcomeAt <= this.asAt && outcomeAt < this.b18) {
          plo.end = outcomeAt;
          if (r.chance(0.45)) {
            plo.outcome = 'proceedings_issued';
            careAt = outcomeAt;
            careRoute = 'plo';
          } else {
            plo.outcome = 'diverted';
          }
        }
      }
    } else if (r.chance(P.cpToCare / (1 - P.cpPreProceedings))) {
      careAt = start + r.int(10, Math.max(11, horizon - start - 10));
    }
    if (careAt !== null && careAt >= this.b18) careAt = null;

    let previousDate = start;
    let due = addMonths(start, 3);
    for (let i = 1; i <= reviews; i++) {
      let date = this.reviewDate(due, previousDate);
      let last = i === reviews;
      if (careAt !== null && careAt <= date) {
        // Looked after: the plan ends at a review brought forward, soon after.
        if (careAt > this.asAt) return;
        const review = Math.max(addWorkingDays(careAt, r.int(5, 20)), addWorkingDays(previousDate, 1));
        if (review <= this.asAt) {
          referral.conferences.push({ kind: 'review', date: review, s47: null, plan, outcome: 'end_plan' });
          plan.end = review;
        }
        this.care(referral, careAt, careRoute);
        return;
      }
      if (date >= this.b18) {
        date = Math.max(addWorkingDays(previousDate, 1), workingDayUpTo(this.b18 - 1));
        last = true;
      }
      if (date > this.asAt) return;
      if (r.chance(0.05)) plan.latest = r.weighted(CATEGORIES_OF_ABUSE);
      referral.conferences.push({
        kind: 'review',
        date,
        s47: null,
        plan,
        outcome: last ? 'end_plan' : 'continue',
      });
      if (last) {
        plan.end = date;
        if (date < this.b18 - 30 && r.chance(P.cpStepDownToCin)) this.cin(referral, date, null);
        else this.close(referral, date + r.int(0, 14), 'RC7');
        return;
      }
      previousDate = date;
      due = addMonths(date, 6);
    }
  }

  /** A review conference date: mostly on or just before it was due, sometimes late; always a working day. */
  private reviewDate(due: Day, after: Day): Day {
    const r = this.r;
    const date = r.chance(0.9) ? workingDayUpTo(due - r.int(0, 14)) : workingDayFrom(due + r.int(1, 30));
    return Math.max(date, addWorkingDays(after, 1));
  }

  // ---------------------------------------------------------------------------------------------------
  // A period of care
  // ---------------------------------------------------------------------------------------------------

  private pickExit(age: number, route: CareRoute): Exit {
    const r = this.r;
    if (route === 'uasc') return r.chance(0.93) ? 'to18' : 'other';
    if (route === 'emergency' && r.chance(0.45)) return 'home_short';
    if (age < 2)
      return r.weighted([
        ['adoption', 0.34],
        ['sgo', 0.24],
        ['home', 0.2],
        ['home_short', 0.06],
        ['to18', 0.1],
        ['cao', 0.06],
      ]);
    if (age < 10)
      return r.weighted([
        ['home', 0.3],
        ['home_short', 0.1],
        ['sgo', 0.18],
        ['adoption', age < 5 ? 0.08 : 0.01],
        ['to18', 0.3],
        ['cao', 0.05],
        ['other', 0.03],
      ]);
    if (age < 16)
      return r.weighted([
        ['home', 0.3],
        ['home_short', 0.14],
        ['sgo', 0.04],
        ['to18', 0.44],
        ['cao', 0.02],
        ['other', 0.06],
      ]);
    return r.weighted([
      ['home', 0.16],
      ['home_short', 0.14],
      ['to18', 0.6],
      ['other', 0.1],
    ]);
  }

  private newPlacement(place: string, sameCarersAs?: Placement): Placement {
    const r = this.r;
    const c = this.child;
    if (sameCarersAs) {
      return {
        ...sameCarersAs,
        place,
        longTerm: place === 'U1' || place === 'U4',
        urn: urnNotKnown(place),
      };
    }
    const outOfArea = !KINSHIP.test(place) && r.chance(place === 'K2' || place === 'S1' ? 0.55 : 0.2);
    // Only a placement with parents is at the child's home (rule 392d): another drawn there is drawn again.
    let postcode = place === 'P1' ? c.postcode : placementPostcode(r, c.district, outOfArea);
    while (place !== 'P1' && postcode === c.postcode) postcode = placementPostcode(r, c.district, outOfArea);
    return {
      place,
      provider: providerFor(r, place),
      postcode,
      urn: urnNotKnown(place),
      longTerm: place === 'U1' || place === 'U4',
      carers: ++this.carers,
    };
  }

  private care(referral: Referral, start: Day, route: CareRoute): void {
    const r = this.r;
    const c = this.child;
    if (start > this.asAt) return;
    // A new period starts after the last one ended (SSDA903 rule 431).
    for (const ref of c.referrals)
      for (const p of ref.periods) {
        const last = p.episodes.at(-1)!;
        if (last.end === null) return;
        if (start <= last.end) start = last.end + 1;
      }
    if (start > this.asAt) return;
    if (start >= this.b18 - 7) {
      // Too near 18 to come into care: the child in need plan ends and the case closes.
      this.endCin(referral, start);
      this.close(referral, start, 'RC7');
      return;
    }
    this.endCin(referral, start);

    const age = ageOn(c.dob, start);
    let exit = this.pickExit(age, route);
    const disabled = referral.need === 'N2' || c.disabilities.length > 0;
    const categoryOfNeed =
      route === 'uasc'
        ? 'N8'
        : disabled && r.chance(0.6)
          ? 'N2'
          : r.weighted([
              ['N1', 0.66],
              ['N4', 0.08],
              ['N5', 0.13],
              ['N3', 0.03],
              ['N6', 0.03],
              ['N8', 0.06],
              ['N7', 0.01],
            ]);
    const period: PeriodOfCare = {
      episodes: [],
      categoryOfNeed,
      homePostcode: c.postcode,
      adoption: null,
      dolos: [],
      permanence: null,
    };
    referral.periods.push(period);

    // Legal status at the start.
    let ls: string;
    if (route === 'uasc') ls = 'V2';
    else if (route === 'emergency') {
      ls = r.chance(0.6) ? 'L1' : 'L2';
      if (this.rare.chance(rareRate(this.settings, P.childAssessmentOrderOfEmergency))) ls = 'L3';
    } else if (route === 'plo' || exit === 'adoption') ls = 'C1';
    else if (exit === 'home_short') ls = 'V2';
    else if (route === 'cp') ls = r.chance(0.8) ? 'C1' : 'V2';
    else ls = r.chance(age >= 14 ? 0.45 : 0.75) ? 'C1' : 'V2';

    // The first placement.
    let firstPlace = r.weighted(placementChoices(age, true));
    if (route === 'uasc')
      firstPlace =
        age >= 16
          ? r.weighted([
              ['K3', 0.6],
              ['U6', 0.3],
              ['K2', 0.1],
            ])
          : r.weighted([
              ['U6', 0.75],
              ['K2', 0.2],
              ['U4', 0.05],
            ]);
    if (exit === 'adoption' && firstPlace !== 'U5') firstPlace = r.chance(0.3) ? 'U5' : 'U6';
    let placement = this.newPlacement(firstPlace);
    const episodes = period.episodes;
    const open = (date: Day, rne: string) => {
      episodes.push({
        start: date,
        rne,
        ls,
        place: placement.place,
        provider: placement.provider,
        postcode: placement.postcode,
        urn: placement.urn,
        longTerm: placement.longTerm,
        reasonChange: null,
        end: null,
        rec: null,
      });
    };
    open(start, 'S');

    /** How long care lasts under section 20 (or after an emergency), by the planned exit. */
    const voluntaryEnd = (from: Day): number => {
      switch (exit) {
        case 'home_short':
          return from + r.int(2, 60);
        case 'home':
          return from + Math.max(30, Math.round(r.logNormal(220, 0.6)));
        case 'sgo':
          return from + r.int(300, 1000);
        case 'cao':
          return from + r.int(150, 700);
        case 'other':
          return route === 'uasc' ? from + r.int(20, 200) : from + r.int(30, 700);
        case 'to18':
          return this.b18;
        default:
          return Infinity;
      }
    };
    const emergencyToCourt =
      route === 'emergency' &&
      (exit === 'adoption' || exit === 'sgo' || exit === 'cao' || (exit !== 'home_short' && r.chance(0.5)));
    /** When care ends: Infinity while it waits on the court, which sets it. */
    const awaitsCourt = (ls === 'C1' || emergencyToCourt) && exit !== 'to18' && exit !== 'other';
    let end: number = awaitsCourt && exit !== 'home_short' ? Infinity : voluntaryEnd(start);

    // Events in date order: a queue that court decisions add to as they are made.
    type Event = { date: Day; kind: 'convert' | 'move' | 'longTerm' | 'supported' | 'conclusion' | 'adopt' };
    const queue: Event[] = [];
    const schedule = (date: Day, kind: Event['kind']) => {
      let i = queue.length;
      while (i > 0 && queue[i - 1]!.date > date) i--;
      queue.splice(i, 0, { date, kind });
    };

    /** A change on `date`: a new episode (SSDA903 RNE by what changed); false when it cannot happen. */
    const change = (
      date: Day,
      next: { ls?: string; placement?: Placement },
      reason: string | null,
    ): boolean => {
      const current = episodes.at(-1)!;
      if (date <= current.start || date >= end || date > this.asAt || date >= this.b18) return false;
      const newLs = next.ls ?? ls;
      const newPlacement = next.placement ?? placement;
      const legalChanged = newLs !== ls;
      const moved = newPlacement !== placement;
      if (!legalChanged && !moved) return false;
      const sameCarers = moved && newPlacement.carers === placement.carers;
      const rne = !moved ? 'L' : !legalChanged ? (sameCarers ? 'T' : 'P') : sameCarers ? 'U' : 'B';
      current.end = date;
      current.rec = 'X1';
      current.reasonChange = moved ? (reason ?? r.weighted(PLACEMENT_CHANGE_REASONS)) : null;
      ls = newLs;
      placement = newPlacement;
      open(date, rne);
      return true;
    };

    /** Care proceedings issued on `issued`, perhaps after pre-proceedings; their conclusion is scheduled. */
    let proceedingsRecord: { issued: Day; concluded: Day | null; outcome: string | null } | null = null;
    const proceedings = (issued: Day): void => {
      proceedingsRecord = { issued, concluded: null, outcome: null };
      referral.proceedings.push(proceedingsRecord);
      if (route !== 'emergency' && route !== 'plo' && r.chance(0.5)) {
        const decision = Math.max(referral.date, issued - r.int(30, 120));
        const overlapping = referral.preProceedings.some((p) => p.end === null || p.end > decision);
        if (decision < issued && !overlapping) {
          const letter = decision + r.int(1, 10);
          referral.preProceedings.push({
            decision,
            letter: letter <= issued ? letter : null,
            end: issued,
            outcome: 'proceedings_issued',
          });
        }
      }
      schedule(issued + r.int(26 * 7, 45 * 7), 'conclusion');
    };

    let convertToCourt = emergencyToCourt;
    if (route === 'emergency') {
      // Police protection lasts at most 72 hours (rule 361), an emergency protection order 8 days, a child
      // assessment order 7 (rule 363).
      schedule(start + (ls === 'L1' ? r.int(1, 3) : ls === 'L3' ? r.int(1, 7) : r.int(1, 8)), 'convert');
    } else if (ls === 'C1') {
      proceedings(Math.max(referral.date, start - r.int(0, 3)));
    } else if (ls === 'V2' && exit === 'to18' && route !== 'uasc' && r.chance(0.5)) {
      schedule(start + r.int(60, 300), 'convert');
      convertToCourt = true;
    }

    // Placement moves, long-term matches and moves into supported accommodation.
    if (exit !== 'adoption') {
      const mean = age < 5 ? 560 : age < 12 ? 600 : age < 16 ? 320 : 270;
      if (r.chance(0.3)) schedule(start + r.int(5, 60), 'move');
      let t = start;
      for (;;) {
        t += Math.round(r.exponential(mean)) + 20;
        if (t >= Math.min(end, this.asAt + 1, this.b18)) break;
        schedule(t, 'move');
      }
    }
    if (exit === 'to18' && age < 14 && r.chance(0.55)) schedule(start + r.int(300, 730), 'longTerm');
    const b16 = birthday(c.dob, 16);
    if (exit === 'to18' && route !== 'uasc' && r.chance(0.45)) {
      const at = Math.max(b16 + r.int(0, 300), start + 30);
      if (at < this.b18 - 30) schedule(at, 'supported');
    }

    let adoption: Adoption | null = null;
    if (exit === 'adoption') {
      adoption = {
        decision: start + r.int(60, 240),
        placementOrder: null,
        matched: null,
        placed: null,
        order: null,
        ceased: null,
        ceasedReason: null,
        fosterCare: null,
        adopters: null,
        sexOfAdopters: null,
        legalStatusOfAdopters: null,
      };
    }

    while (queue.length > 0) {
      const event = queue.shift()!;
      if (event.date >= end || event.date > this.asAt || event.date >= this.b18) break;
      const eventAge = ageOn(c.dob, event.date);
      switch (event.kind) {
        case 'convert': {
          if (convertToCourt) {
            if (change(event.date, { ls: 'C1' }, null)) proceedings(event.date);
          } else if (change(event.date, { ls: 'V2' }, null)) {
            // Accommodation that follows lasts at least a day (an episode is never under 24 hours, rule 355).
            end = Math.min(end, Math.max(event.date + 1, voluntaryEnd(start)));
          }
          break;
        }
        case 'move': {
          if (placement.place === 'P1' || placement.place === 'K3' || /^A/.test(placement.place)) break;
          let place = r.weighted(placementChoices(eventAge, false));
          if (place === 'K3' && eventAge < 16) place = 'U6';
          if (place === 'S1' && eventAge < 4) place = 'U6';
          if (eventAge >= 11 && this.rare.chance(rareRate(this.settings, P.otherPlacementOfMove)))
            place = this.rare.pick(['Z11', 'Z12', 'Z13', 'Z14']);
          change(event.date, { placement: this.newPlacement(place) }, null);
          break;
        }
        case 'longTerm':
          if (placement.place === 'U6')
            change(event.date, { placement: this.newPlacement('U4', placement) }, 'PLACE');
          else if (placement.place === 'U3')
            change(event.date, { placement: this.newPlacement('U1', placement) }, 'PLACE');
          break;
        case 'supported':
          if (placement.place !== 'K3' && eventAge >= 16)
            change(event.date, { placement: this.newPlacement('K3') }, 'CARPL');
          break;
        case 'conclusion': {
          const record = proceedingsRecord!;
          record.concluded = event.date;
          if (exit === 'adoption' && adoption) {
            record.outcome = 'placement_order';
            this.placementOrder(adoption, event.date, change, schedule, () => placement);
            if (adoption.ceased !== null) {
              exit = r.chance(0.5) ? 'sgo' : 'to18';
              end = exit === 'sgo' ? adoption.ceased + r.int(120, 500) : this.b18;
            }
          } else if (exit === 'sgo') {
            record.outcome = 'sgo';
            end = event.date;
          } else if (exit === 'cao') {
            record.outcome = 'child_arrangements_order';
            end = event.date;
          } else if (exit === 'home' || exit === 'home_short') {
            record.outcome =
              exit === 'home_short' ? 'no_order' : r.chance(0.6) ? 'supervision_order' : 'care_order';
            if (exit === 'home') {
              if (record.outcome === 'care_order') {
                // Placed with parents under a care order, then discharged.
                change(event.date, { ls: 'C2', placement: this.newPlacement('P1') }, 'CARPL');
                end = Math.max(event.date + 1, event.date + r.int(90, 300));
              } else {
                end = event.date;
              }
            }
          } else {
            record.outcome = 'care_order';
            change(event.date, { ls: 'C2' }, null);
          }
          break;
        }
        case 'adopt':
          if (adoption?.placed !== null && adoption?.placed !== undefined) {
            adoption.order = event.date;
            end = event.date;
          }
          break;
      }
    }
    if (adoption && adoption.decision <= this.asAt) {
      if (adoption.placementOrder !== null && adoption.decision > adoption.placementOrder)
        adoption.decision = Math.max(start, adoption.placementOrder - r.int(7, 30));
      period.adoption = adoption;
      if (adoption.matched === null) this.clearAdopters(adoption);
      if (adoption.order !== null && adoption.order > this.asAt) adoption.order = null;
    }

    // The end of the period of care.
    const current = episodes.at(-1)!;
    const died =
      exit === 'adoption' || route === 'uasc' ? null : this.deathInCare(referral, disabled || age < 1, end);
    const ending = died ?? Math.min(end, this.b18);
    this.permanence(period, start, ending, exit);
    if (ending > this.asAt) {
      this.careLeaverEligible(start, null);
      this.missingInCare(start, this.asAt + 1, true);
      return;
    }
    const at = Math.max(ending, current.start);
    const rec =
      died !== null
        ? 'E2'
        : at >= this.b18
          ? this.recAt18(current.place, disabled)
          : this.recFor(exit, current.place, route);
    current.end = at;
    current.rec = rec;
    this.missingInCare(start, at, false);
    if (route === 'uasc' && c.uascSince !== null) c.uascCeased = rec === 'E15' ? at : this.b18;
    this.careLeaverEligible(start, at);
    this.leftCare(at, rec);

    const closure =
      rec === 'E11' || rec === 'E12'
        ? 'RC1'
        : rec === 'E2'
          ? 'RC2'
          : /^E4[5-8]$/.test(rec)
            ? 'RC4'
            : rec === 'E41'
              ? 'RC3'
              : rec === 'E7'
                ? 'RC6'
                : 'RC7';
    if (rec === 'E4A' && at < this.b18 - 60 && r.chance(0.4)) {
      this.cin(referral, at, null);
      return;
    }
    this.close(referral, at, closure);
  }

  /**
   * The day a child dies while looked after, if they do (rarely; more often babies and disabled children):
   * after everything else recorded in the referral, in the child's current episode, before the period of
   * care would otherwise end. Null when they do not, or when anything in the referral is still open.
   */
  private deathInCare(referral: Referral, frail: boolean, end: Day): Day | null {
    if (!this.rare.chance(rareRate(this.settings, P.deathInCare * (frail ? 4 : 1)))) return null;
    if (referral.assessments.some((a) => a.authorised === null)) return null;
    const current = referral.periods.at(-1)!.episodes.at(-1)!;
    const planned = Math.min(end, this.asAt + 1, this.b18);
    let after = current.start;
    for (const c of referral.conferences) after = Math.max(after, c.date);
    for (const p of [...referral.cpPlans, ...referral.preProceedings]) {
      if (p.end === null) return null;
      after = Math.max(after, p.end);
    }
    for (const strategy of referral.strategies) {
      if (strategy.s47 === null) continue;
      if (strategy.s47.end === null) return null;
      after = Math.max(after, strategy.s47.end);
    }
    for (const p of referral.proceedings) {
      if (p.concluded === null) return null;
      after = Math.max(after, p.concluded);
    }
    if (planned - after < 2) return null;
    const died = this.rare.int(after + 1, planned - 1);
    this.child.died = died;
    return died;
  }

  /**
   * The placement order: the child's foster-for-adoption carers become their adopters that day (A5), or
   * the child is matched and placed with adopters later (A6); one plan in ten ends instead.
   */
  private placementOrder(
    adoption: Adoption,
    date: Day,
    change: (date: Day, next: { ls?: string; placement?: Placement }, reason: string | null) => boolean,
    schedule: (date: Day, kind: 'adopt') => void,
    placement: () => Placement,
  ): void {
    const r = this.r;
    adoption.placementOrder = date;
    if (adoption.decision > date) adoption.decision = date - r.int(7, 30);
    if (r.chance(0.1)) {
      change(date, { ls: 'E1' }, null);
      const ceased = date + r.int(60, 240);
      if (ceased <= this.asAt) {
        // The court revokes the placement order and the care order revives (rule 553: no placement order
        // without a decision to place for adoption in force).
        change(ceased, { ls: 'C2' }, null);
        adoption.ceased = ceased;
        adoption.ceasedReason = r.weighted([
          ['RD3', 0.5],
          ['RD1', 0.3],
          ['RD4', 0.2],
        ]);
      }
      return;
    }
    this.adopters(adoption);
    const current = placement();
    if (current.place === 'U5') {
      if (!change(date, { ls: 'E1', placement: this.newPlacement('A5', current) }, 'CARPL')) return;
      adoption.matched = date;
      adoption.placed = date;
      adoption.fosterCare = true;
    } else {
      change(date, { ls: 'E1' }, null);
      const matched = date + r.int(30, 200);
      const placed = matched + r.int(14, 56);
      if (matched > this.asAt) return;
      adoption.matched = matched;
      if (placed > this.asAt || !change(placed, { placement: this.newPlacement('A6') }, 'CARPL')) return;
      adoption.placed = placed;
      adoption.fosterCare = false;
    }
    schedule(adoption.placed + r.int(70, 300), 'adopt');
  }

  private adopters(adoption: Adoption): void {
    const r = this.r;
    const couple = r.chance(0.86);
    adoption.adopters = couple ? 2 : 1;
    if (!couple) {
      adoption.sexOfAdopters = r.chance(0.88) ? 'F1' : 'M1';
      adoption.legalStatusOfAdopters = 'L0';
      return;
    }
    const sex = r.weighted([
      ['MF', 0.82],
      ['FF', 0.1],
      ['MM', 0.08],
    ]);
    adoption.sexOfAdopters = sex;
    adoption.legalStatusOfAdopters =
      sex === 'MF'
        ? r.chance(0.72)
          ? 'L11'
          : 'L3'
        : r.weighted([
            ['L12', 0.4],
            ['L2', 0.35],
            ['L4', 0.25],
          ]);
  }

  private clearAdopters(adoption: Adoption): void {
    adoption.adopters = null;
    adoption.sexOfAdopters = null;
    adoption.legalStatusOfAdopters = null;
    adoption.fosterCare = null;
  }

  private recAt18(place: string, disabled: boolean): string {
    const r = this.r;
    if (disabled && r.chance(0.4)) return 'E7';
    if (FOSTER.test(place))
      return r.weighted([
        ['E17', 0.4],
        ['E5', 0.45],
        ['E6', 0.1],
        ['E13', 0.05],
      ]);
    return r.weighted([
      ['E5', 0.8],
      ['E6', 0.14],
      ['E13', 0.06],
    ]);
  }

  private recFor(exit: Exit, place: string, route: CareRoute): string {
    const r = this.r;
    switch (exit) {
      case 'home_short':
      case 'home':
        return r.weighted([
          ['E4A', 0.8],
          ['E4B', 0.1],
          ['E13', 0.1],
        ]);
      case 'adoption':
        return r.chance(0.6) ? 'E11' : 'E12';
      case 'sgo':
        if (KINSHIP.test(place)) return 'E45';
        if (FOSTER.test(place) && r.chance(0.35)) return 'E46';
        return r.chance(0.75) ? 'E47' : 'E48';
      case 'cao':
        return 'E41';
      case 'other':
        if (route === 'uasc') return r.chance(0.7) ? 'E15' : 'E8';
        return r.weighted([
          ['E8', 0.35],
          ['E13', 0.25],
          ['E3', 0.2],
          ['E16', 0.05],
          ['E4B', 0.15],
        ]);
      default:
        return 'E8';
    }
  }

  private permanence(period: PeriodOfCare, start: Day, end: Day, exit: Exit): void {
    const r = this.r;
    if (!r.chance(0.95)) return;
    const date = start + (r.chance(0.9) ? r.int(40, 120) : r.int(130, 300));
    if (date > this.asAt || date >= end) return;
    const age = ageOn(this.child.dob, start);
    const plan =
      exit === 'home' || exit === 'home_short'
        ? 'return_home'
        : exit === 'adoption'
          ? 'adoption'
          : exit === 'sgo'
            ? 'special_guardianship'
            : exit === 'cao'
              ? 'child_arrangements_order'
              : exit === 'to18'
                ? age < 13
                  ? 'long_term_fostering'
                  : r.weighted([
                      ['long_term_fostering', 0.5],
                      ['independent_living', 0.35],
                      ['residential', 0.15],
                    ])
                : 'other';
    period.permanence = { date, plan };
  }

  // ---------------------------------------------------------------------------------------------------
  // Leaving care and missing episodes
  // ---------------------------------------------------------------------------------------------------

  /** Days looked after since the 14th birthday up to `date` in this child's periods of care. */
  private daysSince14(date: Day): number {
    const from = birthday(this.child.dob, 14);
    let days = 0;
    for (const referral of this.child.referrals)
      for (const period of referral.periods)
        for (const e of period.episodes) {
          const a = Math.max(e.start, from);
          const b = Math.min(e.end ?? date + 1, date + 1);
          if (b > a) days += b - a;
        }
    return days;
  }

  /** The eligible status of a young person of 16 or 17 still looked after, from when it applies. */
  private careLeaverEligible(start: Day, end: Day | null): void {
    const b16 = birthday(this.child.dob, 16);
    const b14 = birthday(this.child.dob, 14);
    const from = Math.max(b16, Math.max(start, b14) + 91);
    const until = end ?? this.asAt + 1;
    if (from >= until || from >= this.b18 || from > this.asAt) return;
    if (this.daysSince14(from) < 91) return;
    const r = this.r;
    const pathway = from + r.int(20, 90);
    this.child.careLeaver.push({
      eligibility: 'eligible',
      start: from,
      end,
      stayingPut: false,
      pathwayPlan: pathway <= this.asAt && pathway < until ? pathway : null,
    });
  }

  private leftCare(end: Day, rec: string): void {
    const c = this.child;
    const r = this.r;
    if (ageOn(c.dob, end) < 16 || /^(E11|E12|E2|E3|E4A|E4B|E45|E46|E47|E48|E15)$/.test(rec)) return;
    if (this.daysSince14(end) < 91) return;
    const b21 = birthday(c.dob, 21);
    const b25 = birthday(c.dob, 25);
    const stayingPut = rec === 'E17';
    if (end < this.b18) {
      const relevantEnd = this.b18 <= this.asAt ? this.b18 : null;
      c.careLeaver.push({
        eligibility: 'relevant',
        start: end,
        end: relevantEnd,
        stayingPut: false,
        pathwayPlan: end + 14 <= this.asAt ? end + r.int(0, 14) : null,
      });
      if (relevantEnd === null) return;
    }
    const from = Math.max(end, this.b18);
    if (from > this.asAt) return;
    const until = r.chance(0.25) ? b25 : b21;
    const pathway = from + r.int(0, 30);
    c.careLeaver.push({
      eligibility: 'former_relevant',
      start: from,
      end: until <= this.asAt ? until : null,
      stayingPut,
      pathwayPlan: pathway <= this.asAt && (until > this.asAt || pathway < until) ? pathway : null,
    });
  }

  /** Missing and away episodes while looked after (mostly children of 11 or more who run away repeatedly). */
  private missingInCare(start: Day, end: Day, openAtEnd: boolean): void {
    const c = this.child;
    const r = this.r;
    const from = Math.max(start, birthday(c.dob, 11));
    if (from >= end || !r.chance(0.2)) return;
    const rate = r.uniform(1, 9) / 365;
    let t = from + Math.round(r.exponential(1 / rate));
    const last = c.missing.at(-1);
    if (last && last.end !== null && t <= last.end) t = last.end + 1;
    while (t < end && t <= this.asAt) {
      const length = r.weighted([
        [0, 0.4],
        [1, 0.35],
        [r.int(2, 7), 0.25],
      ]);
      let back = t + length;
      if (back >= end && !openAtEnd) back = end - 1;
      if (back < t) break;
      const kind = r.chance(0.75) ? 'M' : 'A';
      if (back > this.asAt) {
        c.missing.push({ kind, start: t, end: null, offered: null, accepted: null });
        return;
      }
      const roll = r.next();
      const offeredAt = roll < 0.85 ? back + r.int(0, 3) : roll < 0.95 ? back + r.int(4, 10) : null;
      const offered = offeredAt !== null && offeredAt <= this.asAt ? offeredAt : null;
      c.missing.push({
        kind,
        start: t,
        end: back,
        offered,
        accepted: offered !== null ? r.chance(0.6) : null,
      });
      t = back + 1 + Math.round(r.exponential(1 / rate));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Unaccompanied asylum-seeking children
  // ---------------------------------------------------------------------------------------------------

  uasc(date: Day): void {
    const r = this.r;
    const c = this.child;
    c.uascSince = date;
    const source = r.weighted([
      ['7', 0.4],
      ['6', 0.35],
      ['5C', 0.25],
    ]);
    const contact = this.addContact(date, source, 'referral', date);
    contact.concern = 'Unaccompanied child seeking asylum';
    const referral: Referral = {
      contact,
      date,
      source,
      need: 'N8',
      nfa: false,
      assessments: [],
      strategies: [],
      conferences: [],
      cpPlans: [],
      cinPlans: [],
      periods: [],
      shortBreaks: [],
      preProceedings: [],
      proceedings: [],
      closure: null,
      closureReason: null,
      allocated: true,
    };
    c.referrals.push(referral);
    const authorised = addWorkingDays(date, r.int(8, 35));
    referral.assessments.push({
      start: date,
      seen: date,
      authorised: authorised <= this.asAt ? authorised : null,
      outcome: authorised <= this.asAt ? 'looked_after' : null,
      factors: '{24A}',
    });
    this.care(referral, date, 'uasc');
  }
}

// -----------------------------------------------------------------------------------------------------
// Arrivals: the children, day by day
// -----------------------------------------------------------------------------------------------------

function ageBand(random: Random): number {
  const [from, to] = random.weighted(REFERRAL_AGES.map((band) => [band, band[2]] as const));
  return random.uniform(from, to);
}

/** A new child aged `years` on `date`. */
function newChild(random: Random, key: number, date: Day, years: number, districts: number): Child {
  const dob = Math.min(date, Math.round(date - years * 365.25));
  const district = random.int(0, districts - 1);
  const ethnicity = random.weighted(ETHNICITIES);
  const disabled = random.chance(0.075);
  const disabilities = disabled
    ? [
        ...new Set([random.pick(DISABILITIES), ...(random.chance(0.4) ? [random.pick(DISABILITIES)] : [])]),
      ].sort()
    : [];
  const otherLanguage =
    ethnicity !== 'WBRI' && ethnicity !== 'MWBC' && ethnicity !== 'BCRB' && random.chance(0.35);
  return {
    key,
    person: -1,
    dob,
    sex: random.chance(0.52) ? 'M' : 'F',
    ethnicity,
    language: otherLanguage ? random.pick(LANGUAGES) : 'English',
    disabilities,
    district,
    postcode: postcode(random, district),
    uascSince: null,
    uascCeased: null,
    died: null,
    contacts: [],
    referrals: [],
    earlyHelp: [],
    careLeaver: [],
    missing: [],
    phases: [],
    allocations: [],
    parents: 0,
    first: date,
    last: date,
    open: false,
  };
}

/** The first and last dates of the child's records, and whether any is open at the as-at date. */
function span(child: Child): void {
  let first = Infinity;
  let last = -Infinity;
  let open = false;
  const see = (start: Day, end: Day | null, isOpen = end === null) => {
    if (start < first) first = start;
    const to = end ?? start;
    if (to > last) last = to;
    if (isOpen) open = true;
  };
  for (const contact of child.contacts) see(contact.date, contact.decisionDate, false);
  for (const referral of child.referrals) {
    see(referral.date, referral.closure);
    for (const period of [...referral.periods, ...referral.shortBreaks])
      for (const e of period.episodes) see(e.start, e.end);
  }
  for (const e of child.earlyHelp) see(e.start, e.end);
  for (const s of child.careLeaver) see(s.start, s.end);
  for (const m of child.missing) see(m.start, m.end);
  child.first = first;
  child.last = last;
  child.open = open;
}

/**
 * Every child who comes to the service's attention from the start of the simulation to the as-at date,
 * with their journeys; only those with records in (or open into) the history are returned, in the order
 * they first came to attention.
 */
export function simulateChildren(settings: JourneySettings, random: Random): Child[] {
  const { population, asAt, historyStart } = settings;
  const simulationStart = Math.max(addMonths(historyStart, -18 * 12), dayOfYear2000);
  const arrivals = random.derive('arrivals');
  const perDay = population / 10_000 / 365.25;
  const kept: Child[] = [];
  // Children who only ever reach the front door matter only near the history (they are rarely kept).
  const contactOnlyFrom = addMonths(historyStart, -36);
  const owed = { referred: 0, contactOnly: 0, uasc: 0 };
  let uascArrivals = 0;
  let key = 0;
  for (let day = simulationStart; day <= asAt; day++) {
    const month = monthOf(day) - 1;
    const weekdayFactor = isWorkingDay(day) ? 1.3 : isWeekend(day) ? 0.28 : 0.4;
    const seasonal = P.monthWeights[month]! * weekdayFactor;
    // Arrivals follow the expected numbers closely: each day's count rounds the running total owed up or
    // down at random, so a year's children are as many as the rates say and the days still vary.
    owed.referred += P.newReferredChildrenPer10k * perDay * seasonal;
    owed.contactOnly += day >= contactOnlyFrom ? P.contactOnlyChildrenPer10k * perDay * seasonal : 0;
    owed.uasc += P.uascArrivalsPer10k * perDay * P.uascMonthWeights[month]!;
    const referred = Math.max(0, Math.floor(owed.referred + arrivals.next()));
    const contactOnly = Math.max(0, Math.floor(owed.contactOnly + arrivals.next()));
    const uasc = Math.max(0, Math.floor(owed.uasc + arrivals.next()));
    owed.referred -= referred;
    owed.contactOnly -= contactOnly;
    owed.uasc -= uasc;
    for (let i = 0; i < referred + contactOnly + uasc; i++) {
      const childRandom = random.derive(`child/${key}`);
      let child: Child;
      if (i < referred) {
        child = newChild(childRandom, key, day, ageBand(childRandom), settings.districts);
        new JourneyBuilder(settings, child, childRandom).referredChild(day);
      } else if (i < referred + contactOnly) {
        child = newChild(childRandom, key, day, childRandom.uniform(0, 17.9), settings.districts);
        new JourneyBuilder(settings, child, childRandom).contactOnlyChild(day);
      } else {
        child = newChild(childRandom, key, day, uascAge(uascArrivals++), settings.districts);
        child.sex = childRandom.chance(0.92) ? 'M' : 'F';
        child.ethnicity = childRandom.weighted(UASC_ETHNICITIES);
        child.language = childRandom.pick(UASC_LANGUAGES);
        child.disabilities = [];
        new JourneyBuilder(settings, child, childRandom).uasc(day);
      }
      key++;
      addRarerCare(settings, child, childRandom.derive('rarer-care'));
      span(child);
      if (child.last >= historyStart || child.open) {
        child.parents = hadProtectionOrCare(child) ? (childRandom.chance(0.45) ? 2 : 1) : 0;
        kept.push(child);
      }
    }
  }
  kept.sort((a, b) => a.first - b.first || a.key - b.key);
  kept.forEach((child, i) => {
    child.person = i;
  });
  return kept;
}

/**
 * The age of the n-th unaccompanied child on arrival: 14 to 17, mostly 16 and 17. Drawn from a
 * low-discrepancy sequence (golden-ratio steps) rather than at random, so that the share of children in care
 * who are unaccompanied, a few dozen children in a mid-sized authority, does not swing with the seed.
 */
function uascAge(n: number): number {
  const q = (0.5 + n * 0.6180339887498949) % 1;
  const bands: readonly [number, number][] = [
    [14, 0.08],
    [15, 0.17],
    [16, 0.35],
    [17, 0.4],
  ];
  let below = 0;
  for (const [age, share] of bands) {
    if (q < below + share) return age + 0.05 + (0.9 * (q - below)) / share;
    below += share;
  }
  return 17.5;
}

const dayOfYear2000 = Math.round(Date.UTC(2000, 0, 4) / 86_400_000);

function hadProtectionOrCare(child: Child): boolean {
  return (
    child.referrals.some((r) => r.cpPlans.length > 0 || r.periods.length > 0) && child.uascSince === null
  );
}
