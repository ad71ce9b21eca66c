/**
 * Terminal styling and width arithmetic. Every styled piece carries its own reset, so pieces can
 * be padded, placed side by side and cut without a style leaking into the next column.
 */
export type StyleName =
  'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'yellow' | 'green' | 'cyan';

const CODES: Record<StyleName, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export interface Styler {
  readonly color: boolean;
  apply(text: string, styles: readonly StyleName[]): string;
}

/** A styler that emits ANSI codes when `color` is true and plain text otherwise. */
export function createStyler(color: boolean): Styler {
  return {
    color,
    apply(text, styles) {
      if (!color || styles.length === 0 || text === '') return text;
      let out = text;
      for (const name of styles) out = `\u001b[${CODES[name][0]}m${out}\u001b[${CODES[name][1]}m`;
      return out;
    },
  };
}

// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

// Combining marks, enclosing marks and format characters (zero-width joiner ...) take no column.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

/** Columns one character takes in a terminal (0 for combining marks, 2 for CJK and emoji). */
export function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  // Pictographs that are text by default (©, ™, ↗ ...) stay one column wide.
  if (WIDE.test(ch)) return (ch.codePointAt(0) ?? 0) < 0x2600 ? 1 : 2;
  return 1;
}

/** Columns a (possibly styled) string takes. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of stripAnsi(text)) width += charWidth(ch);
  return width;
}

/** Pad a (possibly styled) string with spaces to `width` columns. */
export function padVisible(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - visibleWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** Cut plain text to `width` columns, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out.trimEnd() + '…';
}
