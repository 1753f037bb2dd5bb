// Preloaded by npm run bench into the stage-size process it measures
// (node --import ./bench/memory-probe.mjs): samples the process's memory every
// 100 ms and writes the peaks, in MiB, as one line on stderr when it exits.
import { writeSync } from 'node:fs'
import { setInterval } from 'node:timers'

const peaks = { rss: 0, heapUsed: 0, external: 0 }
const timer = setInterval(() => {
  const usage = process.memoryUsage()
  for (const key of Object.keys(peaks)) peaks[key] = Math.max(peaks[key], usage[key])
}, 100)
timer.unref()
process.on('exit', () => {
  const mib = Object.fromEntries(
    Object.entries(peaks).map(([key, bytes]) => [key, Math.round(bytes / 2 ** 20)])
  )
  // Synchronously: an exit handler's asynchronous writes to a pipe are lost.
  writeSync(2, `stage-size-memory ${JSON.stringify(mib)}\n`)
})
