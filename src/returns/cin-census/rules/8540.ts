import { DISABILITY, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, writtenFalse } from './helpers-d.ts';

/**
 * A born child (date of birth present) with at least one episode that is not NFA (ReferralNFA false or 0)
 * must have one or more disability codes, all valid. Flags the child, its non-NFA episodes and the invalid
 * or blank disability rows (a child with no disability row at all fails too). As the reference reads them, the
 * date of birth must be a date and ReferralNFA must be written false or 0 ("False" is not).
 */
export const rule8540 = defineCinRule({
  code: '8540',
  message: 'Child’s disability is missing or invalid (see Disability table)',
  type: 'error',
  tables: ['ChildIdentifiers', 'Disabilities', 'CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const episodesBy = groupRows(episodes, ['LAchildID']);
    const disabilities = cinTable(data, 'Disabilities');
    const disabilitiesBy = groupRows(disabilities, ['LAchildID']);
    const childFail: number[] = [];
    const disFail: number[] = [];
    const cinFail: number[] = [];
    cinTable(data, 'ChildIdentifiers').forEach((child, i) => {
      if (dateOf(child, 'PersonBirthDate') === null) return;
      const notNfa = (episodesBy.get(child.LAchildID ?? '') ?? []).filter((e) =>
        writtenFalse(episodes[e]?.ReferralNFA),
      );
      if (notNfa.length === 0) return;
      const own = disabilitiesBy.get(child.LAchildID ?? '') ?? [];
      const invalid = own.filter((d) => !isCode(DISABILITY, (disabilities[d]?.Disability ?? '').trim()));
      if (own.length > 0 && invalid.length === 0) return;
      childFail.push(i);
      cinFail.push(...notNfa);
      disFail.push(...invalid);
    });
    return cinFailures([
      ['ChildIdentifiers', childFail],
      ['Disabilities', disFail],
      ['CINdetails', cinFail],
    ]);
  },
});
