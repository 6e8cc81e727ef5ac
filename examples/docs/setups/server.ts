// Setup of the server samples (docs/server.md, docs/widgets.md, docs/security.md): an
// authentication hook, a store, and port 0 so a sample's server takes a free port.
import { createMemoryStore } from '@yizhan/core/flow';
import type { Authentication } from '@yizhan/server';

process.env.PORT = '0';

/** The host's own authentication: here everyone is the 崇文社区 coordinator. */
export const myAuthenticate = (_request: Request): Authentication => ({
  ok: true,
  principal: { id: 'wang-zhan', roles: ['coordinator'], place: ['luling', 'hedong', 'chongwen'] },
});
/** The same hook under the name the widgets page uses. */
export const authenticate = myAuthenticate;
/** A store for samples that only pass one. */
export const store = createMemoryStore();
