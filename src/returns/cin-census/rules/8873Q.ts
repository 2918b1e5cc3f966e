import { assessmentKey, factorsByAssessment } from '../reference-shape.ts';
import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, keyOf } from './helpers-d.ts';

/**
 * When an episode has only one assessment and its factors include 21 (no factors identified), the episode's
 * reason for closure should be RC8 or RC9. Read as the reference's newest rule_8873Q.py reads it: an
 * assessment counts when no other Assessments row of its child and episode has another AssessmentID; its
 * factors are its AssessmentFactorsList rows, and one "includes 21" when it is "2B" or its text holds "21"
 * anywhere (so "21 No factors identified" and a mistyped "121" count too; the reference names 2B as well).
 * The assessment's row is flagged once, with each of the episode's CINdetails rows whose reason is not RC8
 * or RC9; an assessment whose episode has no CINdetails row is flagged alone.
 */
export const rule8873Q = defineCinRule({
  code: '8873Q',
  message:
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
  type: 'query',
  tables: ['Assessments', 'AssessmentFactorsList', 'CINdetails'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const assessments = cinTable(data, 'Assessments');
    const episodes = cinTable(data, 'CINdetails');
    const factors = factorsByAssessment(cinTable(data, 'AssessmentFactorsList'));
    const episodesBy = groupRows(episodes, on);
    const assFail: number[] = [];
    const cinFail: number[] = [];
    for (const rows of groupRows(assessments, on).values()) {
      // An assessment without an AssessmentID is one of its own, so two such rows are two assessments.
      const ids = rows.map((i) => assessments[i]?.AssessmentID ?? '');
      const only = rows.length === 1 || (ids[0] !== '' && ids.every((id) => id === ids[0]));
      if (!only) continue;
      for (const i of rows) {
        const row = assessments[i]!;
        const own = factors.get(assessmentKey(row)) ?? [];
        if (!own.some((f) => f === '2B' || f.includes('21'))) continue;
        const ownEpisodes = episodesBy.get(keyOf(row, on)) ?? [];
        if (ownEpisodes.length === 0) assFail.push(i);
        for (const e of ownEpisodes) {
          const reason = (episodes[e]?.ReasonForClosure ?? '').trim();
          if (reason !== 'RC8' && reason !== 'RC9') {
            assFail.push(i);
            cinFail.push(e);
          }
        }
      }
    }
    return cinFailures([
      ['Assessments', assFail],
      ['CINdetails', cinFail],
    ]);
  },
});
