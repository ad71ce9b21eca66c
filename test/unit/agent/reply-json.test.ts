import { describe, expect, it } from 'vitest';
import { replyJson } from '../../../src/agent/reply-json.js';
import { cardAttachment, renderCard, sharedCardJson } from '../../../src/cards/render.js';

const card = () =>
  renderCard('notice', { title: 'Seats — 25 → 30', message: 'Contoso "Ltd" <b>&', actions: [] });

const reply = (...cards: object[]) => ({
  activities: cards.map((c, i) => ({
    type: 'message',
    text: i === 0 ? 'line\nbreak \u0000 and "quotes"' : undefined,
    attachments: [cardAttachment(c as never)],
    conversation: { id: 'c1' },
  })),
});

describe('replyJson', () => {
  it('when the reply carries shared cards, then the text is exactly what JSON.stringify writes', () => {
    const shared = card();
    expect(sharedCardJson(shared)).toBeDefined();
    const body = reply(shared, { type: 'AdaptiveCard', version: '1.5', body: [] }, shared);
    expect(replyJson(body)).toBe(JSON.stringify(body));
    expect(JSON.parse(replyJson(body)!)).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('when a card was drawn for one reply only (noCache), then it has no stored text and is serialized as is', () => {
    const once = renderCard(
      'notice',
      { title: 'secret', message: 'x', actions: [] },
      { noCache: true },
    );
    expect(sharedCardJson(once)).toBeUndefined();
    const body = reply(once);
    expect(replyJson(body)).toBe(JSON.stringify(body));
  });

  it('when a user types the text of a marker, then it stays text', () => {
    const body = {
      activities: [
        { type: 'message', text: '\u0000card-00000000-0000-0000-0000-000000000000\u0000' },
      ],
    };
    expect(replyJson(body)).toBe(JSON.stringify(body));
  });

  it('when there is no body, then it answers undefined as JSON.stringify does', () => {
    expect(replyJson(undefined)).toBeUndefined();
  });
});
