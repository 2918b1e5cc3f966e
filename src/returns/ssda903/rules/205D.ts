import { defineRule, failures } from '../rule.ts';
import { uascStatus } from './205A.ts';

/**
 * A child UASC this year (Header flag 1) who was in last year's Header must have been UASC there too. The
 * flags are taken as the reference validator takes them (see `uascStatus`): the rule needs both years'
 * UASC tables, not both years' Headers. Without this year's Header the child's UASC row fails instead of
 * their Header row, as the validator reports its stand-in rows by their UASC row.
 */
export const rule205D = defineRule({
  code: '205D',
  message:
    'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
  type: 'error',
  tables: ['UASC', 'UASC_last'],
  validate(data) {
    const previous = uascStatus(data, true);
    const header: number[] = [];
    const uasc: number[] = [];
    uascStatus(data, false).forEach((statuses, child) => {
      const notLastYear = (previous.get(child) ?? []).some((l) => l.flag !== '1');
      if (!notLastYear) return;
      for (const s of statuses) {
        if (s.flag !== '1') continue;
        if (s.header !== null) header.push(s.header);
        if (s.uasc !== null) uasc.push(s.uasc);
      }
    });
    return failures([
      ['Header', header],
      ['UASC', uasc],
    ]);
  },
});
