import { z } from 'zod';
import { formatLongDate } from '../domain/dates.ts';
import type { CodeList } from '../domain/codes.ts';

/**
 * A question on a recording form. Field ids are stable snake_case and, for a step's own record, the column
 * they are saved to. One list of fields yields the form, its zod schema, and the check-your-answers rows.
 */
export type Field =
  | (FieldBase & { kind: 'date'; allowFuture?: boolean })
  | (FieldBase & { kind: 'time' })
  | (FieldBase & { kind: 'text' | 'textarea'; maxLength?: number })
  | (FieldBase & { kind: 'number'; min?: number; max?: number })
  | (FieldBase & { kind: 'yes_no' })
  | (FieldBase & { kind: 'select' | 'radios' | 'checkboxes'; options: Options });

interface FieldBase {
  id: string;
  label: string;
  /** How error messages name the answer, e.g. 'the concern'; defaults to 'the ' + the label. */
  name?: string;
  hint?: string;
  optional?: boolean;
}

export type Options = readonly (readonly [string, string])[];

/** Options from a DfE or Hearth code list, shown as "CODE: description" for DfE codes where asked. */
export function optionsOf(list: CodeList, withCode = false): Options {
  return list.entries.map(([code, text]) => [code, withCode ? `${code}: ${text}` : text] as const);
}

export type FieldValue = string | string[] | number | boolean | null;
export type Values = Partial<Record<string, FieldValue>>;
/** The form as posted: strings, and string arrays for checkboxes. */
export type RawForm = Record<string, string | string[] | undefined>;

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The zod schema for one field, reading it from the flat posted form (dates as id-day, id-month, id-year). */
function fieldSchema(field: Field, today: string): z.ZodType<FieldValue> {
  const name = field.name ?? `the ${lowerFirst(field.label)}`;
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const required = (message: string) => (field.optional ? null : message);
  switch (field.kind) {
    case 'date':
      return z
        .object({ day: z.string(), month: z.string(), year: z.string() })
        .transform((parts, ctx): string | null => {
          const { day, month, year } = parts;
          if (!day && !month && !year) {
            const message = required(`Enter ${name}`);
            if (message) ctx.addIssue({ code: 'custom', message });
            return null;
          }
          const missing = (['day', 'month', 'year'] as const).filter((p) => !parts[p]);
          if (missing.length > 0) {
            ctx.addIssue({ code: 'custom', message: `${Name} must include a ${missing.join(' and ')}` });
            return null;
          }
          const [d, m, y] = [Number(day), Number(month), Number(year)];
          if (![d, m, y].every(Number.isInteger) || year.length !== 4 || !isRealDate(y, m, d)) {
            ctx.addIssue({ code: 'custom', message: `${Name} must be a real date` });
            return null;
          }
          const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (!field.allowFuture && iso > today) {
            ctx.addIssue({ code: 'custom', message: `${Name} must be today or in the past` });
            return null;
          }
          if (y < 1900) {
            ctx.addIssue({ code: 'custom', message: `${Name} must be after 1900` });
            return null;
          }
          return iso;
        });
    case 'time':
      return z.string().transform((text, ctx): string | null => {
        if (!text) {
          const message = required(`Enter ${name}`);
          if (message) ctx.addIssue({ code: 'custom', message });
          return null;
        }
        const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
        if (!match) {
          ctx.addIssue({ code: 'custom', message: `Enter ${name} as a 24-hour time, like 14:30` });
          return null;
        }
        return `${match[1]!.padStart(2, '0')}:${match[2]}`;
      });
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? (field.kind === 'text' ? 200 : 10_000);
      return z.string().transform((text, ctx): string | null => {
        if (!text) {
          const message = required(`Enter ${name}`);
          if (message) ctx.addIssue({ code: 'custom', message });
          return null;
        }
        if (text.length > max)
          ctx.addIssue({ code: 'custom', message: `${Name} must be ${max} characters or fewer` });
        return text;
      });
    }
    case 'number':
      return z.string().transform((text, ctx): number | null => {
        if (!text) {
          const message = required(`Enter ${name}`);
          if (message) ctx.addIssue({ code: 'custom', message });
          return null;
        }
        const n = Number(text);
        if (!Number.isInteger(n)) {
          ctx.addIssue({ code: 'custom', message: `${Name} must be a whole number` });
          return null;
        }
        if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
          ctx.addIssue({
            code: 'custom',
            message: `${Name} must be between ${field.min ?? 0} and ${field.max ?? '…'}`,
          });
          return null;
        }
        return n;
      });
    case 'yes_no':
      return z.string().transform((text, ctx): boolean | null => {
        if (text === 'yes') return true;
        if (text === 'no') return false;
        const message = required(`Select yes or no: ${field.label}`);
        if (message) ctx.addIssue({ code: 'custom', message });
        return null;
      });
    case 'select':
    case 'radios': {
      const allowed = new Set(field.options.map(([value]) => value));
      return z.string().transform((text, ctx): string | null => {
        if (!text) {
          const message = required(`Select ${name}`);
          if (message) ctx.addIssue({ code: 'custom', message });
          return null;
        }
        if (!allowed.has(text)) {
          ctx.addIssue({ code: 'custom', message: `Select ${name} from the list` });
          return null;
        }
        return text;
      });
    }
    case 'checkboxes': {
      const allowed = new Set(field.options.map(([value]) => value));
      return z.array(z.string()).transform((items, ctx): string[] => {
        const chosen = items.filter(Boolean);
        if (chosen.length === 0 && !field.optional)
          ctx.addIssue({ code: 'custom', message: `Select at least one: ${lowerFirst(field.label)}` });
        if (chosen.some((v) => !allowed.has(v)))
          ctx.addIssue({ code: 'custom', message: `Select ${name} from the list` });
        return [...new Set(chosen)];
      });
    }
  }
}

/** The shape each field's schema reads from the flat form. */
function fieldInput(field: Field, form: RawForm): unknown {
  switch (field.kind) {
    case 'date':
      return {
        day: single(form[`${field.id}-day`]),
        month: single(form[`${field.id}-month`]),
        year: single(form[`${field.id}-year`]),
      };
    case 'checkboxes': {
      const value = form[field.id];
      return Array.isArray(value) ? value : value ? [value] : [];
    }
    default:
      return single(form[field.id]);
  }
}

/** The zod schema for a whole form: the fields' schemas, reading the flat posted form. */
export function formSchema(fields: readonly Field[], today: string): z.ZodType<Values, RawForm> {
  const shape = Object.fromEntries(fields.map((f) => [f.id, fieldSchema(f, today)]));
  const object = z.object(shape);
  return z.preprocess(
    (form) => Object.fromEntries(fields.map((f) => [f.id, fieldInput(f, (form ?? {}) as RawForm)])),
    object,
  ) as unknown as z.ZodType<Values, RawForm>;
}

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Validates a posted form field by field, so every problem shows at once; errors are keyed by field id.
 * On failure, `values` holds the fields that were valid, for checks that can still run.
 */
export function parseFields(
  fields: readonly Field[],
  form: RawForm,
  today: string,
): { ok: true; values: Values } | { ok: false; errors: FieldErrors; values: Values } {
  const values: Values = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const result = fieldSchema(field, today).safeParse(fieldInput(field, form));
    if (result.success) values[field.id] = result.data;
    else errors[field.id] = result.error.issues[0]?.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, values } : { ok: true, values };
}

/** The posted-form shape of values, to re-fill a form (prefill, change answers, corrections). */
export function toRawForm(fields: readonly Field[], values: Values): RawForm {
  const form: RawForm = {};
  for (const field of fields) {
    const value = values[field.id];
    if (value === null || value === undefined) continue;
    if (field.kind === 'date' && typeof value === 'string') {
      const [y, m, d] = value.split('-');
      form[`${field.id}-day`] = String(Number(d));
      form[`${field.id}-month`] = String(Number(m));
      form[`${field.id}-year`] = y;
    } else if (field.kind === 'yes_no') {
      form[field.id] = value ? 'yes' : 'no';
    } else if (Array.isArray(value)) {
      form[field.id] = value;
    } else {
      form[field.id] = String(value);
    }
  }
  return form;
}

/** How a value reads on a check-your-answers page or in history. */
export function displayValue(field: Field, value: FieldValue | undefined): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    return 'Not recorded';
  switch (field.kind) {
    case 'date':
      return formatLongDate(String(value));
    case 'yes_no':
      return value ? 'Yes' : 'No';
    case 'select':
    case 'radios':
      return field.options.find(([v]) => v === value)?.[1] ?? String(value);
    case 'checkboxes':
      return (value as string[]).map((v) => field.options.find(([o]) => o === v)?.[1] ?? v).join('; ');
    default:
      return String(value);
  }
}
