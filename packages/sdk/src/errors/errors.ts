/**
 * What a validation problem expected, for putting it in words in any language (see `describeIssue`): `expected`
 * (a type), `values` (the allowed ones), `origin` and `bound` (a size), `format` (a named pattern: `id`,
 * `four_digits`, `phone`, `language_tag`, `email`, `date`), `rule` (a rule of the contract: `sign_up_link`,
 * `start_before_end`, …), `field`, `what` and `limit`.
 */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/** Where a validation problem is, and what is wrong there. Never carries the offending value. */
export interface ValidationIssue {
  /** Dotted path with indices, e.g. `measures[3].reports[0].status`; empty for the document itself. */
  readonly path: string;
  /**
   * What kind of problem: zod's codes (`invalid_type`, `invalid_value`, `too_small`, `too_big`, `invalid_format`,
   * `custom`, …) and the SDK's own (`duplicate`, `unknown_reference`, `unknown_municipality`, `invalid_json`,
   * `too_large`, `invalid_encoding`, `not_json`, `too_deep`, `too_many_problems`; for a file that could not be had,
   * `http_error`, `timeout`, `network`, `unreadable`).
   */
  readonly code: string;
  /** The problem in English, for developers. */
  readonly message: string;
  /** What was expected, for messages in other languages. */
  readonly params?: IssueParams;
}

/** Base class of every error the SDK throws. */
export class CatalogueError extends Error {
  /** The error's kind, also across copies of the SDK: `CatalogueError`, `CatalogueHttpError`, … */
  override name: string = 'CatalogueError';

  /** Always true: marks the SDK's errors for code that cannot use `instanceof`. */
  get isCatalogueError(): true {
    return true;
  }
}

/** The server answered with a status outside 200–299 (after any retries). */
export class CatalogueHttpError extends CatalogueError {
  override name = 'CatalogueHttpError' as const;
  /** The HTTP status, 404 say. */
  readonly status: number;
  /** The address asked for. */
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
  /** The address asked for. */
  readonly url: string;
  /** The time allowed, in milliseconds. */
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
  /** The address asked for. */
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
  /** The first problems found (at most 100 from an offers file), each with its path. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems there were in all; more than `issues.length` when the list was cut short. */
  readonly total: number;

  constructor(source: string, issues: readonly ValidationIssue[], options?: ErrorOptions & { total?: number }) {
    const total = Math.max(options?.total ?? issues.length, issues.length);
    super(describe(source, issues, total), options);
    this.source = source;
    this.issues = issues;
    this.total = total;
  }
}

const SHOWN_ISSUES = 5;

function describe(source: string, issues: readonly ValidationIssue[], total: number): string {
  const count = total === 1 ? '1 problem' : `${total} problems`;
  const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path || '(document)'}: ${issue.message}`);
  const shown = Math.min(SHOWN_ISSUES, issues.length);
  const more = total > shown ? `; and ${total - shown} more` : '';
  return `Invalid data from ${source} (${count}): ${lines.join('; ')}${more}`;
}

const names = new Set(['CatalogueError', 'CatalogueHttpError', 'CatalogueTimeoutError', 'CatalogueNetworkError', 'CatalogueValidationError']);

// `instanceof` fails when a page holds two copies of the SDK (an npm build and a CDN bundle),
// so the guards accept a matching `name` too.
function hasName(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

/** Whether `error` is any of the SDK's errors, from this copy of the SDK or another (an npm build and a CDN copy). */
export function isCatalogueError(error: unknown): error is CatalogueError {
  return error instanceof CatalogueError || (error instanceof Error && names.has(error.name));
}

/** Whether `error` is a {@link CatalogueHttpError}, from this copy of the SDK or another. */
export function isCatalogueHttpError(error: unknown): error is CatalogueHttpError {
  return error instanceof CatalogueHttpError || hasName(error, 'CatalogueHttpError');
}

/** Whether `error` is a {@link CatalogueTimeoutError}, from this copy of the SDK or another. */
export function isCatalogueTimeoutError(error: unknown): error is CatalogueTimeoutError {
  return error instanceof CatalogueTimeoutError || hasName(error, 'CatalogueTimeoutError');
}

/** Whether `error` is a {@link CatalogueNetworkError}, from this copy of the SDK or another. */
export function isCatalogueNetworkError(error: unknown): error is CatalogueNetworkError {
  return error instanceof CatalogueNetworkError || hasName(error, 'CatalogueNetworkError');
}

/** Whether `error` is a {@link CatalogueValidationError}, from this copy of the SDK or another. */
export function isCatalogueValidationError(error: unknown): error is CatalogueValidationError {
  return error instanceof CatalogueValidationError || hasName(error, 'CatalogueValidationError');
}
