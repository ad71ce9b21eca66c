import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatIO } from './chat-session.js';

export interface TerminalStreams {
  input: Readable;
  output: Writable;
  errors: Writable;
  /** A person at a terminal: line editing, prompts, Ctrl-C/Ctrl-D to leave. */
  interactive: boolean;
  /** Show a dim "…" while waiting (interactive terminals with colour only). */
  showBusy: boolean;
}

/**
 * ChatIO on a terminal or a pipe. Lines are taken from readline's async iterator, which buffers
 * them, so piped input that arrives all at once is read in order, one line per question.
 */
export function createTerminalIO(streams: TerminalStreams): ChatIO & { close(): void } {
  const rl = createInterface({
    input: streams.input,
    ...(streams.interactive ? { output: streams.output } : {}),
    terminal: streams.interactive,
    historySize: streams.interactive ? 100 : 0,
  });
  // Ctrl-C leaves like Ctrl-D: the session sees the end of input and shuts down cleanly.
  rl.on('SIGINT', () => rl.close());
  const lines = rl[Symbol.asyncIterator]();
  return {
    print: (text) => void streams.output.write(text + '\n'),
    note: (text) => void streams.errors.write(text + '\n'),
    async read(prompt) {
      if (streams.interactive) {
        rl.setPrompt(prompt);
        rl.prompt();
      }
      try {
        const next = await lines.next();
        return next.done ? undefined : next.value;
      } catch {
        return undefined; // the interface was closed while waiting
      }
    },
    busy(on) {
      if (!streams.showBusy) return;
      streams.output.write(on ? '\u001b[2m…\u001b[22m' : '\r\u001b[K');
    },
    close: () => rl.close(),
  };
}
