import { renderCard, type AdaptiveCard } from '../render.js';
import type { CardAction, OpenUrlAction } from './actions.js';
import type { Fact } from './facts.js';

export type NoticeTone = 'info' | 'good' | 'warning' | 'attention';

export interface NoticeView {
  title: string;
  message: string;
  tone?: NoticeTone;
  facts?: Fact[];
  actions?: Array<CardAction | OpenUrlAction>;
}

const COLOR: Record<NoticeTone, string> = {
  info: 'Default',
  good: 'Good',
  warning: 'Warning',
  attention: 'Attention',
};

/** A short card for outcomes that are not data: nothing found, cancelled, expired, denied ... */
export function noticeCard(view: NoticeView): AdaptiveCard {
  return renderCard('notice', {
    title: view.title,
    message: view.message,
    color: COLOR[view.tone ?? 'info'],
    facts: view.facts ?? [],
    actions: view.actions ?? [],
  });
}
