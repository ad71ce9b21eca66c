import { describe, expect, it, vi } from 'vitest';
import { connectAgent, startInProcessAgent } from '../../../../src/cli/chat/agent-host.js';

// A stand-in for src/host.ts (the lead's), so the in-process start can be checked alone.
const started: unknown[] = [];
const stubHost = async () => ({
  startAgentHost: async (config: unknown) => {
    started.push(config);
    return { url: 'http://127.0.0.1:4567', close: async () => undefined };
  },
});

const host = { url: 'http://127.0.0.1:50123', close: async () => undefined };

describe('connectAgent', () => {
  it('when no --url is given and the default agent is healthy, then the chat talks to it', async () => {
    const start = vi.fn(async () => host);
    const result = await connectAgent(
      { url: 'http://127.0.0.1:3978', urlGiven: false },
      { probe: async () => 'healthy', startInProcess: start },
    );
    expect(result).toEqual({ url: 'http://127.0.0.1:3978' });
    expect(start).not.toHaveBeenCalled();
  });

  it('when no --url is given and nothing healthy answers, then an agent is started in process and used', async () => {
    for (const state of ['down', 'other'] as const) {
      const result = await connectAgent(
        { url: 'http://127.0.0.1:3978', urlGiven: false },
        { probe: async () => state, startInProcess: async () => host },
      );
      expect(result).toEqual({ url: host.url, host });
    }
  });

  it('when the in-process agent cannot start, then the error says why and how to run it by hand', async () => {
    await expect(
      connectAgent(
        { url: 'http://127.0.0.1:3978', urlGiven: false },
        {
          probe: async () => 'down',
          startInProcess: async () => {
            throw new Error('EADDRINUSE');
          },
        },
      ),
    ).rejects.toThrow(/Could not start the agent in this process: EADDRINUSE\. Run `npm start`/);
  });

  it('when --url is given and nothing answers there, then it fails with how to start the agent and starts none', async () => {
    const start = vi.fn(async () => host);
    await expect(
      connectAgent(
        { url: 'http://127.0.0.1:9', urlGiven: true },
        { probe: async () => 'down', startInProcess: start },
      ),
    ).rejects.toThrow(/No agent answers at http:\/\/127\.0\.0\.1:9\. Start it with `npm start`/);
    expect(start).not.toHaveBeenCalled();
  });

  it('when --url is given and something answers there (even without /healthz), then it is used', async () => {
    const result = await connectAgent(
      { url: 'http://127.0.0.1:9', urlGiven: true },
      { probe: async () => 'other' },
    );
    expect(result).toEqual({ url: 'http://127.0.0.1:9' });
  });
});

describe('startInProcessAgent', () => {
  it('when the agent is started in process, then it gets the normal configuration on a free port with quiet logs', async () => {
    const result = await startInProcessAgent(stubHost);
    expect(result.url).toBe('http://127.0.0.1:4567');
    expect(started[0]).toMatchObject({ server: { port: 0 }, logLevel: 'warn' });
  });
});
