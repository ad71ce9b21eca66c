import type { Concept } from '../lexicon/concepts.js';
import type { SlotContext } from './slot-context.js';

/**
 * The id of an order, offer or referral, as written: the id-like token right after the word
 * ("order 7b2a2a7b", "referral #1a2b3c", "offer CFQ7TTC0LH18:0001"), else the only id-like token.
 */
export function findId(ctx: SlotContext, concept: Concept): string | undefined {
  const { tokens } = ctx.a;
  const idLike = (i: number): boolean => {
    const t = tokens[i];
    if (!t || ctx.used.has(i)) return false;
    return ctx.f.ids.includes(i) || (t.kind === 'number' && t.raw.length >= 3) || t.kind === 'guid';
  };
  for (const p of ctx.f.concepts.get(concept) ?? []) {
    for (let i = p + 1; i < Math.min(p + 5, tokens.length); i++) {
      if (idLike(i)) return take(ctx, i);
      const w = tokens[i]?.lower ?? '';
      if (
        !['id', 'number', 'no', 'num', '#', ':', 'with', 'the', 'of', 'is'].includes(w) &&
        !ctx.is(i, concept)
      )
        break;
    }
  }
  const any = tokens.findIndex((_, i) => idLike(i));
  return any >= 0 ? take(ctx, any) : undefined;
}

function take(ctx: SlotContext, i: number): string | undefined {
  ctx.use(i, i + 1);
  return ctx.a.tokens[i]?.raw.replace(/^#/, '');
}
