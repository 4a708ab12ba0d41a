/**
 * Errors the API returns: each has an HTTP status and a stable code, and its message tells the
 * client what to do. Anything else that escapes a route is a 500 `internal` (and is logged).
 */
export class ApiError extends Error {
  /** Extra response headers (e.g. `retry-after`). */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toJSON(): { error: string; code: string; message: string } {
    // `error` mirrors Bonsai's error body; `code` is ours and stable.
    return { error: this.message, code: this.code, message: this.message };
  }
}

export class UnauthorizedError extends ApiError {
  constructor(message = 'missing or unknown x-api-key header: pass a key the coordinator printed or was configured with') {
    super(401, 'unauthorized', message);
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super(404, 'not_found', `no ${what} ${JSON.stringify(id.slice(0, 100))}`);
  }
}

export class BadRequestError extends ApiError {
  constructor(message: string, code = 'bad_request') {
    super(400, code, message);
  }
}

export class PayloadTooLargeError extends ApiError {
  constructor(what: string, limit: number) {
    super(413, 'too_large', `${what} is larger than the limit of ${limit} bytes`);
  }
}

export class InvalidGuestError extends ApiError {
  constructor(message: string) {
    super(400, 'invalid_guest', `not a RISC Zero guest: ${message}`);
  }
}

export class ImageIdMismatchError extends ApiError {
  constructor(claimed: string, actual: string) {
    super(400, 'image_id_mismatch', `the uploaded guest has image id ${actual}, not ${claimed}`);
  }
}

export class ConflictError extends ApiError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

export class RateLimitedError extends ApiError {
  constructor(message: string, retryAfterSeconds: number) {
    super(429, 'rate_limited', message);
    this.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

/**
 * A per-key quota (--max-sessions-per-key, --cycle-budget). 429 when waiting helps (a running
 * session will end), 403 when it does not (the budget only grows when the operator raises it).
 */
export class QuotaExceededError extends ApiError {
  constructor(message: string, retryable: boolean) {
    super(retryable ? 429 : 403, 'quota_exceeded', message);
  }
}

/**
 * An upload would take the images and inputs a key holds past --max-storage-per-key. 413, like an
 * upload over the size cap, but its own code: waiting does not help, deleting does.
 */
export class StorageQuotaError extends ApiError {
  constructor(used: number, more: number, limit: number) {
    super(
      413,
      'storage_quota_exceeded',
      `this API key holds ${used} bytes of images and inputs, and this upload needs ${more} more: that passes its storage quota of ${limit} bytes ` +
        '(--max-storage-per-key). Delete images (DELETE /images/{image_id}) or inputs (DELETE /inputs/{uuid}) it no longer needs, ' +
        'or ask the coordinator’s operator for a larger quota (GET /user/quotas shows quota and usage)',
    );
  }
}

/**
 * A worker's result is wrong (forged, tampered, of another claim, the wrong receipt kind): the
 * worker is at fault. Anything else the verifier throws is the coordinator's own failure.
 */
export class VerificationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'VerificationError';
  }
}

/** One of a task's inputs is missing or corrupt in the coordinator's own store: its loss, repaired, blaming nobody. */
export class InputLost extends Error {
  readonly code = 'input_lost';
  constructor(message: string) {
    super(message);
    this.name = 'InputLost';
  }
}
