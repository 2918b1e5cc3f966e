import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, inCensusE, joinE } from './helpers-e.ts';

/**
 * A plan starting in the census year must start on an initial conference date recorded for its episode,
 * at Section 47 or CIN details level: it must equal one of them, as the DfE's rule reads. (The reference
 * compares the plan with every Section 47 of the episode in turn, so a second enquiry whose conference
 * led to the plan fails it against the first enquiry's conference that did not.) A failing plan is flagged
 * with its episode's Section 47 rows and CIN details row.
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
    const failures = new FailuresE();
    plans.forEach((plan, p) => {
      const start = dateE(plan.CPPstartDate);
      if (start === null || !inCensusE(data, start)) return;
      const enquiries = s47Rows(plan);
      const details = episodeRows(plan);
      const conferences = [
        ...enquiries.map((s) => dateE(s47[s]?.DateOfInitialCPC)),
        ...details.map((c) => dateE(episodes[c]?.DateOfInitialCPC)),
      ];
      if (conferences.includes(start)) return;
      failures.add('ChildProtectionPlans', p);
      failures.add('Section47', ...enquiries);
      failures.add('CINdetails', ...details);
    });
    return failures.result();
  },
});
