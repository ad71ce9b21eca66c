import type { Entities, IntentId } from '../intents/index.js';
import type { SkillServices } from './services.js';

/**
 * "Download CSV": the whole of a list a card shows a page of. An exporter runs the same listing
 * as its skill, every page, and yields one row per item; the agent streams it as CSV behind a
 * signed, expiring link (security/link-signing.ts, agent/downloads.ts).
 */
export interface CsvExport {
  /** Without extension; the agent adds `.csv`. */
  filename: string;
  columns: string[];
  rows: AsyncIterable<string[]>;
}

export interface ExportRequest {
  entities: Entities;
  services: SkillServices;
  correlationId: string;
}

export type Exporter = (request: ExportRequest) => Promise<CsvExport>;

export type ExportRegistry = Readonly<Partial<Record<IntentId, Exporter>>>;

/** A filename part from free text: letters, digits and dashes only. */
export function filePart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}
