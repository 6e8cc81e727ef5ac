/** Minifies the ES module files `names` in `dir` in place, once more after tsup has written them. */
export function minifyOutput(dir: string, names: readonly string[]): Promise<void>;
