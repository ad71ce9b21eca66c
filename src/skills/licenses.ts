import { executeAction, VERBS } from '../cards/views/actions.js';
import { licenseCount, licenseListCard, sortLicenses } from '../cards/views/licenses.js';
import { collectAll } from '../partner-center/index.js';
import { withCustomer } from './customers/with-customer.js';
import { productHint } from './licenses/product-hint.js';
import type { AreaSkills, Skill } from './skill.js';
import { offsetToken, readOffset } from './paging/offset-token.js';

/** Rows per license card; customers rarely own more SKUs, the card pages when they do. */
export const LICENSE_PAGE_SIZE = 20;

/**
 * licenses.list: a customer's license SKUs with enabled, assigned and unassigned seats
 * (`develop/get-a-list-of-available-licenses.md`, one unpaged collection). Most unassigned first;
 * a product the user named ("how many E3 seats are unassigned") comes first with a note.
 */
export const listLicenses: Skill = (request) =>
  withCustomer(request, 'available licenses for Contoso Ltd', async ({ customer, note }) => {
    const skus = await collectAll(
      request.services.partnerCenter.subscribedSkus.list(customer.id, {
        correlationId: request.correlationId,
      }),
    );
    const counts = sortLicenses(skus.map(licenseCount));
    // "Show more" re-runs with the product in entities, so the hint survives without the text.
    const hint = productHint(
      counts.map((c) => c.name),
      request.entities.subscription,
      request.text,
    );
    const asked = hint ? hint.matches.map((i) => counts[i]).filter((c) => c !== undefined) : [];
    const ordered = [...asked, ...counts.filter((c) => !asked.includes(c))];
    const offset = readOffset(request.continuationToken);
    const shown = ordered.slice(offset, offset + LICENSE_PAGE_SIZE);
    const nextOffset = offset + shown.length;
    const hasMore = nextOffset < ordered.length;
    request.context.lastList = {
      intent: 'licenses.list',
      entities: { customer: customer.id, ...(hint ? { subscription: hint.text } : {}) },
      ...(hasMore ? { continuationToken: offsetToken(nextOffset) } : {}),
      page: Math.floor(offset / LICENSE_PAGE_SIZE) + 1,
    };
    return {
      cards: [
        licenseListCard({
          customer,
          licenses: shown,
          all: counts,
          from: offset + 1,
          ...(hint ? { asked: { text: hint.text, matches: asked } } : {}),
          ...(note ? { note } : {}),
          ...(hasMore ? { moreAction: executeAction('Show more', VERBS.more, {}) } : {}),
        }),
      ],
    };
  });

/** licenses.list. Intents without a skill here answer "not available yet". */
export const licensesSkills: AreaSkills = { 'licenses.list': listLicenses };
