import { describe, expect, it } from 'vitest';
import { createStyler } from '../../../../src/cli/chat/ansi.js';
import { promptForInputs } from '../../../../src/cli/chat/input-prompt.js';
import { checkAnswer, collectInputs } from '../../../../src/cli/chat/input-values.js';
import { createCustomerFormCard } from './cards.js';

/** Answers the questions in order, recording what was asked and said. */
function scripted(answers: Array<string | undefined>) {
  const asked: string[] = [];
  const said: string[] = [];
  let i = 0;
  return {
    asked,
    said,
    io: {
      ask: async (question: string) => {
        asked.push(question);
        return answers[i++];
      },
      say: (text: string) => void said.push(text),
      styler: createStyler(false),
    },
  };
}

const inputs = collectInputs(createCustomerFormCard);

describe('collectInputs', () => {
  it('when inputs sit in containers, columns and table cells, then all are found in order, ShowCard inputs left out', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'Input.Text', id: 'a' },
        { type: 'Container', items: [{ type: 'Input.Number', id: 'b' }] },
        {
          type: 'ColumnSet',
          columns: [{ type: 'Column', items: [{ type: 'Input.Date', id: 'c' }] }],
        },
        {
          type: 'Table',
          rows: [
            {
              type: 'TableRow',
              cells: [{ type: 'TableCell', items: [{ type: 'Input.Toggle', id: 'd' }] }],
            },
          ],
        },
        { type: 'Input.Text' },
      ],
      actions: [
        {
          type: 'Action.ShowCard',
          card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'e' }] },
        },
      ],
    };
    expect(collectInputs(card).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('promptForInputs', () => {
  it('when every input is answered (by number, default, y/n), then the values come back as Teams sends them: strings keyed by id', async () => {
    const s = scripted(['Tailspin Toys', 'tailspin', '2', '1, 2', '', '2026-10-01', 'n']);
    const values = await promptForInputs(inputs, s.io);
    expect(values).toEqual({
      companyName: 'Tailspin Toys',
      domain: 'tailspin',
      country: 'DE',
      products: 'e3,teams',
      seats: '10',
      start: '2026-10-01',
      notify: 'false',
    });
    expect(s.asked).toEqual([
      'Company name (required): ',
      'Domain prefix (e.g. tailspin): ',
      'Country (number) [1]: ',
      'Products (numbers, comma-separated): ',
      'Seats [10]: ',
      'Start date (YYYY-MM-DD): ',
      'Email the admin (y/n) [y]: ',
    ]);
    expect(s.said).toContain('  1) United States (current)\n  2) Germany\n  3) United Kingdom');
  });

  it('when a required input is left empty or an answer breaks a rule, then the problem is said and the question asked again', async () => {
    const s = scripted([
      '',
      'Tailspin',
      'Bad Domain',
      'tailspin',
      '9',
      'germany',
      '',
      '0',
      '7',
      '2026-02-30',
      '',
      '',
    ]);
    const values = await promptForInputs(inputs, s.io);
    expect(values).toMatchObject({
      companyName: 'Tailspin',
      domain: 'tailspin',
      country: 'DE',
      seats: '7',
      notify: 'true',
    });
    expect(values).not.toHaveProperty('start');
    expect(values).not.toHaveProperty('products');
    expect(s.said).toEqual(
      expect.arrayContaining([
        'Company name is required.',
        'Use lower-case letters and digits only.',
        'Choose a number from 1 to 3.',
        'Type a number from 1 to 300.',
        'Type a date as YYYY-MM-DD.',
      ]),
    );
    expect(s.asked.filter((q) => q.startsWith('Company name'))).toHaveLength(2);
  });

  it('when the user types /cancel or input ends, then nothing is returned (the button is not pressed)', async () => {
    expect(await promptForInputs(inputs, scripted(['Tailspin', '/cancel']).io)).toBeUndefined();
    expect(await promptForInputs(inputs, scripted(['Tailspin']).io)).toBeUndefined();
  });

  it('when an input is hidden, then it is not asked but its value is sent', async () => {
    const hidden = [
      { type: 'Input.Text', id: 'token', value: 'abc', isVisible: false },
      { type: 'Input.Text', id: 'name' },
    ];
    const s = scripted(['Ada']);
    expect(await promptForInputs(hidden, s.io)).toEqual({ token: 'abc', name: 'Ada' });
    expect(s.asked).toEqual(['name: ']);
  });
});

describe('checkAnswer', () => {
  it('when a choice is typed by title or value, then it is accepted case-insensitively', () => {
    const country = inputs.find((i) => i.id === 'country')!;
    expect(checkAnswer(country, 'united kingdom')).toEqual({ ok: true, value: 'GB' });
    expect(checkAnswer(country, 'de')).toEqual({ ok: true, value: 'DE' });
  });

  it('when a choice set has no choices in the card (typeahead), then the typed text is sent', () => {
    const typeahead = {
      type: 'Input.ChoiceSet',
      id: 'c',
      choices: [],
      'choices.data': { type: 'Data.Query' },
    };
    expect(checkAnswer(typeahead, 'Contoso')).toEqual({ ok: true, value: 'Contoso' });
  });

  it('when a toggle has custom on/off values, then y and n map to them', () => {
    const toggle = { type: 'Input.Toggle', id: 't', valueOn: 'yes-please', valueOff: 'no-thanks' };
    expect(checkAnswer(toggle, 'y')).toEqual({ ok: true, value: 'yes-please' });
    expect(checkAnswer(toggle, 'no')).toEqual({ ok: true, value: 'no-thanks' });
    expect(checkAnswer(toggle, 'maybe').ok).toBe(false);
  });

  it('when a text is longer than maxLength or a time is malformed, then it is refused', () => {
    expect(checkAnswer({ type: 'Input.Text', id: 'x', maxLength: 3 }, 'abcd').ok).toBe(false);
    expect(checkAnswer({ type: 'Input.Time', id: 't' }, '25:00').ok).toBe(false);
    expect(checkAnswer({ type: 'Input.Time', id: 't' }, '09:30')).toEqual({
      ok: true,
      value: '09:30',
    });
  });
});
