import type { z } from 'zod';

/** A GOV.UK error summary entry: field id (stable snake_case) and the message a person can act on. */
export interface FieldError {
  href: string;
  text: string;
}

export type FormResult<T> =
  { ok: true; value: T } | { ok: false; errors: FieldError[]; byField: Record<string, string> };

/** Validates a posted form against its schema and shapes failures for the GOV.UK error summary. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, value: result.data };
  const byField: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    byField[field] ??= issue.message;
  }
  return {
    ok: false,
    byField,
    errors: Object.entries(byField).map(([field, text]) => ({ href: `#${field}`, text })),
  };
}

/** A record's id in a path: anything else is not found. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Field errors (id → message) as GOV.UK error summary entries; `form` is about the whole form. */
export function errorList(errors: Record<string, string | undefined>) {
  return Object.entries(errors)
    .filter(([, text]) => text)
    .map(([id, text]) => (id === 'form' ? { text: text! } : { href: `#${id}`, text: text! }));
}
