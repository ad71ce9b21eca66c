import type { z } from 'zod';
import type { FormField } from '../../cards/views/form.js';
import type { Address } from '../../partner-center/index.js';
import type { Change, FormValues } from '../writes/write-definition.js';
import { problemOf, text } from './rules.js';

/**
 * Editing a profile that Partner Center replaces whole (a PUT of the full resource with its
 * etag): the fields a user may change, by name ("billing email to …") or in a prefilled form,
 * and the before → after they make. Used by customers.billingProfile.update and profile.update.
 */
export interface EditField<T> {
  /** The form input id and the key of the stored edit. */
  id: string;
  label: string;
  kind?: 'text' | 'email' | 'tel';
  required?: boolean;
  hint?: string;
  maxLength?: number;
  /** Checks a trimmed, non-empty value. */
  rule: z.ZodType<string>;
  read(profile: T): string;
  /** A copy of `profile` with the value set (models are frozen: never change them in place). */
  write(profile: T, value: string): T;
}

/** New values by field id: only fields that differ from the profile as read. */
export type Edits = Record<string, string>;

/** What a request asks for: a change, a form to fill, or nothing (already so). */
export type EditRequest =
  | { kind: 'edits'; edits: Edits }
  | { kind: 'form'; values?: FormValues; errors?: Record<string, string>; summary?: string }
  | { kind: 'same'; label: string; value: string };

/** Shown for an empty value in before → after. */
export const EMPTY = '(none)';

/**
 * "change the billing email to ap@contoso.com": the entity `field` (INTENTS.md field names)
 * through `byEntity` to one of `fields`. A value that fails its rule, a field the profile does
 * not have, or no value gives the prefilled form instead, saying why.
 */
export function editFromEntities<T>(
  fields: readonly EditField<T>[],
  byEntity: Readonly<Record<string, string>>,
  profile: T,
  entity: { field?: string; value?: string },
  what: string,
): EditRequest {
  const named = entity.field;
  if (!named) return { kind: 'form' };
  const field = fields.find((f) => f.id === byEntity[named]);
  if (!field)
    return { kind: 'form', summary: `The ${what} has no "${named}". Change what you need below.` };
  const value = entity.value?.trim() ?? '';
  if (!value) return { kind: 'form', summary: `Enter the new ${field.label.toLowerCase()} below.` };
  const id = field.id;
  // "1 Main St, Redmond, WA 98052" is several address fields: the form lets each be checked.
  if (id === 'addressLine1' && value.includes(','))
    return {
      kind: 'form',
      values: { addressLine1: value.slice(0, value.indexOf(',')).trim() },
      summary: 'Check the address: the city, state and postal code each have their own field.',
    };
  const problem = problemOf(field.rule, value);
  if (problem) return { kind: 'form', values: { [id]: value }, errors: { [id]: problem } };
  if (value === field.read(profile)) return { kind: 'same', label: field.label, value };
  return { kind: 'edits', edits: { [id]: value } };
}

/** A submitted form: every field checked; the ones that changed become the edits. */
export function editFromForm<T>(
  fields: readonly EditField<T>[],
  profile: T,
  values: FormValues,
): EditRequest {
  const errors: Record<string, string> = {};
  const edits: Edits = {};
  for (const field of fields) {
    const raw = values[field.id];
    if (raw === undefined) continue;
    const value = raw.trim();
    const problem =
      value === ''
        ? field.required
          ? `${field.label} is required.`
          : undefined
        : problemOf(field.rule, value);
    if (problem) errors[field.id] = problem;
    else if (value !== field.read(profile)) edits[field.id] = value;
  }
  const failed = Object.keys(errors).length;
  if (failed)
    return {
      kind: 'form',
      values,
      errors,
      summary: failed === 1 ? '1 field needs a fix.' : `${failed} fields need a fix.`,
    };
  if (Object.keys(edits).length === 0)
    return {
      kind: 'form',
      values,
      summary:
        'Nothing in the form differs from what Partner Center has: change a field, or Cancel.',
    };
  return { kind: 'edits', edits };
}

/** The before → after rows of `edits`, in the fields' order. */
export function changesOf<T>(fields: readonly EditField<T>[], profile: T, edits: Edits): Change[] {
  return fields
    .filter((f) => edits[f.id] !== undefined)
    .map((f) => ({
      field: f.label,
      before: f.read(profile) || EMPTY,
      after: edits[f.id] || EMPTY,
    }));
}

export function applyEdits<T>(fields: readonly EditField<T>[], profile: T, edits: Edits): T {
  return fields.reduce(
    (p, f) => (edits[f.id] === undefined ? p : f.write(p, edits[f.id]!)),
    profile,
  );
}

/** The edits that still change something on `profile` (after a re-read). */
export function pendingEdits<T>(fields: readonly EditField<T>[], profile: T, edits: Edits): Edits {
  return Object.fromEntries(
    Object.entries(edits).filter(([id, value]) => {
      const field = fields.find((f) => f.id === id);
      return field !== undefined && field.read(profile) !== value;
    }),
  );
}

/** "Phone 4255550100 → 4255550199" for each field that differs between two reads. */
export function movedBetween<T>(fields: readonly EditField<T>[], before: T, after: T): string[] {
  return fields
    .filter((f) => f.read(before) !== f.read(after))
    .map((f) => `${f.label} ${f.read(before) || EMPTY} → ${f.read(after) || EMPTY}`);
}

/** The form's inputs: the submitted or asked-for value, else what the profile has now. */
export function formFieldsOf<T>(
  fields: readonly EditField<T>[],
  profile: T,
  values: FormValues = {},
  errors: Record<string, string> = {},
): FormField[] {
  return fields.map((f) => ({
    id: f.id,
    label: f.label,
    value: values[f.id] ?? f.read(profile),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.required ? { required: true } : {}),
    ...(f.hint ? { hint: f.hint } : {}),
    ...(errors[f.id] ? { error: errors[f.id] } : {}),
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
  }));
}

/** The four address lines both profiles edit the same way. */
export const ADDRESS_FIELDS = [
  ['addressLine1', 'Address line 1', true, 256],
  ['city', 'City', true, 128],
  ['state', 'State or province', false, 64],
  ['postalCode', 'Postal code', true, 20],
] as const;

/**
 * One line of an address held under `key` (`defaultAddress` on a billing profile, `address` on
 * the legal business profile): read from it, written into a copy of it.
 */
export function addressFieldsOf<T extends object>(key: keyof T & string): EditField<T>[] {
  const address = (p: T): Address => ((p as Record<string, unknown>)[key] as Address) ?? {};
  return ADDRESS_FIELDS.map(([id, label, required, max]) => ({
    id,
    label,
    required,
    maxLength: max,
    rule: text(label, max),
    read: (p: T) => address(p)[id] ?? '',
    write: (p: T, v: string) => ({ ...p, [key]: { ...address(p), [id]: v } }),
  }));
}
