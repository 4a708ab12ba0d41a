/**
 * A node:test reporter that prints each test file's wall time, slowest first, when the run ends
 * (`npm test` uses it beside `spec`). With --test-concurrency=1 files run one after another, so a
 * file's time runs from its dequeue to the next file's: before/after hooks and process start count,
 * which a per-test duration would miss. The table is how `npm test` is kept within its budget.
 */
// Plain JavaScript: node loads reporters before `--import tsx` can compile TypeScript for them.
/** @param {AsyncIterable<{ type: string, data: { name?: string, file?: string, nesting?: number } }>} source */
export default async function* fileTimes(source) {
  const started = Date.now();
  /** @type {Map<string, number>} */
  const seconds = new Map();
  /** @type {{ file: string, since: number } | undefined} */
  let current;
  const close = (now) => {
    if (current) seconds.set(current.file, (seconds.get(current.file) ?? 0) + (now - current.since) / 1000);
  };
  for await (const e of source) {
    // A file's own wrapper is the nesting-0 entry named by its path.
    if (e.type === 'test:dequeue' && e.data.nesting === 0 && e.data.file && e.data.name === e.data.file) {
      const now = Date.now();
      close(now);
      current = { file: e.data.file, since: now };
    }
  }
  close(Date.now());
  const cwd = `${process.cwd()}/`;
  const rows = [...seconds].sort((a, b) => b[1] - a[1]);
  const total = (Date.now() - started) / 1000;
  yield `\nseconds per test file (${rows.length} files, ${(total / 60).toFixed(1)} min in all):\n`;
  for (const [file, s] of rows) yield `${s.toFixed(0).padStart(7)}  ${file.replace(cwd, '')}\n`;
}
