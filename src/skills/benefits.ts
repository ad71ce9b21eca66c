import { benefitListCard, benefitsNotConfiguredCard } from '../cards/views/benefits.js';
import { benefitTypeLabel, daysToExpiry } from '../cards/views/benefits.js';
import { formatDate } from '../cards/views/format.js';
import { collectAll, hasErrorCode, type Benefit } from '../partner-center/index.js';
import { pageLocally, rowsOf } from './catalog/local-page.js';
import type { Exporter, ExportRequest } from './exports.js';
import type { AreaSkills, Skill } from './skill.js';
import { compareText } from '../shared/compare.js';

/** Rows per benefits card. */
export const BENEFIT_PAGE_SIZE = 20;

/** In use first, then the ones to activate, then the ended ones. */
const STATUS_ORDER = ['active', 'available', 'inactive', 'expired'];

/**
 * Every benefit, filtered and sorted here. The client's benefits endpoint (Partner Center
 * documents none, operations/benefits.ts) takes no filters, and the list is short.
 */
async function matchingBenefits(
  request: Pick<ExportRequest, 'entities' | 'services' | 'correlationId'>,
): Promise<Benefit[]> {
  const all = await collectAll(
    request.services.partnerCenter.benefits.list({ correlationId: request.correlationId }),
  );
  const status = request.entities.status?.toLowerCase();
  const type = request.entities.benefitType?.toLowerCase();
  const rank = (b: Benefit) => {
    const i = STATUS_ORDER.indexOf(b.status ?? '');
    return i === -1 ? STATUS_ORDER.length : i;
  };
  const expiry = (b: Benefit) => (b.expiryDate ? Date.parse(b.expiryDate) || Infinity : Infinity);
  return all
    .filter(
      (b) =>
        (!status || b.status?.toLowerCase() === status) &&
        (!type || b.benefitType?.toLowerCase() === type),
    )
    .sort(
      (a, b) =>
        rank(a) - rank(b) || expiry(a) - expiry(b) || compareText(a.name ?? a.id, b.name ?? b.id),
    );
}

/** benefits.list: name, type, status and days to expiry, optionally of one status and type. */
const listBenefits: Skill = async (request) => {
  if (!request.services.partnerCenter.benefits.available) {
    return { cards: [benefitsNotConfiguredCard()] };
  }
  let matching: Benefit[];
  try {
    matching = await matchingBenefits(request);
  } catch (err) {
    if (hasErrorCode(err, 'PC_BENEFITS_NOT_CONFIGURED')) {
      return { cards: [benefitsNotConfiguredCard()] };
    }
    throw err;
  }
  const page = pageLocally(request, matching, BENEFIT_PAGE_SIZE, request.entities);
  const { status, benefitType } = request.entities;
  return {
    cards: [
      benefitListCard({
        benefits: page.items,
        matching,
        from: page.from,
        now: request.services.now(),
        ...(status ? { status } : {}),
        ...(benefitType ? { benefitType } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
      }),
    ],
  };
};

export const benefitsSkills: AreaSkills = { 'benefits.list': listBenefits };

/** "Download CSV" of benefits.list: the same filter and order as the cards, every row. */
export const benefitsExports: Record<'benefits.list', Exporter> = {
  'benefits.list': async (request) => {
    const now = request.services.now();
    const rows = (await matchingBenefits(request)).map((b) => {
      const days = daysToExpiry(b.expiryDate, now);
      return [
        b.name ?? '',
        benefitTypeLabel(b.benefitType),
        b.status ?? '',
        b.quantity === undefined ? '' : String(b.quantity),
        b.unit ?? '',
        formatDate(b.activationDate ?? undefined),
        formatDate(b.expiryDate ?? undefined),
        days === undefined ? '' : String(days),
        b.id,
      ];
    });
    return {
      filename: 'benefits',
      columns: [
        'Benefit',
        'Type',
        'Status',
        'Quantity',
        'Unit',
        'Activated',
        'Expires',
        'Days to expiry',
        'Benefit id',
      ],
      rows: rowsOf(rows),
    };
  },
};
