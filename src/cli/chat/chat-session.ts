import { actionTitle } from './actions.js';
import { createStyler, type Styler } from './ansi.js';
import type { AgentAnswer, AgentClient } from './agent-client.js';
import { str, type Json } from './card-types.js';
import { promptForInputs } from './input-prompt.js';
import { needsInputs, planPress, type PressTarget } from './press.js';
import { viewCard, viewInvokeResponse, viewReplies, type ViewOptions } from './reply-view.js';

/** Where the session reads and writes; the terminal in `npm run chat`, arrays in tests. */
export interface ChatIO {
  /** The conversation (stdout). */
  print(text: string): void;
  /** Status, hints and transport problems (stderr), so `--json` output stays parseable. */
  note(text: string): void;
  /** The next line, after showing `prompt` (interactive only); undefined when input ended. */
  read(prompt: string): Promise<string | undefined>;
  /** A short "…" while the agent works (interactive terminals only). */
  busy?(on: boolean): void;
}

export interface ChatSessionOptions extends ViewOptions {
  /** Print received activities and invoke responses as raw JSON instead of text. */
  json: boolean;
  /** A person types (TTY). Otherwise lines come from a pipe and are echoed into the transcript. */
  interactive: boolean;
}

export const HELP_TEXT = [
  'Type a message and press Enter to send it.',
  '  <number>    press that button of the last card ([1], [2] ...)',
  '  /help       this help',
  '  /json       raw JSON output on/off',
  '  /restart    start a new conversation',
  '  /quit       leave (Ctrl-D too)',
].join('\n');

/**
 * The chat loop: lines in; messages, button presses and commands out; replies printed as text
 * (or raw JSON). Button numbers refer to the last printed set of cards.
 */
export class ChatSession {
  private targets: PressTarget[] = [];
  private json: boolean;
  private readonly styler: Styler;

  constructor(
    private readonly client: AgentClient,
    private readonly io: ChatIO,
    private readonly options: ChatSessionOptions,
  ) {
    this.json = options.json;
    this.styler = createStyler(options.color);
  }

  /** Button n of the last printed cards (for tests and scripts). */
  get buttons(): readonly PressTarget[] {
    return this.targets;
  }

  async run(): Promise<void> {
    await this.start();
    this.gap();
    for (;;) {
      const line = await this.readLine(this.styler.apply('> ', ['bold', 'cyan']));
      if (line === undefined || (await this.handle(line)) === 'quit') return;
      if (line.trim()) this.gap();
    }
  }

  /** A blank line between turns (not in JSON mode, where every line is one document). */
  private gap(): void {
    if (!this.json) this.io.print('');
  }

  /** The hint, then the welcome card (a conversationUpdate with the user and the agent joining). */
  async start(): Promise<void> {
    this.io.note(
      this.styler.apply(
        `Chatting with ${this.client.url} (conversation ${this.client.conversationId}). ` +
          'Type a message; a number presses that button; /help for more; /quit or Ctrl-D to leave.',
        ['dim'],
      ),
    );
    await this.exchange(() => this.client.welcome());
  }

  async handle(line: string): Promise<'quit' | 'continue'> {
    const text = line.trim();
    if (!text) return 'continue';
    switch (text.toLowerCase()) {
      case '/quit':
      case '/exit':
        return 'quit';
      case '/help':
        this.io.print(HELP_TEXT);
        return 'continue';
      case '/json':
        this.json = !this.json;
        this.io.note(`Raw JSON output ${this.json ? 'on' : 'off'}.`);
        return 'continue';
      case '/restart':
        this.client.restart();
        this.targets = [];
        this.io.note(`New conversation ${this.client.conversationId}.`);
        await this.exchange(() => this.client.welcome());
        return 'continue';
    }
    if (/^\d+$/.test(text)) {
      const target = this.targets[Number(text) - 1];
      if (target) {
        await this.press(target);
        return 'continue';
      }
      if (this.targets.length) this.io.note(`There is no button ${text}; sending it as a message.`);
    }
    await this.exchange(() => this.client.send({ text }));
    return 'continue';
  }

  private async press(target: PressTarget): Promise<void> {
    this.io.print(this.styler.apply(`→ ${actionTitle(target.action)}`, ['dim']));
    let values: Record<string, string> = {};
    if (needsInputs(target)) {
      const typed = await promptForInputs(target.inputs, {
        ask: (question) => this.readLine(question),
        say: (text) => this.io.print(text),
        styler: this.styler,
      });
      if (!typed) {
        this.io.print(this.styler.apply('(not sent)', ['dim']));
        return;
      }
      values = typed;
    }
    const plan = planPress(target.action, values);
    switch (plan.kind) {
      case 'invoke':
        return this.exchange(() =>
          this.client.invoke({
            verb: plan.verb,
            data: plan.data,
            ...(target.replyToId ? { replyToId: target.replyToId } : {}),
          }),
        );
      case 'message':
        return this.exchange(() => this.client.send(plan));
      case 'open-url':
        this.io.print(`Open ${plan.url}`);
        return;
      case 'show-card': {
        const view = viewCard(plan.card, target.replyToId, target.inputs, 1, this.options);
        this.io.print(view.text);
        this.targets = view.targets;
        return;
      }
      case 'none':
        this.io.print(plan.reason);
    }
  }

  private async exchange(call: () => Promise<AgentAnswer>): Promise<void> {
    let answer: AgentAnswer;
    this.io.busy?.(true);
    try {
      answer = await call();
    } catch (err) {
      this.io.note(this.styler.apply((err as Error).message, ['red']));
      return;
    } finally {
      this.io.busy?.(false);
    }
    this.show(answer);
  }

  private show(answer: AgentAnswer): void {
    if (answer.kind === 'http-error') {
      if (this.json) return this.printJson({ status: answer.status, body: answer.body });
      const text = `The agent answered ${answer.status}: ${answer.message}`;
      return this.io.print(this.styler.apply(text, ['red']));
    }
    if (answer.kind === 'invoke')
      return this.showInvokeResponse(answer.status, answer.body, answer.sent);
    this.showReplies(answer.activities, answer.sent);
  }

  /** Universal Actions: a returned card takes the clicked card's place, and its buttons. */
  private showInvokeResponse(status: number, body: unknown, sent: Json): void {
    const view = viewInvokeResponse(status, body, str(sent.replyToId), this.options);
    if (view.outcome === 'card') this.targets = view.targets;
    if (this.json) return this.printJson(body ?? { status });
    if (view.outcome === 'card') {
      this.io.print(this.styler.apply('(the card was updated)', ['dim']));
    }
    if (view.text) this.io.print(view.text);
  }

  private showReplies(activities: readonly Json[], sent: Json): void {
    const view = viewReplies(activities, str(sent.id), this.options);
    // A reply with cards or quick replies brings new buttons; plain text leaves the old ones.
    if (activities.some(hasButtonsOrCards)) this.targets = view.targets;
    if (this.json) return activities.forEach((a) => this.printJson(a));
    if (view.text) this.io.print(view.text);
    else if (!activities.some((a) => a.type === 'message')) {
      this.io.print(this.styler.apply('(no reply)', ['dim']));
    }
  }

  private printJson(value: unknown): void {
    this.io.print(
      this.options.interactive ? JSON.stringify(value, null, 2) : JSON.stringify(value),
    );
  }

  /** Read a line; piped input is echoed after its prompt, so the transcript reads like a chat. */
  private async readLine(prompt: string): Promise<string | undefined> {
    const line = await this.io.read(prompt);
    if (line !== undefined && !this.options.interactive) {
      const echo = `${prompt}${line}`;
      if (this.json) this.io.note(echo);
      else this.io.print(echo);
    }
    return line;
  }
}

function hasButtonsOrCards(activity: Json): boolean {
  if (activity.type !== 'message') return false;
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  return attachments.length > 0 || activity.suggestedActions !== undefined;
}
