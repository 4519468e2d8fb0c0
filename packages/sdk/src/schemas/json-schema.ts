import { z } from '../internal/z.js';

/**
 * A JSON Schema (draft 2020-12) for one of the SDK's schemas, for sites that validate without JavaScript.
 * Checks JSON Schema cannot express (cross-record references, "at least one language") are left to the SDK.
 */
export function toJsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}
