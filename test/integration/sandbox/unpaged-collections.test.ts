import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findUser,
  startTestSandbox,
  type TestSandbox,
  type WireCollection,
} from '../../helpers/sandbox.js';

const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
let sb: TestSandbox;
let woodgrove: string;
let adminId: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  woodgrove = await findCustomerId(sb.api, 'Woodgrove Bank');
  adminId = (await findUser(sb.api, woodgrove, 'chloe.tremblay@woodgrovebank.onmicrosoft.com')).id;
  // A second role, so that a one-item page would be told apart from the whole collection.
  const added = await sb.api.post(
    `/v1/customers/${woodgrove}/directoryroles/${HELPDESK_ADMIN}/usermembers`,
    { Id: adminId },
  );
  expect(added.status).toBe(201);
});
afterAll(() => sb.close());

/**
 * Subscriptions, orders, subscribed SKUs and directory roles are not paged: one collection, no
 * size parameter, no links.next (route table of `PartnerSdkConfiguration.json`,
 * partner-center-api.md §2.3).
 */
const UNPAGED: ReadonlyArray<readonly [string, (customer: string) => string]> = [
  ['subscriptions', (c) => `/v1/customers/${c}/subscriptions`],
  ['orders', (c) => `/v1/customers/${c}/orders`],
  ['subscribed SKUs', (c) => `/v1/customers/${c}/subscribedskus`],
  ['directory roles', (c) => `/v1/customers/${c}/directoryroles`],
  ['a user’s directory roles', (c) => `/v1/customers/${c}/users/${adminId}/directoryroles`],
];

describe('collections Partner Center does not page', () => {
  it.each(UNPAGED)(
    'when %s are asked for with size=1, then every item comes back in one collection with no next link',
    async (_name, path) => {
      const all = await sb.api.get<WireCollection<unknown>>(path(woodgrove));
      const sized = await sb.api.get<WireCollection<unknown>>(
        `${path(woodgrove)}?size=1&seekOperation=Next`,
      );
      expect(all.status).toBe(200);
      expect(sized.status).toBe(200);
      expect(all.body.items.length).toBeGreaterThan(1);
      expect(sized.body.items).toEqual(all.body.items);
      for (const page of [all.body, sized.body]) {
        expect(page.totalCount).toBe(page.items.length);
        expect(page.links.next).toBeUndefined();
        expect(page.continuationToken).toBeUndefined();
        expect(page.attributes.objectType).toBe('Collection');
      }
    },
  );
});
