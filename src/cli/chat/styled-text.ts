import { charWidth, type StyleName, type Styler } from './ansi.js';

/**
 * Text as runs of one style each. Layout (wrapping, cutting) works on the plain characters and
 * styles are applied per word at the end, so a wrapped line never carries half a style.
 */
export interface Segment {
  text: string;
  styles: readonly StyleName[];
}

export function plainOf(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

interface Word {
  pieces: Segment[];
  width: number;
}

/**
 * Word-wrap styled text to `width` columns. Newlines in the text are kept; a word longer than
 * the width is split. Returns styled lines without trailing spaces.
 */
export function wrapSegments(
  segments: readonly Segment[],
  width: number,
  styler: Styler,
): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of splitLines(segments)) {
    let line: Word[] = [];
    let used = 0;
    const flush = () => {
      lines.push(renderLine(line, styler));
      line = [];
      used = 0;
    };
    for (const word of splitWords(paragraph)) {
      for (const part of splitLongWord(word, max)) {
        const needed = line.length === 0 ? part.width : used + 1 + part.width;
        if (needed > max && line.length > 0) flush();
        used = line.length === 0 ? part.width : used + 1 + part.width;
        line.push(part);
      }
    }
    flush();
  }
  return lines;
}

/** Join words with spaces, merging neighbours of one style so a heading is one styled run. */
function renderLine(words: readonly Word[], styler: Styler): string {
  const pieces: Segment[] = [];
  words.forEach((word, i) => {
    if (i > 0) {
      const before = pieces[pieces.length - 1]?.styles ?? [];
      const after = word.pieces[0]?.styles ?? [];
      pieces.push({ text: ' ', styles: before.filter((s) => after.includes(s)) });
    }
    pieces.push(...word.pieces);
  });
  const merged: Segment[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && sameStyles(prev.styles, piece.styles)) prev.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged.map((p) => styler.apply(p.text, p.styles)).join('');
}

function sameStyles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

function splitLines(segments: readonly Segment[]): Segment[][] {
  const out: Segment[][] = [[]];
  for (const seg of segments) {
    const parts = seg.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((text, i) => {
      if (i > 0) out.push([]);
      if (text) out[out.length - 1]?.push({ text, styles: seg.styles });
    });
  }
  return out;
}

/** Words of one line; a word may span several segments ("**Contoso**'s"). */
function splitWords(segments: readonly Segment[]): Word[] {
  const words: Word[] = [];
  let current: Word = { pieces: [], width: 0 };
  const push = () => {
    if (current.pieces.length) words.push(current);
    current = { pieces: [], width: 0 };
  };
  for (const seg of segments) {
    const parts = seg.text.split(/[ \t]+/);
    parts.forEach((text, i) => {
      if (i > 0) push();
      if (text) {
        current.pieces.push({ text, styles: seg.styles });
        current.width += widthOf(text);
      }
    });
  }
  push();
  return words;
}

function splitLongWord(word: Word, max: number): Word[] {
  if (word.width <= max) return [word];
  const out: Word[] = [];
  let current: Word = { pieces: [], width: 0 };
  for (const piece of word.pieces) {
    let text = '';
    for (const ch of piece.text) {
      const w = charWidth(ch);
      if (current.width + w > max) {
        if (text) current.pieces.push({ text, styles: piece.styles });
        out.push(current);
        current = { pieces: [], width: 0 };
        text = '';
      }
      text += ch;
      current.width += w;
    }
    if (text) current.pieces.push({ text, styles: piece.styles });
  }
  if (current.pieces.length) out.push(current);
  return out;
}

function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}
