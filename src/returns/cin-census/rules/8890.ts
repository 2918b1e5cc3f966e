import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, groupE } from './helpers-e.ts';
import { isTrue } from './helpers-d.ts';

/**
 * Within one episode, a Section 47 enquiry starting on or after another's start and on or before that
 * other's initial conference date, or, where the other has no conference date and ICPCnotRequired is not
 * true ("1" or "true", any case), on or before the reference date. Both enquiries are flagged. As the
 * reference (rule_8890.py) tells enquiries apart, two with the same start date and the same conference
 * date (or neither with one) are taken for one and not compared with each other.
 */
export const rule8890 = defineCinRule({
  code: '8890',
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    const s47 = cinTable(data, 'Section47');
    const failures = new FailuresE();
    for (const group of groupE(s47, episodeKeyE).values()) {
      for (const a of group) {
        for (const b of group) {
          const startA = dateE(s47[a]?.S47ActualStartDate);
          const startB = dateE(s47[b]?.S47ActualStartDate);
          if (startA === null || startB === null || startA < startB) continue;
          const icpcB = dateE(s47[b]?.DateOfInitialCPC);
          if (startA === startB && dateE(s47[a]?.DateOfInitialCPC) === icpcB) continue;
          const ongoing =
            icpcB !== null
              ? startA <= icpcB
              : startA <= data.referenceDate && !isTrue(s47[b]?.ICPCnotRequired);
          if (ongoing) failures.add('Section47', a, b);
        }
      }
    }
    return failures.result();
  },
});
