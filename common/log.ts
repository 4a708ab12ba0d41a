/**
 * A logger per component, on stderr: JSON lines (services), short text lines (people), or, on a
 * TTY, text lines with one live status line below them that `status()` replaces.
 */
export type Fields = Record<string, unknown>;

export type LogMode = 'json' | 'text' | 'tty' | 'auto';

export interface Logger {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** Replace the live status line (tty mode only; ignored otherwise). */
  status(line: string): void;
  child(component: string): Logger;
}

/** `auto`: tty on a terminal, JSON otherwise. */
export function createLogger(component: string, mode: LogMode = 'json', out: NodeJS.WritableStream = process.stderr): Logger {
  const stream = out as NodeJS.WriteStream;
  const resolved = mode === 'auto' ? (stream.isTTY === true ? 'tty' : 'json') : mode;
  let current = '';
  const emit = (level: string, msg: string, fields?: Fields) => {
    if (resolved === 'json') {
      out.write(`${JSON.stringify({ t: new Date().toISOString(), level, component, msg, ...fields })}\n`);
      return;
    }
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
    const time = new Date().toISOString().slice(11, 19);
    if (resolved === 'tty') out.write(`\r\x1b[2K${time} ${level} ${msg}${extra}\n${current}`);
    else out.write(`${time} ${level.padEnd(5)} [${component}] ${msg}${extra}\n`);
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    status: (line) => {
      if (resolved !== 'tty') return;
      current = line.slice(0, (stream.columns ?? 120) - 1);
      out.write(`\r\x1b[2K${current}`);
    },
    child: (c) => createLogger(`${component}.${c}`, resolved, out),
  };
}
