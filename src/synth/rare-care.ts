/**
 * The rarer parts of care, added to a child's journey once it is drawn, each from a stream of its own so
 * that the rest of the journey is drawn exactly as before:
 *
 * - series of short breaks for disabled children on a child in need plan: one period of care of one
 *   episode a break (legal status V3: at most 17 days each, 75 days a year, SSDA903 rules 365-367), or one
 *   an agreement (V4), never alongside any other care;
 * - youth justice for children of 12 or more: detention under PACE (J2, a night or two), remand (J1, to
 *   local authority or youth detention accommodation) and youth rehabilitation orders with a residence
 *   requirement (J3), each a period of care within a referral;
 * - temporary placements (T0-T4) within a foster or children's home placement, the child returning to the
 *   same placement after (rules 375-383 and 226);
 * - deprivation of liberty orders for children of 12 to 17 in a children's home (K2) or a Z12/Z13
 *   placement, each within one placement (after the temporary moves are drawn, so none falls across one:
 *   2026/27 rules 700-710).
 *
 * Starts under a child assessment order (L3), "other" placements (Z11-Z14) and deaths in care (E2) are
 * drawn with the journey itself (journeys.ts), as they change what follows.
 */
import { urnNotKnown } from '../domain/codes.ts';
import { ageOn, birthday, type Day } from './calendar.ts';
import { rareRate, type JourneySettings } from './journeys.ts';
import type { Child, Episode, PeriodOfCare } from './model.ts';
import { PARAMETERS as P } from './parameters.ts';
import { placementPostcode } from './people.ts';
import type { Random } from './random.ts';

export function addRarerCare(settings: JourneySettings, child: Child, random: Random): void {
  if (child.uascSince !== null) return;
  youthJustice(settings, child, random.derive('youth-justice'));
  shortBreaks(settings, child, random.derive('short-breaks'));
  temporaryPlacements(settings, child, random.derive('temporary'));
  deprivationsOfLiberty(settings, child, random.derive('dolo'));
}

/** Whether the days from `start` to `end` touch no episode of the child's (a new period starts after the last ended, rule 431). */
function free(child: Child, start: Day, end: Day): boolean {
  for (const referral of child.referrals)
    for (const period of [...referral.periods, ...referral.shortBreaks])
      for (const e of period.episodes) if (end >= e.start && (e.end === null || start <= e.end)) return false;
  return true;
}

function episode(start: Day, ls: string, place: string, provider: string | null, postcode: string): Episode {
  return {
    start,
    rne: 'S',
    ls,
    place,
    provider,
    postcode,
    urn: urnNotKnown(place),
    longTerm: false,
    reasonChange: null,
    end: null,
    rec: null,
  };
}

/** An episode ending on `end` with `rec`, or left open when that is after the as-at date. */
function endEpisode(settings: JourneySettings, e: Episode, end: Day, rec: string): void {
  if (end > settings.asAt) return;
  e.end = end;
  e.rec = rec;
}

function youthJustice(settings: JourneySettings, child: Child, r: Random): void {
  const b18 = birthday(child.dob, 18);
  for (const referral of child.referrals) {
    const from = Math.max(referral.date + 1, birthday(child.dob, 12));
    const to = Math.min(referral.closure ?? settings.asAt, b18 - 200);
    if (from > to || !r.chance(rareRate(settings, P.youthJusticeOfAdolescentReferral))) continue;
    const start = r.int(from, to);
    const ls = r.weighted([
      ['J2', 0.5],
      ['J1', 0.35],
      ['J3', 0.15],
    ]);
    const age = ageOn(child.dob, start);
    const place =
      ls === 'J1'
        ? r.weighted([
            ['K1', 0.3],
            ['R5', age >= 15 ? 0.3 : 0],
            ['K2', 0.25],
            ['U6', 0.15],
          ])
        : r.chance(0.5)
          ? 'U6'
          : 'K2';
    const end = start + (ls === 'J2' ? r.int(1, 2) : ls === 'J1' ? r.int(14, 120) : r.int(60, 180));
    if ((referral.closure !== null && end > referral.closure) || !free(child, start, end)) continue;
    const provider =
      place === 'R5'
        ? 'PR3'
        : place === 'K1'
          ? r.chance(0.6)
            ? 'PR2'
            : 'PR1'
          : r.chance(0.6)
            ? 'PR1'
            : 'PR4';
    const e = episode(start, ls, place, provider, placementPostcode(r, child.district, place === 'R5'));
    const rec =
      ls === 'J1'
        ? r.chance(0.65)
          ? 'E14'
          : 'E9'
        : r.weighted([
            ['E4A', 0.7],
            ['E13', 0.15],
            ['E8', 0.15],
          ]);
    endEpisode(settings, e, end, rec);
    referral.periods.push(period([e], 'N6', child));
  }
}

function period(episodes: Episode[], categoryOfNeed: string, child: Child): PeriodOfCare {
  return {
    episodes,
    categoryOfNeed,
    homePostcode: child.postcode,
    adoption: null,
    permanence: null,
    dolos: [],
  };
}

function shortBreaks(settings: JourneySettings, child: Child, r: Random): void {
  if (child.disabilities.length === 0) return;
  const b18 = birthday(child.dob, 18);
  for (const referral of child.referrals)
    for (const plan of referral.cinPlans) {
      if (!r.chance(rareRate(settings, P.shortBreaksOfDisabledCin))) continue;
      // Breaks end before the plan does (a period of care that replaces it starts the day after).
      const until = Math.min(plan.end ?? Infinity, b18) - 1;
      const agreements = r.chance(P.shortBreakAgreements);
      const place = r.weighted([
        ['K2', 0.6],
        ['U6', 0.35],
        ['R1', 0.05],
      ]);
      const postcode = placementPostcode(r, child.district, false);
      let start = plan.start + r.int(14, 90);
      while (start <= settings.asAt) {
        // An agreement lasts up to a year; a break one to four nights, 21 to 60 days apart.
        const end = agreements
          ? start + r.int(180, 365)
          : start +
            r.weighted([
              [1, 0.3],
              [2, 0.35],
              [3, 0.2],
              [4, 0.15],
            ]);
        if (end > until || !free(child, start, end)) break;
        const e = episode(start, agreements ? 'V4' : 'V3', place, 'PR1', postcode);
        endEpisode(settings, e, end, 'E4A');
        referral.shortBreaks.push(period([e], 'N2', child));
        start = end + (agreements ? r.int(1, 14) : r.int(21, 60));
      }
    }
}

/** Temporary placements: a hospital stay (T1), holiday (T2), the carers' holiday (T3), a few days (T4), other (T0). */
function temporaryPlacements(settings: JourneySettings, child: Child, r: Random): void {
  let carersHolidays = 0;
  for (const referral of child.referrals)
    for (const p of referral.periods) {
      const episodes = p.episodes;
      for (let i = 0; i < episodes.length; i++) {
        const e = episodes[i]!;
        // Not during remand or detention; short breaks (rule 382) are periods of their own, never here.
        if (!/^(U[1-6]|K2)$/.test(e.place) || /^J/.test(e.ls)) continue;
        const until = e.end ?? settings.asAt;
        if (until - e.start < 60 || !r.chance(rareRate(settings, P.temporaryPlacementOfPlacement))) continue;
        let kind = r.weighted([
          ['T3', 0.3],
          ['T1', 0.25],
          ['T4', 0.25],
          ['T2', 0.1],
          ['T0', 0.1],
        ]);
        if (kind === 'T3' && (!/^U/.test(e.place) || carersHolidays > 0)) kind = 'T4';
        if (kind === 'T3') carersHolidays++;
        const days =
          kind === 'T1'
            ? r.int(2, 30)
            : kind === 'T4'
              ? r.int(1, 7)
              : kind === 'T0'
                ? r.int(1, 10)
                : r.int(3, 14);
        const at = r.int(e.start + 14, until - days - 14);
        const back = at + days;
        let postcode = placementPostcode(r, child.district, r.chance(0.3));
        while (postcode === child.postcode) postcode = placementPostcode(r, child.district, false);
        const temporary: Episode = {
          ...e,
          start: at,
          rne: 'P',
          place: kind,
          provider: null,
          postcode,
          urn: null,
          longTerm: false,
          reasonChange: null,
          end: back,
          rec: 'X1',
        };
        // The child returns to the placement they left (rule 383); neither move gives a reason (rule 226).
        const returned: Episode = { ...e, start: back, rne: 'P' };
        e.end = at;
        e.rec = 'X1';
        e.reasonChange = null;
        episodes.splice(i + 1, 0, temporary, returned);
        i += 2;
      }
    }
}

/**
 * Deprivation of liberty orders: at most one a placement, starting after the placement began and ending
 * before it ends (an order overlaps no other placement, rules 709 and 710), still in force at the as-at date
 * only when the placement is; a child of 12 to 17 when it starts.
 */
function deprivationsOfLiberty(settings: JourneySettings, child: Child, r: Random): void {
  const b18 = birthday(child.dob, 18);
  for (const referral of child.referrals)
    for (const p of referral.periods)
      for (const e of p.episodes) {
        if (!/^(K2|Z12|Z13)$/.test(e.place) || /^J/.test(e.ls)) continue;
        const from = Math.max(e.start + 1, birthday(child.dob, 12));
        const last = Math.min(e.end === null ? settings.asAt : e.end - 1, b18 - 1);
        if (last - from < 30 || !r.chance(rareRate(settings, P.dolOfPlacement))) continue;
        const start = r.int(from, Math.min(from + 60, last - 30));
        // Orders are made for months and renewed: in a placement still open, some are in force at the as-at date.
        const end = start + r.int(28, 270);
        const inForce = e.end === null && b18 > settings.asAt && (end > last || r.chance(0.4));
        p.dolos.push({ start, end: inForce ? null : Math.min(end, last) });
      }
}
