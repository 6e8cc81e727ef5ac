// Types of console-routes.mjs (plain JavaScript with JSDoc, bundled as is by esbuild).
import type { Store } from '@yizhan/core/flow';
import type { createServer } from '@yizhan/server';

/** The flow of the volunteer pack's love-relay template. */
export declare const RELAY_FLOW_ID: string;

/**
 * Adds the love-relay page's routes (`GET /relays`, `GET|POST /relays/{id}/events`) to the
 * Yizhan server's own app, before its first request.
 */
export declare function registerConsoleRoutes(
  app: ReturnType<typeof createServer>['app'],
  options: {
    readonly store: Store;
    readonly registry: { owner(flowId: string): Promise<readonly string[] | null> };
    readonly clock?: () => Date;
  },
): void;
