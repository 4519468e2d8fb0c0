/** Where a validation problem is, and what is wrong there. Never carries the offending value. */
export interface ValidationIssue {
  /** Dotted path with indices, e.g. `measures[3].reports[0].status`; empty for the document itself. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** Base class of every error the SDK throws. */
export class CatalogueError extends Error {
  override name: string = 'CatalogueError';

  get isCatalogueError(): true {
    return true;
  }
}

/** The server answered with a status outside 200–299 (after any retries). */
export class CatalogueHttpError extends CatalogueError {
  override name = 'CatalogueHttpError' as const;
  readonly status: number;
  readonly url: string;

  constructor(status: number, statusText: string, url: string, options?: ErrorOptions) {
    super(`Request failed with status ${status}${statusText ? ` ${statusText}` : ''}: GET ${url}`, options);
    this.status = status;
    this.url = url;
  }
}

/** The whole load, retries and body included, took longer than `timeout`. */
export class CatalogueTimeoutError extends CatalogueError {
  override name = 'CatalogueTimeoutError' as const;
  readonly url: string;
  readonly timeout: number;

  constructor(url: string, timeout: number, options?: ErrorOptions) {
    super(`Request timed out after ${timeout} ms: GET ${url}`, options);
    this.url = url;
    this.timeout = timeout;
  }
}

/** No usable response: offline, DNS failure, refused or dropped connection. */
export class CatalogueNetworkError extends CatalogueError {
  override name = 'CatalogueNetworkError' as const;
  readonly url: string;

  constructor(url: string, options?: ErrorOptions) {
    super(`Network error: GET ${url}`, options);
    this.url = url;
  }
}

/** The data arrived but does not keep the contract. Nothing of it is returned. */
export class CatalogueValidationError extends CatalogueError {
  override name = 'CatalogueValidationError' as const;
  /** What was being read: a URL, or a name such as "inline offers". */
  readonly source: string;
  readonly issues: readonly ValidationIssue[];

  constructor(source: string, issues: readonly ValidationIssue[], options?: ErrorOptions) {
    super(describe(source, issues), options);
    this.source = source;
    this.issues = issues;
  }
}

const SHOWN_ISSUES = 5;

function describe(source: string, issues: readonly ValidationIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path || '(document)'}: ${issue.message}`);
  const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
  return `Invalid data from ${source} (${count}): ${lines.join('; ')}${more}`;
}

const names = new Set([
  'CatalogueError',
  'CatalogueHttpError',
  'CatalogueTimeoutError',
  'CatalogueNetworkError',
  'CatalogueValidationError',
]);

// `instanceof` fails when a page holds two copies of the SDK (an npm build and a CDN bundle),
// so the guards accept a matching `name` too.
function hasName(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

export function isCatalogueError(error: unknown): error is CatalogueError {
  return error instanceof CatalogueError || (error instanceof Error && names.has(error.name));
}

export function isCatalogueHttpError(error: unknown): error is CatalogueHttpError {
  return error instanceof CatalogueHttpError || hasName(error, 'CatalogueHttpError');
}

export function isCatalogueTimeoutError(error: unknown): error is CatalogueTimeoutError {
  return error instanceof CatalogueTimeoutError || hasName(error, 'CatalogueTimeoutError');
}

export function isCatalogueNetworkError(error: unknown): error is CatalogueNetworkError {
  return error instanceof CatalogueNetworkError || hasName(error, 'CatalogueNetworkError');
}

export function isCatalogueValidationError(error: unknown): error is CatalogueValidationError {
  return error instanceof CatalogueValidationError || hasName(error, 'CatalogueValidationError');
}
