#!/usr/bin/env node
// A minimal SPARQL 1.1 query-protocol server around the Oxigraph npm package, as a researcher
// who does not use Aperture would write it: the Oxigraph contender of Aperture's benchmark
// harness (docs/benchmarks.md). Read-only, in memory, loopback by default.
//
//   node bench/oxigraph-server.js --file DUMP.nt [--port 7878] [--host 127.0.0.1]
//
// Endpoints: GET/POST /sparql (also /aperture/sparql): query= in the URL or in a form body, or a
// body of type application/sparql-query. Results by Accept: SELECT/ASK as JSON (default), CSV,
// TSV or XML; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples or JSON-LD. GET /$/ping answers
// when the data is loaded.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const oxigraph = require('oxigraph');

function option(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const file = option('file');
if (!file) {
  console.error('usage: node oxigraph-server.js --file DUMP.nt|DUMP.nq|DUMP.ttl [--port P] [--host H]');
  process.exit(2);
}
const port = Number(option('port', '7878'));
const host = option('host', '127.0.0.1');
const formats = { '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.ttl': 'text/turtle' };
const format = formats[path.extname(file)];
if (!format) {
  console.error('unknown dump format: ' + file);
  process.exit(2);
}

const started = Date.now();
const store = new oxigraph.Store();
store.load(fs.readFileSync(file), { format });
console.log(`oxigraph ${require('oxigraph/package.json').version}: loaded ${store.size} quads from ${file} in ${Date.now() - started} ms`);

const SOLUTION_TYPES = [
  ['application/sparql-results+json', 'application/sparql-results+json'],
  ['application/json', 'application/sparql-results+json'],
  ['text/csv', 'text/csv'],
  ['text/tab-separated-values', 'text/tab-separated-values'],
  ['application/sparql-results+xml', 'application/sparql-results+xml'],
];
const GRAPH_TYPES = [
  ['text/turtle', 'text/turtle'],
  ['application/n-triples', 'application/n-triples'],
  ['application/ld+json', 'application/ld+json'],
];

// The media type to answer with: the first of the client's Accept list (in order of q) we serve.
function negotiate(accept, offers) {
  if (!accept) return offers[0];
  const wanted = accept.split(',').map((part, i) => {
    const [type, ...params] = part.trim().split(';');
    const q = params.map(p => p.trim()).find(p => p.startsWith('q='));
    return { type: type.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
  }).filter(w => w.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  for (const w of wanted) {
    if (w.type === '*/*') return offers[0];
    const hit = offers.find(([media]) => media === w.type);
    if (hit) return hit;
  }
  return null;
}

// SELECT/ASK or CONSTRUCT/DESCRIBE: the first form keyword outside IRIs, strings and comments.
function isGraphQuery(query) {
  const bare = query
    .replace(/<[^<>"{}|^`\\\s]*>/g, ' ')
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, ' ')
    .replace(/#[^\n]*/g, ' ');
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(bare);
  return m !== null && /^(CONSTRUCT|DESCRIBE)$/i.test(m[1]);
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type + '; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function answer(req, res, query) {
  if (typeof query !== 'string' || query.length === 0) {
    return send(res, 400, 'text/plain', 'no query\n');
  }
  const [media, resultsFormat] = negotiate(req.headers.accept, isGraphQuery(query) ? GRAPH_TYPES : SOLUTION_TYPES) || [];
  if (!media) {
    return send(res, 406, 'text/plain', 'cannot answer in ' + req.headers.accept + '\n');
  }
  let body;
  try {
    body = store.query(query, { results_format: resultsFormat });
  } catch (e) {
    return send(res, 400, 'text/plain', String(e && e.message ? e.message : e) + '\n');
  }
  send(res, 200, media, body);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/$/ping') {
    return send(res, 200, 'text/plain', new Date().toISOString() + '\n');
  }
  if (url.pathname !== '/sparql' && url.pathname !== '/aperture/sparql') {
    return send(res, 404, 'text/plain', 'not found\n');
  }
  if (req.method === 'GET') {
    return answer(req, res, url.searchParams.get('query'));
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    return send(res, 405, 'text/plain', 'method not allowed\n');
  }
  const chunks = [];
  let size = 0;
  req.on('data', chunk => {
    size += chunk.length;
    if (size > 1 << 20) {
      send(res, 413, 'text/plain', 'request too large\n');
      req.destroy();
    } else {
      chunks.push(chunk);
    }
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    const body = Buffer.concat(chunks).toString('utf8');
    const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/sparql-query') return answer(req, res, body);
    if (type === 'application/x-www-form-urlencoded') return answer(req, res, new URLSearchParams(body).get('query'));
    send(res, 415, 'text/plain', 'use application/x-www-form-urlencoded or application/sparql-query\n');
  });
});
server.keepAliveTimeout = 60000;
server.listen(port, host, () => console.log(`oxigraph-server: http://${host}:${server.address().port}/sparql`));
