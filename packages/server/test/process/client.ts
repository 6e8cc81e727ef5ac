// A small HTTP client for tests against real servers over loopback: keep-alive sockets
// with a cap, so thousands of concurrent requests queue on the client instead of opening
// thousands of connections.
import { Agent, request } from 'node:http';

/** What a request answered, or the network error when it got no answer. */
export type Reply =
  | { readonly ok: true; readonly status: number; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly error: string };

/** An HTTP client with at most `sockets` connections per server. */
export function httpClient(sockets = 128) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    send(
      url: string,
      method: string,
      headers: Record<string, string>,
      body?: unknown,
    ): Promise<Reply> {
      return new Promise((resolve) => {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const req = request(
          url,
          {
            method,
            agent,
            headers: {
              ...headers,
              ...(text === undefined
                ? {}
                : {
                    'content-type': 'application/json',
                    'content-length': Buffer.byteLength(text),
                  }),
            },
          },
          (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              data += chunk;
            });
            res.on('end', () => {
              try {
                resolve({
                  ok: true,
                  status: res.statusCode ?? 0,
                  body: data === '' ? {} : JSON.parse(data),
                });
              } catch {
                resolve({ ok: true, status: res.statusCode ?? 0, body: { raw: data } });
              }
            });
            res.on('error', (error) => resolve({ ok: false, error: error.message }));
          },
        );
        req.on('error', (error) => resolve({ ok: false, error: error.message }));
        if (text !== undefined) req.write(text);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}
