import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, episodeKeyE, inCensusE, joinE } from './helpers-e.ts';

/**
 * A plan starting in the census year must start on the initial conference date recorded for its episode,
 * at Section 47 or CIN details level. As the reference: every Section 47 x CIN details pairing of the
 * episode is compared, and a pairing where neither holds a conference date is ignored when the child has
 * another pairing that does.
 */
export const rule2885 = defineCinRule({
  code: '2885',
  message:
    'Child protection plan shown as starting a different day to the initial child protection conference.',
  type: 'error',
  tables: ['ChildProtectionPlans', 'Section47', 'CINdetails'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const s47 = cinTable(data, 'Section47');
    const episodes = cinTable(data, 'CINdetails');
    const s47Rows = joinE(s47, episodeKeyE);
    const episodeRows = joinE(episodes, episodeKeyE);
    interface Pairing {
      child: string;
      plan: number;
      start: string;
      s47: number | null;
      cin: number | null;
      s47Date: string | null;
      cinDate: string | null;
    }
    const pairings: Pairing[] = [];
    plans.forEach((plan, p) => {
      const start = dateE(plan.CPPstartDate);
      if (start === null || !inCensusE(data, start)) return;
      const s47Matches: (number | null)[] = s47Rows(plan);
      const cinMatches: (number | null)[] = episodeRows(plan);
      for (const s of s47Matches.length ? s47Matches : [null]) {
        for (const c of cinMatches.length ? cinMatches : [null]) {
          pairings.push({
            child: childKeyE(plan),
            plan: p,
            start,
            s47: s,
            cin: c,
            s47Date: s === null ? null : dateE(s47[s]?.DateOfInitialCPC),
            cinDate: c === null ? null : dateE(episodes[c]?.DateOfInitialCPC),
          });
        }
      }
    });
    const undated = (x: Pairing): boolean => x.s47Date === null && x.cinDate === null;
    const withDate = new Set(pairings.filter((x) => !undated(x)).map((x) => x.child));
    const failures = new FailuresE();
    for (const x of pairings) {
      if (undated(x) && withDate.has(x.child)) continue;
      if (x.start !== x.s47Date && x.start !== x.cinDate) {
        failures.add('ChildProtectionPlans', x.plan);
        if (x.s47 !== null) failures.add('Section47', x.s47);
        if (x.cin !== null) failures.add('CINdetails', x.cin);
      }
    }
    return failures.result();
  },
});
