import type { Benefit } from '../../partner-center/index.js';
import { nameScore } from '../subscription-details/match-name.js';

export type BenefitMatch =
  { kind: 'found'; benefit: Benefit } | { kind: 'choose'; choices: Benefit[] } | { kind: 'none' };

/** Words that say "a benefit", not which one ("the Visual Studio Enterprise benefit"). */
const NOISE = /\b(the|our|benefits?)\b/gi;

/**
 * The benefit `text` names: its id, else the best name match by whole words, each typed word
 * the start of a word of the name (the matching subscription names use, match-name.ts). Several
 * equally good matches are a choice, an available one first (the one that can be activated).
 */
export function findBenefit(benefits: Benefit[], text: string): BenefitMatch {
  const wanted = text.trim().toLowerCase();
  const byId = benefits.find((b) => b.id.toLowerCase() === wanted);
  if (byId) return { kind: 'found', benefit: byId };
  const query = text.replace(NOISE, ' ').trim();
  if (!query) return { kind: 'none' };
  const scored = benefits
    .map((benefit) => ({ benefit, score: nameScore(query, benefit.name) }))
    .filter((x) => x.score > 0);
  if (scored.length === 0) return { kind: 'none' };
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best).map((x) => x.benefit);
  const [only] = top;
  if (top.length === 1 && only) return { kind: 'found', benefit: only };
  const available = top.filter((b) => b.status === 'available');
  return { kind: 'choose', choices: [...available, ...top.filter((b) => !available.includes(b))] };
}
