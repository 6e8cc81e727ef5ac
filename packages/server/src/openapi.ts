import { FLOW_SCHEMA_ID } from '@yizhan/core/flow';

/** JSON Schema of an error answer. */
const problem = {
  type: 'object',
  required: ['code', 'path', 'message'],
  properties: {
    code: { type: 'string', examples: ['signup_full'] },
    path: { type: 'string', description: 'JSON pointer into the request body; "" for all of it.' },
    message: { type: 'string', description: 'Localized by Accept-Language (zh-CN default, en).' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'path', 'message'],
        properties: {
          code: { type: 'string' },
          path: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: 'A problem',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );

const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

const body = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (8–128 of A–Z a–z 0–9 - _), such as a UUID. A retried request with the same key is applied once and answered with the first answer (header Idempotent-Replayed: true).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
};

const pathParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});

const instanceSummary = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    flowId: { type: 'string' },
    flowVersion: { type: 'integer' },
    version: { type: 'integer' },
    status: { enum: ['active', 'done'] },
    state: { type: 'array', items: { type: 'string' } },
  },
};

/**
 * The OpenAPI 3.1 description of the Yizhan HTTP API, served at `GET /openapi.json`.
 */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yizhan (驿站) API',
      version: '0.1.0',
      description:
        'Flow definitions, instances, tasks, history, drafts and instance events. Every POST takes an Idempotency-Key. Errors are { code, path, message } in the Accept-Language locale (zh-CN default, en).',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: problem, InstanceSummary: instanceSummary },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/health': {
        get: {
          summary: 'Liveness and readiness: 503 when the store does not answer',
          responses: { 200: json({ type: 'object' }), 503: json({ type: 'object' }) },
        },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } },
      },
      '/definitions': {
        get: {
          summary: 'List the definitions the caller may see (anonymous: public ones)',
          responses: { 200: json({ type: 'object' }) },
        },
        post: {
          summary: 'Publish a new version of a flow definition (staff of the owning place)',
          parameters: [idempotencyKey],
          requestBody: body({
            type: 'object',
            required: ['definition'],
            additionalProperties: false,
            properties: {
              definition: { $ref: FLOW_SCHEMA_ID },
              owner: {
                type: 'array',
                items: { type: 'string' },
                description: 'Organisation path; the caller’s place by default.',
              },
            },
          }),
          responses: {
            201: json({ type: 'object' }, 'Published'),
            ...errors(400, 401, 403, 409, 413, 415, 422, 429),
          },
        },
      },
      '/definitions/{flowId}': {
        get: {
          summary: 'The latest version',
          parameters: [pathParam('flowId')],
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404) },
        },
      },
      '/definitions/{flowId}/versions/{version}': {
        get: {
          summary: 'One version',
          parameters: [pathParam('flowId'), pathParam('version')],
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404, 422) },
        },
      },
      '/instances': {
        get: {
          summary: 'Instances the caller manages or started',
          parameters: [
            { name: 'flowId', in: 'query', schema: { type: 'string' } },
            { name: 'status', in: 'query', schema: { enum: ['active', 'done'] } },
          ],
          responses: { 200: json({ type: 'object' }), ...errors(401, 422) },
        },
        post: {
          summary: 'Start an instance',
          parameters: [idempotencyKey],
          requestBody: body({
            type: 'object',
            required: ['flowId'],
            additionalProperties: false,
            properties: { flowId: { type: 'string' }, version: { type: 'integer', minimum: 1 } },
          }),
          responses: {
            201: json(instanceSummary, 'Started'),
            ...errors(400, 401, 403, 404, 413, 415, 422, 429),
          },
        },
      },
      '/instances/{id}': {
        get: {
          summary:
            'An instance as the caller may see it (personal data masked for roles that do not need it)',
          parameters: [pathParam('id')],
          responses: { 200: json(instanceSummary), ...errors(401, 403, 404) },
        },
      },
      '/instances/{id}/events': {
        post: {
          summary: 'Act on a task: send an event (e.g. sign up)',
          parameters: [pathParam('id'), idempotencyKey],
          requestBody: body({
            type: 'object',
            required: ['task', 'action'],
            additionalProperties: false,
            properties: {
              task: { type: 'string' },
              action: { type: 'string' },
              data: { type: 'object', description: "Validated with the task's compiled form." },
              comment: { type: 'string' },
              expectedVersion: {
                type: 'integer',
                description: 'Refuse (409) when the instance changed since.',
              },
            },
          }),
          responses: {
            200: json({
              type: 'object',
              properties: {
                instance: instanceSummary,
                actor: { type: 'string' },
                signups: { type: 'object' },
              },
            }),
            ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429),
          },
        },
        get: {
          summary: 'Server-sent events: an `instance` event now and on every change (id = version)',
          parameters: [pathParam('id')],
          responses: {
            200: { description: 'text/event-stream', content: { 'text/event-stream': {} } },
            ...errors(401, 403, 404),
          },
        },
      },
      '/instances/{id}/tasks': {
        get: {
          summary: 'Open tasks of the instance the caller may act on, each with form and data',
          parameters: [pathParam('id')],
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404) },
        },
      },
      '/instances/{id}/history': {
        get: {
          summary: 'History (staff of the owning place, or who started it)',
          parameters: [
            pathParam('id'),
            { name: 'after', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404, 422) },
        },
      },
      '/instances/{id}/jobs': {
        get: {
          summary:
            'Jobs of the instance (async step handlers) with their failed attempts and last error (staff of the owning place)',
          parameters: [pathParam('id')],
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404) },
        },
      },
      '/instances/{id}/jobs/{key}/retry': {
        post: {
          summary:
            'Re-arm a job that gave up (or run a postponed one now) (staff of the owning place)',
          parameters: [pathParam('id'), pathParam('key'), idempotencyKey],
          requestBody: body({ type: 'object', additionalProperties: false, properties: {} }),
          responses: { 200: json({ type: 'object' }), ...errors(401, 403, 404, 409, 422) },
        },
      },
      '/tasks': {
        get: {
          summary: "The caller's open tasks, each with its form and data",
          parameters: [
            { name: 'flowId', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
          ],
          responses: { 200: json({ type: 'object' }), ...errors(401, 422) },
        },
      },
      '/drafts': {
        post: {
          summary: 'Save a draft; answers a resume token',
          parameters: [idempotencyKey],
          requestBody: body({
            type: 'object',
            required: ['flowId', 'data'],
            additionalProperties: false,
            properties: {
              flowId: { type: 'string' },
              task: { type: 'string' },
              instanceId: { type: 'string' },
              data: { type: 'object' },
            },
          }),
          responses: {
            201: json({ type: 'object' }, 'Saved'),
            ...errors(400, 401, 403, 404, 413, 415, 422, 429),
          },
        },
      },
      '/drafts/{token}': {
        get: {
          summary: 'Resume a draft',
          parameters: [pathParam('token')],
          responses: { 200: json({ type: 'object' }), ...errors(404) },
        },
        put: {
          summary: 'Update a draft',
          parameters: [pathParam('token')],
          requestBody: body({
            type: 'object',
            required: ['data'],
            properties: { data: { type: 'object' }, revision: { type: 'integer' } },
          }),
          responses: { 200: json({ type: 'object' }), ...errors(400, 404, 409, 413, 415, 422) },
        },
      },
    },
  };
}
