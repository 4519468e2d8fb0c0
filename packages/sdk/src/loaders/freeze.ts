// Embedded data is frozen once loaded: every caller gets the same object, and none can change what the next one gets.

/** Freezes `value` and everything in it; gives it back. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
