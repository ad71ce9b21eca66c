import type { Readable, Writable } from 'node:stream';
import { isAppError } from '../../shared/errors.js';
import { AgentClient } from './agent-client.js';
import { connectAgent, type ConnectDeps } from './agent-host.js';
import { ChatSession } from './chat-session.js';
import { parseChatArgs, USAGE } from './options.js';
import { createTerminalIO } from './terminal-io.js';

export interface ChatProcess {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; hasColors?: () => boolean };
  stderr: Writable;
}

/** The widest a card is laid out, even on a very wide terminal (long lines are hard to read). */
const MAX_WIDTH = 120;
const MIN_WIDTH = 20;

/**
 * `npm run chat`: parse options, find or start the agent, chat until /quit or end of input.
 * Returns the exit code (0 done, 1 no agent, 2 bad options).
 */
export async function runChat(
  argv: readonly string[],
  proc: ChatProcess,
  deps: ConnectDeps = {},
): Promise<number> {
  let options;
  try {
    options = parseChatArgs(argv);
  } catch (err) {
    proc.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    proc.stdout.write(USAGE + '\n');
    return 0;
  }
  const interactive = proc.stdin.isTTY === true;
  const terminal = proc.stdout.isTTY === true;
  // hasColors() honours NO_COLOR / FORCE_COLOR and the terminal's capabilities.
  const color = !options.noColor && terminal && (proc.stdout.hasColors?.() ?? true);
  // One column less than the terminal: a line of exactly its width wraps early on some terminals.
  const columns = terminal && proc.stdout.columns ? proc.stdout.columns - 1 : 80;
  const width = options.width ?? Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns));

  let connection;
  try {
    connection = await connectAgent(options, deps);
  } catch (err) {
    proc.stderr.write(`${isAppError(err) ? err.message : String(err)}\n`);
    return 1;
  }
  if (connection.host) {
    proc.stderr.write(
      `No agent answered at ${options.url}; started one in this process at ${connection.url}.\n`,
    );
  }
  const io = createTerminalIO({
    input: proc.stdin,
    output: proc.stdout,
    errors: proc.stderr,
    interactive,
    showBusy: interactive && color,
  });
  const client = new AgentClient({
    url: connection.url,
    identity: {
      userId: options.userId,
      userName: options.userName,
      ...(options.upn ? { upn: options.upn } : {}),
      ...(options.aadObjectId ? { aadObjectId: options.aadObjectId } : {}),
      ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    },
  });
  try {
    await new ChatSession(client, io, { json: options.json, interactive, color, width }).run();
  } finally {
    io.close();
    await connection.host?.close();
  }
  return 0;
}
