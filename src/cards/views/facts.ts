/** A FactSet row; views pass only rows that have a value, so cards show no empty facts. */
export interface Fact {
  label: string;
  value: string;
}

export function facts(
  rows: Array<[label: string, value: string | number | boolean | undefined | null]>,
): Fact[] {
  const out: Fact[] = [];
  for (const [label, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    out.push({ label, value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value) });
  }
  return out;
}
