// Vitest global setup of the unit project: one throwaway PostgreSQL for the whole run
// (or DATABASE_URL), handed to tests as `inject('postgresUrl')` and removed afterwards.
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from '../src/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to an empty database the PostgreSQL tests may use. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startTestPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
