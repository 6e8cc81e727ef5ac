// The baseline of the sign-up benchmark: a bare Hono hello-world route on Node, the same
// framework and adapter the Yizhan server uses, with no store, auth or validation.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/hello', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`READY http://127.0.0.1:${info.port}\n`);
});
