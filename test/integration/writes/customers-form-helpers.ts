import { button, type CardActionJson } from '../../helpers/agent.js';

/** One input of a form card: its id, value, and the hint / error lines under it. */
export interface FormInput {
  id: string;
  value: string;
  hint?: string;
  error?: string;
}

/** The inputs of a form card (cards/form.json: one Container per field). */
export function formInputs(card: unknown): Record<string, FormInput> {
  const out: Record<string, FormInput> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const items = o.items as Array<Record<string, unknown>> | undefined;
    const input = items?.[0];
    if (
      o.type === 'Container' &&
      typeof input?.type === 'string' &&
      input.type.startsWith('Input.')
    ) {
      const lines = items!.slice(1).filter((i) => i.type === 'TextBlock');
      const error = lines.find((i) => i.color === 'Attention')?.text as string | undefined;
      const hint = lines.find((i) => i.color !== 'Attention')?.text as string | undefined;
      out[String(input.id)] = {
        id: String(input.id),
        value: String(input.value ?? ''),
        ...(hint ? { hint } : {}),
        ...(error ? { error } : {}),
      };
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'fallback') walk(v);
  };
  walk(card);
  return out;
}

/** The field errors of a form card, by input id. */
export function formErrors(card: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.values(formInputs(card))
      .filter((i) => i.error)
      .map((i) => [i.id, i.error!]),
  );
}

/**
 * The form's submit button with the values as Teams would send them: every input's current
 * value, overridden by `values` (the agent merges them into the action data).
 */
export function submitForm(
  card: unknown,
  title: string,
  values: Record<string, string>,
): CardActionJson {
  const b = button(card, title);
  const current = Object.fromEntries(Object.values(formInputs(card)).map((i) => [i.id, i.value]));
  return { ...b, data: { ...b.data, ...current, ...values } };
}
