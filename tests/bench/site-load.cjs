// Simulated contestants for the contest site's load benchmark (tests/bench/site-load.sh).
// Each one opens the site (GET /), starts an attempt, saves its answers twice and
// submits, over keep-alive connections, `concurrency` at a time, until `count` have
// finished or `seconds` have passed. Node's own http/https only: nothing from npm.
//
//   node site-load.cjs BASE_URL CONTEST COUNT CONCURRENCY SECONDS [CA_FILE] [ACK_FILE]
//
// Prints one JSON line: completed attempts, attempts/s, p50 and p99 of the requests
// (ms), errors by kind. ACK_FILE receives the id of every submission the server
// acknowledged with 200, one a line (so a crash test can look each one up afterwards).
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');

const [base, contest, countArg, concurrencyArg, secondsArg, caFile, ackFile] = process.argv.slice(2);
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
const deadline = Date.now() + Number(secondsArg) * 1000;
const url = new URL(base);
const secure = url.protocol === 'https:';
const agent = new (secure ? https : http).Agent({
  keepAlive: true,
  maxSockets: concurrency,
  ca: caFile ? fs.readFileSync(caFile) : undefined,
});
const latencies = [];
const errors = {};
const acknowledged = [];
let started = 0;
let completed = 0;

function request(method, path, body, headers) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = (secure ? https : http).request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent,
        headers: Object.assign(
          data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {},
          headers || {}),
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() });
        });
        res.on('error', (e) => resolve({ status: 0, body: String(e) }));
      });
    req.setTimeout(10000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: String(e.code || e) }));
    if (data) req.write(data);
    req.end();
  });
}

function fail(kind) {
  errors[kind] = (errors[kind] || 0) + 1;
}

async function contestant(n, unit) {
  const home = await request('GET', '/');
  if (home.status !== 200) return fail(`home ${home.status}`);
  const person = {
    name: `Người thi ${n}`, birth_year: 1990, gender: n % 2 ? 'Nam' : 'Nữ',
    id_number: `0${String(n).padStart(11, '0')}`, phone: '', unit, address: 'Thôn 1',
  };
  const start = await request('POST', `/api/v1/contests/${contest}/attempts`, { contestant: person });
  if (start.status !== 201) return fail(`start ${start.status}`);
  const attempt = JSON.parse(start.body);
  const headers = { 'X-Attempt-Secret': attempt.secret };
  const answers = attempt.questions.map((q) => ({ q: q.q, a: 'A' }));
  for (const upTo of [Math.ceil(answers.length / 2), answers.length]) {
    const saved = await request('PUT', `/api/v1/attempts/${attempt.attempt}/answers`,
      { answers: answers.slice(0, upTo), prediction: 800 + n }, headers);
    if (saved.status !== 204) return fail(`save ${saved.status}`);
  }
  const submit = await request('POST', `/api/v1/attempts/${attempt.attempt}/submit`, {}, headers);
  if (submit.status !== 200) return fail(`submit ${submit.status}`);
  acknowledged.push(JSON.parse(submit.body).submission);
  completed++;
}

async function worker(unit, first) {
  while (started < count && Date.now() < deadline) {
    const n = first + started++;
    await contestant(n, unit);
  }
}

(async () => {
  const info = await request('GET', `/api/v1/contests/${contest}/public`);
  if (info.status !== 200) {
    console.error(`GET public: ${info.status} ${info.body}`);
    process.exit(2);
  }
  const unit = JSON.parse(info.body).units[0].code;
  latencies.length = 0;
  // Identities from a clock-based offset: a second run on the same data gets new people.
  const first = (Date.now() % 1000000) * 1000;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker(unit, first)));
  const seconds = (Date.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1,
    Math.floor(latencies.length * p))] : 0);
  if (ackFile) fs.writeFileSync(ackFile, acknowledged.map((id) => id + '\n').join(''));
  console.log(JSON.stringify({
    completed, seconds: Number(seconds.toFixed(2)),
    attempts_per_s: Number((completed / seconds).toFixed(1)),
    requests: latencies.length,
    p50_ms: Number(pct(0.5).toFixed(1)), p99_ms: Number(pct(0.99).toFixed(1)), errors,
    // The client shares the 2 cores: what it used tells how much was left for the servers.
    client_cpu_cores: Number(((process.cpuUsage().user + process.cpuUsage().system) / 1e6 /
      seconds).toFixed(2)),
  }));
  agent.destroy();
})();
