import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { assessmentGroups, groupRows, keyOf } from './helpers-d.ts';

/**
 * When an episode has only one assessment and its factors include 21 (no factors identified), the episode's
 * reason for closure should be RC8 or RC9. Flags the assessment (its rows, one per factor) and the episode.
 * As the reference finds it, a factor "includes 21" when its text holds "21" anywhere (rule_8873Q.py uses
 * `str.contains("21")`), so "21 No factors identified" and a mistyped "121" count too.
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
    // The episode's assessments, each its rows (one per factor).
    const byEpisode = new Map<string, number[][]>();
    for (const group of assessmentGroups(assessments)) {
      const k = keyOf(assessments[group[0]!] ?? {}, on);
      byEpisode.set(k, [...(byEpisode.get(k) ?? []), group]);
    }
    const assFail: number[] = [];
    const cinFail: number[] = [];
    for (const [k, groups] of byEpisode) {
      const only = groups[0]!;
      if (groups.length !== 1 || !only.some((i) => (assessments[i]?.AssessmentFactors ?? '').includes('21')))
        continue;
      const own = episodesBy.get(k) ?? [];
      if (own.length === 0) assFail.push(...only);
      for (const e of own) {
        const reason = (episodes[e]?.ReasonForClosure ?? '').trim();
        if (reason !== 'RC8' && reason !== 'RC9') {
          assFail.push(...only);
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
