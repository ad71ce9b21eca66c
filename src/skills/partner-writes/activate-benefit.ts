import { intentAction } from '../../cards/views/actions.js';
import { benefitsNotConfiguredCard, benefitTypeLabel } from '../../cards/views/benefits.js';
import { chooseCard } from '../../cards/views/choose.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate, humanize } from '../../cards/views/format.js';
import { noticeCard } from '../../cards/views/notice.js';
import { collectAll, hasErrorCode, type Benefit } from '../../partner-center/index.js';
import type { SkillReply } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { findBenefit } from './find-benefit.js';

interface ActivatePayload {
  benefitId: string;
  name: string;
  /** The status read for the card, for the result's before → after. */
  status: string;
}

const EXAMPLE = 'activate benefit Visual Studio Enterprise';
const MAX_CHOICES = 8;

const allBenefits = () => intentAction('All benefits', 'benefits.list');

/**
 * benefits.activate: `POST {benefitsEndpoint}/{id}/activate` for one available benefit.
 * Partner Center documents no benefits API (partner-center-api.md §5.10), so this works only
 * where a benefits endpoint is configured (the sandbox serves one); otherwise the card says so.
 */
export const activateBenefit: WriteDefinition<ActivatePayload> = {
  intent: 'benefits.activate',
  example: EXAMPLE,
  async propose(request) {
    const pc = request.services.partnerCenter;
    if (!pc.benefits.available) return { cards: [benefitsNotConfiguredCard()] };
    const named = request.entities.benefit?.trim();
    if (!named)
      return notice('Which benefit?', `Name the benefit to activate, for example "${EXAMPLE}".`, [
        intentAction('Benefits to activate', 'benefits.list', { status: 'available' }),
      ]);
    let all: Benefit[];
    try {
      all = await collectAll(
        pc.benefits.list({ correlationId: request.correlationId, fresh: true }),
      );
    } catch (err) {
      if (hasErrorCode(err, 'PC_BENEFITS_NOT_CONFIGURED'))
        return { cards: [benefitsNotConfiguredCard()] };
      throw err;
    }
    const match = findBenefit(all, named);
    if (match.kind === 'none')
      return notice(
        `No benefit "${named}"`,
        'None of your partner benefits has that name. Check the name in the benefits you can activate, then ask again.',
        [intentAction('Benefits to activate', 'benefits.list', { status: 'available' })],
      );
    if (match.kind === 'choose') return { cards: [chooseBenefitCard(named, match.choices)] };
    return proposeFor(match.benefit);
  },
  async execute({ payload, request, options }) {
    const activated = await request.services.partnerCenter.benefits.activate(
      payload.benefitId,
      options,
    );
    return {
      title: `Activated: ${activated.name ?? payload.name}`,
      changes: [
        {
          field: 'Status',
          before: humanize(payload.status),
          after: humanize(activated.status ?? 'active'),
        },
      ],
      facts: facts([
        ['Activated', formatDate(activated.activationDate ?? undefined)],
        ['Expires', formatDate(activated.expiryDate ?? undefined)],
        ['Benefit id', activated.id],
      ]),
      actions: [allBenefits()],
      after: {
        status: activated.status,
        activationDate: activated.activationDate,
        expiryDate: activated.expiryDate,
      },
    };
  },
};

/** Only an available benefit can be activated; active, expired and inactive ones answer here. */
function proposeFor(benefit: Benefit): Proposal<ActivatePayload> | SkillReply {
  const name = benefit.name ?? benefit.id;
  if (benefit.status === 'active') {
    const until = formatDate(benefit.expiryDate ?? undefined);
    return notice(
      `${name} is already active`,
      `Nothing to do: it is active${until ? ` until ${until}` : ''}.`,
    );
  }
  if (benefit.status !== 'available')
    return notice(
      `${name} cannot be activated`,
      `It is ${humanize(benefit.status).toLowerCase() || 'not available'}; only an available benefit can be activated.${
        benefit.status === 'expired'
          ? ' An expired benefit comes back only when your program renews it.'
          : ''
      }`,
    );
  const amount =
    benefit.quantity === undefined ? undefined : `${benefit.quantity} ${benefit.unit ?? ''}`.trim();
  return {
    title: `Activate ${name}`,
    target: benefit.id,
    targetName: name,
    changes: [{ field: 'Status', before: 'Available', after: 'Active' }],
    facts: facts([
      ['Type', benefitTypeLabel(benefit.benefitType)],
      ['Program', benefit.programName],
      ['Includes', amount],
      ['Description', benefit.description],
    ]),
    payload: { benefitId: benefit.id, name, status: benefit.status },
    ...(benefit.attributes?.etag ? { etag: benefit.attributes.etag } : {}),
  };
}

function chooseBenefitCard(text: string, benefits: Benefit[]) {
  const shown = benefits.slice(0, MAX_CHOICES);
  return chooseCard({
    title: `Which benefit do you mean by "${text}"?`,
    message: `${benefits.length} benefits match "${text}".`,
    choices: shown.map((b) =>
      intentAction(`${b.name ?? b.id} · ${humanize(b.status)}`, 'benefits.activate', {
        benefit: b.id,
      }),
    ),
    actions: [allBenefits()],
  });
}

/** A card that answers by itself (which benefit, none, already active): no Confirm. */
function notice(title: string, message: string, actions = [allBenefits()]): SkillReply {
  return { cards: [noticeCard({ title, message, tone: 'warning', actions })] };
}
