import type { StyleName } from './ansi.js';
import type { Segment } from './styled-text.js';

/**
 * The Markdown subset Adaptive Card TextBlocks support (bold, italic, links, lists) plus the
 * `{{DATE()}}` / `{{TIME()}}` functions, turned into styled terminal text. Links become
 * `title (url)` because a terminal cannot click a title.
 */
const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w])_(?!\s)(.+?)(?<!\s)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)|`([^`]+)`/g;

export function markdownToSegments(text: string, base: readonly StyleName[] = []): Segment[] {
  const source = expandDateFunctions(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*)[-*+] +/, '$1• '))
    .join('\n');
  const out: Segment[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    const index = m.index ?? 0;
    if (index > last) out.push({ text: source.slice(last, index), styles: base });
    const [, bold1, bold2, italic1, italic2, linkText, linkUrl, code] = m;
    if (bold1 !== undefined || bold2 !== undefined) {
      out.push(...markdownToSegments(bold1 ?? bold2 ?? '', withStyle(base, 'bold')));
    } else if (italic1 !== undefined || italic2 !== undefined) {
      out.push(...markdownToSegments(italic1 ?? italic2 ?? '', withStyle(base, 'italic')));
    } else if (linkText !== undefined && linkUrl !== undefined) {
      out.push({ text: linkText, styles: withStyle(base, 'cyan') });
      if (linkUrl !== linkText) out.push({ text: ` (${linkUrl})`, styles: base });
    } else if (code !== undefined) {
      out.push({ text: code, styles: base });
    }
    last = index + m[0].length;
  }
  if (last < source.length) out.push({ text: source.slice(last), styles: base });
  return out;
}

/** Markdown to plain text (table cells, input labels, action titles). */
export function markdownToPlain(text: string): string {
  return markdownToSegments(text)
    .map((s) => s.text)
    .join('');
}

function withStyle(base: readonly StyleName[], style: StyleName): StyleName[] {
  return base.includes(style) ? [...base] : [...base, style];
}

// Adaptive Cards date/time functions: {{DATE(2026-09-01T10:00:00Z, SHORT)}}. The terminal shows
// the date as YYYY-MM-DD (or hh:mm) in local time, as Teams does, unambiguous in any locale.
const DATE_FUNCTION = /\{\{(DATE|TIME)\(\s*([^,)]+?)\s*(?:,\s*[A-Z]+\s*)?\)\}\}/g;

function expandDateFunctions(text: string): string {
  return text.replace(DATE_FUNCTION, (whole, fn: string, value: string) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return whole;
    const two = (n: number) => String(n).padStart(2, '0');
    return fn === 'DATE'
      ? `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
      : `${two(date.getHours())}:${two(date.getMinutes())}`;
  });
}
