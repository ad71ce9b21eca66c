import { redact, redactString } from './redact.js';

/**
 * A small namespaced logger. Every line goes through `redact`, so a secret handed to it by
 * mistake is still not printed. Output is one line per event on stderr (stdout stays free for
 * the CLIs that print JSON). The level and sink are chosen once, at the composition root.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(namespace: string): Logger;
}

export type LogSink = (line: string) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface LoggerOptions {
  level?: LogLevel;
  namespace?: string;
  sink?: LogSink;
  json?: boolean;
}

const DEFAULTS = {
  level: 'info',
  namespace: 'pc-agent',
  sink: (line: string) => process.stderr.write(line + '\n'),
  json: false,
} satisfies Required<LoggerOptions>;

export function createLogger(options: LoggerOptions = {}): Logger {
  const opts = { ...DEFAULTS, ...options };
  const threshold = ORDER[opts.level];
  const emit = (
    level: Exclude<LogLevel, 'silent'>,
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (ORDER[level] < threshold) return;
    const safeFields = fields ? redact(serializeErrors(fields)) : undefined;
    const safeMessage = redactString(message);
    if (opts.json) {
      opts.sink(
        JSON.stringify({
          time: new Date().toISOString(),
          level,
          ns: opts.namespace,
          msg: safeMessage,
          ...safeFields,
        }),
      );
    } else {
      const tail =
        safeFields && Object.keys(safeFields).length ? ' ' + JSON.stringify(safeFields) : '';
      opts.sink(
        `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${opts.namespace} ${safeMessage}${tail}`,
      );
    }
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (ns) => createLogger({ ...opts, namespace: `${opts.namespace}:${ns}` }),
  };
}

/** A logger that drops everything (unit tests, benchmarks). */
export const silentLogger: Logger = createLogger({ level: 'silent' });

function serializeErrors(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] =
      v instanceof Error
        ? {
            name: v.name,
            message: v.message,
            ...('code' in v ? { code: (v as { code: unknown }).code } : {}),
          }
        : v;
  }
  return out;
}

/** A logger that records lines in memory, for tests that assert nothing secret is logged. */
export function createMemoryLogger(level: LogLevel = 'debug'): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level, sink: (l) => lines.push(l), json: true });
  return Object.assign(logger, { lines });
}
