// Checks shell samples without running them: every program a command names must exist
// (a pnpm script, a `yizhan` subcommand and its options, a file for `node`, a tool of the
// system), and every environment variable set before a command must be one Yizhan reads.

/** What a shell sample may name, gathered from the repository by the caller. */
export interface ShellKnowledge {
  /** Scripts of the root package.json (`start`, `test`, `bench` …). */
  readonly rootScripts: ReadonlySet<string>;
  /** Scripts per workspace package name (`@yizhan/elements` → `build`, `analyze`). */
  readonly packageScripts: ReadonlyMap<string, ReadonlySet<string>>;
  /** `yizhan` subcommands with the text of their usage line (options are looked up in it). */
  readonly yizhanCommands: ReadonlyMap<string, string>;
  /** Environment variables Yizhan reads (`DATABASE_URL`, `YIZHAN_DATA` …). */
  readonly envNames: ReadonlySet<string>;
  /** Executables in `node_modules/.bin` of the root. */
  readonly binaries: ReadonlySet<string>;
  /** Whether a path (relative to the repository root) exists. */
  exists(path: string): boolean;
}

/** System tools a deployment page may name: they are not part of the repository. */
export const SYSTEM_TOOLS: ReadonlySet<string> = new Set([
  'apt-get',
  'tee',
  'date',
  'find',
  'gzip',
  'nginx',
  'cat',
  'cd',
  'chmod',
  'chown',
  'cp',
  'curl',
  'echo',
  'export',
  'git',
  'install',
  'journalctl',
  'ls',
  'mkdir',
  'mv',
  'npm',
  'npx',
  'openssl',
  'pg_dump',
  'psql',
  'rm',
  'runuser',
  'sqlite3',
  'sudo',
  'systemctl',
  'tar',
  'test',
  'useradd',
  'createdb',
  'createuser',
]);

/** Options every `yizhan` command takes. */
const GLOBAL_OPTIONS = new Set(['--locale', '--help', '-h']);

/** Joins continued lines, drops comments, and splits a sample into simple commands. */
export function shellCommands(code: string): string[][] {
  const text = code.replace(/\\\n/g, ' ');
  const commands: string[][] = [];
  for (const rawLine of text.split('\n')) {
    const line = stripComment(rawLine).trim();
    if (line === '') continue;
    for (const inner of line.matchAll(/\$\(([^()]*)\)/g))
      commands.push(...shellCommands(inner[1] ?? ''));
    const flat = line.replace(/\$\([^()]*\)/g, 'SUBST');
    for (const part of flat.split(/&&|\|\||;|\|/)) {
      const words = splitWords(part.trim());
      if (words.length > 0) commands.push(words);
    }
  }
  return commands;
}

function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

function splitWords(part: string): string[] {
  const words: string[] = [];
  for (const match of part.matchAll(/"[^"]*"|'[^']*'|[^\s<>]+/g)) {
    const word = match[0];
    words.push(word.replace(/^(["'])(.*)\1$/, '$2'));
  }
  // Redirections: drop the target after > or <.
  return words;
}

/**
 * Problems of one shell sample, as sentences; `[]` when every command is known.
 *
 * @example
 * checkShell('pnpm start', knowledge); // []
 */
export function checkShell(code: string, known: ShellKnowledge): string[] {
  const problems: string[] = [];
  for (const words of shellCommands(code)) {
    let rest = [...words];
    while (rest[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0])) {
      const name = rest[0].slice(0, rest[0].indexOf('='));
      if (!known.envNames.has(name))
        problems.push(
          `${name} is not an environment variable Yizhan reads (see ServeEnv in packages/server/src/node.ts).`,
        );
      rest = rest.slice(1);
    }
    const [program, ...args] = rest;
    if (program === undefined) continue;
    problems.push(...checkProgram(program, args, known));
  }
  return problems;
}

function checkProgram(program: string, args: string[], known: ShellKnowledge): string[] {
  if (program === 'pnpm') return checkPnpm(args, known);
  if (program === 'yizhan') return checkYizhan(args, known);
  if (program === 'node') {
    const file = args.find((arg) => !arg.startsWith('-'));
    return file === undefined || known.exists(file)
      ? []
      : [`node runs ${file}, which does not exist.`];
  }
  if (program === 'sudo' || program === 'npx') {
    // Options of sudo that take a value: -u user, -g group.
    const rest = args.filter(
      (arg, i) => !arg.startsWith('-') && !/^-[ug]$/.test(args[i - 1] ?? ''),
    );
    const [next, ...more] = rest;
    return next === undefined ? [] : checkProgram(next, more, known);
  }
  if (known.binaries.has(program) || SYSTEM_TOOLS.has(program)) return [];
  if (program.includes('/') && known.exists(program)) return [];
  return [
    `"${program}" is neither a pnpm script, a yizhan command, a file of the repository nor a known system tool.`,
  ];
}

function checkPnpm(args: string[], known: ShellKnowledge): string[] {
  let scripts = known.rootScripts;
  let where = 'the root package.json';
  const rest = [...args];
  while (rest[0]?.startsWith('-')) {
    const flag = rest.shift() ?? '';
    if (flag === '--filter' || flag === '-F') {
      const name = rest.shift() ?? '';
      const own = known.packageScripts.get(name);
      if (!own) return [`pnpm --filter ${name}: no workspace package has that name.`];
      scripts = own;
      where = `${name}'s package.json`;
    }
  }
  const [command, ...more] = rest;
  if (command === undefined) return ['pnpm without a command.'];
  if (command === 'install' || command === 'i' || command === 'add') return [];
  if (command === 'exec') {
    const [bin] = more;
    return bin && known.binaries.has(bin)
      ? []
      : [`pnpm exec ${bin ?? ''}: not in node_modules/.bin.`];
  }
  if (command === 'run') {
    const [script] = more;
    return script && scripts.has(script)
      ? []
      : [`pnpm run ${script ?? ''}: no such script in ${where}.`];
  }
  return scripts.has(command) ? [] : [`pnpm ${command}: no such script in ${where}.`];
}

function checkYizhan(args: string[], known: ShellKnowledge): string[] {
  const [name, ...rest] = args.filter(
    (arg, i, all) => !(arg === '--locale' || all[i - 1] === '--locale'),
  );
  if (name === undefined) return ['yizhan without a command.'];
  const usage = known.yizhanCommands.get(name);
  if (usage === undefined)
    return [`yizhan ${name}: no such command (${[...known.yizhanCommands.keys()].join(', ')}).`];
  const problems: string[] = [];
  for (const option of rest.filter((arg) => arg.startsWith('-'))) {
    if (!GLOBAL_OPTIONS.has(option) && !usage.includes(option))
      problems.push(`yizhan ${name} has no option ${option} (usage: ${usage}).`);
  }
  return problems;
}
