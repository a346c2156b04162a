#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The y-websocket 1.5.4 anchor of docs/BENCHMARKS.md, measured the way inkboard-loadgen
// measures inkboard-server, on the same machine in the same session:
//
//   node yws-bench.cjs latency N   one Yjs writer, N subscribers in one room; an update is sent
//                                  when the previous one reached every subscriber (+5 ms), and
//                                  its latency is send -> the last subscriber reading it
//   node yws-bench.cjs rooms R S   R rooms, one Yjs writer and one reader each, closed loop
//                                  (the next edit when the reader saw the last), S seconds
//   node yws-bench.cjs idle N      server RSS per idle WebSocket, N connections over 100 rooms
//
// The server is y-websocket's own bin/server.js (in memory, nothing durable), started here on
// 127.0.0.1 with a free port. Subscribers and readers are plain `ws` sockets (the server
// broadcasts every update to every connection of a room), spread over worker threads like
// the generator's; times come from process.hrtime.bigint(), one monotonic clock for all
// threads. Prints one JSON object. Install first: npm ci (or npm install) in this folder.
'use strict'

const { spawn } = require('child_process')
const fs = require('fs')
const path = require('path')
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads')
const WebSocket = require('ws')

const THREADS = 2

function nowNs () { return process.hrtime.bigint() }

// ---- worker: plain subscribers -------------------------------------------------------
if (!isMainThread) {
  const { url, rooms, count } = workerData
  const sockets = []
  let open = 0
  let probe = -1
  let got = null // per socket: saw the current probe
  let latest = 0n
  let seen = 0
  const sab = new Int32Array(workerData.counter)
  for (let i = 0; i < count; i++) {
    const ws = new WebSocket(url + '/' + rooms[i % rooms.length])
    ws.binaryType = 'nodebuffer'
    ws.on('open', () => { if (++open === count) parentPort.postMessage({ type: 'open' }) })
    ws.on('message', () => {
      const t = nowNs()
      if (probe < 0 || got[i]) return
      got[i] = 1
      if (t > latest) latest = t
      ++seen
      if (Atomics.add(sab, 0, 1) + 1 === workerData.total) parentPort.postMessage({ type: 'all' })
    })
    ws.on('error', (e) => parentPort.postMessage({ type: 'error', message: String(e) }))
    ws.on('close', (code) => parentPort.postMessage({ type: 'closed', code }))
    sockets.push(ws)
  }
  parentPort.on('message', (m) => {
    if (m.type === 'probe') {
      probe = m.n; got = new Uint8Array(count); latest = 0n; seen = 0
    } else if (m.type === 'report') {
      parentPort.postMessage({ type: 'report', latest: latest.toString(), seen })
    } else if (m.type === 'close') {
      for (const ws of sockets) ws.terminate()
      parentPort.close()
    }
  })
  return
}

// ---- main ----------------------------------------------------------------------------
const Y = require('yjs')
const syncProtocol = require('y-protocols/dist/sync.cjs')
const encoding = require('lib0/dist/encoding.cjs')

function startServer () {
  const bin = path.join(path.dirname(require.resolve('y-websocket/package.json')), 'bin', 'server.js')
  const port = 20000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('y-websocket did not start')), 10000)
    child.stdout.on('data', (d) => {
      if (String(d).includes('running at')) {
        clearTimeout(timer)
        resolve({ child, url: `ws://127.0.0.1:${port}` })
      }
    })
  })
}

function rssKiB (pid) {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) : 0
}

function cpuSeconds (pid) {
  const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) / 100
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// A Yjs writer on a raw socket: each local change goes out as a y-protocols sync update.
function yWriter (url, room) {
  const doc = new Y.Doc()
  const ws = new WebSocket(url + '/' + room)
  ws.binaryType = 'nodebuffer'
  doc.on('update', (update) => {
    const enc = encoding.createEncoder()
    encoding.writeVarUint(enc, 0) // messageSync
    syncProtocol.writeUpdate(enc, update)
    if (ws.readyState === WebSocket.OPEN) ws.send(encoding.toUint8Array(enc))
  })
  const opened = new Promise((resolve) => ws.on('open', resolve))
  const map = doc.getMap('objects')
  let n = 0
  // A move of one of ten rects: what one Inkboard update op carries.
  const edit = () => { const k = 'o' + (n % 10); map.set(k, { x: n % 997, y: (n * 7) % 991, w: 40, h: 30 }); n++ }
  return { ws, opened, edit, doc }
}

function percentile (sorted, q) {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1]
}
function summary (ns) {
  const ms = ns.map((v) => Number(v) / 1e6).sort((a, b) => a - b)
  return { count: ms.length, p50_ms: percentile(ms, 0.5), p99_ms: percentile(ms, 0.99), max_ms: ms[ms.length - 1] || 0 }
}

async function latency (url, server, n, probes) {
  const counter = new SharedArrayBuffer(4)
  const sab = new Int32Array(counter)
  const workers = []
  let opened = 0
  let closed = 0
  let allResolve = null
  const problems = []
  for (let w = 0; w < THREADS; w++) {
    const count = Math.floor(n / THREADS) + (w < n % THREADS ? 1 : 0)
    const worker = new Worker(__filename, { workerData: { url, rooms: ['lat'], count, counter, total: n } })
    worker.on('message', (m) => {
      if (m.type === 'open') opened++
      else if (m.type === 'all' && allResolve) allResolve()
      else if (m.type === 'closed') closed++
      else if (m.type === 'error') console.error(m.message)
    })
    workers.push(worker)
  }
  for (let i = 0; i < 600 && opened < THREADS; i++) await sleep(100)
  const writer = yWriter(url, 'lat')
  await writer.opened
  await sleep(500)
  const lat = []
  const warm = Math.min(50, Math.max(1, Math.floor(probes / 10)))
  const cpu0 = cpuSeconds(server.pid); const t0 = nowNs()
  for (let p = 0; p < probes + warm; p++) {
    Atomics.store(sab, 0, 0)
    for (const w of workers) w.postMessage({ type: 'probe', n: p })
    await sleep(5)
    const all = new Promise((resolve) => { allResolve = resolve })
    const sent = nowNs()
    writer.edit()
    const ok = await Promise.race([all.then(() => true), sleep(10000).then(() => false)])
    if (!ok) {
      problems.push(`probe ${p} reached ${Atomics.load(sab, 0)} of ${n} subscribers in 10 s; the server closed ${closed}`)
      break
    }
    const reports = await Promise.all(workers.map((w) => new Promise((resolve) => {
      const h = (m) => { if (m.type === 'report') { w.off('message', h); resolve(m) } }
      w.on('message', h); w.postMessage({ type: 'report' })
    })))
    const last = reports.reduce((a, r) => (BigInt(r.latest) > a ? BigInt(r.latest) : a), 0n)
    if (p >= warm) lat.push(last - sent)
  }
  const wall = Number(nowNs() - t0) / 1e9
  const serverCores = (cpuSeconds(server.pid) - cpu0) / wall
  for (const w of workers) w.postMessage({ type: 'close' })
  writer.ws.terminate()
  return { scenario: 'latency', subscribers: n, visible_all: summary(lat), server_cores: serverCores, problems }
}

async function rooms (url, server, r, seconds) {
  const ready = []
  const state = []
  for (let i = 0; i < r; i++) {
    const room = 'room' + i
    const writer = yWriter(url, room)
    const reader = new WebSocket(url + '/' + room)
    const s = { writer, reader, sent: 0n, seen: 0, lat: [], running: false }
    reader.on('message', () => {
      if (!s.running) return
      const t = nowNs()
      s.lat.push(t - s.sent); s.seen++
      s.sent = nowNs(); writer.edit()
    })
    ready.push(writer.opened, new Promise((resolve) => reader.on('open', resolve)))
    state.push(s)
  }
  await Promise.all(ready)
  await sleep(500)
  for (const s of state) { s.running = true; s.sent = nowNs(); s.writer.edit() }
  await sleep(1000) // warm-up
  const seen0 = state.reduce((a, s) => a + s.seen, 0)
  for (const s of state) s.lat = []
  const cpu0 = cpuSeconds(server.pid); const t0 = nowNs()
  await sleep(seconds * 1000)
  const wall = Number(nowNs() - t0) / 1e9
  const seen = state.reduce((a, s) => a + s.seen, 0) - seen0
  const serverCores = (cpuSeconds(server.pid) - cpu0) / wall
  for (const s of state) { s.running = false; s.reader.terminate(); s.writer.ws.terminate() }
  const lat = [].concat(...state.map((s) => s.lat))
  return { scenario: 'rooms', rooms: r, visible_edits_per_s: seen / wall, edit_to_visible: summary(lat), server_cores: serverCores }
}

async function idle (url, server, n) {
  const base = yWriter(url, 'warm')
  await base.opened
  const warm = []
  for (let d = 0; d < 100; d++) warm.push(new WebSocket(url + '/idle' + d))
  await Promise.all(warm.map((ws) => new Promise((resolve) => ws.on('open', resolve))))
  await sleep(3000)
  const before = rssKiB(server.pid)
  const sockets = []
  for (let i = 0; i < n; i += 200) {
    const batch = []
    for (let k = i; k < Math.min(n, i + 200); k++) {
      const ws = new WebSocket(url + '/idle' + (k % 100))
      sockets.push(ws)
      batch.push(new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject) }))
    }
    await Promise.all(batch)
  }
  await sleep(3000)
  const after = rssKiB(server.pid)
  for (const ws of sockets.concat(warm)) ws.terminate()
  base.ws.terminate()
  return { scenario: 'idle', connections: n, server_rss_before_kib: before, server_rss_after_kib: after, per_connection_kib: (after - before) / n }
}

// The result in inkboard-loadgen's JSON form, so `inkboard-loadgen report` tables both.
function asLoadgenResult (name, r) {
  const ms = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1)) + ' ms'
  const rows = []
  if (r.scenario === 'latency') {
    rows.push({ metric: `${name}: edit->visible p50 / p99, ${r.subscribers} subscribers`, value: `${ms(r.visible_all.p50_ms)} / ${ms(r.visible_all.p99_ms)}`, target: 'anchor' })
  } else if (r.scenario === 'rooms') {
    rows.push({ metric: `${name}: visible edits/s, ${r.rooms} rooms, one edit per update, closed loop`, value: Math.round(r.visible_edits_per_s).toString(), target: 'anchor' })
  } else {
    rows.push({ metric: `${name}: server RSS per idle WebSocket, ${r.connections} connections`, value: `${r.per_connection_kib.toFixed(1)} KiB`, target: 'anchor' })
  }
  const figures = { ...r }
  if (r.server_cores !== undefined) figures.cpu = { server_cores: r.server_cores }
  return { scenario: 'ywebsocket-' + r.scenario, params: { server: name + ' (in memory, not durable)' }, figures, rows, problems: r.problems || [] }
}

async function main () {
  const [mode, a, b] = process.argv.slice(2)
  const server = await startServer()
  let result
  try {
    if (mode === 'latency') result = await latency(server.url, server.child, Number(a || 100), Number(b || 300))
    else if (mode === 'rooms') result = await rooms(server.url, server.child, Number(a || 50), Number(b || 10))
    else if (mode === 'idle') result = await idle(server.url, server.child, Number(a || 5000))
    else throw new Error('mode: latency N [probes] | rooms R [seconds] | idle N')
    const name = 'y-websocket ' + require('y-websocket/package.json').version
    console.log(JSON.stringify(asLoadgenResult(name, result)))
  } finally {
    server.child.kill('SIGTERM')
  }
  process.exit(0)
}

main().catch((e) => { console.error(e); process.exit(1) })
