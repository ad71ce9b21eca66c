/** Kinds of records in the `documents` table. */
export const DOCS = {
  partner: 'partner',
  benefit: 'benefit',
  referral: 'referral',
} as const;
