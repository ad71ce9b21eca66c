import { describe, expect, it } from 'vitest';
import { renderCardText } from '../../../../src/cli/chat/card-text.js';
import { stripAnsi, visibleWidth } from '../../../../src/cli/chat/ansi.js';
import {
  confirmationCard,
  createCustomerFormCard,
  customerDetailsCard,
  customerListCard,
  unknownElementCard,
  usageChartCard,
} from './cards.js';

const lines = (text: string) => text.split('\n');

describe('renderCardText', () => {
  it('when a list card has a table, then the header, a rule and aligned rows print, buttons numbered under it', () => {
    const { text, actions } = renderCardText(customerListCard, { width: 80 });
    expect(lines(text)).toEqual([
      'Customers',
      'Showing 1–3 of 200',
      '',
      'Name               Domain                     Country',
      '─────────────────  ─────────────────────────  ───────',
      'Contoso Ltd        contoso.onmicrosoft.com    US',
      'Fabrikam, Inc.     fabrikam.onmicrosoft.com   DE',
      'Northwind Traders  northwind.onmicrosoft.com  GB',
      '',
      '[1] Show more   [2] Search customers',
    ]);
    expect(actions.map((a) => [a.type, a.title, a.verb])).toEqual([
      ['Action.Execute', 'Show more', 'more'],
      ['Action.Execute', 'Search customers', 'say'],
    ]);
  });

  it('when the table is wider than the terminal, then the widest column is cut with … and every line fits', () => {
    const { text } = renderCardText(customerListCard, { width: 44 });
    for (const line of lines(text)) expect(visibleWidth(line)).toBeLessThanOrEqual(44);
    expect(text).toContain('Contoso Ltd');
    expect(text).toContain('Northwind Trade…  northwind.onmicr…  GB');
  });

  it('when even the narrowest columns do not fit, then each row prints as Header: value lines', () => {
    const { text } = renderCardText(customerListCard, { width: 20 });
    expect(text).toContain('Name: Contoso Ltd');
    expect(text).toContain('Country: US');
    for (const line of lines(text)) expect(visibleWidth(line)).toBeLessThanOrEqual(20);
  });

  it('when a details card has a FactSet, then titles are padded so the values line up, markdown stripped', () => {
    const { text, actions } = renderCardText(customerDetailsCard, { width: 80 });
    expect(text).toContain('Customer ID      3a1f2b4c-0000-4000-8000-000000000001');
    expect(text).toContain('Relationship     Reseller');
    expect(text).toContain('Billing contact  Ada Lovelace <ada@contoso.com>');
    expect(text).toContain('[1] Subscriptions   [2] Users   [3] Open in Partner Center ↗');
    expect(actions[2]).toMatchObject({
      type: 'Action.OpenUrl',
      url: 'https://partner.example/c/1',
    });
  });

  it('when a fact value is longer than the line, then it wraps under the value column', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'FactSet',
          facts: [{ title: 'Notes', value: 'one two three four five six seven eight nine ten' }],
        },
      ],
    };
    const { text } = renderCardText(card, { width: 24 });
    expect(lines(text)).toEqual([
      'Notes  one two three',
      '       four five six',
      '       seven eight nine',
      '       ten',
    ]);
  });

  it('when a confirmation card arrives, then it shows before → after and Confirm / Cancel as 1 and 2', () => {
    const { text, actions } = renderCardText(confirmationCard, { width: 80 });
    expect(text).toContain('This changes what Contoso Ltd is billed for.');
    expect(text).toContain('Seats         25 → 30');
    expect(lines(text).at(-1)).toBe('[1] Confirm   [2] Cancel');
    expect(actions.map((a) => a.verb)).toEqual(['confirm', 'cancel']);
  });

  it('when colour is on, then headings are bold, warnings yellow and a destructive button red; off, no escape codes', () => {
    const coloured = renderCardText(confirmationCard, { color: true, width: 80 }).text;
    expect(coloured).toContain('\u001b[1mChange seats?\u001b[22m');
    expect(coloured).toContain('\u001b[33mThis changes what');
    expect(coloured).toContain('\u001b[31m\u001b[1mCancel');
    expect(stripAnsi(coloured)).toBe(renderCardText(confirmationCard, { width: 80 }).text);
    expect(renderCardText(confirmationCard, { width: 80 }).text).not.toContain('\u001b[');
  });

  it('when a form has inputs, then each shows its label, required mark and current value or placeholder', () => {
    const { text } = renderCardText(createCustomerFormCard, { width: 80 });
    expect(text).toContain('Company name *: —');
    expect(text).toContain('Domain prefix: (tailspin)');
    expect(text).toContain('Country: United States');
    expect(text).toContain('  (•) United States');
    expect(text).toContain('  ( ) Germany');
    expect(text).toContain('  [ ] Teams Essentials');
    expect(text).toContain('Seats: 10');
    expect(text).toContain('[x] Email the admin');
    expect(text).toContain('[1] Create   [2] Cancel');
  });

  it('when a chart has x/y data, then it prints as bars scaled to the largest value; unusable data uses the fallback', () => {
    const { text } = renderCardText(usageChartCard, { width: 60 });
    const bars = lines(text).filter((l) => l.includes('█'));
    expect(bars).toHaveLength(3);
    const length = (label: string) =>
      (bars.find((b) => b.startsWith(label))?.match(/█+/)?.[0] ?? '').length;
    expect(length('Aug')).toBe(2 * length('Jul'));
    expect(length('Aug')).toBe(4 * length('Sep'));
    expect(text).toContain('Aug  ' + '█'.repeat(length('Aug')) + ' 240');
    expect(text).toContain('Azure spend by month');
    expect(text).not.toContain('FALLBACK-NOT-USED');
    expect(text).toContain('Compute  $70');
  });

  it('when a donut chart has legend/value data, then each legend gets a bar', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Chart.Donut',
          data: [
            { legend: 'Active', value: 30 },
            { legend: 'Suspended', value: 10 },
          ],
        },
      ],
    };
    const { text } = renderCardText(card, { width: 60 });
    expect(text).toMatch(/^Active {5}█+ 30$/m);
    expect(text).toMatch(/^Suspended {2}█+ 10$/m);
  });

  it('when an element type is unknown, then its fallback shows; without one (or with "drop") it is skipped', () => {
    const { text } = renderCardText(unknownElementCard, { width: 80 });
    expect(lines(text)).toEqual(['Before', 'Widget fallback', 'After']);
  });

  it('when containers and cells have selectActions and an ActionSet sits in the body, then they are numbered in reading order before the card actions', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Which Contoso?' },
        {
          type: 'Container',
          selectAction: {
            type: 'Action.Execute',
            title: 'Contoso Ltd',
            verb: 'intent',
            data: { id: 'a' },
          },
          items: [{ type: 'TextBlock', text: 'Contoso Ltd (contoso.onmicrosoft.com)' }],
        },
        {
          type: 'Container',
          selectAction: { type: 'Action.Execute', verb: 'intent', data: { id: 'b' } },
          items: [{ type: 'TextBlock', text: 'Contoso Pharma (contosopharma.onmicrosoft.com)' }],
        },
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.ToggleVisibility', title: 'Details', targetElements: ['x'] },
            { type: 'Action.Submit', title: 'Neither', data: { verb: 'cancel' } },
          ],
        },
      ],
      actions: [
        {
          type: 'Action.Execute',
          title: 'Search again',
          verb: 'say',
          data: { text: 'find contoso' },
        },
      ],
    };
    const { text, actions } = renderCardText(card, { width: 80 });
    expect(lines(text)).toEqual([
      'Which Contoso?',
      '',
      '[1] Contoso Ltd (contoso.onmicrosoft.com)',
      '[2] Contoso Pharma (contosopharma.onmicrosoft.com)',
      '',
      '[3] Neither',
      '',
      '[4] Search again',
    ]);
    expect(actions.map((a) => a.data)).toEqual([
      { id: 'a' },
      { id: 'b' },
      { verb: 'cancel' },
      { text: 'find contoso' },
    ]);
  });

  it('when numbering starts later (second card of a reply), then the buttons continue from there', () => {
    const { text, actions } = renderCardText(confirmationCard, { width: 80, firstNumber: 3 });
    expect(text).toContain('[3] Confirm   [4] Cancel');
    expect(actions).toHaveLength(2);
  });

  it('when a ColumnSet is short, then columns sit side by side; when long, one under the other', () => {
    const row = (left: string, right: string) => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', items: [{ type: 'TextBlock', text: left, weight: 'Bolder' }] },
        { type: 'Column', items: [{ type: 'TextBlock', text: right }] },
      ],
    });
    const short = renderCardText(
      { type: 'AdaptiveCard', body: [row('Status', 'Active')] },
      { width: 40 },
    );
    expect(short.text).toBe('Status   Active');
    const long = renderCardText(
      {
        type: 'AdaptiveCard',
        body: [row('Status', 'Suspended by the partner on request. '.repeat(2))],
      },
      { width: 40 },
    );
    expect(lines(long.text)[0]).toBe('Status');
    expect(lines(long.text)[1]).toMatch(/^Suspended by the partner/);
  });

  it('when text has markdown links, bullets, images and DATE functions, then they read as plain text', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'TextBlock',
          text: 'See [the docs](https://learn.example/x) _now_\n- first\n- second',
          wrap: true,
        },
        { type: 'TextBlock', text: 'Renews {{DATE(2026-10-01T12:00:00Z, SHORT)}}' },
        { type: 'Image', url: 'https://x/logo.png', altText: 'Contoso logo' },
      ],
    };
    const { text } = renderCardText(card, { width: 80 });
    expect(text).toContain('See the docs (https://learn.example/x) now');
    expect(text).toContain('• first\n• second');
    expect(text).toContain('Renews 2026-10-01');
    expect(text).toContain('[image: Contoso logo]');
  });

  it('when a long TextBlock arrives, then it wraps at word boundaries within the width', () => {
    const words =
      'Partner Center lets you manage customers subscriptions and licenses from one place';
    const { text } = renderCardText(
      { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: words }] },
      { width: 30 },
    );
    for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines(text).join(' ')).toBe(words);
  });

  it('when the card is not an object or has only fallbackText, then it prints what it can without throwing', () => {
    expect(renderCardText(null).text).toBe('');
    expect(
      renderCardText({ type: 'AdaptiveCard', body: 'nonsense', actions: [42] }).actions,
    ).toEqual([]);
    expect(
      renderCardText({ type: 'AdaptiveCard', body: [], fallbackText: 'Upgrade your client' }).text,
    ).toBe('Upgrade your client');
  });

  it('when an action type is unknown, then its fallback action gets the number', () => {
    const card = {
      type: 'AdaptiveCard',
      actions: [
        {
          type: 'Action.Future',
          title: 'New',
          fallback: { type: 'Action.Submit', title: 'Old', data: { v: 1 } },
        },
      ],
    };
    const { text, actions } = renderCardText(card);
    expect(text).toBe('[1] Old');
    expect(actions[0]).toMatchObject({ type: 'Action.Submit', data: { v: 1 } });
  });
});
