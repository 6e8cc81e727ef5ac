// The fsync rate of the disk under a folder: how many small write + fsync pairs a second
// one process manages, one after the other. A store that syncs every commit on its own
// cannot acknowledge more commits than this one at a time; group commit shares a sync
// between concurrent commits.
//
//   node packages/store-sqlite/bench/fsync-rate.mjs [folder] [--seconds 3]
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args[secondsAt + 1]) : 3;
const base =
  args.find((arg, index) => !arg.startsWith('--') && index !== secondsAt + 1) ?? tmpdir();
const folder = mkdtempSync(join(base, 'yizhan-fsync-'));
const page = Buffer.alloc(4096, 7);

function measure(name, sync) {
  const fd = openSync(join(folder, `${name}.bin`), 'w');
  const times = [];
  const until = performance.now() + seconds * 1000;
  let offset = 0;
  while (performance.now() < until) {
    const started = performance.now();
    writeSync(fd, page, 0, page.length, offset);
    sync(fd);
    times.push(performance.now() - started);
    offset = (offset + page.length) % (1024 * page.length);
  }
  closeSync(fd);
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  const rate = Math.round(times.length / seconds);
  process.stdout.write(
    `${name.padEnd(10)} ${rate.toLocaleString('en')}/s  (median ${at(0.5)} ms, p99 ${at(0.99)} ms, ${times.length} syncs)\n`,
  );
}

try {
  process.stdout.write(`write 4 KiB + sync in ${folder}, ${seconds} s each\n`);
  measure('fsync', fsyncSync);
  measure('fdatasync', fdatasyncSync);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
