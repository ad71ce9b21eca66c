import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.js';
import { CHAT_ERRORS } from './errors.js';

/** `npm run chat -- [options]`. */
export interface ChatOptions {
  /** The agent's base URL. */
  url: string;
  /** True when --url was given: then the chat never starts an agent of its own. */
  urlGiven: boolean;
  userId: string;
  userName: string;
  upn?: string;
  aadObjectId?: string;
  tenantId?: string;
  json: boolean;
  noColor: boolean;
  /** Columns to fit cards in; default: the terminal's width (80 when not a terminal). */
  width?: number;
  help: boolean;
}

export const CHAT_DEFAULTS = {
  url: 'http://127.0.0.1:3978',
  userId: 'cli-user',
} as const;

export const USAGE = `Usage: npm run chat -- [options]

Chat with the Partner Center agent in the terminal. Cards print as text; type a number to press
that button. Without --url, the chat uses the agent at ${CHAT_DEFAULTS.url}, or starts one in this
process (with the built-in sandbox) when none answers there.

Options:
  --url <url>            the agent's base URL (activities go to <url>/api/messages)
  --user-id <id>         from.id: the user the agent sees (default ${CHAT_DEFAULTS.userId})
  --user-name <name>     from.name (default: --upn, else your login name)
  --upn <upn>            from.properties.upn: the sign-in name role maps match
  --aad-object-id <id>   from.aadObjectId: the Entra object id role maps match
  --tenant-id <id>       conversation.tenantId
  --json                 print received activities and invoke responses as raw JSON
  --no-color             no ANSI colours (also when stdout is not a terminal)
  --width <columns>      fit cards in this many columns
  -h, --help             this help

When stdin is not a terminal, lines are read from it in order (numbers still press buttons,
the next lines answer a card's inputs) and the chat ends at the end of input.`;

/** Parse argv (without node and the script); bad options throw CHAT_ERRORS.BAD_OPTION. */
export function parseChatArgs(argv: readonly string[]): ChatOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        'user-id': { type: 'string' },
        'user-name': { type: 'string' },
        upn: { type: 'string' },
        'aad-object-id': { type: 'string' },
        'tenant-id': { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        width: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new AppError(CHAT_ERRORS.BAD_OPTION, [(err as Error).message]);
  }
  const url = (values.url ?? CHAT_DEFAULTS.url).replace(/\/+$/, '');
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new AppError(CHAT_ERRORS.BAD_OPTION, [`--url must be an http(s) URL, got '${url}'`]);
  }
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!Number.isInteger(width) || width < 20 || width > 500) {
      throw new AppError(CHAT_ERRORS.BAD_OPTION, ['--width must be a whole number from 20 to 500']);
    }
  }
  const upn = nonEmpty(values.upn);
  const aadObjectId = nonEmpty(values['aad-object-id']);
  const tenantId = nonEmpty(values['tenant-id']);
  return {
    url,
    urlGiven: values.url !== undefined,
    userId: nonEmpty(values['user-id']) ?? CHAT_DEFAULTS.userId,
    userName: nonEmpty(values['user-name']) ?? upn ?? loginName(),
    ...(upn ? { upn } : {}),
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(tenantId ? { tenantId } : {}),
    json: values.json,
    noColor: values['no-color'],
    ...(width !== undefined ? { width } : {}),
    help: values.help,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function loginName(): string {
  try {
    return userInfo().username || 'You';
  } catch {
    return 'You'; // no passwd entry (some containers)
  }
}
