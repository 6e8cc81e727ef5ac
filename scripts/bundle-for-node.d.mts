// Types of bundle-for-node.mjs (plain JavaScript run by Node; imported by tests and benches).

/**
 * Bundles a TypeScript entry of the workspace into `outfile` (one ES module for plain
 * Node) with the SQLite writer thread beside it; answers `outfile`.
 */
export declare function bundleForNode(options: {
  entry: string;
  outfile: string;
  logLevel?: 'verbose' | 'debug' | 'info' | 'warning' | 'error' | 'silent';
}): Promise<string>;

/** Bundles the SQLite store's writer thread into `folder/writer-thread.js`; answers its path. */
export declare function bundleWriterThread(
  folder: string,
  logLevel?: 'verbose' | 'debug' | 'info' | 'warning' | 'error' | 'silent',
): Promise<string>;
