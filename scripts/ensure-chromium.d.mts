// Types of ensure-chromium.mjs (plain JavaScript run by Node; imported by vitest.config.ts).

/** Where the tests look for Chromium; override with CHROMIUM_PATH. */
export declare const chromiumPath: string;
/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export declare const chromiumArgs: readonly string[];
/** Returns when Chromium is there; installs it or exits with instructions otherwise. */
export declare function ensureChromium(): void;
