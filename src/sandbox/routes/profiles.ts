import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import type { PartnerProfileRecord } from '../models.js';
import { numericEtag } from '../seed/ids.js';
import { KNOWN_MPN_IDS } from '../seed/partner-seed.js';
import { DOCS } from '../store/doc-kinds.js';
import { link } from '../views/links.js';
import { mergeAddress, objectAt, requireBody, requireEtag, stringAt } from './common.js';

/** `GET /v1/profiles/legalbusiness` (legalbusiness-profile.json). */
function legalBusiness(p: PartnerProfileRecord) {
  const { firstName: _f, lastName: _l, phoneNumber: _p, ...approverAddress } = p.address;
  return {
    companyName: p.companyName,
    address: p.address,
    primaryContact: p.primaryContact,
    companyApproverAddress: approverAddress,
    companyApproverEmail: p.primaryContact.email,
    vettingStatus: 'authorized',
    vettingSubStatus: 'none',
    profileType: 'LegalBusinessProfile',
    links: { self: link('/v1/profiles/legalbusiness') },
    attributes: { objectType: 'LegalBusinessProfile' },
  };
}

const organizationEtag = (p: PartnerProfileRecord) =>
  numericEtag(p.organizationId, p.organizationVersion);

/** `GET /v1/profiles/organization` (organization-profile.json). */
function organization(p: PartnerProfileRecord) {
  return {
    id: p.organizationId,
    companyName: p.companyName,
    defaultAddress: p.address,
    tenantId: p.partnerId,
    domain: p.domain,
    email: p.email,
    language: p.language,
    culture: p.culture,
    profileType: 'OrganizationProfile',
    links: { self: link('/v1/profiles/organization') },
    attributes: { etag: organizationEtag(p), objectType: 'OrganizationProfile' },
  };
}

function save(
  sb: SandboxContext,
  req: PcRequest,
  kind: string,
  operation: string,
  before: PartnerProfileRecord,
  after: PartnerProfileRecord,
  view: unknown,
) {
  sb.store.transaction(() => {
    sb.store.documents.put(DOCS.partner, 'partner', '', after);
    sb.audit.write(kind, {
      resourceType: 'partnerProfile',
      operationType: operation,
      oldValue: before,
      newValue: view,
      at: req.now,
    });
  });
}

/** `PUT /v1/profiles/legalbusiness`: company name, address and primary contact (`develop/update-legal-business-profile.md`). */
function updateLegalBusiness(req: PcRequest, sb: SandboxContext) {
  const body = requireBody(req);
  const before = sb.partner();
  const contactPatch = objectAt(body, 'primaryContact');
  const contact = { ...before.primaryContact };
  for (const key of ['firstName', 'lastName', 'email', 'phoneNumber'] as const) {
    const value = stringAt(contactPatch, key);
    if (value !== undefined) contact[key] = value;
  }
  const after: PartnerProfileRecord = {
    ...before,
    companyName: stringAt(body, 'companyName') || before.companyName,
    address: mergeAddress(before.address, objectAt(body, 'address'), 'partner address'),
    primaryContact: contact,
  };
  save(
    sb,
    req,
    'legalBusinessProfile.update',
    'update_legal_business_profile',
    before,
    after,
    legalBusiness(after),
  );
  return json(legalBusiness(after));
}

/** `PUT /v1/profiles/organization` with its ETag (`develop/update-an-organization-profile.md`). */
function updateOrganization(req: PcRequest, sb: SandboxContext) {
  const body = requireBody(req);
  const before = sb.partner();
  requireEtag(req, organizationEtag(before), 'organization profile');
  const after: PartnerProfileRecord = {
    ...before,
    companyName: stringAt(body, 'companyName') || before.companyName,
    email: stringAt(body, 'email') || before.email,
    language: stringAt(body, 'language') || before.language,
    culture: stringAt(body, 'culture') || before.culture,
    address: mergeAddress(before.address, objectAt(body, 'defaultAddress'), 'partner address'),
    organizationVersion: before.organizationVersion + 1,
  };
  save(
    sb,
    req,
    'organizationProfile.update',
    'update_organization_profile',
    before,
    after,
    organization(after),
  );
  return json(organization(after));
}

export const profileRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/v1/profiles/legalbusiness',
    handler: (_req, sb) => json(legalBusiness(sb.partner())),
  },
  { method: 'PUT', path: '/v1/profiles/legalbusiness', handler: updateLegalBusiness },
  {
    method: 'GET',
    path: '/v1/profiles/organization',
    handler: (_req, sb) => json(organization(sb.partner())),
  },
  { method: 'PUT', path: '/v1/profiles/organization', handler: updateOrganization },
  {
    // develop/get-partner-network-profile.md, get-partner-by-mpn-id.md (404 / 3000 when unknown).
    method: 'GET',
    path: '/v1/profiles/mpn',
    handler: (req, sb) => {
      const mpnId = req.query.get('mpnId')?.trim() || sb.partner().mpnId;
      if (!KNOWN_MPN_IDS.includes(mpnId)) throw new PcError(PC_ERRORS.MPN_NOT_FOUND, [mpnId]);
      return json({
        mpnId,
        profileType: 'MpnProfile',
        links: { self: link('/v1/profiles/mpn') },
        attributes: { objectType: 'MpnProfile' },
      });
    },
  },
];
