import type { Server } from 'node:http';

/** Starts the examples server; `extraMounts` (`[prefix, folder]` pairs, checked first) serve more folders. */
export function startServer(options?: { port?: number; host?: string; extraMounts?: [string, string][] }): Promise<Server>;
