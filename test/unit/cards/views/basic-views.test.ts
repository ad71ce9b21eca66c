import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { sayAction } from '../../../../src/cards/views/actions.js';
import { errorCard } from '../../../../src/cards/views/error.js';
import { helpCard } from '../../../../src/cards/views/help.js';
import { noticeCard } from '../../../../src/cards/views/notice.js';
import { welcomeCard } from '../../../../src/cards/views/welcome.js';
import { HELP_AREAS } from '../../../../src/skills/help-catalog.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

describe('basic cards', () => {
  it('when the welcome card is drawn, then it names the connection and offers examples as buttons', () => {
    const card = welcomeCard({
      connection: 'Partner Center sandbox',
      roleName: 'Global Admin',
      examples: ['list my customers', 'show subscriptions for Contoso Ltd'],
    });
    const result = expectValid(card);
    expect(result.text).toContain('Partner Center sandbox');
    expect(result.actions.map((a) => a.title)).toEqual([
      'list my customers',
      'show subscriptions for Contoso Ltd',
    ]);
    expect(result.actions[0]).toMatchObject({ verb: 'say', data: { text: 'list my customers' } });
  });

  it('when help is drawn for every area, then all capabilities fit in one valid card', () => {
    const result = expectValid(helpCard({ areas: [...HELP_AREAS], roleName: 'Global Admin' }));
    expect(result.text).toContain('show subscriptions for Contoso Ltd');
    expect(result.text).toContain('Global Admin');
  });

  it('when help is asked for one topic, then only that area shows, with its examples as buttons', () => {
    const result = expectValid(helpCard({ areas: [...HELP_AREAS], topic: 'subscriptions' }));
    expect(result.text).toContain('Help: Subscriptions');
    expect(result.text).not.toContain('list my customers');
    expect(result.actions.length).toBeGreaterThan(0);
  });

  it('when the role allows nothing, then help says whom to ask', () => {
    const result = expectValid(helpCard({ areas: [], roleName: 'no role' }));
    expect(result.text).toContain('role map');
  });

  it('when an error card is drawn, then it shows what to do next and the correlation id', () => {
    const result = expectValid(
      errorCard({
        title: 'Partner Center is busy',
        message: 'Partner Center asked us to slow down.',
        next: 'Try again in a minute.',
        correlationId: 'c0ffee00-0000-4000-8000-000000000001',
        serviceCode: '429',
        retry: sayAction('Try again', 'list my customers'),
      }),
    );
    expect(result.text).toContain('c0ffee00-0000-4000-8000-000000000001');
    expect(result.actions.map((a) => a.title)).toEqual(['Try again', 'Help']);
  });

  it('when a notice has no facts, then no empty fact set is drawn', () => {
    const card = noticeCard({ title: 'Nothing more', message: 'That was the last page.' });
    expectValid(card);
    expect(JSON.stringify(card)).not.toContain('FactSet');
  });
});
