// A real HTTP server on 127.0.0.1 for the client tests: the catalogue, error statuses, slow and broken answers.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../data/dist/', import.meta.url));
export const catalogueText = readFileSync(`${dist}catalogue.json`, 'utf8');

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  url: string;
  /** Requests received per path. */
  hits: Map<string, number>;
  /** Serve `body` (or run `handler`) at `path`. */
  route(path: string, handler: Handler | string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const json =
    (body: string): Handler =>
    (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
    };
  routes.set('/catalogue.json', json(catalogueText));
  for (const locale of ['nb', 'nn', 'en']) {
    for (const domain of ['strategy', 'levels', 'programmes']) {
      routes.set(`/chunks/${locale}/${domain}.json`, json(readFileSync(`${dist}chunks/${locale}/${domain}.json`, 'utf8')));
    }
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    route(path, handler) {
      routes.set(path, typeof handler === 'string' ? json(handler) : handler);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
