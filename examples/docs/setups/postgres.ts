// Setup of the PostgreSQL store sample (docs/stores.md): DATABASE_URL names the test
// PostgreSQL that the unit project's global setup started (or the one DATABASE_URL named).
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('postgresUrl');
