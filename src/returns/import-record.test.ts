import { describe, expect, it } from 'vitest';
import { orderedId } from './import-record.ts';

describe('ids for imported records', () => {
  it('are UUIDs, each greater than the one before, many within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => orderedId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // PostgreSQL orders uuid values byte by byte, as these strings of lower-case hex sort.
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
