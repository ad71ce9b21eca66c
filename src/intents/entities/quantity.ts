import type { Entities } from '../catalogue.js';
import { numberAt } from './numbers.js';
import type { SlotContext } from './slot-context.js';

/**
 * The seat count of a quantity change and how it applies: "to N" sets it (`set`), "N more",
 * "add N", "increase by N" add (`add`), "N fewer", "reduce by N", "remove N" remove (`remove`).
 */
export function findQuantity(ctx: SlotContext): Pick<Entities, 'quantity' | 'quantityChange'> {
  const { a, f } = ctx;
  const candidates: number[] = [];
  a.tokens.forEach((t, i) => {
    if (ctx.used.has(i) || a.claims[i]) return;
    if (f.numbers.includes(i)) candidates.push(i);
    else if (t.kind === 'word' && numberAt(a.tokens, i) !== undefined && quantityContext(ctx, i))
      candidates.push(i);
  });
  if (candidates.length === 0) return {};
  const afterTo = candidates.filter((i) => ctx.lower(i - 1) === 'to');
  const chosen = afterTo.at(-1) ?? candidates[0] ?? 0;
  const quantity = numberAt(a.tokens, chosen);
  if (quantity === undefined) return {};
  ctx.use(chosen, chosen + 1);
  const prev = ctx.lower(chosen - 1);
  let quantityChange: Entities['quantityChange'] = 'set';
  if (prev === 'to' && !f.has('add')) quantityChange = 'set';
  else if (f.any('add', 'increase') && !f.has('decrease')) quantityChange = 'add';
  else if (f.any('decrease', 'remove', 'delete')) quantityChange = 'remove';
  if (prev === 'to' && f.has('add') && f.any('set', 'update', 'increase')) quantityChange = 'set';
  return { quantity, quantityChange };
}

function quantityContext(ctx: SlotContext, i: number): boolean {
  const prev = ctx.lower(i - 1);
  return (
    prev === 'to' ||
    prev === 'by' ||
    ctx.is(i + 1, 'license', 'user', 'subscription', 'add', 'decrease') ||
    ctx.is(i - 1, 'add', 'decrease', 'increase', 'remove')
  );
}
