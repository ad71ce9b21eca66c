import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { noContent, type PcRequest, type SandboxContext } from '../http/types.js';
import type { ReferralRecord } from '../models.js';
import { rngFor } from '../seed/rng.js';
import { DOCS } from '../store/doc-kinds.js';
import { objectAt, requireBody, stringAt } from './common.js';

type Status = ReferralRecord['status'];

/**
 * Allowed moves: accept (New → Active), decline (New → Closed/Declined), close an active one as
 * Won or Lost, or change the substatus within a state. A closed referral is final.
 */
const TRANSITIONS: Readonly<Record<Status, Partial<Record<Status, readonly string[]>>>> = {
  New: { New: ['Pending', 'Received'], Active: ['Accepted', 'Engaged'], Closed: ['Declined'] },
  Active: { Active: ['Accepted', 'Engaged'], Closed: ['Won', 'Lost'] },
  Closed: {},
};

const bad = (why: string) => new PcError(PC_ERRORS.GRAPH_INVALID_REQUEST, [why]);

function canonical(value: string, options: readonly string[]): string | undefined {
  return options.find((o) => o.toLowerCase() === value.toLowerCase());
}

export function requireReferral(sb: SandboxContext, id: string): ReferralRecord {
  const referral = sb.store.documents.get<ReferralRecord>(DOCS.referral, id.toLowerCase());
  if (!referral) throw new PcError(PC_ERRORS.GRAPH_NOT_FOUND, [`Referral ${id} was not found.`]);
  return referral;
}

/**
 * `PATCH /v1.0/engagements/referrals/{id}` (`partner-rest/develop/patch-a-referral.md`): 204 No
 * Content with the new ETag; `If-Match` with an old ETag is 412 preconditionFailed.
 */
export function updateReferral(req: PcRequest, sb: SandboxContext) {
  const current = requireReferral(sb, req.params.referralId ?? '');
  const body = requireBody(req);
  const ifMatch = req.header('If-Match')?.trim();
  if (ifMatch && ifMatch !== '*' && ifMatch.replace(/"/g, '') !== current.eTag.replace(/"/g, '')) {
    throw new PcError(PC_ERRORS.GRAPH_PRECONDITION_FAILED, [
      'The referral was changed since it was read; GET it again and retry with the new ETag.',
    ]);
  }
  const allowed = TRANSITIONS[current.status];
  if (Object.keys(allowed).length === 0)
    throw bad(`Referral ${current.id} is closed and can no longer be updated.`);
  const requestedStatus = stringAt(body, 'status');
  const status = (
    requestedStatus ? canonical(requestedStatus, ['New', 'Active', 'Closed']) : current.status
  ) as Status | undefined;
  const substatuses = status ? allowed[status] : undefined;
  if (!status || !substatuses) {
    throw bad(
      `A ${current.status} referral cannot move to "${requestedStatus}"; allowed: ${Object.keys(allowed).join(', ')}.`,
    );
  }
  const requestedSub = stringAt(body, 'substatus');
  const substatus = requestedSub
    ? canonical(requestedSub, substatuses)
    : status === current.status
      ? current.substatus
      : substatuses.length === 1
        ? substatuses[0]
        : status === 'Active'
          ? 'Accepted'
          : undefined;
  if (!substatus) {
    throw bad(`Give a substatus for status ${status}: one of ${substatuses.join(', ')}.`);
  }
  const notes = stringAt(objectAt(body, 'details'), 'notes');
  const updated: ReferralRecord = {
    ...current,
    status,
    substatus,
    details: notes === undefined ? current.details : { ...current.details, notes },
    updatedDateTime: req.now.toISOString(),
    eTag: `"${rngFor(sb.seed, 'referral-etag', current.id, req.now.toISOString(), status, substatus).guid()}"`,
  };
  sb.store.transaction(() => {
    sb.store.documents.put(DOCS.referral, updated.id, updated.createdDateTime, updated);
    sb.audit.write('referral.update', {
      resourceType: 'referral',
      operationType: 'update_referral',
      oldValue: { status: current.status, substatus: current.substatus },
      newValue: { status, substatus },
      customizedData: { ReferralId: current.id, CustomerName: current.customerProfile.name },
      at: req.now,
    });
  });
  return noContent(204, { ETag: updated.eTag });
}
