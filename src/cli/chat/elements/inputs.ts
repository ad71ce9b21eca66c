import { isObject, str, type CardElement } from '../card-types.js';
import { markdownToPlain, markdownToSegments } from '../markdown.js';
import type { RenderContext } from '../render-context.js';
import { wrapSegments, type Segment } from '../styled-text.js';

/** Choice sets longer than this show a count instead of every choice (they are listed on input). */
const MAX_LISTED_CHOICES = 8;

export interface Choice {
  title: string;
  value: string;
}

export function choicesOf(el: CardElement): Choice[] {
  return (Array.isArray(el.choices) ? el.choices : []).filter(isObject).flatMap((c) => {
    const value = str(c.value);
    return value === undefined ? [] : [{ title: markdownToPlain(str(c.title) ?? value), value }];
  });
}

/** What the user sees as the input's name: label, else toggle title, placeholder, id. */
export function inputLabel(el: CardElement): string {
  const label = str(el.label) ?? str(el.title) ?? str(el.placeholder) ?? str(el.id) ?? 'Value';
  return markdownToPlain(label).trim();
}

/**
 * An input as `Label *: current value` (placeholder dimmed when empty); a toggle as `[x] title`;
 * a choice set with its choices, the selected ones marked. Pressing a button asks for the values.
 */
export function renderInput(el: CardElement, ctx: RenderContext): string[] {
  const required = el.isRequired === true ? ' *' : '';
  const value = str(el.value) ?? '';
  const lead = (text: string): Segment[] => [{ text: `${text}${required}: `, styles: ['bold'] }];
  const wrap = (segments: Segment[]) => wrapSegments(segments, ctx.width, ctx.styler);

  if (el.type === 'Input.Toggle') {
    const on = value === (str(el.valueOn) ?? 'true');
    const title = markdownToPlain(str(el.title) ?? inputLabel(el));
    const lines = str(el.label) ? wrap(lead(markdownToPlain(str(el.label) ?? ''))) : [];
    return [...lines, ...wrap([{ text: `${on ? '[x]' : '[ ]'} ${title}${required}`, styles: [] }])];
  }
  if (el.type === 'Input.ChoiceSet') {
    const choices = choicesOf(el);
    const multi = el.isMultiSelect === true;
    const selected = new Set(value.split(multi ? ',' : '\u0000').filter(Boolean));
    const chosen = choices.filter((c) => selected.has(c.value)).map((c) => c.title);
    const shown = chosen.length ? chosen.join(', ') : '—';
    const head = wrap([...lead(inputLabel(el)), { text: shown, styles: [] }]);
    if (choices.length > MAX_LISTED_CHOICES) {
      return [...head, ctx.styler.apply(`  (${choices.length} choices)`, ['dim'])];
    }
    const mark = (on: boolean) => (multi ? (on ? '[x]' : '[ ]') : on ? '(•)' : '( )');
    const lines = choices.map((c) => `  ${mark(selected.has(c.value))} ${c.title}`);
    return [...head, ...lines.map((l) => ctx.styler.apply(l, ['dim']))];
  }
  const placeholder = str(el.placeholder);
  const shown: Segment = value
    ? { text: value, styles: [] }
    : { text: placeholder ? `(${placeholder})` : '—', styles: ['dim'] };
  const label = inputLabel(el);
  // A placeholder already shown as the label is not repeated as the value.
  const body = !value && placeholder && label === placeholder ? { ...shown, text: '—' } : shown;
  return wrap([...lead(label), ...(body.styles.length ? [body] : markdownToSegments(body.text))]);
}
