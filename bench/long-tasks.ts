// What the page's long main-thread tasks were spent on: a Chromium trace (CDP Tracing, with the V8
// sampling profiler's samples in it) taken around an action, each task of 50 ms or more split into
// garbage collection (by kind), and script time by the function that ran, with its file and line.
import type { CDPSession, Page } from 'playwright-core';

const LONG_MS = 50;
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: ProfileData };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples?: number[] };
  timeDeltas?: number[];
}

export interface TraceSummary {
  tasks: LongTask[];
  /** ms the page's main thread ran tasks of any length, and of that, garbage collection. */
  busy: number;
  gc: number;
  /** Sampled ms by function over the whole trace, largest first. */
  functions: Array<[string, number]>;
}

export interface LongTask {
  /** ms from the start of the trace. */
  start: number;
  ms: number;
  /** ms of garbage collection in it, by kind (the trace's own event names). */
  gc: Record<string, number>;
  /** Sampled ms by the function that was running (self time), largest first. */
  functions: Array<[string, number]>;
}

async function readTrace(session: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
  await session.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const piece = await session.send('IO.read', { handle: stream, size: 16 * 1024 * 1024 });
    text += piece.base64Encoded ? Buffer.from(piece.data, 'base64').toString('utf8') : piece.data;
    if (piece.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Runs `action` inside a trace and gives its result with the page's long tasks, explained: one
 * summary per phase, the phases divided by the page's performance.mark() calls (named after them).
 */
export async function withLongTasks<T>(page: Page, action: () => Promise<T>): Promise<[T, Array<[string, TraceSummary]>]> {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReturnAsStream', bufferUsageReportingInterval: 10_000 });
  try {
    const result = await action();
    return [result, explain(await readTrace(session))];
  } finally {
    await session.detach();
  }
}

function explain(events: TraceEvent[]): Array<[string, TraceSummary]> {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const onMain = events.filter((event) => mainThreads.has(`${event.pid}:${event.tid}`) && event.ph === 'X');
  const first = events.reduce((least, event) => (event.ts > 0 && event.ts < least ? event.ts : least), Infinity);
  const allTasks = onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Nested task events (RunTask inside ThreadControllerImpl::RunTask): the outermost only.
  const outermost: TraceEvent[] = [];
  const ends = new Map<string, number>();
  for (const task of allTasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (ends.get(thread) ?? 0)) continue;
    outermost.push(task);
    ends.set(thread, task.ts + task.dur!);
  }
  const gcEvents = onMain.filter((event) => /^(MajorGC|MinorGC|V8\.GCFinalizeMC|V8\.GCScavenger|V8\.GCIncrementalMarking|V8\.GCMinorMS)$/.test(event.name));
  const topLevelGc = gcEvents.filter((event) => event.name === 'MajorGC' || event.name === 'MinorGC' || event.name === 'V8.GCIncrementalMarking');
  const samples = profileSamples(events).filter((sample) => [...mainThreads].some((thread) => thread.startsWith(`${sample.pid}:`)));
  const byFunction = (from: number, to: number, top: number): Array<[string, number]> => {
    const sums = new Map<string, number>();
    for (const sample of samples) if (sample.ts >= from && sample.ts < to) sums.set(sample.what, (sums.get(sample.what) ?? 0) + sample.ms);
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
  };
  const summary = (from: number, to: number): TraceSummary => {
    const inPhase = outermost.filter((task) => task.ts >= from && task.ts < to);
    const tasks = inPhase
      .filter((task) => task.dur! >= LONG_MS * 1000)
      .map((task) => {
        const end = task.ts + task.dur!;
        const gc: Record<string, number> = {};
        for (const event of gcEvents) if (event.pid === task.pid && event.tid === task.tid && event.ts >= task.ts && event.ts < end) gc[event.name] = (gc[event.name] ?? 0) + event.dur! / 1000;
        return { start: (task.ts - first) / 1000, ms: task.dur! / 1000, gc, functions: byFunction(task.ts, end, 6) };
      });
    return {
      tasks,
      busy: inPhase.reduce((sum, task) => sum + task.dur! / 1000, 0),
      gc: topLevelGc.filter((event) => event.ts >= from && event.ts < to).reduce((sum, event) => sum + event.dur! / 1000, 0),
      functions: byFunction(from, to, 12),
    };
  };
  const marks = events.filter((event) => event.cat === 'blink.user_timing' && mainThreads.has(`${event.pid}:${event.tid}`) && event.ph !== 'X').sort((a, b) => a.ts - b.ts);
  const bounds: Array<[string, number]> = [['start', first], ...marks.map((mark): [string, number] => [mark.name, mark.ts])];
  return bounds.map(([name, from], i) => [name, summary(from, bounds[i + 1]?.[1] ?? Infinity)]);
}

/** The CPU profile's samples (the innermost function of each), with their time and weight. */
function profileSamples(events: TraceEvent[]): Array<{ pid: number; ts: number; ms: number; what: string }> {
  const out: Array<{ pid: number; ts: number; ms: number; what: string }> = [];
  const profiles = new Map<string, { pid: number; time: number; nodes: Map<number, string> }>();
  for (const event of events) {
    if (event.name === 'Profile' && event.id !== undefined) profiles.set(`${event.pid}:${event.id}`, { pid: event.pid, time: event.args!.data!.startTime!, nodes: new Map() });
    if (event.name !== 'ProfileChunk' || event.id === undefined) continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      profile.nodes.set(node.id, url ? `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : functionName);
    }
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      profile.time += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      out.push({ pid: profile.pid, ts: profile.time, ms: Math.max(0, next) / 1000, what: profile.nodes.get(ids[i]!) ?? '?' });
    }
  }
  return out;
}

/** One line per task: its length, its collections and its busiest functions. */
export function describeLongTasks({ tasks, busy, gc, functions }: TraceSummary, longest = 8): string {
  const gcTotal = (task: LongTask) => Object.values(task.gc).reduce((sum, value) => sum + value, 0);
  const lines = [...tasks]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, longest)
    .map((task) => {
      const gc = Object.entries(task.gc)
        .filter(([, value]) => value >= 1)
        .map(([name, value]) => `${name} ${value.toFixed(0)}`)
        .join(', ');
      const functions = task.functions.map(([what, value]) => `${what} ${value.toFixed(0)}`).join('; ');
      return `    ${task.ms.toFixed(0)} ms at ${(task.start / 1000).toFixed(1)} s: gc ${gcTotal(task).toFixed(0)} (${gc}) | ${functions}`;
    });
  const all = tasks.reduce((sum, task) => sum + task.ms, 0);
  const allGc = tasks.reduce((sum, task) => sum + gcTotal(task), 0);
  const sampled = functions.map(([what, value]) => `${what} ${value.toFixed(0)}`).join('; ');
  return (
    `  main thread busy ${busy.toFixed(0)} ms (gc ${gc.toFixed(0)} ms); sampled: ${sampled}\n` +
    `  ${tasks.length} long tasks, ${all.toFixed(0)} ms, of which gc ${allGc.toFixed(0)} ms; longest:\n${lines.join('\n')}`
  );
}
