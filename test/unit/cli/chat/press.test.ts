import { describe, expect, it } from 'vitest';
import {
  invokeActivity,
  messageActivity,
  conversationUpdateActivity,
} from '../../../../src/cli/chat/activities.js';
import { needsInputs, planPress } from '../../../../src/cli/chat/press.js';
import type { CardAction } from '../../../../src/cli/chat/card-types.js';

const ref = {
  identity: {
    userId: 'u1',
    userName: 'Ada',
    upn: 'ada@partner.example',
    aadObjectId: 'oid-1',
    tenantId: 't-1',
  },
  conversationId: 'conv-1',
  newId: () => 'act-1',
  now: () => new Date('2026-09-01T10:00:00Z'),
};

describe('planPress', () => {
  it('when an Action.Execute is pressed, then it becomes an invoke with the inputs merged into data', () => {
    const action: CardAction = { type: 'Action.Execute', verb: 'submit', data: { token: 't' } };
    expect(planPress(action, { companyName: 'Tailspin' })).toEqual({
      kind: 'invoke',
      verb: 'submit',
      data: { token: 't', companyName: 'Tailspin' },
    });
    expect(planPress({ type: 'Action.Execute', verb: 'more' })).toEqual({
      kind: 'invoke',
      verb: 'more',
      data: {},
    });
  });

  it('when an Action.Submit is pressed, then it becomes a message whose value is data plus the inputs', () => {
    const action: CardAction = { type: 'Action.Submit', data: { verb: 'confirm', token: 't' } };
    expect(planPress(action, { note: 'ok' })).toEqual({
      kind: 'message',
      value: { verb: 'confirm', token: 't', note: 'ok' },
    });
  });

  it('when Action.Submit data is a string or asks for imBack/messageBack, then text is sent as Teams does', () => {
    expect(planPress({ type: 'Action.Submit', data: 'show more' })).toEqual({
      kind: 'message',
      text: 'show more',
    });
    expect(
      planPress({ type: 'Action.Submit', data: { msteams: { type: 'imBack', value: 'yes' } } }),
    ).toEqual({
      kind: 'message',
      text: 'yes',
    });
    expect(
      planPress(
        {
          type: 'Action.Submit',
          data: { msteams: { type: 'messageBack', text: 'go', value: { a: 1 } } },
        },
        { b: '2' },
      ),
    ).toEqual({ kind: 'message', text: 'go', value: { a: 1, b: '2' } });
  });

  it('when a link, a show-card or a quick reply is pressed, then the URL, the card or the text comes back', () => {
    expect(planPress({ type: 'Action.OpenUrl', url: 'https://x.example' })).toEqual({
      kind: 'open-url',
      url: 'https://x.example',
    });
    const card = { type: 'AdaptiveCard', body: [] };
    expect(planPress({ type: 'Action.ShowCard', card })).toEqual({ kind: 'show-card', card });
    expect(planPress({ type: 'imBack', title: 'Yes', value: 'yes' })).toEqual({
      kind: 'message',
      text: 'yes',
    });
    expect(planPress({ type: 'Action.ShowCard' }).kind).toBe('none');
  });

  it('when the card has inputs, then Execute and Submit ask for them unless associatedInputs is none', () => {
    const inputs = [{ type: 'Input.Text', id: 'x' }];
    expect(needsInputs({ action: { type: 'Action.Execute', verb: 'v' }, inputs })).toBe(true);
    expect(needsInputs({ action: { type: 'Action.Submit', data: {} }, inputs })).toBe(true);
    expect(
      needsInputs({
        action: { type: 'Action.Execute', verb: 'v', associatedInputs: 'none' },
        inputs,
      }),
    ).toBe(false);
    expect(needsInputs({ action: { type: 'Action.OpenUrl', url: 'u' }, inputs })).toBe(false);
    expect(needsInputs({ action: { type: 'Action.Execute', verb: 'v' }, inputs: [] })).toBe(false);
  });
});

describe('activities', () => {
  it('when a message is built, then it is an expectReplies emulator activity from the user to the agent', () => {
    const a = messageActivity(ref, { text: 'list customers' });
    expect(a).toMatchObject({
      type: 'message',
      id: 'act-1',
      text: 'list customers',
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      locale: 'en-US',
      timestamp: '2026-09-01T10:00:00.000Z',
      from: {
        id: 'u1',
        name: 'Ada',
        aadObjectId: 'oid-1',
        properties: { upn: 'ada@partner.example' },
      },
      recipient: { id: 'partner-center-agent', name: 'Partner Center' },
      conversation: { id: 'conv-1', conversationType: 'personal', tenantId: 't-1' },
    });
    expect(a).not.toHaveProperty('value');
  });

  it('when a submit is built, then the message has no text and carries the value', () => {
    const a = messageActivity(ref, { value: { verb: 'confirm' } });
    expect(a).not.toHaveProperty('text');
    expect(a.value).toEqual({ verb: 'confirm' });
  });

  it('when an invoke is built, then it is adaptiveCard/action without expectReplies and names the card message', () => {
    const a = invokeActivity(ref, { verb: 'more', data: { page: 2 }, replyToId: 'card-msg' });
    expect(a).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'more', data: { page: 2 } },
        trigger: 'manual',
      },
      replyToId: 'card-msg',
      conversation: { id: 'conv-1' },
    });
    expect(a).not.toHaveProperty('deliveryMode');
  });

  it('when the conversation starts, then the user and the agent are added', () => {
    const a = conversationUpdateActivity(ref);
    expect(a).toMatchObject({ type: 'conversationUpdate', deliveryMode: 'expectReplies' });
    expect((a.membersAdded as Array<{ id: string }>).map((m) => m.id)).toEqual([
      'u1',
      'partner-center-agent',
    ]);
  });
});
