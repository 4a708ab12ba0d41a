/**
 * The worker's logger: JSON lines on stderr, or, on a TTY, one live status line that log events
 * print above.
 */
export type Fields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** Replace the live status line (TTY only; ignored in JSON mode). */
  status(line: string): void;
}

export function createLogger(component: string, mode: 'auto' | 'json' | 'tty', out: NodeJS.WriteStream = process.stderr): Logger {
  const tty = mode === 'tty' || (mode === 'auto' && out.isTTY === true);
  let current = '';
  const emit = (level: string, msg: string, fields?: Fields) => {
    if (tty) {
      const extra = fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : '';
      out.write(`\r\x1b[2K${new Date().toISOString().slice(11, 19)} ${level} ${msg}${extra}\n${current}`);
    } else {
      out.write(JSON.stringify({ t: new Date().toISOString(), level, component, msg, ...fields }) + '\n');
    }
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    status: (line) => {
      if (!tty) return;
      current = line.slice(0, (out.columns ?? 120) - 1);
      out.write(`\r\x1b[2K${current}`);
    },
  };
}
