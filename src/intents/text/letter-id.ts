/**
 * New-commerce ids can be letters only ("EajrDOaTkqzz"): mixed case that no word has. Brand
 * names carry one inner capital at most (SharePoint, LinkedIn), so two or more are needed.
 */
export function isLetterId(raw: string): boolean {
  return (
    raw.length >= 8 &&
    /^[A-Za-z]+$/.test(raw) &&
    /[a-z]/.test(raw) &&
    (raw.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2
  );
}
