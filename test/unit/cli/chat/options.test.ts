import { describe, expect, it } from 'vitest';
import { parseChatArgs } from '../../../../src/cli/chat/options.js';

describe('parseChatArgs', () => {
  it('when no options are given, then the default URL is used and marked as not given', () => {
    const o = parseChatArgs([]);
    expect(o).toMatchObject({
      url: 'http://127.0.0.1:3978',
      urlGiven: false,
      userId: 'cli-user',
      json: false,
      noColor: false,
    });
    expect(o.userName).toBeTruthy();
  });

  it('when identity options are given, then each lands in its field and the UPN names the user by default', () => {
    const o = parseChatArgs([
      '--url',
      'http://127.0.0.1:5000/',
      '--user-id',
      'u-7',
      '--upn',
      'sales@partner.example',
      '--aad-object-id',
      'oid-7',
      '--tenant-id',
      'tid-7',
      '--json',
      '--no-color',
      '--width',
      '60',
    ]);
    expect(o).toEqual({
      url: 'http://127.0.0.1:5000',
      urlGiven: true,
      userId: 'u-7',
      userName: 'sales@partner.example',
      upn: 'sales@partner.example',
      aadObjectId: 'oid-7',
      tenantId: 'tid-7',
      json: true,
      noColor: true,
      width: 60,
      help: false,
    });
  });

  it('when an option is unknown or a value is bad, then it throws a message naming it', () => {
    expect(() => parseChatArgs(['--colour'])).toThrow(/--colour/);
    expect(() => parseChatArgs(['--url', 'ftp://x'])).toThrow(/--url must be an http\(s\) URL/);
    expect(() => parseChatArgs(['--width', '5'])).toThrow(/--width/);
  });
});
