import { describe, expect, it } from 'vitest';
import { validateSsda903 } from '../validate.ts';
import { TABLES_2025, type Row } from '../spec.ts';
import { BATCH_REF } from './batch-ref.ts';
import { dataRef, provider, providerList, TEST_REFERENCE } from './helpers-ref.ts';

/** An Episodes row with every column set by `value`. */
function episode(value: (column: string) => string): Row {
  return Object.fromEntries(TABLES_2025.Episodes.map((c) => [c, value(c)]));
}

describe('the rules needing reference data', () => {
  it('each need some, and run over blank, malformed and well-formed rows without throwing', () => {
    expect(BATCH_REF.every((r) => (r.reference ?? []).length > 0)).toBe(true);
    const rows = [
      episode(() => ''),
      episode((c) => (c === 'CHILD' ? 'x' : c.includes('POST') ? 'not a postcode' : '29/02/2025')),
      episode((c) =>
        c === 'CHILD' ? 'x' : c.includes('POST') ? 'AB1 1AA' : c === 'URN' ? 'SC1' : '29/02/2024',
      ),
    ];
    const reference = {
      ...TEST_REFERENCE,
      providers: providerList(provider('SC1', { registrationEnd: '2024-01-01' })),
    };
    const data = dataRef({ Episodes: rows, UASC: [] }, reference, { Episodes: rows, UASC: [] });
    const findings = validateSsda903(data, BATCH_REF);
    for (const f of findings) expect(f.row).toBeLessThan(3);
    expect(findings.length).toBeGreaterThan(0);
    expect(validateSsda903(dataRef({ Episodes: rows }, {}, { Episodes: rows }), BATCH_REF)).toEqual([]);
  });
});
