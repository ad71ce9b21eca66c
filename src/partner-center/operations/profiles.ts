/** `client.profiles`: the partner's legal business, organization and MPN profiles. */
import {
  LegalBusinessProfileSchema,
  MpnProfileSchema,
  OrganizationProfileSchema,
} from '../models/partner-profile.js';
import type {
  LegalBusinessProfile,
  MpnProfile,
  OrganizationProfile,
} from '../models/partner-profile.js';
import { toPascalCase } from '../pascal-case.js';
import type { ApiCall, OperationOptions } from '../request-executor.js';
import { quoteEtag } from './context.js';
import type { OperationContext } from './context.js';

export interface LegalBusinessOptions extends OperationOptions {
  /** `?vettingVersion=Current` (`develop/get-legal-business-profile.md`). */
  vettingVersion?: string;
}

export interface ProfilesOperations {
  getLegalBusiness(options?: LegalBusinessOptions): Promise<LegalBusinessProfile>;
  /** PUT of the full profile (get it, change fields, send it back). */
  updateLegalBusiness(
    profile: LegalBusinessProfile,
    options?: OperationOptions,
  ): Promise<LegalBusinessProfile>;
  /** App+User. */
  getOrganization(options?: OperationOptions): Promise<OrganizationProfile>;
  /** PUT of the full profile, with `If-Match` when it carries an etag. */
  updateOrganization(
    profile: OrganizationProfile,
    options?: OperationOptions,
  ): Promise<OrganizationProfile>;
  /** The partner's own MPN (Partner ID) profile. App+User. */
  getMpn(options?: OperationOptions): Promise<MpnProfile>;
  /** Looks up another partner; 404 / code 3000 when unknown (`develop/get-partner-by-mpn-id.md`). */
  getMpnById(mpnId: string, options?: OperationOptions): Promise<MpnProfile>;
}

export function createProfilesOperations(ctx: OperationContext): ProfilesOperations {
  const { executor } = ctx;
  const get = (operation: string, path: string, query?: ApiCall['query']): ApiCall => ({
    operation,
    api: 'partnerCenter',
    method: 'GET',
    path,
    query,
  });
  const put = (
    operation: string,
    path: string,
    profile: { attributes?: { etag?: string } },
  ): ApiCall => ({
    operation,
    api: 'partnerCenter',
    method: 'PUT',
    path,
    headers: profile.attributes?.etag ? { 'If-Match': quoteEtag(profile.attributes.etag) } : {},
    body: toPascalCase(profile),
  });

  return {
    getLegalBusiness: async (options = {}) =>
      executor.sendJson(
        get('profiles.getLegalBusiness', '/profiles/legalbusiness', {
          vettingVersion: options.vettingVersion,
        }),
        LegalBusinessProfileSchema,
        options,
      ),
    updateLegalBusiness: async (profile, options) =>
      executor.sendJson(
        put('profiles.updateLegalBusiness', '/profiles/legalbusiness', profile),
        LegalBusinessProfileSchema,
        options,
      ),
    getOrganization: async (options) =>
      executor.sendJson(
        get('profiles.getOrganization', '/profiles/organization'),
        OrganizationProfileSchema,
        options,
      ),
    updateOrganization: async (profile, options) =>
      executor.sendJson(
        put('profiles.updateOrganization', '/profiles/organization', profile),
        OrganizationProfileSchema,
        options,
      ),
    getMpn: async (options) =>
      executor.sendJson(get('profiles.getMpn', '/profiles/mpn'), MpnProfileSchema, options),
    getMpnById: async (mpnId, options) => {
      if (typeof mpnId !== 'string' || mpnId.trim() === '')
        throw new TypeError('mpnId must be a non-empty string');
      return executor.sendJson(
        get('profiles.getMpnById', '/profiles/mpn', { mpnId }),
        MpnProfileSchema,
        options,
      );
    },
  };
}
