/**
 * Representative cards, shaped like the agent's views (version 1.5, Action.Execute with an
 * Action.Submit fallback), for the terminal renderer's tests.
 */
const execute = (title: string, verb: string, data: Record<string, unknown>, style?: string) => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
  ...(style ? { style } : {}),
  fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
});

const cell = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'TableCell',
  items: [{ type: 'TextBlock', text, wrap: true, ...extra }],
});

export const customerListCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Customers', size: 'Large', weight: 'Bolder' },
    { type: 'TextBlock', text: 'Showing 1–3 of 200', isSubtle: true, spacing: 'None' },
    {
      type: 'Table',
      firstRowAsHeader: true,
      columns: [{ width: 3 }, { width: 3 }, { width: 1 }],
      rows: [
        { type: 'TableRow', cells: [cell('Name'), cell('Domain'), cell('Country')] },
        {
          type: 'TableRow',
          cells: [cell('Contoso Ltd'), cell('contoso.onmicrosoft.com'), cell('US')],
        },
        {
          type: 'TableRow',
          cells: [cell('Fabrikam, Inc.'), cell('fabrikam.onmicrosoft.com'), cell('DE')],
        },
        {
          type: 'TableRow',
          cells: [cell('Northwind Traders'), cell('northwind.onmicrosoft.com'), cell('GB')],
        },
      ],
    },
  ],
  actions: [
    execute('Show more', 'more', {}),
    execute('Search customers', 'say', { text: 'search customers' }),
  ],
};

export const customerDetailsCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Contoso Ltd', size: 'Large', weight: 'Bolder' },
    {
      type: 'FactSet',
      facts: [
        { title: 'Customer ID', value: '3a1f2b4c-0000-4000-8000-000000000001' },
        { title: 'Domain', value: 'contoso.onmicrosoft.com' },
        { title: 'Relationship', value: '**Reseller**' },
        { title: 'Billing contact', value: 'Ada Lovelace <ada@contoso.com>' },
      ],
    },
  ],
  actions: [
    execute('Subscriptions', 'intent', {
      intent: 'subscriptions.list',
      entities: { customer: 'Contoso Ltd' },
    }),
    execute('Users', 'intent', { intent: 'users.list', entities: { customer: 'Contoso Ltd' } }),
    { type: 'Action.OpenUrl', title: 'Open in Partner Center', url: 'https://partner.example/c/1' },
  ],
};

export const confirmationCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Change seats?', size: 'Medium', weight: 'Bolder' },
    {
      type: 'TextBlock',
      text: 'This changes what **Contoso Ltd** is billed for.',
      color: 'Warning',
      wrap: true,
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'Subscription', value: 'Microsoft 365 E3' },
        { title: 'Seats', value: '25 → 30' },
      ],
    },
  ],
  actions: [
    execute('Confirm', 'confirm', { token: 'signed-token-1' }, 'positive'),
    execute('Cancel', 'cancel', { token: 'signed-token-1' }, 'destructive'),
  ],
};

export const createCustomerFormCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'New customer', size: 'Medium', weight: 'Bolder' },
    { type: 'Input.Text', id: 'companyName', label: 'Company name', isRequired: true },
    {
      type: 'Input.Text',
      id: 'domain',
      label: 'Domain prefix',
      placeholder: 'tailspin',
      regex: '^[a-z0-9]+$',
      errorMessage: 'Use lower-case letters and digits only.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'country',
      label: 'Country',
      value: 'US',
      choices: [
        { title: 'United States', value: 'US' },
        { title: 'Germany', value: 'DE' },
        { title: 'United Kingdom', value: 'GB' },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'products',
      label: 'Products',
      isMultiSelect: true,
      choices: [
        { title: 'Microsoft 365 E3', value: 'e3' },
        { title: 'Teams Essentials', value: 'teams' },
      ],
    },
    { type: 'Input.Number', id: 'seats', label: 'Seats', value: 10, min: 1, max: 300 },
    { type: 'Input.Date', id: 'start', label: 'Start date' },
    { type: 'Input.Toggle', id: 'notify', title: 'Email the admin', value: 'true' },
  ],
  actions: [
    execute('Create', 'submit', { token: 'form-token' }, 'positive'),
    execute('Cancel', 'cancel', { token: 'form-token' }),
  ],
};

export const usageChartCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    {
      type: 'Chart.VerticalBar',
      title: 'Azure spend by month',
      data: [
        { x: 'Jul', y: 120 },
        { x: 'Aug', y: 240 },
        { x: 'Sep', y: 60 },
      ],
      fallback: { type: 'TextBlock', text: 'FALLBACK-NOT-USED' },
    },
    {
      type: 'Chart.Donut',
      title: 'Unparseable',
      data: 'not-an-array',
      fallback: {
        type: 'FactSet',
        facts: [
          { title: 'Compute', value: '$70' },
          { title: 'Storage', value: '$30' },
        ],
      },
    },
  ],
};

export const unknownElementCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Before' },
    { type: 'Media', sources: [] },
    { type: 'Custom.Widget', fallback: { type: 'TextBlock', text: 'Widget fallback' } },
    { type: 'Custom.Dropped', fallback: 'drop' },
    { type: 'TextBlock', text: 'Hidden', isVisible: false },
    { type: 'TextBlock', text: 'After' },
  ],
};
