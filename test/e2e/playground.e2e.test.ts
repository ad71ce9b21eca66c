import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startAgentHost, type AgentHost } from '../../src/host.js';
import { freePort, startPlayground, type RunningPlayground } from './playground-process.js';

/**
 * The real agent (in process, anonymous, built-in sandbox) behind the real M365 Agents Playground,
 * driven through headless Chromium as a user would: welcome card, a typed question, a card with a
 * table, and an Action.Execute button. See test/e2e/README.md.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
/** Waits in the page; the first render of the Playground bundle is the slow one. */
const PAGE_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 90_000;

const workDir = mkdtempSync(join(tmpdir(), 'pc-agent-e2e-'));
const profileDir = join(workDir, 'chromium-profile');
const playgroundDir = join(workDir, 'playground');
// Screenshots outlive the run (the work dir is removed when every test passed).
const shotsDir = mkdtempSync(join(tmpdir(), 'pc-agent-e2e-screenshots-'));
mkdirSync(playgroundDir);

let host: AgentHost | undefined;
let playground: RunningPlayground | undefined;
let context: BrowserContext | undefined;
let page: Page;
let failed = false;
/** Requests the page tried to make beyond loopback (CDN fonts, flair.js); all are aborted. */
const blocked: string[] = [];

async function screenshot(name: string): Promise<string> {
  const path = join(shotsDir, `${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
  return path;
}

/** The Adaptive Cards in the conversation (the Playground renders them with class ac-adaptiveCard). */
function cards(): Locator {
  return page.locator('.ac-adaptiveCard');
}

function cardWith(...texts: string[]): Locator {
  return texts.reduce((cardLocator, text) => cardLocator.filter({ hasText: text }), cards());
}

function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

beforeAll(async () => {
  host = await startAgentHost(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SANDBOX_CUSTOMERS: '20',
      STATE_DB_PATH: join(workDir, 'state.db'),
    }),
  );
  playground = await startPlayground({
    endpoint: `${host.url}/api/messages`,
    workDir: playgroundDir,
    port: await freePort(),
    startTimeoutMs: START_TIMEOUT_MS,
  });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // Nothing leaves the machine: the Playground is served from loopback; the rest is aborted.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    failed = true;
    if (!context) return;
    const name = `failure-${task.name.replace(/\W+/g, '-').slice(0, 60)}`;
    try {
      await screenshot(name);
      const text = await page.evaluate(() => document.body.innerText);
      writeFileSync(join(shotsDir, `${name}.txt`), text);
      writeFileSync(join(shotsDir, `${name}.html`), await page.content());
      console.log(`page text: ${join(shotsDir, `${name}.txt`)}`);
    } catch (err) {
      console.log(`could not capture the page: ${String(err)}`);
    }
    if (playground) console.log(`Playground output:\n${playground.output()}`);
  });
});

afterAll(async () => {
  const steps: Array<[string, () => Promise<void> | undefined]> = [
    ['chromium', () => context?.close()],
    ['playground', () => playground?.stop()],
    ['agent', () => host?.close()],
  ];
  const errors: unknown[] = [];
  for (const [, step] of steps) {
    try {
      await step();
    } catch (err) {
      errors.push(err);
    }
  }
  if (blocked.length > 0) {
    console.log(`blocked ${blocked.length} non-loopback request(s), e.g. ${blocked[0]}`);
  }
  if (failed || errors.length > 0) {
    console.log(`kept the work dir for inspection: ${workDir}`);
  } else {
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`screenshots: ${shotsDir}`);
  if (errors.length > 0) throw new AggregateError(errors, 'clean-up failed');
});

describe('the agent in the M365 Agents Playground (headless Chromium)', () => {
  it('when the Playground opens the chat, then the agent greets with its welcome card', async () => {
    const welcome = cardWith('Partner Center agent', 'Try one of these');
    await welcome.first().waitFor({ state: 'visible' });
    const text = await welcome.first().innerText();
    expect(text).toContain('built-in Partner Center sandbox');
    await screenshot('1-welcome');
  });

  it('when the user types a question and presses Enter, then a card lists the customer subscriptions with their seats', async () => {
    // The compose box is a Lexical editor (a contenteditable div, its placeholder a sibling div).
    const box = page.locator('[contenteditable="true"][role="textbox"]').last();
    await box.click();
    await box.fill('show subscriptions for Contoso Ltd');
    await box.press('Enter');

    const subscriptions = cardWith('Subscriptions of Contoso Ltd', 'Microsoft 365 E3').first();
    await subscriptions.waitFor({ state: 'visible' });
    // The card's table: one row per subscription, cells Subscription | Qty | Status | ...
    const rows = await subscriptions
      .getByRole('row')
      .evaluateAll((els) =>
        els.map((row) =>
          Array.from(row.querySelectorAll('[role="cell"]')).map((c) =>
            (c as HTMLElement).innerText.trim(),
          ),
        ),
      );
    const e3 = rows.find((cells) => cells[0] === 'Microsoft 365 E3');
    expect(e3, `rows: ${JSON.stringify(rows)}`).toBeDefined();
    expect(e3?.[1]).toBe('25');
    await subscriptions.scrollIntoViewIfNeeded();
    await screenshot('2-subscriptions');
  });

  it('when the user presses the card button "Customer details" (Action.Execute), then the customer details with domain and tenant id appear', async () => {
    const subscriptions = cardWith('Subscriptions of Contoso Ltd').last();
    await subscriptions.getByRole('button', { name: 'Customer details', exact: true }).click();

    const details = cardWith('contoso.onmicrosoft.com', 'Tenant id').first();
    await details.waitFor({ state: 'visible' });
    expect(await details.innerText()).toContain('Contoso Ltd');
    // A Universal Action: the invoke's response replaces the card in place, no new message.
    expect(await cardWith('Subscriptions of Contoso Ltd').count()).toBe(0);
    // The Playground's log panel shows the press went to the agent as an invoke and got a 200.
    await page
      .getByText(/^invoke 200$/)
      .first()
      .waitFor({ state: 'visible' });
    await details.scrollIntoViewIfNeeded();
    await screenshot('3-customer-details');
  });

  it('when the user asks for 30 seats of Microsoft 365 E3 and presses Confirm, then the card is replaced by the result 25 → 30', async () => {
    const box = page.locator('[contenteditable="true"][role="textbox"]').last();
    await box.click();
    await box.fill('set Microsoft 365 E3 for Contoso Ltd to 30 seats');
    await box.press('Enter');

    const confirm = cardWith('Change the seats of Microsoft 365 E3', 'After').first();
    await confirm.waitFor({ state: 'visible' });
    await confirm.scrollIntoViewIfNeeded();
    await screenshot('4-confirm-seats');
    await confirm.getByRole('button', { name: 'Confirm', exact: true }).click();

    const result = cardWith('Seats changed: Microsoft 365 E3').first();
    await result.waitFor({ state: 'visible' });
    expect(await result.innerText()).toContain('25 → 30');
    expect(await cardWith('Change the seats of Microsoft 365 E3').count()).toBe(0);
    await result.scrollIntoViewIfNeeded();
    await screenshot('5-seats-changed');
  });
});
