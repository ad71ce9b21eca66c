/**
 * New-commerce ids can be letters only ("EajrDOaTkqzz"): mixed case that no word has. Brand
 * names carry one inner capital at most (SharePoint, LinkedIn), so two or more are needed.
 */
export function isLetterId(raw: string): boolean {
  return (
    raw.length >= 8 &&
    /^[A-Za-z_-]+$/.test(raw) &&
    /[a-z]/.test(raw) &&
    (raw.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2
  );
}

/**
 * A token that reads as an id (order, offer, referral), never as a word of a name: letters and
 * digits mixed (`7b2a2a7b`, `KbVp1ZEixW…`, but not `E3` or `P1`), or a letters-only id.
 */
export function isIdWord(raw: string): boolean {
  return (
    (raw.length >= 4 &&
      /\d/.test(raw) &&
      /[a-z]/i.test(raw) &&
      !/^[a-z]{1,2}\d{1,3}$/i.test(raw)) ||
    isLetterId(raw)
  );
}
