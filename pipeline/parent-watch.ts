import { Worker } from 'node:worker_threads'

// A parser stuck in a loop blocks the child's event loop, so it never sees the IPC channel
// close when the pool's process is killed (SIGKILL of `cchc import`, a crashed service worker)
// and would spin as an orphan for ever. This tiny thread has its own event loop: once the
// parent is gone (the parent pid changes when the child is re-parented) it kills the process.
const WATCH_SOURCE = `
const { workerData } = require('node:worker_threads')
setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL') }, 500)
`

export function watchParent(): void {
  const watcher = new Worker(WATCH_SOURCE, {
    eval: true, workerData: process.ppid, execArgv: [], stdout: true, stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
  })
  // The watcher must not keep an idle child alive on its own.
  watcher.unref()
}
