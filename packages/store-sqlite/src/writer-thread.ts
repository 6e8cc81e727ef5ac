// The writer thread's script: one connection that writes the groups of commits the
// calling thread sends, so SQLite's work and the fsync of each group run beside the flow
// runtime instead of in turn with it. Built to `dist/writer-thread.js`; see
// `startWriterThread` for the calling side.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { prepareWrites } from './queries';
import { tune } from './tune';
import { prepareGroupStatements, writeGroup } from './write-group';
import {
  type GroupReply,
  type GroupRequest,
  toWireError,
  type WireOutcome,
  type WriterSettings,
} from './writer-messages';

const settings = workerData as WriterSettings;
const db = new Database(settings.file, { timeout: settings.timeout });
db.pragma(`busy_timeout = ${Math.max(0, Math.floor(settings.timeout))}`);
db.pragma(`synchronous = ${settings.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
tune(db);
const writes = prepareWrites(db);
const statements = prepareGroupStatements(db);

/** Writes one group in one transaction; each commit is answered on its own. */
function writeRequest(request: GroupRequest): GroupReply {
  try {
    const outcomes = writeGroup(db, writes, statements, request.changes);
    return {
      id: request.id,
      outcomes: outcomes.map(
        (outcome): WireOutcome =>
          outcome.ok ? outcome : { ok: false, error: toWireError(outcome.error) },
      ),
    };
  } catch (error) {
    return { id: request.id, failure: toWireError(error) };
  }
}

const port = parentPort;
if (port === null)
  throw new Error('writer-thread.js runs only as a worker thread of the SQLite store.');
port.on('message', (message: GroupRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  port.postMessage(writeRequest(message));
});
// The file is open: from now on a stop of this thread may leave a group's outcome unknown.
port.postMessage('ready');
