import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  cardsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type Card,
  type TestActivity,
  type TestAgent,
  button,
} from '../../helpers/agent.js';
import {
  createApi,
  TEST_NOW,
  type PcApi,
  type WireCollection,
  type WireCustomer,
  customerNamed as findCustomerNamed,
} from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// users.list / show / deleted / roles and roles.list / members through the real agent (HTTP,
// expectReplies) against its embedded sandbox, checked against the sandbox's own data.
let agent: TestAgent;
let pc: PcApi;
let contoso: WireCustomer;
/** The seeded customer with the most users (Woodgrove Bank: 1,200), for the size tests. */
let largest: { customer: WireCustomer; users: WireUser[] };

const MAX_CARD_BYTES = 28 * 1024;
const DAY_MS = 86_400_000;

interface WireUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  firstName: string;
  lastName: string;
  usageLocation: string;
  state: string;
  softDeletionTime: string | null;
}

interface WireRole {
  id: string;
  name: string;
}

interface WireMember {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

function onlyCard(activities: TestActivity[], validate = true): Card {
  const cards = cardsOf(activities);
  expect(cards).toHaveLength(1);
  return checked(cards[0] as Card, validate);
}

/** Valid (adaptivecards parses it without errors), under 28 KB, every binding filled. */
function checked(card: Card | undefined, validate = true): Card {
  expect(card).toBeDefined();
  const json = JSON.stringify(card);
  expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  expect(json).not.toContain('${');
  if (validate) expect(validateCard(card as Card).errors).toEqual([]);
  return card as Card;
}

const titles = (card: Card) => actionsOf(card).map((a) => a.title);

async function all<T>(path: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  let headers: Record<string, string> = {};
  while (next) {
    const res: { status: number; body: WireCollection<T> } = await pc.get<WireCollection<T>>(next, {
      headers,
    });
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    const link = res.body.links.next;
    next = link ? `/v1/${link.uri.replace(/^\/?(v1\/)?/, '')}` : undefined;
    headers = Object.fromEntries((link?.headers ?? []).map((h) => [h.key, h.value]));
  }
  return out;
}

const users = (customerId: string) => all<WireUser>(`/v1/customers/${customerId}/users?size=500`);
const deletedFilter = encodeURIComponent(
  JSON.stringify({ Field: 'UserState', Value: 'Inactive', Operator: 'equals' }),
);
const deletedUsers = (customerId: string) =>
  all<WireUser>(`/v1/customers/${customerId}/users?size=500&filter=${deletedFilter}`);

const customerNamed = (name: string) => findCustomerNamed(pc, name);

async function roleNamed(customerId: string, name: string): Promise<WireRole> {
  const roles = await all<WireRole>(`/v1/customers/${customerId}/directoryroles`);
  const role = roles.find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role;
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
  contoso = await customerNamed('Contoso Ltd');
  const customers = await all<WireCustomer>('/v1/customers?size=500');
  const counts = await Promise.all(
    customers.map(async (customer) => ({ customer, users: await users(customer.id) })),
  );
  largest = counts.reduce((a, b) => (b.users.length > a.users.length ? b : a));
}, 120_000);
afterAll(() => agent?.close());

describe('users.list', () => {
  it('when the user lists users at Contoso Ltd, then the table shows every sandbox user with name, UPN, state and usage location', async () => {
    const card = onlyCard(await agent.conversation().say('list users at Contoso Ltd'));
    const wire = await users(contoso.id);
    expect(wire.length).toBeLessThanOrEqual(20);
    expect(textsOf(card)[0]).toBe('Users of Contoso Ltd');
    expect(textsOf(card)).toContain(`${wire.length} users`);
    const rows = tableRowsOf(card);
    expect(rows[0]).toEqual(['Name', 'User principal name', 'State', 'Location']);
    expect(rows.slice(1)).toEqual(
      wire.map((u) => [u.displayName, u.userPrincipalName, 'Active', u.usageLocation]),
    );
    // One card holds them all: no paging buttons, but the next places to go.
    expect(titles(card)).toEqual(['Deleted users', 'Directory roles']);
    expect(button(card, 'Deleted users').data).toMatchObject({
      intent: 'users.deleted',
      entities: { customer: contoso.id },
    });
  });

  it('when the customer with the most users is listed page after page, then every card holds 20 rows under 28 KB and together they are all its users', async () => {
    expect(largest.customer.companyProfile.companyName).toBe('Woodgrove Bank');
    expect(largest.users.length).toBeGreaterThanOrEqual(500);
    const chat = agent.conversation();
    const first = onlyCard(await chat.say('users of woodgrove bank'));
    expect(textsOf(first)).toContain('1–20, more available');
    expect(titles(first)).toEqual([
      'Show more',
      'Download CSV',
      'Deleted users',
      'Directory roles',
    ]);
    const shown = tableRowsOf(first).slice(1);
    let card = first;
    for (let page = 2; titles(card).includes('Show more'); page++) {
      // Every page is checked for size; the (slow) full validation runs on every tenth.
      card = onlyCard(await chat.say('show more'), page % 10 === 0);
      const rows = tableRowsOf(card).slice(1);
      expect(rows.length).toBeLessThanOrEqual(20);
      expect(textsOf(card)[1]).toMatch(new RegExp(`^${(page - 1) * 20 + 1}–`));
      shown.push(...rows);
    }
    expect(shown).toEqual(
      largest.users.map((u) => [u.displayName, u.userPrincipalName, 'Active', u.usageLocation]),
    );
    expect(textsOf(onlyCard(await chat.say('show more')))[0]).toBe('That was everything');
  }, 120_000);

  it('when "Download CSV" of the largest customer\'s users is opened, then every user arrives as one CSV line', async () => {
    const card = onlyCard(await agent.conversation().say('users of woodgrove bank'));
    const link = actionsOf(card).find((a) => a.title === 'Download CSV') as unknown as {
      type: string;
      url: string;
    };
    expect(link.type).toBe('Action.OpenUrl');
    const res = await fetch(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="users-woodgrove-bank.csv"',
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Display name,User principal name,First name,Last name,State,Usage location,User id',
    );
    expect(lines).toHaveLength(largest.users.length + 1);
    const u = largest.users[0]!;
    expect(lines[1]).toBe(
      [
        u.displayName,
        u.userPrincipalName,
        u.firstName,
        u.lastName,
        'active',
        u.usageLocation,
        u.id,
      ].join(','),
    );
  });

  it('when "Show more" is pressed, then the invoke answer is the next 20 users', async () => {
    const chat = agent.conversation();
    const first = onlyCard(await chat.say('users of woodgrove bank'));
    const pressed = await chat.press(button(first, 'Show more'));
    expect(pressed.status).toBe(200);
    const next = checked(pressed.body.value);
    expect(tableRowsOf(next).slice(1)[0]?.[1]).toBe(largest.users[20]?.userPrincipalName);
  });

  it('when the user shows Contoso Ltd and then asks "and its users?", then the users of Contoso Ltd come from context', async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show customer Contoso Ltd'));
    const card = onlyCard(await chat.say('and its users?'));
    expect(textsOf(card)[0]).toBe('Users of Contoso Ltd');
  });
});

describe('users.show', () => {
  it("when a user is shown without a customer, then the UPN domain finds the customer and the facts are the sandbox's", async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('show user megan.bowen@contoso.onmicrosoft.com'));
    const megan = (await users(contoso.id)).find(
      (u) => u.userPrincipalName === 'megan.bowen@contoso.onmicrosoft.com',
    )!;
    const wire = (await pc.get<WireUser>(`/v1/customers/${contoso.id}/users/${megan.id}`)).body;
    const texts = textsOf(card);
    expect(texts[0]).toBe(wire.displayName);
    expect(texts).toEqual(
      expect.arrayContaining([
        `Display name: ${wire.displayName}`,
        `User principal name: ${wire.userPrincipalName}`,
        `First name: ${wire.firstName}`,
        `Last name: ${wire.lastName}`,
        `Usage location: ${wire.usageLocation}`,
        'State: Active',
        'Customer: Contoso Ltd',
        `User id: ${wire.id}`,
      ]),
    );
    expect(titles(card)).toEqual(['Roles', 'Users']);
    expect(button(card, 'Roles').data).toMatchObject({
      intent: 'users.roles',
      entities: { user: wire.userPrincipalName, customer: contoso.id },
    });
    expect(button(card, 'Users').data).toMatchObject({
      intent: 'users.list',
      entities: { customer: contoso.id },
    });
    // The customer found by domain is now the context.
    expect(textsOf(onlyCard(await chat.say('and its users?')))[0]).toBe('Users of Contoso Ltd');
  });

  it('when "Roles" is pressed on a user card, then the roles of that user come back', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('show user alex.wilber@contoso.onmicrosoft.com'));
    const pressed = await chat.press(button(card, 'Roles'));
    expect(pressed.status).toBe(200);
    expect(textsOf(checked(pressed.body.value))[0]).toBe('Directory roles of Alex Wilber');
  });

  it('when a deleted user is shown, then the card says when it was deleted and until when it can be restored', async () => {
    const deleted = (await deletedUsers(contoso.id)).find((u) =>
      u.userPrincipalName.startsWith('johanna.lorenz@'),
    )!;
    const card = onlyCard(
      await agent.conversation().say(`show user ${deleted.userPrincipalName} at Contoso Ltd`),
    );
    const until = new Date(new Date(deleted.softDeletionTime!).getTime() + 30 * DAY_MS);
    const texts = textsOf(card);
    expect(texts).toContain('State: Inactive (deleted)');
    expect(texts).toContain(`Deleted on: ${deleted.softDeletionTime!.slice(0, 10)}`);
    // Deleted 10 days before TEST_NOW: 20 of its 30 days are left.
    expect(texts).toContain(`Restorable until: ${until.toISOString().slice(0, 10)} (20 days)`);
    expect(titles(card)).toEqual(['Roles', 'Users', 'Deleted users']);
  });

  it('when the UPN matches no user, then users whose name starts like it are offered', async () => {
    const card = onlyCard(
      await agent.conversation().say('show user megan@contoso.onmicrosoft.com'),
    );
    expect(textsOf(card)[0]).toBe('No user "megan@contoso.onmicrosoft.com" at Contoso Ltd');
    expect(button(card, 'Megan Bowen').data).toMatchObject({
      intent: 'users.show',
      entities: { user: 'megan.bowen@contoso.onmicrosoft.com', customer: contoso.id },
    });
  });

  it("when no customer is named or in context and the domain is no customer's, then the agent asks which customer", async () => {
    const card = onlyCard(await agent.conversation().say('show user jane@nowhere-at-all.example'));
    expect(textsOf(card)[0]).toBe('Which customer?');
    expect(textsOf(card)[1]).toContain('No customer has the domain nowhere-at-all.example');
  });

  it('when the UPN has a custom domain, then its first label finds the customer and the closest user is offered', async () => {
    const card = onlyCard(
      await agent.conversation().say('show user chloe.tremblay@woodgrovebank.com'),
    );
    expect(textsOf(card)[0]).toBe('No user "chloe.tremblay@woodgrovebank.com" at Woodgrove Bank');
    expect(titles(card)).toContain('Chloe Tremblay');
  });
});

describe('users.deleted', () => {
  it('when deleted users at Contoso Ltd are listed, then the soonest to expire come first with their days left, the urgent ones highlighted', async () => {
    const card = onlyCard(await agent.conversation().say('show deleted users at Contoso Ltd'));
    const wire = await deletedUsers(contoso.id);
    const daysLeft = (u: WireUser) =>
      Math.round(
        (Date.parse(u.softDeletionTime!.slice(0, 10)) +
          30 * DAY_MS -
          Date.parse(TEST_NOW.toISOString().slice(0, 10))) /
          DAY_MS,
      );
    const expected = [...wire]
      .sort((a, b) => daysLeft(a) - daysLeft(b))
      .map((u) => {
        const d = daysLeft(u);
        return [
          u.displayName,
          u.userPrincipalName,
          u.softDeletionTime!.slice(0, 10),
          d < 0 ? 'Expired' : `${d} days`,
        ];
      });
    const restorable = expected.filter((r) => r[3] !== 'Expired');
    const expired = expected.filter((r) => r[3] === 'Expired');
    const rows = tableRowsOf(card);
    expect(rows[0]).toEqual(['Name', 'User principal name', 'Deleted', 'Days left']);
    expect(rows.slice(1)).toEqual([...restorable, ...expired]);
    // Seed: Joni Sherman 25 days ago (5 left), Johanna Lorenz 10 (20 left), Isaiah Langer 45.
    expect(rows.slice(1).map((r) => r[3])).toEqual(['5 days', '20 days', 'Expired']);
    expect(textsOf(card)[1]).toBe('3 deleted users, 1 with 7 days or less to restore');
    const urgent = JSON.stringify(card).match(/"text":"5 days","color":"Attention"/g);
    expect(urgent).toHaveLength(1);
    expect(JSON.stringify(card)).toMatch(/"text":"20 days","color":"Default"/);
    expect(titles(card)).toEqual(['Active users']);
  });

  it('when a customer has no deleted users, then the card says so', async () => {
    const card = onlyCard(
      await agent.conversation().say('show deleted users at Northwind Traders'),
    );
    expect(await deletedUsers((await customerNamed('Northwind Traders')).id)).toEqual([]);
    expect(textsOf(card)).toContain('Northwind Traders has no deleted users.');
  });
});

describe('users.roles', () => {
  it('when the roles of a user are asked, then the card lists the roles the sandbox gives that user', async () => {
    const card = onlyCard(
      await agent.conversation().say('what roles does alex.wilber@contoso.onmicrosoft.com have'),
    );
    const alex = (await users(contoso.id)).find((u) =>
      u.userPrincipalName.startsWith('alex.wilber@'),
    )!;
    const wire = await all<WireRole>(`/v1/customers/${contoso.id}/users/${alex.id}/directoryroles`);
    expect(wire.length).toBeGreaterThan(0);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Directory roles of Alex Wilber');
    for (const role of wire) expect(texts).toContain(role.name);
    const members = actionsOf(card).filter((a) => a.title === 'Members');
    expect(members.map((a) => a.data)).toEqual(
      wire.map((r) => ({
        intent: 'roles.members',
        entities: { role: r.name, customer: contoso.id },
      })),
    );
    expect(titles(card)).toContain('User details');
  });

  it('when a user holds no role, then the card says so', async () => {
    const card = onlyCard(
      await agent.conversation().say('roles of lee.gu@contoso.onmicrosoft.com'),
    );
    expect(textsOf(card)).toContain('Lee Gu holds no directory role: a regular user.');
  });
});

describe('roles.list', () => {
  it('when directory roles for Contoso Ltd are listed, then each sandbox role appears with its description and a Members button', async () => {
    const card = onlyCard(await agent.conversation().say('list directory roles for Contoso Ltd'));
    const wire = await all<WireRole>(`/v1/customers/${contoso.id}/directoryroles`);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Directory roles of Contoso Ltd');
    expect(texts).toContain(`${wire.length} roles`);
    for (const role of wire) expect(texts).toContain(role.name);
    expect(texts).toContain(
      'Can manage all aspects of the tenant and the Microsoft services that use it.',
    );
    expect(actionsOf(card).filter((a) => a.title === 'Members')).toHaveLength(wire.length);
    // The most powerful role first.
    expect(texts[2]).toBe('Global Administrator');
  });

  it('when "Members" of Global Administrator is pressed, then its members come back', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('list directory roles for Contoso Ltd'));
    const members = actionsOf(card).find(
      (a) =>
        a.title === 'Members' &&
        (a.data?.entities as { role?: string } | undefined)?.role === 'Global Administrator',
    )!;
    const pressed = await chat.press(members);
    expect(pressed.status).toBe(200);
    expect(textsOf(checked(pressed.body.value))[0]).toBe('Global Administrator at Contoso Ltd');
  });
});

describe('roles.members', () => {
  it('when "who is global admin at Contoso Ltd?" is asked, then the Global Administrator members are the sandbox\'s', async () => {
    const card = onlyCard(await agent.conversation().say('who is global admin at Contoso Ltd?'));
    const role = await roleNamed(contoso.id, 'Global Administrator');
    const wire = await all<WireMember>(
      `/v1/customers/${contoso.id}/directoryroles/${role.id}/usermembers`,
    );
    expect(wire.length).toBeGreaterThan(0);
    expect(textsOf(card)[0]).toBe('Global Administrator at Contoso Ltd');
    expect(tableRowsOf(card)).toEqual([
      ['Name', 'User principal name'],
      ...wire.map((m) => [m.displayName, m.userPrincipalName]),
    ]);
    expect(titles(card)).toEqual(['Directory roles', 'Users']);
  });

  it('when the role has no members at the customer, then the card says no one holds it', async () => {
    const card = onlyCard(
      await agent.conversation().say('who are the sharepoint admins at Woodgrove Bank'),
    );
    const woodgrove = largest.customer;
    const role = await roleNamed(woodgrove.id, 'SharePoint Administrator');
    expect(
      await all<WireMember>(`/v1/customers/${woodgrove.id}/directoryroles/${role.id}/usermembers`),
    ).toEqual([]);
    expect(textsOf(card)).toContain('No one at Woodgrove Bank is a SharePoint Administrator.');
  });

  it('when the customer is ambiguous, then the choice re-runs the role question for the chosen customer', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('who is global admin at Contoso?'));
    expect(textsOf(card)[0]).toBe('Which customer do you mean by "Contoso"?');
    const pressed = await chat.press(button(card, 'Contoso Ltd (contoso.onmicrosoft.com)'));
    expect(textsOf(checked(pressed.body.value))[0]).toBe('Global Administrator at Contoso Ltd');
  });
});
