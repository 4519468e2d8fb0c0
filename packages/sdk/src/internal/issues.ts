// Turns zod's issues into the SDK's: a path, a code, an English message for developers and the parameters that
// `describeIssue` words in bokmål, nynorsk or English. Never the offending value.
import type { z } from './z.js';
import type { IssueParams, ValidationIssue } from '../errors/errors.js';

type ZodIssue = z.core.$ZodIssue;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The schemas' patterns by name, for messages that say what was expected rather than show a regular expression. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'id',
  '^\\d{4}$': 'four_digits',
  '^\\d{2}$': 'two_digits',
  '^\\+?[0-9 ]{5,20}$': 'phone',
  '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$': 'language_tag',
  '^\\d{3}_[0-9a-f]{16}\\.txt$': 'seed_file',
};

const quote = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function sizeMessage(issue: ZodIssue & { code: 'too_small' | 'too_big' }): [string, IssueParams] {
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  const origin = issue.origin === 'string' ? 'string' : issue.origin === 'array' || issue.origin === 'set' ? 'array' : 'number';
  const message =
    origin === 'string'
      ? `expected ${word} ${bound} characters`
      : origin === 'array'
        ? `expected ${word} ${bound} items`
        : `expected a number ${issue.code === 'too_small' ? '≥' : '≤'} ${bound}`;
  return [message, { origin, bound }];
}

function describe(issue: ZodIssue): [string, IssueParams] {
  switch (issue.code) {
    case 'invalid_type':
      return [`expected ${issue.expected}`, { expected: issue.expected }];
    case 'invalid_value': {
      const values = issue.values.map((value) => String(value));
      return [issue.values.length === 1 ? `expected ${quote(issue.values)}` : `expected one of ${quote(issue.values)}`, { values }];
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format': {
      const pattern = issue.format === 'regex' ? (PATTERNS[(issue as { pattern?: string }).pattern ?? ''] ?? 'pattern') : issue.format;
      return [
        issue.format === 'regex' ? `has the wrong format (expected ${pattern.replaceAll('_', ' ')})` : `expected a valid ${issue.format}`,
        { format: pattern },
      ];
    }
    case 'invalid_union':
      return ['does not match any of the allowed shapes', {}];
    case 'not_multiple_of':
      return [`expected a multiple of ${String(issue.divisor)}`, { divisor: Number(issue.divisor) }];
    case 'unrecognized_keys':
      return [`unexpected keys ${quote(issue.keys)}`, { keys: issue.keys }];
    case 'invalid_key':
      return ['has an invalid key', {}];
    case 'invalid_element':
      return ['has an invalid element', {}];
    case 'custom':
      return [issue.message, { rule: String((issue.params as { rule?: unknown } | undefined)?.rule ?? 'custom') }];
  }
}

// For a value that matches no branch of a union, the branch it came closest to (fewest problems) says
// more than "matches nothing": `price.amountNok: expected number`.
function closestBranch(issue: ZodIssue): readonly ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return undefined;
  const branches = [...issue.errors].sort((a, b) => a.length - b.length);
  const [best, next] = branches;
  if (!best || best.length === 0 || (next && next.length === best.length)) return undefined;
  return best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** zod's issues as the SDK's, at most `limit` of them (an array of 100 000 bad items has as many issues). */
export function toValidationIssues(issues: readonly ZodIssue[], limit = Infinity): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (out.length >= limit) break;
    const branch = closestBranch(issue);
    if (branch) {
      out.push(...toValidationIssues(branch, limit - out.length));
      continue;
    }
    const path = formatPath(issue.path);
    // With `reportInput`, a field that is not there at all says so: "is missing", not "expected string".
    if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
      out.push({ path, code: 'missing', message: 'is missing but required', params: { expected: issue.expected } });
      continue;
    }
    const [message, params] = describe(issue);
    out.push({ path, code: issue.code, message, params });
  }
  return out;
}

/** The first issue of each path, in order, at most `limit`: one problem per field is what an editor needs. Linear. */
export function firstPerPath(issues: readonly ValidationIssue[], limit: number): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    out.push(issue);
    if (out.length >= limit) break;
  }
  return out;
}
