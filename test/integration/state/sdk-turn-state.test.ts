import {
  AgentApplication,
  BaseAdapter,
  TurnContext,
  type AttachmentInfo,
  type ResourceResponse,
  type TurnState,
} from '@microsoft/agents-hosting';
import { Activity } from '@microsoft/agents-activity';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../../src/state/sqlite-database.js';
import { SqliteStorage } from '../../../src/state/sqlite-storage.js';
import { tempStateDb } from '../../unit/state/temp-db.js';

/** Records what the agent sends; nothing else is needed for in-process turns (agents-sdk.md §3). */
class RecordingAdapter extends BaseAdapter {
  sent: Activity[] = [];
  async sendActivities(_ctx: TurnContext, activities: Activity[]): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return activities.map(() => ({ id: 'x' }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
  async uploadAttachment(): Promise<ResourceResponse> {
    return { id: 'x' };
  }
  async getAttachmentInfo(): Promise<AttachmentInfo> {
    return { name: 'x', type: 'x', views: [] };
  }
  async getAttachment(): Promise<NodeJS.ReadableStream> {
    throw new TypeError('not used');
  }
}

function counterAgent(db: SqliteDatabase) {
  const app = new AgentApplication<TurnState<{ count?: number }>>({
    storage: new SqliteStorage(db),
  });
  // SDK 1.8.1 saves state only when an afterTurn handler exists (agents-sdk.md §0.1).
  app.onTurn('afterTurn', async () => true);
  app.onActivity('message', async (ctx, state) => {
    const n = (state.conversation.count ?? 0) + 1;
    state.conversation.count = n;
    await ctx.sendActivity(`count=${n}`);
  });
  return app;
}

const message = (id: string) =>
  Activity.fromObject({
    type: 'message',
    text: 'count',
    channelId: 'msteams',
    id,
    from: { id: 'user/1' },
    recipient: { id: 'bot/1' },
    conversation: { id: '19:abc@thread.v2' },
    serviceUrl: 'http://unused',
  });

describe('the Agents SDK turn state on SqliteStorage', () => {
  let temp: ReturnType<typeof tempStateDb>;
  beforeEach(() => {
    temp = tempStateDb();
  });
  afterEach(() => temp.cleanup());

  it('when turns run before and after a restart, then the conversation state carries over', async () => {
    const adapter = new RecordingAdapter();
    const first = temp.open();
    const app = counterAgent(first);
    await app.run(new TurnContext(adapter, message('a1')));
    await app.run(new TurnContext(adapter, message('a2')));
    first.close();
    await counterAgent(temp.open()).run(new TurnContext(adapter, message('a3')));
    expect(adapter.sent.map((a) => a.text)).toEqual(['count=1', 'count=2', 'count=3']);
  });
});
