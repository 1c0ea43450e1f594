// Messages name what went wrong with the scanner, never what was scanned: no file content, no file
// names, no object keys. They end up in logs.

/** Base class of everything the clamd client throws. */
export class ScannerError extends Error {
  override name = 'ScannerError';
  /** A short machine-readable reason, e.g. ECONNREFUSED, timeout, size_limit. */
  readonly reason: string;

  constructor(message: string, reason: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
  }
}

/**
 * clamd could not be reached, hung up before answering, or did not answer in time. Nothing is
 * known about the file: callers keep it pending and try again later.
 */
export class ScannerUnavailableError extends ScannerError {
  override name = 'ScannerUnavailableError';
}

/** The stream is longer than clamd's StreamMaxLength ("INSTREAM size limit exceeded"). Not scanned. */
export class ScanSizeLimitError extends ScannerError {
  override name = 'ScanSizeLimitError';

  constructor() {
    super("The file is longer than the scanner's StreamMaxLength; it was not scanned", 'size_limit');
  }
}

/** clamd answered with an error or something this client does not understand. Not scanned. */
export class ScannerProtocolError extends ScannerError {
  override name = 'ScannerProtocolError';
}
