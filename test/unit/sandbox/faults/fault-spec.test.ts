import { describe, expect, it } from 'vitest';
import {
  compileSteps,
  parseFaultArgument,
  validateFaultSpec,
} from '../../../../src/sandbox/faults/fault-spec.js';

describe('fault specs', () => {
  it('when a JSON spec is valid, then it is kept as given', () => {
    const spec = {
      route: 'GET /v1/customers',
      kind: 'throttle',
      retryAfterSeconds: 2,
      probability: 0.2,
      times: 3,
    };
    expect(validateFaultSpec(spec)).toEqual(spec);
  });

  it('when a sequence is given, then each step compiles with its argument', () => {
    const spec = validateFaultSpec({
      sequence: ['throttle', 'ok', 'status:503', 'latency:300', 'reset'],
    });
    expect(compileSteps(spec)).toEqual([
      { kind: 'throttle', retryAfterSeconds: 2 },
      { kind: 'ok' },
      { kind: 'status', status: 503 },
      { kind: 'latency', latencyInMs: 300 },
      { kind: 'reset' },
    ]);
  });

  it('when the compact CLI form is used, then it means the same as JSON', () => {
    expect(parseFaultArgument('throttle;route=GET /v1/customers;p=0.2;retryAfter=5')).toEqual({
      kind: 'throttle',
      route: 'GET /v1/customers',
      probability: 0.2,
      retryAfterSeconds: 5,
    });
    expect(parseFaultArgument('sequence=throttle,ok;route=*')).toEqual({
      sequence: ['throttle', 'ok'],
      route: '*',
    });
    expect(parseFaultArgument('{"kind":"reset"}')).toEqual({ kind: 'reset' });
  });

  it.each([
    [{ kind: 'explode' }, /unknown kind "explode"/],
    [{}, /give a kind or a sequence/],
    [{ kind: 'status', status: 200 }, /status must be a number from 400 to 599/],
    [{ kind: 'throttle', probability: 2 }, /probability must be a number from 0 to 1/],
    [{ sequence: ['status:abc'] }, /needs a number/],
    [{ sequence: [] }, /non-empty list/],
    [{ kind: 'latency', phase: 'after' }, /phase "after"/],
    ['not an object', /must be a JSON object/],
  ])('when the spec is %j, then it is refused with a clear message', (spec, why) => {
    expect(() => validateFaultSpec(spec)).toThrow(why);
  });

  it('when a CLI argument is broken JSON, then it is refused', () => {
    expect(() => parseFaultArgument('{"kind":')).toThrow(/not valid JSON/);
  });
});
