import { CIN_YEARS } from './cin-census/spec.ts';

/**
 * The collection years Hearth produces, reads and checks, per return: 2025 is the 2025/26 collection
 * (1 April 2025 to 31 March 2026). The SSDA903 of 2026/27 adds the DoLo table and its rules; the CIN census's
 * 2026/27 specification is not yet held.
 */
export const COLLECTION_YEARS = { ssda903: [2025, 2026], cin_census: CIN_YEARS } as const;

/** Every collection year of some return, earliest first: the years the returns page offers. */
export const RETURN_YEARS: readonly number[] = [...new Set(Object.values(COLLECTION_YEARS).flat())].sort();

export type Collection = keyof typeof COLLECTION_YEARS;

/** A collection year as the DfE writes it: 2025 is "2025/26". */
export const yearLabel = (year: number): string => `${year}/${String(year + 1).slice(2)}`;

const label = (year: number) => `${year} (the ${yearLabel(year)} collection)`;

/**
 * The latest of the years whose collection has ended by `today` (31 March after the year's start), or the
 * earliest year when none has: the year a migration most likely brings.
 */
export function lastEndedYear(today: string, years: readonly number[] = RETURN_YEARS): number {
  const ended = years.filter((year) => `${year + 1}-03-31` < today);
  return ended.length > 0 ? Math.max(...ended) : Math.min(...years);
}

/** A `--year` option's value as a collection year of the return, or an error naming the years there are. */
export function collectionYear(collection: Collection, value: string): number {
  const years: readonly number[] = COLLECTION_YEARS[collection];
  const year = Number(value);
  if (!Number.isInteger(year) || !years.includes(year)) {
    const choices = years.map(label);
    throw new Error(
      `--year must be ${choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`}.`,
    );
  }
  return year;
}

/** The `--year` option's help text. */
export function yearHelp(collection: Collection): string {
  return `the collection year: ${COLLECTION_YEARS[collection].map((y) => `${y} for ${yearLabel(y)}`).join(', ')}`;
}
