import { rngFor, type Rng } from '../seed/rng.js';
import { compileSteps, type FaultSpec, type FaultStep } from './fault-spec.js';
import { compileRouteMatcher } from './route-matcher.js';

interface ActiveFault {
  id: string;
  spec: FaultSpec;
  steps: FaultStep[];
  matches: (routeKey: string, line: string) => boolean;
  rng: Rng;
  fired: number;
  position: number;
  spent: boolean;
}

/** A fault as reported by `GET /_sandbox/faults`. */
export type FaultView = FaultSpec & { id: string; fired: number; spent: boolean };

export type FaultPhase = 'before' | 'after';

const TERMINAL: ReadonlySet<FaultStep['kind']> = new Set([
  'throttle',
  'status',
  'reset',
  'notReady',
]);

/**
 * Decides, per request, which faults fire. Scripted sequences are exact; probabilities draw from
 * a generator seeded by (seed, fault id), so a run with the same requests repeats exactly.
 */
export class FaultEngine {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly seed: number) {}

  add(specs: readonly FaultSpec[]): FaultView[] {
    const added = specs.map((spec) => {
      const id = `f${this.nextId++}`;
      const fault: ActiveFault = {
        id,
        spec,
        steps: compileSteps(spec),
        matches: compileRouteMatcher(spec.route),
        rng: rngFor(this.seed, 'fault', id),
        fired: 0,
        position: 0,
        spent: false,
      };
      return fault;
    });
    this.faults.push(...added);
    return added.map(view);
  }

  list(): FaultView[] {
    return this.faults.map(view);
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    this.nextId = 1;
  }

  /**
   * The steps that apply to one request in one phase, in fault order, stopping at the first
   * terminal one (a 429, an error status, a reset or a 204 "not ready").
   */
  evaluate(routeKey: string, line: string, phase: FaultPhase): FaultStep[] {
    const out: FaultStep[] = [];
    for (const fault of this.faults) {
      if (fault.spent || (fault.spec.phase ?? 'before') !== phase) continue;
      if (!fault.matches(routeKey, line)) continue;
      const step = this.next(fault);
      if (!step || step.kind === 'ok') continue;
      out.push(step);
      if (TERMINAL.has(step.kind)) break;
    }
    return out;
  }

  private next(fault: ActiveFault): FaultStep | undefined {
    if (fault.spec.sequence) {
      const step = fault.steps[fault.position++];
      fault.fired++;
      if (fault.position >= fault.steps.length) fault.spent = true;
      return step;
    }
    if (fault.spec.probability !== undefined && !fault.rng.chance(fault.spec.probability)) {
      return undefined;
    }
    fault.fired++;
    if (fault.spec.times !== undefined && fault.fired >= fault.spec.times) fault.spent = true;
    return fault.steps[0];
  }
}

function view(f: ActiveFault): FaultView {
  return { id: f.id, ...f.spec, fired: f.fired, spent: f.spent };
}
