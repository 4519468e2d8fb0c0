// Turns zod's issues into messages that say what is wrong and where, without echoing input.
import type { z } from './z.js';
import type { ValidationIssue } from '../errors/errors.js';

type ZodIssue = z.core.$ZodIssue;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function quote(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function sizeMessage(issue: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return `expected ${word} ${String(bound)} characters`;
    case 'array':
    case 'set':
      return `expected ${word} ${String(bound)} items`;
    default:
      return `expected a number ${issue.code === 'too_small' ? '≥' : '≤'} ${String(bound)}`;
  }
}

function message(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `expected ${quote(issue.values)}` : `expected one of ${quote(issue.values)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      return issue.format === 'regex' ? 'has the wrong format' : `expected a valid ${issue.format}`;
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unexpected keys ${quote(issue.keys)}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    case 'custom':
      return issue.message;
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

export function toValidationIssues(issues: readonly ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const branch = closestBranch(issue);
    if (branch) return toValidationIssues(branch);
    return [{ path: formatPath(issue.path), code: issue.code, message: message(issue) }];
  });
}
