/**
 * common/: the small helpers both daemons share that are not part of their contract (that is
 * protocol/): the option table (flags, environment variables, defaults, `--help`) and the logger.
 * Imports nothing of the project.
 */
export * from './log.js';
export * from './options.js';
