#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Node's `ws` (Debian's node-ws, or the y-websocket anchor's node_modules) as a client of the
// real server, run by tst_server_ws_node:
//   node ws_node_client.cjs PORT TOKEN_A TOKEN_B WS_MODULE_DIR
// Two sessions on d1: A sends a presence in two fragments with a ping between them, B must
// get it relayed; A's ping is answered; then A sends presence the server refuses and must
// see close 1007. Prints "ok" and exits 0, else prints what failed and exits 1.
'use strict'

const [port, tokenA, tokenB, wsModule] = process.argv.slice(2)
const WebSocket = require(wsModule)
const url = `ws://127.0.0.1:${port}/api/v1/drawings/d1/ws`

function fail (what) {
  console.log('FAIL: ' + what)
  process.exit(1)
}
setTimeout(() => fail('timed out'), 15000).unref()

function open (token) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { Authorization: 'Bearer ' + token } })
    ws.once('message', (data, isBinary) => {
      const hello = JSON.parse(data.toString())
      if (isBinary || hello.type !== 'hello') reject(new Error('no hello'))
      else resolve(ws)
    })
    ws.once('error', reject)
  })
}

async function main () {
  const a = await open(tokenA)
  const b = await open(tokenB)
  const relayed = new Promise((resolve) => {
    b.on('message', (data) => {
      const m = JSON.parse(data.toString())
      if (m.type === 'presence' && m.cursor && m.cursor.x === 707) resolve()
    })
  })
  const pong = new Promise((resolve) => a.on('pong', (data) => resolve(data.toString())))
  const text = JSON.stringify({ type: 'presence', cursor: { x: 707, y: 1 } })
  a.send(text.slice(0, 9), { fin: false })
  a.ping('between')
  a.send(text.slice(9), { fin: true })
  await relayed
  if ((await pong) !== 'between') fail('pong payload')
  const closed = new Promise((resolve) => a.on('close', (code) => resolve(code)))
  a.send(JSON.stringify({ type: 'presence', cursor: { x: 'left' } }))
  const code = await closed
  if (code !== 1007) fail('close code ' + code)
  b.close(1000)
  console.log('ok')
}

main().catch((e) => fail(e.message))
