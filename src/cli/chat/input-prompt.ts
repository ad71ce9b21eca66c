import type { Styler } from './ansi.js';
import { str, type CardElement } from './card-types.js';
import { choicesOf, inputLabel } from './elements/inputs.js';
import { checkAnswer, defaultValue } from './input-values.js';

/** Reads one answer; undefined when input ended (Ctrl-D, end of piped stdin). */
export type Ask = (question: string) => Promise<string | undefined>;

export interface PromptIO {
  ask: Ask;
  say: (text: string) => void;
  styler: Styler;
}

/** Typed at any question, stops filling in the form and presses nothing. */
export const CANCEL_WORD = '/cancel';

/**
 * Ask for each input of a card before its button is pressed, as Teams sends what was filled in:
 * Enter keeps the value shown in [brackets], required inputs are asked again until answered,
 * choice sets list numbered choices. Returns `{ [input.id]: value }` (unset inputs left out, as
 * Adaptive Cards does), or undefined when the user cancelled or the input ended.
 */
export async function promptForInputs(
  inputs: readonly CardElement[],
  io: PromptIO,
): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  const visible = inputs.filter((el) => el.isVisible !== false);
  if (visible.length) {
    io.say(
      io.styler.apply(`Fill in the card (Enter keeps [the value], ${CANCEL_WORD} stops):`, ['dim']),
    );
  }
  for (const el of inputs) {
    const id = str(el.id);
    if (!id) continue;
    if (el.isVisible === false) {
      // Hidden inputs still travel with the submit, with the value the card gave them.
      const value = defaultValue(el);
      if (value !== undefined) values[id] = value;
      continue;
    }
    if (el.type === 'Input.ChoiceSet') io.say(choiceList(el, io.styler));
    for (;;) {
      const typed = await io.ask(question(el, io.styler));
      if (typed === undefined || typed.trim() === CANCEL_WORD) return undefined;
      const answer = checkAnswer(el, typed);
      if (!answer.ok) {
        io.say(io.styler.apply(answer.problem, ['red']));
        continue;
      }
      if (answer.value !== undefined) values[id] = answer.value;
      break;
    }
  }
  return values;
}

function question(el: CardElement, styler: Styler): string {
  const label = inputLabel(el);
  const current = defaultValue(el);
  const hints: string[] = [];
  if (el.isRequired === true) hints.push('required');
  switch (el.type) {
    case 'Input.Date':
      hints.push('YYYY-MM-DD');
      break;
    case 'Input.Time':
      hints.push('HH:MM');
      break;
    case 'Input.Toggle':
      hints.push('y/n');
      break;
    case 'Input.ChoiceSet':
      hints.push(el.isMultiSelect === true ? 'numbers, comma-separated' : 'number');
      break;
    default: {
      const placeholder = str(el.placeholder);
      if (placeholder && placeholder !== label) hints.push(`e.g. ${placeholder}`);
    }
  }
  const shown = current === undefined ? '' : ` [${shownValue(el, current)}]`;
  const hint = hints.length ? styler.apply(` (${hints.join(', ')})`, ['dim']) : '';
  return `${styler.apply(label, ['bold'])}${hint}${shown}: `;
}

function shownValue(el: CardElement, value: string): string {
  if (el.type === 'Input.Toggle') return value === (str(el.valueOn) ?? 'true') ? 'y' : 'n';
  if (el.type !== 'Input.ChoiceSet') return value;
  const choices = choicesOf(el);
  const numbers = value
    .split(el.isMultiSelect === true ? ',' : '\u0000')
    .map((v) => choices.findIndex((c) => c.value === v) + 1)
    .filter((n) => n > 0);
  return numbers.length ? numbers.join(',') : value;
}

function choiceList(el: CardElement, styler: Styler): string {
  const current = new Set(
    (defaultValue(el) ?? '').split(el.isMultiSelect === true ? ',' : '\u0000'),
  );
  return choicesOf(el)
    .map((c, i) => {
      const mark = current.has(c.value) ? styler.apply(' (current)', ['dim']) : '';
      return `  ${styler.apply(`${i + 1})`, ['cyan'])} ${c.title}${mark}`;
    })
    .join('\n');
}
