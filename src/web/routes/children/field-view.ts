import type { Field, RawForm } from '../../../casework/fields.ts';

/** What the step-form template needs to render one field with the GOV.UK macro for its kind. */
export function fieldView(field: Field, form: RawForm, errors: Record<string, string | undefined>) {
  const raw = form[field.id];
  const value = Array.isArray(raw) ? raw : (raw ?? '');
  const error = errors[field.id];
  return {
    ...field,
    value,
    values: Array.isArray(raw) ? raw : raw ? [raw] : [],
    day: form[`${field.id}-day`] ?? '',
    month: form[`${field.id}-month`] ?? '',
    year: form[`${field.id}-year`] ?? '',
    errorMessage: error ? { text: error } : undefined,
    items: 'options' in field ? field.options.map(([v, text]) => ({ value: v, text })) : [],
    hintOption: field.optional && field.kind !== 'checkboxes' ? ' (optional)' : '',
  };
}
