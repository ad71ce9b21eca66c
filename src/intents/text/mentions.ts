/**
 * Removes the bot's @mention. Teams puts it in the text as `<at>Partner Center</at>`; Copilot,
 * Playground and people typing by hand write `@Partner Center` or `@PartnerCenter`. Only an `@`
 * that starts a word counts, so e-mail addresses (`megan@contoso.com`) are left alone.
 */
const AT_TAG = /<at\b[^>]*>.*?<\/at>/gis;
// `@Name` plus up to two following words that are part of a bot's display name.
const AT_NAME =
  /(^|[\s,(])@(?:"[^"]*"|[\p{L}\p{N}._-]+(?:\s+(?:center|centre|agent|bot|assistant|copilot|app|helper)\b){0,2})/giu;

export function stripMentions(text: string): string {
  return text.replace(AT_TAG, ' ').replace(AT_NAME, '$1 ');
}
