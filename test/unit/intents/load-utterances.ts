import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entities, IntentId } from '../../../src/intents/index.js';

/** One line of an utterance table (test/fixtures/utterances/*.jsonl). */
export interface UtteranceRow {
  text: string;
  intent: IntentId;
  entities: Entities;
  /** "Today" for relative periods, YYYY-MM-DD; the tables use 2026-11-21 when absent. */
  now?: string;
}

export const DEFAULT_NOW = '2026-11-21';

export function loadUtterances(name: 'dev' | 'blind' | 'holdout'): UtteranceRow[] {
  const file = fileURLToPath(new URL(`../../fixtures/utterances/${name}.jsonl`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as UtteranceRow);
}

/** Local noon of a YYYY-MM-DD day, so the calendar day is the same in every time zone. */
export function dayAt(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}
