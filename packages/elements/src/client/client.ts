import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { newIdempotencyKey } from './idempotency';
import { clientMessage } from './messages';
import { backoffMs, DEFAULT_RETRY, isNetworkFailure, type RetryPolicy } from './retry';
import { type InstanceWatcher, watchInstance } from './sse';
import type {
  ClientProblem,
  ClientResult,
  DefinitionBody,
  HistoryEntry,
  InstanceBody,
  SendAnswer,
  TaskCommand,
  TaskView,
} from './types';

/** A bearer token from the host's own login, or null when the user is not signed in. */
export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The Yizhan server's base URL, such as `https://yizhan.luling.example/api`. */
  readonly endpoint: string;
  /** A fixed bearer token; prefer `getToken` when the host's login can renew it. */
  readonly token?: string | null;
  /** Asked before every request for the current token (the host's own login). */
  readonly getToken?: TokenSource;
  /** The language of the server's messages. Default zh-CN. */
  readonly locale?: Locale;
  /** Network failures only are retried; answers (even 5xx) are returned as they are. */
  readonly retry?: Partial<RetryPolicy>;
  /** The fetch to use; the global one by default (tests and recorded stories pass their own). */
  readonly fetch?: typeof fetch;
  /** Waits between retries; `setTimeout` by default. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Options of a POST. */
export interface PostOptions {
  /** The `Idempotency-Key`; a fresh one when not given. Pass the same key to retry later. */
  readonly idempotencyKey?: string;
}

/**
 * A typed client of the Yizhan HTTP API, shared by the widgets and usable by host code.
 * Every POST carries an `Idempotency-Key`; network failures are retried with backoff;
 * problems come back as `{ ok: false, problem: { code, path, message, status } }`.
 */
export interface YizhanClient {
  readonly endpoint: string;
  readonly locale: Locale;
  /** An instance as the caller may see it (`GET /instances/{id}`). */
  instance(id: string): Promise<ClientResult<InstanceBody>>;
  /** The open tasks of an instance the caller may act on, each with its form and data. */
  instanceTasks(id: string): Promise<ClientResult<readonly TaskView[]>>;
  /** The history of an instance (staff of its place, or whoever started it). */
  history(id: string): Promise<ClientResult<readonly HistoryEntry[]>>;
  /** The signed-in caller's open tasks. */
  myTasks(query?: { flowId?: string; limit?: number }): Promise<ClientResult<readonly TaskView[]>>;
  /** One published version of a definition, with its document. */
  definition(flowId: string, version: number): Promise<ClientResult<DefinitionBody>>;
  /** Starts an instance of a flow. */
  start(
    flowId: string,
    options?: PostOptions & { version?: number },
  ): Promise<ClientResult<InstanceBody>>;
  /** Acts on a task: submit, approve, reject with a comment, sign up, check in, … */
  send(
    instanceId: string,
    command: TaskCommand,
    options?: PostOptions,
  ): Promise<ClientResult<SendAnswer>>;
  /** Follows an instance's event stream; `onInstance` gets the instance now and after each change. */
  watch(
    instanceId: string,
    onInstance: (instance: InstanceBody) => void,
    onProblem?: (problem: ClientProblem) => void,
  ): InstanceWatcher;
  /** Sends a request to a path under the endpoint; what the methods above use. */
  request<T>(
    method: string,
    path: string,
    body?: unknown,
    options?: PostOptions,
  ): Promise<ClientResult<T>>;
  /** The headers of a request: the bearer token and the language. */
  headers(): Promise<Record<string, string>>;
}

const problemOf = (value: unknown, status: number, locale: Locale): ClientProblem => {
  const body = value as Partial<ClientProblem> | null;
  if (body !== null && typeof body === 'object' && typeof body.code === 'string')
    return {
      code: body.code,
      path: typeof body.path === 'string' ? body.path : '',
      message: typeof body.message === 'string' ? body.message : body.code,
      status,
      ...(Array.isArray(body.issues) ? { issues: body.issues } : {}),
    };
  return { code: 'bad_answer', path: '', message: clientMessage('bad_answer', locale), status };
};

/**
 * Creates a {@link YizhanClient} for a server.
 *
 * @example
 * const client = createClient({ endpoint: 'https://yizhan.luling.example', getToken: () => portalLogin.token });
 * const answer = await client.send(projectId, { task: 'enrol', action: 'signup' });
 * if (!answer.ok) show(answer.problem.message);
 */
export function createClient(options: ClientOptions): YizhanClient {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));

  const headers = async (): Promise<Record<string, string>> => {
    const token = options.getToken ? await options.getToken() : options.token;
    const out: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    if (token) out.authorization = `Bearer ${token}`;
    return out;
  };

  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
    post: PostOptions = {},
  ): Promise<ClientResult<T>> => {
    const init: RequestInit & { headers: Record<string, string> } = {
      method,
      headers: await headers(),
      credentials: 'omit',
    };
    if (method === 'POST' || method === 'PUT') {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
      if (method === 'POST')
        init.headers['idempotency-key'] = post.idempotencyKey ?? newIdempotencyKey();
    }
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await doFetch(`${endpoint}${path}`, init);
      } catch (error) {
        // Only a failure to get any answer is retried: the same key makes a retried POST safe.
        if (!isNetworkFailure(error) || attempt >= policy.retries)
          return {
            ok: false,
            problem: {
              code: 'network',
              path: '',
              message: clientMessage('network', locale),
              status: 0,
            },
          };
        await sleep(backoffMs(policy, attempt));
        continue;
      }
      let parsed: unknown;
      try {
        const text = await response.text();
        parsed = text === '' ? {} : JSON.parse(text);
      } catch {
        return { ok: false, problem: problemOf(null, response.status, locale) };
      }
      if (!response.ok) return { ok: false, problem: problemOf(parsed, response.status, locale) };
      return {
        ok: true,
        value: parsed as T,
        replayed: response.headers.get('idempotent-replayed') === 'true',
      };
    }
  };

  const map = async <A, B>(
    result: Promise<ClientResult<A>>,
    pick: (a: A) => B,
  ): Promise<ClientResult<B>> => {
    const answer = await result;
    return answer.ok ? { ok: true, value: pick(answer.value), replayed: answer.replayed } : answer;
  };
  const id = encodeURIComponent;

  const client: YizhanClient = {
    endpoint,
    locale,
    instance: (instanceId) => request<InstanceBody>('GET', `/instances/${id(instanceId)}`),
    instanceTasks: (instanceId) =>
      map(
        request<{ tasks: TaskView[] }>('GET', `/instances/${id(instanceId)}/tasks`),
        (b) => b.tasks,
      ),
    history: (instanceId) =>
      map(
        request<{ history: HistoryEntry[] }>('GET', `/instances/${id(instanceId)}/history`),
        (b) => b.history,
      ),
    myTasks: (query = {}) => {
      const search = new URLSearchParams();
      if (query.flowId !== undefined) search.set('flowId', query.flowId);
      if (query.limit !== undefined) search.set('limit', String(query.limit));
      const suffix = search.size > 0 ? `?${search}` : '';
      return map(request<{ tasks: TaskView[] }>('GET', `/tasks${suffix}`), (b) => b.tasks);
    },
    definition: (flowId, version) =>
      request<DefinitionBody>('GET', `/definitions/${id(flowId)}/versions/${version}`),
    start: (flowId, post = {}) =>
      request<InstanceBody>(
        'POST',
        '/instances',
        post.version === undefined ? { flowId } : { flowId, version: post.version },
        post,
      ),
    send: (instanceId, command, post) =>
      request<SendAnswer>('POST', `/instances/${id(instanceId)}/events`, command, post),
    watch: (instanceId, onInstance, onProblem) =>
      watchInstance({
        url: `${endpoint}/instances/${id(instanceId)}/events`,
        headers,
        fetch: doFetch,
        locale,
        onInstance,
        ...(onProblem === undefined ? {} : { onProblem }),
        problemOf: (value, status) => problemOf(value, status, locale),
        policy,
      }),
    request,
    headers,
  };
  return client;
}
