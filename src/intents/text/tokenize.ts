import { expandContraction } from './contractions.js';

/** What a token is; typed tokens (e-mail, GUID, date...) are recognised before words. */
export type TokenKind =
  'word' | 'number' | 'email' | 'url' | 'guid' | 'quoted' | 'date' | 'domain' | 'symbol' | 'punct';

/** One token of the utterance, with its place in the text so entities keep the user's spelling. */
export interface Token {
  kind: TokenKind;
  /** Surface text (without a possessive `'s` or surrounding quotes). */
  raw: string;
  start: number;
  end: number;
  /** Lower case, hyphens removed ("E-mail" → "email", "co-sell" → "cosell"). */
  lower: string;
  /** Matching key: spell-corrected stem (set by the spelling pass). */
  stem: string;
  possessive: boolean;
  capitalized: boolean;
  corrected: boolean;
}

// Common top-level domains, so "Ltd." or "e.g." are not taken for domains.
const TLD =
  '(?:com|net|org|io|co|biz|info|us|uk|de|fr|nl|au|ca|ch|jp|edu|gov|eu|app|dev|ai|cloud|es|it|se|no|dk|fi|be|at|ie|nz|in|br|mx|pl|pt|cz|online|tech|store|shop)';
const TOKEN = new RegExp(
  [
    String.raw`(?<url>https?:\/\/\S+)`,
    String.raw`(?<email>[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:['’]s\b)?)`,
    String.raw`(?<guid>\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)`,
    String.raw`(?<quoted>"[^"]+"|“[^”]+”|‘[^’]+’|(?<![\p{L}\p{N}])'[^']+'(?![\p{L}\p{N}]))`,
    String.raw`(?<date>\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b)`,
    String.raw`(?<domain>\b[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.${TLD}\b(?![\p{L}\p{N}-])(?:['’]s\b)?)`,
    // New-commerce order ids are 20+ base64url characters, where "--", "__" or an edge "-" occur.
    String.raw`(?<longid>(?<![\p{L}\p{N}_-])(?=[\w-]*[A-Za-z])(?=[\w-]*[0-9A-Z])[\w-]{20,}(?![\p{L}\p{N}_-]))`,
    String.raw`(?<word>#?[\p{L}\p{N}]+(?:[-'’:_][\p{L}\p{N}]+)*['’]?)`,
    String.raw`(?<symbol>[&+])`,
    String.raw`(?<punct>\S)`,
  ].join('|'),
  'giu',
);

const QUOTE_CHARS = /^["“‘']|["”’']$/g;

/** Splits cleaned text into tokens; contractions become two tokens ("what's" → what, is). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const group = Object.keys(g).find((k) => g[k] !== undefined) ?? 'punct';
    // A long id is one word whatever its dashes and underscores.
    const kind = (group === 'longid' ? 'longid' : group) as TokenKind | 'longid';
    const start = m.index;
    const surface = m[0];
    if (kind === 'longid') {
      out.push(make('word', surface, start, surface));
    } else if (kind === 'quoted') {
      out.push(make('quoted', surface.replace(QUOTE_CHARS, '').trim(), start + 1, surface));
    } else if (kind === 'word') {
      pushWord(out, surface, start);
    } else if ((kind === 'email' || kind === 'domain') && /['’]s$/i.test(surface)) {
      const raw = surface.slice(0, -2);
      out.push({ ...make(kind, raw, start, raw), possessive: true });
    } else {
      out.push(make(kind, surface, start, surface));
    }
  }
  return out;
}

function pushWord(out: Token[], surface: string, start: number): void {
  const expanded = expandContraction(surface);
  if (expanded) {
    const [head = '', ...rest] = expanded;
    out.push({ ...make('word', surface, start, surface), lower: head, stem: head });
    for (const w of rest) {
      out.push({ ...make('word', '', start + surface.length, ''), lower: w, stem: w });
    }
    return;
  }
  let raw = surface.replace(/^#/, '');
  const offset = start + (surface.length - raw.length);
  let possessive = false;
  const poss = /['’]s?$/i.exec(raw);
  if (poss && raw.length > poss[0].length) {
    possessive = true;
    raw = raw.slice(0, poss.index);
  }
  const kind: TokenKind = /^\d+$/.test(raw) ? 'number' : 'word';
  out.push({ ...make(kind, raw, offset, raw), possessive });
}

function make(kind: TokenKind, raw: string, start: number, surface: string): Token {
  const lower = kind === 'word' ? raw.toLowerCase().replace(/[-_]/g, '') : raw.toLowerCase();
  return {
    kind,
    raw,
    start,
    end: start + (kind === 'quoted' ? raw.length : surface.length),
    lower,
    stem: lower,
    possessive: false,
    capitalized: /^\p{Lu}/u.test(raw),
    corrected: false,
  };
}
