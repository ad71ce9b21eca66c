import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import type { BenefitRecord } from '../models.js';
import { addDays } from '../seed/dates.js';
import { versionEtag } from '../seed/ids.js';
import { DOCS } from '../store/doc-kinds.js';
import { collection, link } from '../views/links.js';
import { param } from './common.js';

/**
 * Partner benefits. Partner Center has no documented benefits REST route
 * (partner-center-api.md §5.10); the sandbox serves the agent's shape
 * `{id, name, benefitType, status, expiryDate, …}` so the benefits skill can be built and tested.
 */
function benefitResource(b: BenefitRecord) {
  const { version, ...rest } = b;
  return {
    ...rest,
    links: {
      self: link(`/v1/benefits/${b.id}`),
      ...(b.status === 'available'
        ? { activate: link(`/v1/benefits/${b.id}/activate`, 'POST') }
        : {}),
    },
    attributes: { etag: versionEtag(b.id, version), objectType: 'Benefit' },
  };
}

function requireBenefit(req: PcRequest, sb: SandboxContext): BenefitRecord {
  const benefit = sb.store.documents.get<BenefitRecord>(
    DOCS.benefit,
    param(req, 'benefitId').toLowerCase(),
  );
  if (!benefit)
    throw new PcError(PC_ERRORS.NOT_FOUND, [`Benefit ${param(req, 'benefitId')} does not exist.`]);
  return benefit;
}

/** `GET /v1/benefits[?status=&benefitType=]` */
function listBenefits(req: PcRequest, sb: SandboxContext) {
  const status = req.query.get('status')?.toLowerCase();
  const type = (req.query.get('benefitType') ?? req.query.get('type'))?.toLowerCase();
  const items = sb.store.documents
    .list<BenefitRecord>(DOCS.benefit)
    .filter(
      (b) => (!status || b.status === status) && (!type || b.benefitType.toLowerCase() === type),
    )
    .map(benefitResource);
  return json(collection(items, req.url));
}

/** `POST /v1/benefits/{id}/activate`: available → active for a year; anything else is a 400. */
function activateBenefit(req: PcRequest, sb: SandboxContext) {
  const benefit = requireBenefit(req, sb);
  if (benefit.status === 'active') {
    throw new PcError(PC_ERRORS.ALREADY_ACTIVATED, [
      `${benefit.name} is already active until ${benefit.expiryDate ?? 'further notice'}.`,
    ]);
  }
  if (benefit.status !== 'available') {
    throw new PcError(PC_ERRORS.STATUS_TRANSITION, ['active', benefit.status]);
  }
  const activated: BenefitRecord = {
    ...benefit,
    status: 'active',
    activationDate: req.now.toISOString(),
    expiryDate: addDays(req.now, 365).toISOString(),
    version: benefit.version + 1,
  };
  sb.store.transaction(() => {
    sb.store.documents.put(DOCS.benefit, activated.id, activated.name, activated);
    sb.audit.write('benefit.activate', {
      resourceType: 'benefit',
      operationType: 'activate_benefit',
      oldValue: benefitResource(benefit),
      newValue: benefitResource(activated),
      customizedData: { BenefitId: benefit.id, BenefitName: benefit.name },
      at: req.now,
    });
  });
  return json(benefitResource(activated));
}

export const benefitRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1/benefits', handler: listBenefits },
  {
    method: 'GET',
    path: '/v1/benefits/:benefitId',
    handler: (req, sb) => json(benefitResource(requireBenefit(req, sb))),
  },
  { method: 'POST', path: '/v1/benefits/:benefitId/activate', handler: activateBenefit },
];
