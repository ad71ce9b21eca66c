import { z } from 'zod';

/**
 * The value rules the write forms share. Partner Center checks them again; checking here first
 * puts the message under the field instead of on a failed write.
 */
export const EMAIL = z.email({ message: 'Enter an e-mail address such as ap@contoso.com.' });

/** Digits with the usual separators; 6 to 15 digits (E.164 allows at most 15). */
export const PHONE = z
  .string()
  .max(25, 'A phone number has at most 25 characters.')
  .regex(/^\+?[\d\s().-]+$/, 'Enter a phone number: digits, spaces, + ( ) - only.')
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 6 && digits <= 15;
  }, 'A phone number has 6 to 15 digits.');

/** A name or address line: Partner Center's address fields take up to 256 characters. */
export function text(label: string, max = 256) {
  return z.string().max(max, `${label} can be at most ${max} characters.`);
}

/**
 * The `<prefix>.onmicrosoft.com` of a new tenant: letters and digits only, 2 to 27 characters
 * (`develop/create-a-customer.md`: the domain becomes the tenant's initial domain).
 */
export const DOMAIN_PREFIX = z
  .string()
  .min(2, 'The domain prefix needs at least 2 characters.')
  .max(27, 'The domain prefix can be at most 27 characters.')
  .regex(/^[a-z0-9]+$/i, 'Use letters and digits only (no spaces, dots or hyphens).');

/** The first message of a failed check, or undefined when the value passes. */
export function problemOf(rule: z.ZodType<string>, value: string): string | undefined {
  const parsed = rule.safeParse(value);
  return parsed.success
    ? undefined
    : (parsed.error.issues[0]?.message ?? 'This value is not valid.');
}
