import { cinTable, defineCinRule } from '../rule.ts';
import { laLevel, present } from './helpers-d.ts';

/**
 * LA level: excluding NONE, when every child recorded with a disability has only one code, query it. Flags
 * Header row 0. As the reference counts them, a child whose rows are all blank counts with none, rows with
 * no LA child ID are left out, and nothing is queried when no row is left.
 */
export const rule2888Q = defineCinRule({
  code: '2888Q',
  message:
    'Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
  type: 'query',
  tables: ['Disabilities'],
  validate(data) {
    const counts = new Map<string, number>();
    for (const r of cinTable(data, 'Disabilities')) {
      const code = (r.Disability ?? '').trim();
      const child = r.LAchildID ?? '';
      if (code === 'NONE' || !present(child)) continue;
      counts.set(child, (counts.get(child) ?? 0) + (present(code) ? 1 : 0));
    }
    if (counts.size === 0) return {};
    return Math.max(...counts.values()) <= 1 ? laLevel() : {};
  },
});
