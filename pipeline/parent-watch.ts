import { Worker } from 'node:worker_threads'

// A parser stuck in a loop blocks the child's event loop, so it never sees the IPC channel
// close when the pool's process is killed (SIGKILL of `cchc import`, a crashed service worker)
// and would spin as an orphan for ever. This tiny thread has its own event loop: once the
// parent is gone it kills the process. process.ppid is read once at start-up, so the live
// parent comes from /proc (Linux); elsewhere, signal 0 to the parent tells whether it exists.
const WATCH_SOURCE = `
const { workerData: parent } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
const alive = () => {
  try { return Number(readFileSync('/proc/self/stat', 'utf8').replace(/^.*\\) /s, '').split(' ')[1]) === parent } catch {}
  try { process.kill(parent, 0); return true } catch (e) { return e.code === 'EPERM' }
}
setInterval(() => { if (!alive()) process.kill(process.pid, 'SIGKILL') }, 500)
`

export function watchParent(): void {
  const watcher = new Worker(WATCH_SOURCE, {
    eval: true, workerData: process.ppid, execArgv: [], stdout: true, stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
  })
  // Losing the watchdog must not take the parse down with it.
  watcher.on('error', () => undefined)
  // The watcher must not keep an idle child alive on its own.
  watcher.unref()
}
