// A walk over untrusted JSON before the schema sees it: the first list, text or nesting past a limit is reported at its
// path, so that a file with 100 000 languages in one offer costs a moment, not one problem per item. The walk keeps its
// own stack: no input, however deep, can overflow the call stack.
import type { ValidationIssue } from '../errors/errors.js';

export interface Bounds {
  /** Items in any one list. */
  items: number;
  /** Characters in any one text. */
  characters: number;
  /** Levels of nesting. */
  depth: number;
}

/** The first place in `value` that is past `bounds`, as a validation issue; undefined when there is none. */
export function pastBounds(value: unknown, bounds: Bounds, at: string): ValidationIssue | undefined {
  const stack: [unknown, string, number][] = [[value, at, 0]];
  while (stack.length > 0) {
    const [item, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof item === 'string') {
      if (item.length > bounds.characters) return tooBig(path, 'string', bounds.characters);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= bounds.depth) return { path, code: 'too_deep', message: `nested more than ${bounds.depth} levels`, params: { limit: bounds.depth } };
    if (Array.isArray(item)) {
      if (item.length > bounds.items) return tooBig(path, 'array', bounds.items);
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push([item[i], `${path}[${i}]`, depth + 1]);
      continue;
    }
    const keys = Object.keys(item);
    if (keys.length > bounds.items) return tooBig(path, 'object', bounds.items);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      if (key.length > bounds.characters) return tooBig(path, 'string', bounds.characters);
      stack.push([(item as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1]);
    }
  }
  return undefined;
}

function tooBig(path: string, origin: 'string' | 'array' | 'object', bound: number): ValidationIssue {
  const what = origin === 'string' ? 'characters' : origin === 'array' ? 'items' : 'fields';
  return { path, code: 'too_big', message: `expected at most ${bound} ${what}`, params: { origin: origin === 'object' ? 'array' : origin, bound } };
}
