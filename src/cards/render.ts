import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Templating from 'adaptivecards-templating';
import { AppError } from '../shared/errors.js';
import { CARD_ERRORS } from './errors.js';

/**
 * Expands `cards/<name>.json` with adaptivecards-templating. Templates are data: no logic lives
 * in them beyond `${...}` bindings, `$data` repetition and `$when`; views (src/cards/views/)
 * compute every value as a string first, because a binding that is the whole string keeps the
 * value's type (a number in `TextBlock.text` is invalid) and an undefined field is left as
 * literal `${field}` by the engine.
 */

export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; [key: string]: unknown };

/** Teams rejects messages over ~28 KB; leave headroom for the activity envelope. */
export const MAX_CARD_BYTES = 28 * 1024;

const TEMPLATE_DIR = new URL('../../cards/', import.meta.url);
const templates = new Map<string, Templating.Template>();

/**
 * adaptivecards-templating (with adaptive-expressions) takes about 0.4 s to load; it is loaded
 * when the first card is drawn, not at start-up (a synchronous require of its CommonJS build).
 */
let templating: typeof Templating | undefined;
function templatingLibrary(): typeof Templating {
  templating ??= createRequire(import.meta.url)('adaptivecards-templating') as typeof Templating;
  return templating;
}

function templateFor(name: string): Templating.Template {
  let template = templates.get(name);
  if (!template) {
    let text: string;
    try {
      text = readFileSync(new URL(`${name}.json`, TEMPLATE_DIR), 'utf8');
    } catch {
      throw new AppError(CARD_ERRORS.TEMPLATE_MISSING, [name]);
    }
    try {
      template = new (templatingLibrary().Template)(JSON.parse(text));
    } catch (err) {
      throw new AppError(CARD_ERRORS.TEMPLATE_INVALID, [name, (err as Error).message]);
    }
    templates.set(name, template);
  }
  return template;
}

/**
 * Recently rendered cards by template and data: the same list asked again (a cached Partner
 * Center read) skips the template engine, which is most of a warm turn's time. Cards are
 * treated as immutable by every caller (they are serialized, never edited).
 */
const RENDERED = new Map<string, AdaptiveCard>();
const MAX_RENDERED = 200;

/**
 * The JSON text of each shared (cached, frozen) card, written once by the size check. A reply
 * that carries such a card can splice this text in instead of serializing the card again
 * (agent/reply-json.ts); it lives as long as the card object does.
 */
const CARD_JSON = new WeakMap<object, string>();

/** The JSON text of a shared card, or undefined for a card drawn for one reply only. */
export function sharedCardJson(card: object): string | undefined {
  return CARD_JSON.get(card);
}

export interface RenderOptions {
  /** Keep the card out of the rendered-card cache (it holds a one-time secret). */
  noCache?: boolean;
}

/** Render a card; throws CARD_TOO_LARGE when a view forgot to page. */
export function renderCard(name: string, data: object, options: RenderOptions = {}): AdaptiveCard {
  if (options.noCache) return expandChecked(name, data).card;
  const key = `${name}\u0000${JSON.stringify(data)}`;
  const hit = RENDERED.get(key);
  if (hit) {
    RENDERED.delete(key);
    RENDERED.set(key, hit);
    return hit;
  }
  const { card, json } = expandChecked(name, data);
  deepFreeze(card);
  CARD_JSON.set(card, json);
  RENDERED.set(key, card);
  if (RENDERED.size > MAX_RENDERED) RENDERED.delete(RENDERED.keys().next().value as string);
  return card;
}

/** The card and its JSON text; throws CARD_TOO_LARGE when a view forgot to page. */
function expandChecked(name: string, data: object): { card: AdaptiveCard; json: string } {
  const card = templateFor(name).expand({ $root: data }) as AdaptiveCard;
  const json = JSON.stringify(card);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_CARD_BYTES) {
    throw new AppError(CARD_ERRORS.CARD_TOO_LARGE, [name, String(bytes), String(MAX_CARD_BYTES)]);
  }
  return { card, json };
}

export function cardBytes(card: object): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The attachment form used in message activities. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** Shared cards must never change: a mutation throws (strict mode) instead of leaking. */
function deepFreeze(value: unknown): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  for (const v of Object.values(value)) deepFreeze(v);
  Object.freeze(value);
}
