import { describe, expect, it } from 'vitest';
import { FaultEngine } from '../../../../src/sandbox/faults/fault-engine.js';

const KEY = 'GET /v1/customers/:customerId/subscriptions';
const LINE = 'GET /v1/customers/4b1c/subscriptions';
const kinds = (engine: FaultEngine, key = KEY, line = LINE) =>
  engine.evaluate(key, line, 'before').map((s) => s.kind);

describe('fault engine', () => {
  it('when a route key is written with other parameter names or without a method, then it still matches', () => {
    const engine = new FaultEngine(1);
    engine.add([
      { route: 'GET /v1/customers/:id/subscriptions', kind: 'throttle' },
      { route: '/V1/Customers/{id}/Subscriptions', kind: 'reset' },
    ]);
    expect(kinds(engine)).toEqual(['throttle']);
    expect(kinds(engine, 'GET /v1/customers/:customerId', 'GET /v1/customers/4b1c')).toEqual([]);
  });

  it('when a route is a regular expression, then it is tested against the actual request line', () => {
    const engine = new FaultEngine(1);
    engine.add([{ route: '^GET /v1/customers/4b1c/', kind: 'throttle' }]);
    expect(kinds(engine)).toEqual(['throttle']);
    expect(kinds(engine, KEY, 'GET /v1/customers/9999/subscriptions')).toEqual([]);
  });

  it('when a sequence is scripted, then calls take its steps in order and the fault is spent after the last', () => {
    const engine = new FaultEngine(1);
    engine.add([{ route: KEY, sequence: ['throttle', 'ok', 'status:503'] }]);
    expect([kinds(engine), kinds(engine), kinds(engine), kinds(engine)]).toEqual([
      ['throttle'],
      [],
      ['status'],
      [],
    ]);
    expect(engine.list()[0]).toMatchObject({ fired: 3, spent: true });
  });

  it('when times is set, then the fault fires that many times', () => {
    const engine = new FaultEngine(1);
    engine.add([{ kind: 'throttle', times: 2 }]);
    expect([kinds(engine), kinds(engine), kinds(engine)]).toEqual([['throttle'], ['throttle'], []]);
  });

  it('when latency and a terminal fault both match, then latency applies first and evaluation stops at the terminal one', () => {
    const engine = new FaultEngine(1);
    engine.add([
      { kind: 'latency', latencyInMs: 10 },
      { kind: 'status', status: 500 },
      { kind: 'throttle' },
    ]);
    expect(kinds(engine)).toEqual(['latency', 'status']);
  });

  it('when a fault has a probability, then the same seed gives the same firing pattern and another seed another one', () => {
    const pattern = (seed: number) => {
      const engine = new FaultEngine(seed);
      engine.add([{ kind: 'throttle', probability: 0.5 }]);
      return Array.from({ length: 40 }, () => kinds(engine).length).join('');
    };
    expect(pattern(42)).toBe(pattern(42));
    expect(pattern(42)).not.toBe(pattern(43));
    expect(pattern(42)).toMatch(/0/);
    expect(pattern(42)).toMatch(/1/);
  });

  it('when a fault is for the "after" phase, then it is not applied before the handler', () => {
    const engine = new FaultEngine(1);
    engine.add([{ kind: 'reset', phase: 'after' }]);
    expect(engine.evaluate(KEY, LINE, 'before')).toEqual([]);
    expect(engine.evaluate(KEY, LINE, 'after')).toEqual([{ kind: 'reset' }]);
  });

  it('when faults are removed or cleared, then they stop firing', () => {
    const engine = new FaultEngine(1);
    const [first] = engine.add([{ kind: 'throttle' }]);
    expect(engine.remove(first?.id ?? '')).toBe(true);
    expect(engine.remove('nope')).toBe(false);
    engine.add([{ kind: 'reset' }]);
    engine.clear();
    expect(kinds(engine)).toEqual([]);
  });
});
