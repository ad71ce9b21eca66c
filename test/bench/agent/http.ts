/**
 * One-off HTTP requests of the bench (readiness polls, sandbox stats, the warming turn): no
 * keep-alive, so no idle socket outlives the servers and delays the process's exit.
 */
import { request } from 'node:http';

export interface HttpReply {
  status: number;
  text: string;
}

export function httpRequest(
  method: 'GET' | 'POST',
  url: string,
  json?: unknown,
): Promise<HttpReply> {
  const body = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent: false,
        headers: {
          connection: 'close',
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
