/**
 * protocol/: the only contract between coordinator and worker. The schema is wholesum.proto
 * (generated code in generated/, `npm run generate`); ids.ts names the libp2p protocols and topic;
 * limits.ts caps every message; po2.ts the segment sizes; kinds.ts the task kinds (name, wire
 * enum, input roles); codec.ts turns bytes into validated messages or a ProtocolError;
 * channel.ts runs bounded, timed conversations on streams; blobs.ts moves checked chunks;
 * session.ts holds both sides of the task conversation; node.ts builds the libp2p node.
 * Imports neither coordinator/ nor worker/.
 */
export * from './ids.js';
export * from './limits.js';
export * from './errors.js';
export * from './codec.js';
export * from './po2.js';
export * from './kinds.js';
export * from './channel.js';
export * from './blobs.js';
export * from './session.js';
export * from './node.js';
export * from './tokens.js';
