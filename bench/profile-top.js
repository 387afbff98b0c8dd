#!/usr/bin/env node
// Sums a .cpuprofile by function: self and total time, top N of each. --under=<text> keeps only
// the samples with a frame whose name contains <text> (what that function spends its time on).
//   node bench/profile-top.js /tmp/x.cpuprofile [N=30] [--by=url] [--under=sendTopic]
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const options = argv.filter((a) => a.startsWith('--'));
const [file, nArg] = argv.filter((a) => !a.startsWith('--'));
const under = options.find((a) => a.startsWith('--under='))?.slice(8);
if (!file) {
  console.error('usage: profile-top.js <file.cpuprofile> [N] [--by=url]');
  process.exit(2);
}
const n = Number(nArg ?? 30);
const byUrl = options.includes('--by=url');
const p = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(p.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const dt = new Map();
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const short = (url) =>
  url.replace(/^file:\/\/\/work\/[^/]+\//, '').replace(/.*node_modules\//, 'nm:');
const key = (node) => {
  const f = node.callFrame;
  if (byUrl) return short(f.url) || `(${f.functionName || 'native'})`;
  return `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
};
const self = new Map();
const total = new Map();
let all = 0;
for (const [id, us] of dt) {
  if (under) {
    let found = false;
    for (let cur = id; cur !== undefined && !found; cur = parent.get(cur))
      found = key(nodes.get(cur)).includes(under);
    if (!found) continue;
  }
  all += us;
  const node = nodes.get(id);
  self.set(key(node), (self.get(key(node)) ?? 0) + us);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(nodes.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + us);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}`,
    );
};
show('self', self);
show('total', total);
