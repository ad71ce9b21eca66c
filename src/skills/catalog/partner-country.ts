import { isPartnerCenterError, type PartnerCenterClient } from '../../partner-center/index.js';

/** Used when neither partner profile names a country (Partner Center's own examples use US). */
export const FALLBACK_COUNTRY = 'US';

/**
 * The partner's own country, the default market of the catalog intents: read once per client
 * (one client serves the whole process) from the legal business profile's address, else the
 * organization profile's default address (`develop/get-legal-business-profile.md`,
 * `get-an-organization-profile.md`). A failed read is not remembered, so the next turn tries again.
 */
const memo = new WeakMap<PartnerCenterClient, Promise<string>>();

export function partnerCountry(
  client: PartnerCenterClient,
  options: { correlationId: string },
): Promise<string> {
  let country = memo.get(client);
  if (!country) {
    country = readCountry(client, options);
    memo.set(client, country);
    country.catch(() => memo.delete(client));
  }
  return country;
}

async function readCountry(
  client: PartnerCenterClient,
  options: { correlationId: string },
): Promise<string> {
  let firstError: unknown;
  try {
    const legal = await client.profiles.getLegalBusiness(options);
    const country = normalCountry(legal.address?.country);
    if (country) return country;
  } catch (err) {
    if (!isPartnerCenterError(err)) throw err;
    firstError = err;
  }
  try {
    // App+User only; with an app-only token the legal business profile is the one that answers.
    const organization = await client.profiles.getOrganization(options);
    return normalCountry(organization.defaultAddress?.country) ?? FALLBACK_COUNTRY;
  } catch (err) {
    throw firstError ?? err;
  }
}

function normalCountry(value: string | undefined): string | undefined {
  const country = value?.trim().toUpperCase();
  return country && /^[A-Z]{2}$/.test(country) ? country : undefined;
}
