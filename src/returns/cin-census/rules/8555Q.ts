import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, joinE } from './helpers-e.ts';

/** A referral after the child's recorded date of death. Both rows are flagged. */
export const rule8555Q = defineCinRule({
  code: '8555Q',
  message: 'Child cannot be referred after its recorded date of death',
  type: 'query',
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const children = cinTable(data, 'ChildIdentifiers');
    const childRows = joinE(children, childKeyE);
    const failures = new FailuresE();
    episodes.forEach((episode, i) => {
      const referral = dateE(episode.CINreferralDate);
      if (referral === null) return;
      for (const c of childRows(episode)) {
        const death = dateE(children[c]?.PersonDeathDate);
        if (death !== null && referral > death) {
          failures.add('CINdetails', i);
          failures.add('ChildIdentifiers', c);
        }
      }
    });
    return failures.result();
  },
});
