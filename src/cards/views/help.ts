import { renderCard, type AdaptiveCard } from '../render.js';
import { sayAction, type CardAction } from './actions.js';

export interface HelpViewArea {
  id: string;
  title: string;
  capabilities: Array<{ intent: string; title: string; example: string }>;
}

export interface HelpView {
  /** Areas already filtered to what the user's role allows. */
  areas: HelpViewArea[];
  roleName?: string;
  /** Set when the user asked for help with one area. */
  topic?: string;
}

const MAX_SUGGESTIONS = 5;

/** Help: what this user may do, with an example sentence for each capability. */
export function helpCard(view: HelpView): AdaptiveCard {
  const shown = view.topic ? view.areas.filter((a) => a.id === view.topic) : view.areas;
  const areas = shown.length > 0 ? shown : view.areas;
  const topicTitle = view.topic ? shown[0]?.title : undefined;
  const suggestions: CardAction[] = view.topic
    ? (areas[0]?.capabilities ?? [])
        .slice(0, MAX_SUGGESTIONS)
        .map((c) => sayAction(c.title, c.example))
    : [];
  return renderCard('help', {
    title: topicTitle ? `Help: ${topicTitle}` : 'What I can do',
    subtitle: view.roleName
      ? `Showing what your role (${view.roleName}) allows. Ask in your own words; these are examples.`
      : 'Ask in your own words; these are examples.',
    areas: areas.map((a) => ({
      title: a.title,
      capabilities: a.capabilities.map((c) => ({ title: c.title, example: c.example })),
    })),
    hasNote: areas.length === 0,
    note: 'Your role does not allow anything beyond help yet. Ask your Partner Center admin to add you to the role map.',
    actions: suggestions,
  });
}
