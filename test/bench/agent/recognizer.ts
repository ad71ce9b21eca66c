/**
 * Recognizer throughput in process: `recognize()` over the utterance fixtures
 * (test/fixtures/utterances/*.jsonl), repeated until at least `minMs` have been timed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recognize } from '../../../src/intents/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/utterances/', import.meta.url));
const DEFAULT_NOW = '2026-12-01';

export interface Utterance {
  text: string;
  now: Date;
}

/** A calendar day at local noon, as the recognize CLI reads `--now`. */
function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

export function loadUtterances(): Utterance[] {
  const out: Utterance[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(FIXTURES + file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown; now?: unknown };
      if (typeof row.text !== 'string') continue;
      out.push({ text: row.text, now: day(typeof row.now === 'string' ? row.now : DEFAULT_NOW) });
    }
  }
  return out;
}

export interface RecognizerFigures {
  distinct: number;
  calls: number;
  ms: number;
  perSecond: number;
  /** Median of the rounds' mean µs per call. */
  medianMicros: number;
  /** The slowest single call of the timed rounds, ms. */
  slowestMs: number;
  slowestText: string;
}

export function benchRecognizer(utterances: Utterance[], minMs: number): RecognizerFigures {
  for (const u of utterances) recognize(u.text, { now: u.now }); // warm-up round
  const rounds: number[] = [];
  let calls = 0;
  let slowestMs = 0;
  let slowestText = '';
  const t0 = performance.now();
  while (rounds.length < 3 || performance.now() - t0 < minMs) {
    const r0 = performance.now();
    for (const u of utterances) {
      const c0 = performance.now();
      recognize(u.text, { now: u.now });
      const c = performance.now() - c0;
      if (c > slowestMs) {
        slowestMs = c;
        slowestText = u.text;
      }
    }
    rounds.push(((performance.now() - r0) * 1000) / utterances.length);
    calls += utterances.length;
  }
  const ms = performance.now() - t0;
  const sorted = [...rounds].sort((a, b) => a - b);
  return {
    distinct: utterances.length,
    calls,
    ms,
    perSecond: calls / (ms / 1000),
    medianMicros: sorted[sorted.length >> 1]!,
    slowestMs,
    slowestText,
  };
}
