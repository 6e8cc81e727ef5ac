/**
 * Import this module before any other Yizhan module in code that runs under a strict
 * Content-Security-Policy (no 'unsafe-eval'). It makes zod validate without generating
 * code: zod 4 otherwise probes the Function constructor when a schema is built, which such a policy
 * reports as a violation. Servers leave it out and keep zod's faster compiled path.
 *
 * @example
 * import '@yizhan/core/strict-csp';
 * import { parseForm } from '@yizhan/core/form';
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
