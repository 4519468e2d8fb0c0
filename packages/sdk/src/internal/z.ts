// The one place the SDK imports zod. It changes nothing global (no `z.config`): zod's settings are shared by every
// copy of zod v4 on a page or in a process, so they belong to the host. zod/mini's objects never compile parsers with
// `new Function`, so a page with `Content-Security-Policy: default-src 'self'` sees no violation without jitless mode.
import * as z from 'zod/mini';

export { z };
