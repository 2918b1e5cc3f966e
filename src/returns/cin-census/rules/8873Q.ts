import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { factorCodes, groupRows } from './helpers-d.ts';

/**
 * When an episode has only one assessment and its factors include 21 (no factors identified), the episode's
 * reason for closure should be RC8 or RC9. Flags the assessment and the episode.
 */
export const rule8873Q = defineCinRule({
  code: '8873Q',
  message:
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
  type: 'query',
  tables: ['Assessments', 'CINdetails'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const assessments = cinTable(data, 'Assessments');
    const episodes = cinTable(data, 'CINdetails');
    const episodesBy = groupRows(episodes, on);
    const assFail: number[] = [];
    const cinFail: number[] = [];
    for (const [k, idx] of groupRows(assessments, on)) {
      const only = idx[0] as number;
      if (idx.length !== 1 || !factorCodes(assessments[only]?.AssessmentFactors).includes('21')) continue;
      const own = episodesBy.get(k) ?? [];
      if (own.length === 0) assFail.push(only);
      for (const e of own) {
        const reason = (episodes[e]?.ReasonForClosure ?? '').trim();
        if (reason !== 'RC8' && reason !== 'RC9') {
          assFail.push(only);
          cinFail.push(e);
        }
      }
    }
    return cinFailures([
      ['Assessments', assFail],
      ['CINdetails', cinFail],
    ]);
  },
});
