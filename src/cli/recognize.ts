/**
 * `npm run --silent recognize -- [--now YYYY-MM-DD] [TEXT]` (shared/INTENTS.md, "The
 * `recognize` command"). With TEXT: one JSON object. Without: one JSON object per stdin line,
 * in order, written once at the end so thousands of lines cost one process and one write.
 */
import { createInterface } from 'node:readline';
import { recognize, type Recognition } from '../intents/index.js';

const USAGE = `Usage: npm run --silent recognize -- [--now YYYY-MM-DD] [TEXT]

Maps an utterance to an intent of the catalogue (shared/INTENTS.md) and its entities.
  TEXT              the utterance; without it, every line of standard input is one utterance
  --now YYYY-MM-DD  the date "today" is for relative periods ("last month"); default: today
  --help            this text

Output: one JSON object per utterance: {"text","intent","score","entities"}.
`;

interface Args {
  now?: Date;
  text?: string;
  help: boolean;
  error?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const words: string[] = [];
  let now: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--now' || arg.startsWith('--now=')) {
      const value = arg === '--now' ? argv[++i] : arg.slice('--now='.length);
      now = parseDay(value);
      if (!now)
        return { help: false, error: `--now needs a date as YYYY-MM-DD, got "${value ?? ''}"` };
    } else if (arg === '--') continue;
    else words.push(arg);
  }
  return { help: false, now, text: words.length > 0 ? words.join(' ') : undefined };
}

/** A calendar day at local noon, so "today" is that day whatever the time zone. */
function parseDay(value: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d, 12);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** The JSON line for one utterance, keys in the documented order. */
function toJson(r: Recognition): string {
  return JSON.stringify({ text: r.text, intent: r.intent, score: r.score, entities: r.entities });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.error) {
    process.stderr.write(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  const options = { now: args.now ?? new Date() };
  if (args.text !== undefined) {
    process.stdout.write(`${toJson(recognize(args.text, options))}\n`);
    return 0;
  }
  const out: string[] = [];
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) out.push(toJson(recognize(line, options)));
  await new Promise<void>((resolve) =>
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '', () => resolve()),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`recognize failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
