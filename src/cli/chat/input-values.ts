import { isObject, str, type CardElement } from './card-types.js';
import { choicesOf, inputLabel, type Choice } from './elements/inputs.js';

/**
 * Checking one typed answer for one card input, with the rules Adaptive Card hosts apply
 * (isRequired, regex, maxLength, min/max, choices). Values are strings, as Teams sends them:
 * numbers as digits, toggles as valueOn/valueOff, multi-select choices joined with commas.
 */
export type Answer = { ok: true; value: string | undefined } | { ok: false; problem: string };

const INPUT_TYPES = new Set([
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);

/**
 * Every input a submit from this card sends: the whole card body, including containers, columns
 * and table cells, but not inside Action.ShowCard cards (those join when their card is shown).
 */
export function collectInputs(card: unknown): CardElement[] {
  const found: CardElement[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isObject(value)) return;
    if (typeof value.type === 'string' && INPUT_TYPES.has(value.type) && str(value.id)) {
      found.push(value as CardElement);
      return;
    }
    for (const key of ['body', 'items', 'columns', 'rows', 'cells']) walk(value[key]);
  };
  if (isObject(card)) walk(card.body);
  return found;
}

/** The value an input has before anyone types (what Enter keeps). */
export function defaultValue(el: CardElement): string | undefined {
  if (el.type === 'Input.Toggle') return str(el.value) ?? str(el.valueOff) ?? 'false';
  const value = str(el.value);
  return value === '' ? undefined : value;
}

export function checkAnswer(el: CardElement, typed: string): Answer {
  const text = typed.trim();
  const fallback = defaultValue(el);
  if (text === '') {
    if (fallback !== undefined) return { ok: true, value: fallback };
    if (el.isRequired === true) return problem(el, `${inputLabel(el)} is required.`);
    return { ok: true, value: undefined };
  }
  switch (el.type) {
    case 'Input.Number':
      return checkNumber(el, text);
    case 'Input.Date':
      return checkPattern(el, text, /^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
    case 'Input.Time':
      return checkPattern(el, text, /^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
    case 'Input.Toggle':
      return checkToggle(el, text);
    case 'Input.ChoiceSet':
      return checkChoice(el, text);
    default:
      return checkText(el, text);
  }
}

function problem(el: CardElement, fallback: string): Answer {
  return { ok: false, problem: str(el.errorMessage) ?? fallback };
}

function checkText(el: CardElement, text: string): Answer {
  const maxLength = Number(el.maxLength);
  if (Number.isFinite(maxLength) && maxLength > 0 && text.length > maxLength) {
    return problem(el, `At most ${maxLength} characters, please.`);
  }
  const regex = str(el.regex);
  if (regex) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(regex);
    } catch {
      pattern = undefined; // A pattern this engine cannot read is not the user's fault.
    }
    if (pattern && !pattern.test(text)) return problem(el, `The value must match ${regex}.`);
  }
  return { ok: true, value: text };
}

function checkNumber(el: CardElement, text: string): Answer {
  const n = Number(text);
  if (!/^[-+]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n)) return problem(el, 'Type a number.');
  const min = el.min === undefined ? NaN : Number(el.min);
  const max = el.max === undefined ? NaN : Number(el.max);
  if ((Number.isFinite(min) && n < min) || (Number.isFinite(max) && n > max)) {
    const range = [
      Number.isFinite(min) ? `from ${min}` : '',
      Number.isFinite(max) ? `to ${max}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return problem(el, `Type a number ${range}.`);
  }
  return { ok: true, value: String(n) };
}

function checkPattern(el: CardElement, text: string, pattern: RegExp, what: string): Answer {
  if (!pattern.test(text) || (el.type === 'Input.Date' && !isCalendarDate(text))) {
    return problem(el, `Type ${what}.`);
  }
  const min = str(el.min);
  const max = str(el.max);
  if ((min && text < min) || (max && text > max)) {
    return problem(el, `Type ${what} from ${min ?? '…'} to ${max ?? '…'}.`);
  }
  return { ok: true, value: text };
}

/** 2026-02-30 matches the pattern but is no day; Date would roll it over to March. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const YES = new Set(['y', 'yes', 'true', 'on', '1', 'x']);
const NO = new Set(['n', 'no', 'false', 'off', '0']);

function checkToggle(el: CardElement, text: string): Answer {
  const t = text.toLowerCase();
  if (YES.has(t)) return { ok: true, value: str(el.valueOn) ?? 'true' };
  if (NO.has(t)) return { ok: true, value: str(el.valueOff) ?? 'false' };
  return problem(el, 'Answer y or n.');
}

/** Choices by number (`2`, `1,3`), by title or by value, case-insensitive. */
function checkChoice(el: CardElement, text: string): Answer {
  const choices = choicesOf(el);
  // Choices loaded while typing (Data.Query typeahead) are not in the card: send what was typed.
  if (choices.length === 0) return { ok: true, value: text };
  const multi = el.isMultiSelect === true;
  const parts = multi ? text.split(/\s*,\s*/).filter(Boolean) : [text];
  const picked: Choice[] = [];
  for (const part of parts) {
    const choice = findChoice(choices, part);
    if (!choice) {
      return problem(
        el,
        `Choose ${multi ? 'numbers' : 'a number'} from 1 to ${choices.length}${multi ? ', separated by commas' : ''}.`,
      );
    }
    if (!picked.includes(choice)) picked.push(choice);
  }
  return { ok: true, value: picked.map((c) => c.value).join(',') };
}

function findChoice(choices: readonly Choice[], part: string): Choice | undefined {
  if (/^\d+$/.test(part)) {
    const byNumber = choices[Number(part) - 1];
    if (byNumber) return byNumber;
  }
  const lower = part.toLowerCase();
  return (
    choices.find((c) => c.value.toLowerCase() === lower) ??
    choices.find((c) => c.title.toLowerCase() === lower)
  );
}
