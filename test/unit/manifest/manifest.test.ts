/**
 * The Teams / Microsoft 365 app manifest template (manifest/) stays valid against the official
 * v1.29 schema (OfficeDev/microsoft-teams-app-schema, MIT, copied into test/fixtures), offline.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../manifest/', import.meta.url);
const schema = JSON.parse(
  readFileSync(
    new URL('../../fixtures/teams-app-schema/MicrosoftTeams.v1.29.schema.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;
const template = readFileSync(new URL('manifest.json', root), 'utf8');

// The schema is draft-04 (hence ajv-draft-04); formats such as "uri" are checked, not ignored.
// Both are CommonJS packages whose default export sits under `.default` when imported from ESM.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** Values the packaging step substitutes for the template's ${{NAME}} placeholders. */
const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '0b7f5e7a-3c2d-4e8f-9a1b-2c3d4e5f6a7b',
  BOT_ID: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  BOT_DOMAIN: 'agent.contoso-partner.example',
  DEVELOPER_NAME: 'Contoso Partner',
  DEVELOPER_WEBSITE_URL: 'https://contoso-partner.example',
  DEVELOPER_PRIVACY_URL: 'https://contoso-partner.example/privacy',
  DEVELOPER_TERMS_URL: 'https://contoso-partner.example/terms',
};

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for placeholder ${name}`);
    return value;
  });
}

interface Png {
  width: number;
  height: number;
  /** RGBA bytes, row by row (8-bit RGBA, no interlace, filter 0 only: what our icons use). */
  rgba: Buffer;
}

function readPng(file: string): Png {
  const data = readFileSync(new URL(file, root));
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') {
      expect([data[at + 16], data[at + 17]], `${file}: 8-bit RGBA`).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride], `${file}: row ${y} filter`).toBe(0);
    rows.push(raw.subarray(y * stride + 1, (y + 1) * stride));
  }
  return { width, height, rgba: Buffer.concat(rows) };
}

describe('the app manifest template', () => {
  it('when its placeholders are filled, then it is valid against the Teams v1.29 schema', () => {
    const manifest = JSON.parse(fill(template, SAMPLE_VALUES)) as Record<string, unknown>;
    const valid = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when a placeholder is left unfilled, then the schema rejects the manifest', () => {
    const manifest = JSON.parse(template) as Record<string, unknown>;
    expect(validate(manifest)).toBe(false);
  });

  it('uses only the placeholders the packaging step knows', () => {
    const used = new Set([...template.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(SAMPLE_VALUES).sort());
  });

  it('names a custom engine agent that is its own bot, with personal scope (Copilot requires it)', () => {
    const manifest = JSON.parse(fill(template, SAMPLE_VALUES)) as {
      bots: { botId: string; scopes: string[] }[];
      copilotAgents: { customEngineAgents: { id: string; type: string }[] };
    };
    const [agent] = manifest.copilotAgents.customEngineAgents;
    const bot = manifest.bots.find((b) => b.botId === agent?.id);
    expect(agent?.type).toBe('bot');
    expect(bot?.scopes).toContain('personal');
  });

  it('has a 192x192 colour icon and a 32x32 outline icon that is white on transparent', () => {
    const color = readPng('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) continue;
      opaque++;
      expect([r, g, b], `outline pixel ${i / 4}`).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(0);
    expect(opaque).toBeLessThan(32 * 32);
  });
});
