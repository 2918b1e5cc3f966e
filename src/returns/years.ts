/**
 * The collection years Hearth produces, reads and checks, per return: 2025 is the 2025/26 collection
 * (1 April 2025 to 31 March 2026). The SSDA903 of 2026/27 adds the DoLo table and its rules; the CIN census's
 * 2026/27 specification is not yet held.
 */
export const COLLECTION_YEARS = { ssda903: [2025, 2026], cin_census: [2025] } as const;

export type Collection = keyof typeof COLLECTION_YEARS;

const label = (year: number) => `${year} (the ${year}/${String(year + 1).slice(2)} collection)`;

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
  return `the collection year: ${COLLECTION_YEARS[collection].map((y) => `${y} for ${y}/${String(y + 1).slice(2)}`).join(', ')}`;
}
