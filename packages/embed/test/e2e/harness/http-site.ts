import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HttpSite {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A plain HTTP server on a free port: the partner's own site (a different
 * origin from the Placard server) or a stand-in CDN. `route` answers a
 * request or returns false to give a 404.
 */
export async function startHttpSite(host: string, route: (path: string) => Route | undefined): Promise<HttpSite> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    requests.push(path);
    const handler = route(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
