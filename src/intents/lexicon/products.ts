import { wordSet } from './word-list.js';

/**
 * Words of Microsoft product and subscription names. A name span needs at least one strong word
 * ("Teams Essentials", "Azure plan", "M365 E3"); weak words alone ("Business", "Plan", "Phone")
 * are too common to mark a product, so "The Phone Company" stays a customer.
 */
export const STRONG_PRODUCT_WORDS = wordSet(`
  premium microsoft ms office o365 m365 ms365 365 d365 teams exchange azure dynamics visio project
  bi powerbi powerapps automate defender intune entra copilot windows sharepoint onedrive ems
  viva purview sentinel outlook excel skype github visualstudio e1 e3 e5 f1 f3 a1 a3 a5 g1 g3 g5
  p1 p2 p3 k1 sku
`);

export const WEAK_PRODUCT_WORDS = wordSet(`
  business basic standard premium essentials essential online kiosk plan plans pro apps app
  enterprise endpoint id sales service field finance operations supply chain central security
  compliance mobility frontline phone system audio conferencing calling domestic rooms room
  advanced threat protection plus lite suite power visual studio professional
  suite nonprofit education student faculty monthly annual trial edition voice archiving
  information governance identity customer insights marketing commerce hr talent copilot
`);

/** Tokens that are product names by shape: "E3", "e5", "M365", "O365", "P2". */
export const PRODUCT_SHAPE = /^(?:[aefgkp]\d|[a-z]{1,2}365|365)$/i;

/** Two weak words that together name a product ("Business Premium", "Power BI"). */
export const STRONG_PAIRS = new Set([
  'business basic',
  'business standard',
  'business premium',
  'power apps',
  'power automate',
  'visual studio',
  'exchange online',
  'project plan',
]);
