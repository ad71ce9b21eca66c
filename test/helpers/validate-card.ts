import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { JSDOM } from 'jsdom';

/**
 * Validates a card with the `adaptivecards` library (the renderer Teams' web client is built on),
 * in jsdom. The ESM entry of adaptivecards@3 does not load under plain Node, so the UMD build is
 * required; jsdom needs its globals copied and an `innerText` polyfill (agents-sdk.md §6).
 * Chart.* elements are Teams extensions the library does not know: reported as unknown, and the
 * card must carry a fallback for them.
 */

type AC = typeof AdaptiveCards;
let ac: AC | undefined;

function loadAdaptiveCards(): AC {
  if (ac) return ac;
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  const win = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g) continue;
    try {
      g[key] = win[key];
    } catch {
      /* read-only globals are fine to skip */
    }
  }
  g.window = dom.window;
  g.document = dom.window.document;
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, v: string) {
      this.textContent = v;
    },
    configurable: true,
  });
  const require = createRequire(import.meta.url);
  ac = require('adaptivecards/dist/adaptivecards.js') as AC;
  // Teams renders markdown itself; the library only needs to be told not to complain about it.
  ac.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text;
    result.didProcess = true;
  };
  return ac;
}

export interface CardValidation {
  errors: string[];
  unknownElements: string[];
  bytes: number;
  text: string;
  actions: Array<{ title: string; type: string; verb?: string; data?: unknown }>;
}

export function validateCard(card: object): CardValidation {
  const AC = loadAdaptiveCards();
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  const errors: string[] = [];
  const unknownElements: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (event.event === AC.ValidationEvent.UnknownElementType) {
      unknownElements.push(event.message);
    } else if (
      event.phase === AC.ValidationPhase.Parse ||
      event.phase === AC.ValidationPhase.Validation
    ) {
      errors.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
    }
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) {
    errors.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const rendered = adaptiveCard.render();
  const actions: CardValidation['actions'] = [];
  collectActions(card, actions);
  return {
    errors,
    unknownElements,
    bytes: Buffer.byteLength(JSON.stringify(card), 'utf8'),
    text: rendered?.textContent ?? '',
    actions,
  };
}

function collectActions(node: unknown, out: CardValidation['actions']): void {
  if (Array.isArray(node)) {
    for (const n of node) collectActions(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
    out.push({
      title: o.title,
      type: o.type,
      ...(typeof o.verb === 'string' ? { verb: o.verb } : {}),
      ...(o.data !== undefined ? { data: o.data } : {}),
    });
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'fallback') collectActions(v, out);
}
