import type { Command } from '../command';

/** What `yizhan serve` needs from `@yizhan/server` (loaded when the command runs). */
interface ServerModule {
  serveFromEnv(
    env: Record<string, string | undefined>,
  ): Promise<{ url: string; store: string; close(): Promise<void> }>;
}

/** Options of {@link createServeCommand}; tests replace the loader, the environment and the stop signal. */
export interface ServeCommandOptions {
  readonly load?: () => Promise<ServerModule>;
  readonly env?: Record<string, string | undefined>;
  /** Resolves when the server should stop; SIGINT or SIGTERM by default. */
  readonly until?: () => Promise<void>;
}

const SERVER_PACKAGE = '@yizhan/server';

const words = {
  'zh-CN': {
    serving: (url: string, store: string) =>
      `驿站服务已启动：${url}（${store}）。按 Ctrl+C 停止。\n`,
    stopped: '已停止。\n',
  },
  en: {
    serving: (url: string, store: string) =>
      `Yizhan is serving on ${url} (${store}). Press Ctrl+C to stop.\n`,
    stopped: 'Stopped.\n',
  },
} as const;

const signals = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** Makes the `yizhan serve` command. */
export function createServeCommand(options: ServeCommandOptions = {}): Command {
  return {
    name: 'serve',
    usage: 'yizhan serve [--port <n>] [--host <address>]',
    summary:
      'run the HTTP API: PostgreSQL when DATABASE_URL is set, else the SQLite file YIZHAN_DATA (./yizhan.db); PORT, YIZHAN_SECRET',
    async run({ args, io, locale }) {
      const env = { ...(options.env ?? process.env) };
      for (let i = 0; i < args.length; i += 2) {
        const [flag, value] = [args[i], args[i + 1]];
        if ((flag !== '--port' && flag !== '--host') || value === undefined) {
          io.stderr(`Unknown argument ${JSON.stringify(flag)}.\nUsage: ${this.usage}\n`);
          return 2;
        }
        if (flag === '--port') env.PORT = value;
        else env.HOST = value;
      }
      const load = options.load ?? (() => import(SERVER_PACKAGE) as Promise<ServerModule>);
      let running: Awaited<ReturnType<ServerModule['serveFromEnv']>>;
      try {
        running = await (await load()).serveFromEnv(env);
      } catch (error) {
        io.stderr(`${(error as Error).message}\n`);
        return 1;
      }
      io.stdout(words[locale].serving(running.url, running.store));
      await (options.until ?? signals)();
      await running.close();
      io.stdout(words[locale].stopped);
      return 0;
    },
  };
}

/**
 * `yizhan serve`: runs the Yizhan server (`@yizhan/server`) until Ctrl+C, configured by
 * the environment: `DATABASE_URL` selects PostgreSQL, else the SQLite file `YIZHAN_DATA`
 * (default `./yizhan.db`); `PORT` (default 8787), `HOST`, `YIZHAN_SECRET` (token secret).
 */
export const serveCommand: Command = createServeCommand();
