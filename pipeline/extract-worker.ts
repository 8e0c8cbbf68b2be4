import { parentPort } from 'node:worker_threads'
import { extractFile } from './extract-file.ts'
import { serializeError, type WorkerReply, type WorkerTask } from './worker-protocol.ts'

// Runs inside a pool worker (compiled to JavaScript by worker-entry.ts, or through extract-worker-boot.mjs). One task at a time:
// the pool never sends a second task before the reply to the first.
const port = parentPort
if (!port) throw new Error('extract-worker.ts must run in a worker thread')

const reply = (message: WorkerReply): void => port.postMessage(message)

port.on('message', async (task: WorkerTask) => {
  try {
    const progress = (done: number, total: number): void => reply({ type: 'progress', id: task.id, done, total })
    reply({ type: 'done', id: task.id, record: await extractFile(task.bytes, task.fileName, task.options, progress) })
  } catch (e) {
    reply({ type: 'failed', id: task.id, error: serializeError(e) })
  }
})

// Sent once the parsers are loaded, so the pool's timeout measures parsing, not start-up.
reply({ type: 'ready' })
