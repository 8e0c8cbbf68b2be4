import { extractFile } from './extract-file.ts'
import { watchParent } from './parent-watch.ts'
import { serializeError, type WorkerReply, type WorkerTask } from './worker-protocol.ts'

// Runs inside a pool's child process (compiled to JavaScript by worker-entry.ts, or through
// extract-worker-boot.mjs). One task at a time: the pool never sends a second task before the
// reply to the first. A separate process, not a thread: V8 aborts the whole process on some
// heap exhaustions (a worker's resourceLimits did not catch a .doc that grew an array past it),
// and only a process boundary keeps that abort away from the batch.
const send = process.send?.bind(process)
if (!send) throw new Error('extract-worker.ts must run in a child process with an IPC channel')

const reply = (message: WorkerReply): void => { send(message) }

process.on('message', async (task: WorkerTask) => {
  try {
    const progress = (done: number, total: number): void => reply({ type: 'progress', id: task.id, done, total })
    reply({ type: 'done', id: task.id, record: await extractFile(task.bytes, task.fileName, task.options, progress) })
  } catch (e) {
    reply({ type: 'failed', id: task.id, error: serializeError(e) })
  }
})

// The pool went away (closed, or its process died): nothing is left to do here.
process.on('disconnect', () => process.exit(0))
// …and if a parser blocks this thread when the pool's process dies, a watchdog thread ends us.
watchParent()

// Sent once the parsers are loaded, so the pool's timeout measures parsing, not start-up.
reply({ type: 'ready' })
