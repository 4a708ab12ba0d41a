/**
 * The option-table helpers both daemons use: each option is one row (flag, environment variable,
 * help, default), read from argv, then the environment, then the default; `--help` prints the table.
 */
import { parseArgs } from 'node:util';

export interface Spec {
  flag: string;
  env: string;
  help: string;
  default: () => string;
  /** A flag without a value (`--idle-only`); its variable reads 1/true/yes. */
  boolean?: boolean;
}

export class OptionsError extends Error {
  readonly code = 'bad_option';
  constructor(message: string) {
    super(message);
    this.name = 'OptionsError';
  }
}

export function int(text: string, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new OptionsError(`--${name} must be an integer in [${min}, ${max}], got "${text}"`);
  return n;
}

export function num(text: string, name: string, min: number, max: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new OptionsError(`--${name} must be a number in [${min}, ${max}], got "${text}"`);
  return n;
}

export const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function helpText<K extends string>(usage: string, specs: Record<K, Spec>, missing = 'none'): string {
  const rows = Object.values<Spec>(specs);
  const flagWidth = Math.max(...rows.map((s) => s.flag.length)) + 2;
  const envWidth = Math.max(...rows.map((s) => s.env.length)) + 2;
  return [`usage: ${usage}`, ...rows.map((s) => `  --${s.flag.padEnd(flagWidth)} ${s.env.padEnd(envWidth)} ${s.help} (default: ${s.default() || missing})`)].join('\n');
}

/** The raw text of every option: the flag, else its environment variable, else its default. */
export function readOptions<K extends string>(specs: Record<K, Spec>, argv: string[], env: NodeJS.ProcessEnv): (k: K) => string {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.values<Spec>(specs).map((s) => [s.flag, { type: s.boolean ? ('boolean' as const) : ('string' as const) }])),
    strict: true,
  });
  return (k) => {
    const s = specs[k];
    const v = values[s.flag];
    return v !== undefined ? String(v) : (env[s.env] ?? s.default());
  };
}
