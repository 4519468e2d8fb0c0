// Attribute converters for enumerated values: a CMS can write anything in an attribute, and what is not one of the
// allowed words is read as not set, never passed on as a string the types do not allow.

/** One of `allowed`, or undefined. */
export const oneOf = <T extends string>(allowed: readonly T[]) => ({
  fromAttribute: (value: string | null): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined),
  toAttribute: (value: T | undefined) => value ?? null,
});

/** A space- or comma-separated list of `allowed` words; others are left out. */
export const listOf = <T extends string>(allowed: readonly T[]) => ({
  fromAttribute: (value: string | null): T[] => (value ?? '').split(/[\s,]+/).filter((item): item is T => allowed.includes(item as T)),
  toAttribute: (value: readonly T[]) => value.join(' '),
});

/** A space- or comma-separated list of ids (lower-case letters, digits and hyphens). */
export const idList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter((item) => /^[a-z0-9-]{1,80}$/.test(item)),
  toAttribute: (value: readonly string[]) => value.join(' '),
};
