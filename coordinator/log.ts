/** A logger per component: JSON lines (for services) or short text lines (for people), on stderr. */
export type Fields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(component: string): Logger;
}

export function createLogger(component: string, mode: 'json' | 'text' = 'json', out: NodeJS.WritableStream = process.stderr): Logger {
  const emit = (level: string, msg: string, fields?: Fields) => {
    if (mode === 'json') {
      out.write(JSON.stringify({ t: new Date().toISOString(), level, component, msg, ...fields }) + '\n');
    } else {
      const extra = fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : '';
      out.write(`${new Date().toISOString().slice(11, 19)} ${level.padEnd(5)} [${component}] ${msg}${extra}\n`);
    }
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (c) => createLogger(`${component}.${c}`, mode, out),
  };
}
