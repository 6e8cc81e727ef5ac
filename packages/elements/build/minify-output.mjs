// Minifies the script-tag files once more after tsup has written them. tsup's tree-shaking
// pass (rollup) runs after esbuild's minifier and prints the code again in a longer form
// (`true` for `!0`, full conditionals): a second esbuild pass over the written file takes
// that back (about 0.4 KB gzipped off yizhan.js). Same target and format as the build.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/**
 * Minifies the ES module files `names` in `dir` in place.
 *
 * @param {string} dir
 * @param {readonly string[]} names
 * @returns {Promise<void>}
 */
export async function minifyOutput(dir, names) {
  for (const name of names) {
    const path = join(dir, name);
    const code = await readFile(path, 'utf8');
    const result = await transform(code, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    });
    await writeFile(path, result.code);
  }
}
