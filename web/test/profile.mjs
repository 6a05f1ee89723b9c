// A CPU profile and a trace of one cold share-link load in Chromium (CDP),
// for finding main-thread stalls (not a test): prints the long tasks, the
// engine's timings, the functions with the most self time and the trace
// events over 50 ms of the page's main thread (layout, font lookups), and
// writes the profile and the trace (for DevTools) to $OUT (/tmp).
//   node test/profile.mjs [example.py]     (after make web build)
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, repo, shareLink } from './browser.mjs';

const example = process.argv[2] || 'three_levels.py';
const out = process.env.OUT || '/tmp';
const server = await startServer();
const { browser, close } = await launch();
const source = fs.readFileSync(path.join(repo, 'web', 'examples', example), 'utf8');
const state = { source, options: { children: 3, depth: 3, delete: '', foreignKeys: false } };
const observe = () => {
  globalThis.longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); })
    .observe({ type: 'longtask', buffered: true });
};
const link = shareLink(server.url, state);
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
await ctx.addInitScript(observe);
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
const traceEvents = [];
cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
const traced = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,fonts,loading,v8', transferMode: 'ReportEvents' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await p.goto(link);
await p.waitForFunction(() => document.querySelector('#live.live') || /^Stopped/.test(document.querySelector('#status')?.textContent || ''), null, { timeout: 120000, polling: 'raf' });
const ms = Date.now() - t0;
// two more frames: the matrix's own layout and paint
await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const { profile } = await cdp.send('Profiler.stop');
fs.writeFileSync(path.join(out, 'share.cpuprofile'), JSON.stringify(profile));
await cdp.send('Tracing.end');
await traced;
fs.writeFileSync(path.join(out, 'share.trace.json'), JSON.stringify(traceEvents));
console.log('live after', ms, 'ms; status:', await p.locator('#status').innerText());
console.log('long tasks:', JSON.stringify(await p.evaluate(() => globalThis.longTasks)));
console.log('timings:', JSON.stringify(await p.evaluate(() => globalThis.cascadelabTimings)));
// self time per function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(7), 'ms ', k);
// the main thread's longest trace events: what a long task was made of
const main = traceEvents.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && traceEvents.some((x) => x.pid === e.pid && x.name === 'Layout'));
const slow = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 50000 && /Layout|Font|Style|Paint|v8\.callFunction|FunctionCall/.test(e.name));
for (const e of slow.sort((a, b) => b.dur - a.dur).slice(0, 15)) console.log(String(Math.round(e.dur / 1000)).padStart(7), 'ms ', e.name);
await close();
server.stop();
