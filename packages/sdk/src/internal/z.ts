// The one place the SDK imports zod. Jitless mode keeps zod from probing `new Function`,
// which a page with `Content-Security-Policy: default-src 'self'` reports as a violation.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
