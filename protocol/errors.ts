/** One error class for everything the protocol refuses; `code` is stable. */
export type ProtocolErrorCode = 'oversize' | 'malformed' | 'invalid' | 'unexpected_message' | 'version_mismatch' | 'timeout' | 'closed' | 'blob_corrupt' | 'refused';

export class ProtocolError extends Error {
  readonly code: ProtocolErrorCode;
  constructor(code: ProtocolErrorCode, message: string) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
  }
}
