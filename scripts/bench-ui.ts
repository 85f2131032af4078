// The real UI in browser mode (Debian Chromium through playwright-core, --disable-gpu):
// - first document row visible: from navigation start (performance.timeOrigin of the page) to the
//   first document row in the DOM, median of several fresh page loads (same server, warm cache);
//   and whether any editor chunk was fetched before a document was opened (it must not be).
// - keystroke -> painted findings on a one-page and a three-page brief, one real key press at a
//   time through Playwright's keyboard into the editor (see KEYSTROKE_METHOD below), beside the
//   paint of the typed character itself. The editor checks on the main thread in the key's own
//   task once that check has loaded (mainThreadCheck.ts), so the findings are committed before the
//   frame that draws the character; a check in the worker (large documents, or before the main
//   thread is ready) arrives as a message task after that frame and lands one frame later.
// - the floor: the same measure of the typed character's paint on a bare page (a textarea and a
//   contenteditable block, nothing else) in the same browser with the same flags.
// - two frame clocks (FRAME_PACING): `paced` is Chromium as the app and the tests run it, frames on
//   its 60 Hz clock, so every figure includes the wait for the next frame and any frame it missed;
//   `unpaced` relaunches it with the frame-rate limit off, so a frame starts as soon as there is
//   something to draw and the figures are our own work plus Chromium's pipeline. Both print our
//   editor beside the floor. keystrokeVerdict judges the goal on each clock, beside the bare
//   textarea's own p95: on the paced clock that p95 is itself over 16 ms in headless Chromium.
// Goals (issue 13): first row <= 300 ms; keystroke p95 <= 16 ms one page, <= 50 ms three pages.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/node/chromiumPrinter';
import { FINDINGS_COMMITTED } from '../src/renderer/src/lib/perfProbe';
import { median, percentile } from './benchStats';
import { buildRenderer, rendererBuildState } from './rendererBuild';

const root = resolve(import.meta.dirname, '..');
/** The built renderer to serve (default out/renderer): another build's folder for A/B runs. */
const STATIC_DIR = process.env.DOSSIER_BENCH_STATIC ?? join(root, 'out', 'renderer');
/**
 * Makes sure the build the bench serves is the code in this checkout: out/renderer missing or older
 * than its sources (rendererBuild.ts) is built first, as `npm run build:web` would, since an old
 * build lacks probes this bench waits for and every key would time out. Another folder
 * (DOSSIER_BENCH_STATIC, an A/B run) is served as it is, but must exist. Throws one plain message.
 */
export function ensureRendererBuild(staticDir = STATIC_DIR, build: () => boolean = () => buildRenderer(root, 'pipe')): void {
  const own = resolve(staticDir) === join(root, 'out', 'renderer');
  if (!own) {
    if (!existsSync(join(staticDir, 'index.html'))) {
      throw new Error(`DOSSIER_BENCH_STATIC=${staticDir} holds no renderer build (no index.html); build one there with: npx vite build --config vite.web.config.ts --outDir ${staticDir}`);
    }
    return;
  }
  const state = rendererBuildState(root);
  if (state === null) return;
  process.stderr.write(`bench ui: out/renderer is ${state === 'missing' ? 'missing' : 'older than src/renderer, src/shared or src/core'}; building it (npm run build:web)…\n`);
  if (!build()) throw new Error('bench ui: out/renderer could not be built; run `npm run build:web` to see why');
  if (rendererBuildState(root) !== null) throw new Error('bench ui: out/renderer is still older than its sources after building it; run `npm run build:web`');
}

/** Key presses per document: enough that the p95 is not just the second-worst sample. */
const SAMPLES = Number(process.env.DOSSIER_BENCH_KEYS ?? 150);
const PAGE_LOADS = 7;

/**
 * Extra Chromium flags of the unpaced run: no 60 Hz frame clock (a new frame starts when the last
 * one is done and something changed) and no wait for the output device's vsync.
 */
export const UNPACED_FLAGS: readonly string[] = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** How the keystroke figures are taken; printed with them. */
export const KEYSTROKE_METHOD = [
  'One real key press at a time (page.keyboard.press) at the end of the first section; the next key waits until the last one is painted, plus a random 0-40 ms so key presses fall at every phase of the frame clock.',
  'Start: the keydown event\'s timeStamp (the time Chromium created the input event).',
  `painted: the editor dispatches '${FINDINGS_COMMITTED}' in the task that commits the findings panel and underlines; the probe adds a tiny text marker with an elementtiming attribute in that same task, and Chromium's Element Timing reports the marker's renderTime: the presentation time of the frame that first showed it, i.e. of the frame with the new findings.`,
  'charPainted: the same for a marker added in the input event of the key: the frame that shows the typed character (the floor for any findings).',
  "sameFrame: key presses whose findings were painted in the same frame as the typed character; findingsPaintedAfterChar: the findings' paint time minus the character's (0 when in the same frame; about 16.7 ms when one frame later).",
  'frameEnd: requestAnimationFrame after the commit, then a MessageChannel message: the main thread has finished that frame (style, layout, paint, commit to the compositor).',
  "charFrameEnd: the same after the input event: the main thread has finished the typed character's frame; beside the floor's, the main-thread work of ours that the character waits for.",
  'committed: performance.now() at the commit (the figure this bench printed before).',
  "checkRoundTrip: the main-thread check, or post to the check worker -> reply on the main thread; check: the check itself (main thread or inside the worker). checkedOn: where each key's findings were computed. mainCheckReadyAfterOpen: editor shown -> main-thread check loaded and warm (until then keys go to the worker); longestTaskWhileMainCheckLoads: the longest main-thread task (Long Tasks API, over 50 ms) in that time, which a key typed then would wait for.",
  'floor: charPainted on a bare page (a textarea, then a contenteditable block; no framework) in a fresh tab of the same browser: how fast this Chromium paints a typed character at all.',
  'Frame pacing: each figure is printed twice. paced (the onePage, threePages and floor rows): Chromium as the app runs it, on its 60 Hz frame clock; a key waits for the next frame (0-16.7 ms, by chance) and for any frame missed on a loaded machine, which is what a user sees. unpaced (the unpaced.* rows): the same browser relaunched with ' + UNPACED_FLAGS.join(' ') + ', so a frame is drawn as soon as there is something new and the figures measure our own work (input handling, check, CodeMirror, style, layout, paint, raster) plus the browser\'s pipeline, beside the floor measured the same way. keystrokeVerdict gives the goal (p95 <= 16 ms) on each clock beside the bare textarea\'s p95 on the same clock: where even the bare textarea is over 16 ms (goalReachableHere false), no page can meet it on that clock.',
  'Caveats: headless Chromium with --disable-gpu composites and rasterises in software and its frame clock is a 60 Hz timer, not a display vsync, so presentation times are those of the software output device; on a real display add the display\'s own scan-out.',
].join(' ');

/** Installed in every page before its scripts run; a string because tsx's helpers do not exist in the page. */
export const PROBE = `(() => {
  const S = (window.__keyProbe = { pending: null, render: {}, next: 0, longTasks: [] });
  // Tasks over 50 ms on the main thread (Long Tasks API): start and duration.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) S.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let box = null;
  const mark = (id) => {
    if (!box) {
      box = document.createElement('div');
      box.setAttribute('aria-hidden', 'true');
      box.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;font:10px monospace;color:#000;background:#fff;pointer-events:none';
      document.body.appendChild(box);
    }
    // A block: Chromium attributes painted text to its block, so an inline marker is never reported.
    const el = document.createElement('div');
    el.setAttribute('elementtiming', id);
    el.textContent = '.';
    box.appendChild(el);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      S.render[e.identifier] = e.renderTime || e.loadTime;
      if (e.element) e.element.remove();
    }
  }).observe({ type: 'element', buffered: true });
  const inEditor = (t) => t instanceof Element && t.closest('.cm-content, [data-key-floor]') !== null;
  addEventListener('keydown', (e) => {
    if (!inEditor(e.target)) return;
    S.pending = { id: ++S.next, t0: e.timeStamp, keydownAt: performance.now() };
  }, true);
  addEventListener('input', (e) => {
    const p = S.pending;
    if (!p || p.charAt !== undefined || !inEditor(e.target)) return;
    p.charAt = performance.now();
    mark('c' + p.id);
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { p.charFrameEndAt = performance.now(); };
      ch.port2.postMessage(0);
    });
  }, true);
  addEventListener(${JSON.stringify(FINDINGS_COMMITTED)}, (e) => {
    const p = S.pending;
    if (!p || p.committedAt !== undefined || e.detail.inputAt < p.t0) return;
    p.committedAt = performance.now();
    p.from = e.detail.from;
    mark('f' + p.id);
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { p.frameEndAt = performance.now(); };
      ch.port2.postMessage(0);
    });
  });
})();`;

async function startServer(workspace: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--workspace', workspace, '--port', '0', '--sample', '--static', STATIC_DIR], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let buf = '';
    const timer = setTimeout(() => fail(new Error('server did not start in 30 s')), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

interface Pending {
  id: number;
  t0: number;
  keydownAt: number;
  charAt?: number;
  charFrameEndAt?: number;
  committedAt?: number;
  frameEndAt?: number;
  from?: 'main' | 'worker' | 'server';
}
interface Probe {
  pending: Pending | null;
  render: Record<string, number>;
}

interface Measured {
  p: Pending;
  /** Presentation times of the findings' frame and of the typed character's frame. */
  f: number;
  c: number;
  /** Worker round trip and the check inside the worker (NaN from the server). */
  rt: number;
  cm: number;
}

/** Presses one key in the focused editor and waits until its findings are painted. */
async function pressAndMeasure(page: Page, key: string): Promise<Measured> {
  await page.keyboard.press(key);
  const handle = await page
    .waitForFunction(
      () => {
        const s = (window as unknown as { __keyProbe: Probe }).__keyProbe;
        const p = s.pending;
        if (!p || p.frameEndAt === undefined || p.charFrameEndAt === undefined) return null;
        const f = s.render[`f${p.id}`];
        const c = s.render[`c${p.id}`];
        if (f === undefined || c === undefined) return null;
        const perf = (window as unknown as { __dossierPerf?: { lastRequestMs: number; lastComputeMs: number | null } }).__dossierPerf;
        return { p, f, c, rt: perf?.lastRequestMs ?? Number.NaN, cm: perf?.lastComputeMs ?? Number.NaN };
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(async (err: unknown) => {
      const state = await page.evaluate(() => JSON.stringify((window as unknown as { __keyProbe: Probe }).__keyProbe));
      throw new Error(`key ${key} was not painted with its findings (is ${STATIC_DIR} a build of this checkout? an older build lacks the probes): ${String(err)}; probe ${state.slice(0, 2000)}`);
    });
  return (await handle.jsonValue()) as Measured;
}

/** Key presses that type words the rubric reacts to (vague words come and go), then a space. */
const PHRASE = ' helped various teams see significant gains';

/** Opens the sample brief (or a copy with every section repeated `times` times) and types SAMPLES keys. */
async function typeInto(page: Page, times: number, label: string, run = ''): Promise<Record<string, number | string>> {
  const title = `Bench brief ${times}${run ? ` ${run}` : ''}`;
  await page.goto(new URL(page.url()).origin + '/');
  // Make the document through the app's own API (same as the UI); a string, as for PROBE.
  const words = await page.evaluate(`(async (times, title) => {
    const post = async (op, body) => {
      const res = await fetch('/api/' + op, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dossier-request': '1' }, body: JSON.stringify(body) });
      return (await res.json()).data;
    };
    const slug = (await post('companies.list', {}))[0].slug;
    const docs = (await post('documents.list', { company: slug })).filter((d) => !d.title.startsWith('Bench brief'));
    const doc = await post('documents.get', { company: slug, id: docs[0].id });
    const sections = Object.fromEntries(Object.entries(doc.sections).map(([k, v]) => [k, Array.from({ length: times }, () => v).join('\\n\\n')]));
    const created = await post('documents.create', { company: slug, templateId: doc.templateId, title });
    await post('documents.update', { company: slug, id: created.id, baseRevision: created.revision, patch: { sections } });
    return Object.values(sections).join(' ').split(/\\s+/).filter(Boolean).length;
  })(${times}, ${JSON.stringify(title)})`);
  await page.reload();
  await page.getByText(title, { exact: true }).first().click();
  const editor = page.locator('.cm-content').first();
  await editor.waitFor();
  const openedAt = await page.evaluate(() => performance.now());
  await editor.click();
  await page.keyboard.press('End');
  // The first key right after the editor appears: the check worker may still be starting (its
  // data on the way, its model not built), so this one shows the start-up cost.
  const first = await pressAndMeasure(page, 'a');
  // Let the check data reach the worker (until then checks go to the server), and the main-thread
  // check load and warm up in idle time (until then checks go to the worker).
  await page.waitForFunction(() => (window as unknown as { __dossierPerf?: { from: string } }).__dossierPerf?.from === 'worker', undefined, { timeout: 10_000 }).catch(() => undefined);
  const mainReadyAfterOpenMs = await page
    .waitForFunction(() => window.__dossierMainCheck?.readyAt, undefined, { timeout: 20_000 })
    .then(async (h) => Number(await h.jsonValue()) - openedAt)
    .catch(() => Number.NaN);
  // The longest main-thread task from the editor's appearance until the main-thread check was
  // ready (its chunk, packs, wink's model and warm-up run in idle callbacks): a key typed during it
  // waits that long, once per page.
  const longestTaskWhileLoadingMs = await page.evaluate(
    ({ from, to }) => {
      const tasks = (window as unknown as { __keyProbe: { longTasks: [number, number][] } }).__keyProbe.longTasks;
      return Math.max(0, ...tasks.filter(([t]) => t >= from && t <= to).map(([, d]) => d));
    },
    { from: openedAt, to: openedAt + (Number.isNaN(mainReadyAfterOpenMs) ? 0 : mainReadyAfterOpenMs) },
  );
  const painted: number[] = [];
  const charPainted: number[] = [];
  const frameEnd: number[] = [];
  const charFrameEnd: number[] = [];
  const committed: number[] = [];
  const roundTrip: number[] = [];
  const compute: number[] = [];
  let sameFrame = 0;
  /** Findings' paint minus the typed character's paint. */
  const afterChar: number[] = [];
  const from = { main: 0, worker: 0, server: 0 };
  for (let i = 0; i < SAMPLES; i++) {
    const ch = PHRASE[i % PHRASE.length] ?? 'x';
    const got = await pressAndMeasure(page, ch === ' ' ? 'Space' : ch);
    const { p } = got;
    painted.push(got.f - p.t0);
    charPainted.push(got.c - p.t0);
    frameEnd.push((p.frameEndAt ?? Number.NaN) - p.t0);
    charFrameEnd.push((p.charFrameEndAt ?? Number.NaN) - p.t0);
    committed.push((p.committedAt ?? Number.NaN) - p.t0);
    roundTrip.push(got.rt);
    compute.push(got.cm);
    if (got.f === got.c) sameFrame += 1;
    afterChar.push(got.f - got.c);
    if (p.from) from[p.from] += 1;
    await page.waitForTimeout(Math.random() * 40);
  }
  const stats = (name: string, xs: number[]) => ({
    [`${label}.${name}MedianMs`]: median(xs),
    [`${label}.${name}P95Ms`]: percentile(xs, 95),
  });
  return {
    [`${label}.words`]: Number(words),
    [`${label}.firstKeyAfterOpenPaintedMs`]: Math.round(first.f - first.p.t0),
    [`${label}.firstKeyAfterOpenFrom`]: first.p.from ?? '',
    [`${label}.keys`]: SAMPLES,
    ...stats('keystrokeToPaintedFindings', painted),
    ...stats('keystrokeToCharPainted', charPainted),
    [`${label}.sameFrameAsCharacter`]: `${sameFrame} of ${SAMPLES}`,
    [`${label}.sameFrameShare`]: Math.round((sameFrame / SAMPLES) * 1000) / 1000,
    ...stats('findingsPaintedAfterChar', afterChar),
    ...stats('keystrokeToFindingsFrameEnd', frameEnd),
    ...stats('keystrokeToCharFrameEnd', charFrameEnd),
    ...stats('keystrokeToFindingsCommitted', committed),
    ...stats('checkRoundTrip', roundTrip),
    ...stats('check', compute),
    [`${label}.checkedOn`]: `main thread ${from.main}, worker ${from.worker}, server ${from.server} of ${SAMPLES}`,
    [`${label}.mainCheckReadyAfterOpenMs`]: Math.round(mainReadyAfterOpenMs),
    [`${label}.longestTaskWhileMainCheckLoadsMs`]: Math.round(longestTaskWhileLoadingMs),
    [`${label}.mainCheckLoadStepsMs`]: await page.evaluate(() =>
      Object.entries(window.__dossierMainCheck?.steps ?? {})
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', '),
    ),
    [`${label}.mainCheckMsPerKChar`]: await page.evaluate(() => (window.__dossierMainCheck?.msPerChar ?? Number.NaN) * 1000),
  };
}

/**
 * The floor: a bare page with a textarea and a contenteditable block (no framework, no script but
 * the probe), in the same browser with the same flags and viewport, typed into the same way.
 * keydown -> the frame that shows the typed character, as charPainted above.
 */
const FLOOR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title><style>
body { font: 14.5px/1.6 system-ui, sans-serif; margin: 40px; }
textarea, [contenteditable] { display: block; width: 640px; height: 240px; margin: 0 0 16px; padding: 10px 12px; border: 1px solid #ccc; }
</style></head><body>
<textarea data-key-floor aria-label="textarea">The outcome was measured against the prior quarter.</textarea>
<div contenteditable="true" data-key-floor aria-label="contenteditable">The outcome was measured against the prior quarter.</div>
</body></html>`;

async function floorFor(browser: Browser, selector: string): Promise<{ median: number; p95: number; frameEndMedian: number; frameEndP95: number }> {
  // A fresh tab each time, so no marker of an earlier run is in its performance timeline.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent(FLOOR_PAGE);
  await page.addScriptTag({ content: PROBE });
  await page.locator(selector).click();
  await page.keyboard.press('End');
  const xs: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const ch = PHRASE[i % PHRASE.length] ?? 'x';
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    const got = await page.waitForFunction(
      () => {
        const s = (window as unknown as { __keyProbe: Probe }).__keyProbe;
        const p = s.pending;
        const c = p ? s.render[`c${p.id}`] : undefined;
        return p && c !== undefined && p.charFrameEndAt !== undefined ? [c - p.t0, p.charFrameEndAt - p.t0] : null;
      },
      undefined,
      { timeout: 10_000 },
    );
    const [painted, frameEnd] = (await got.jsonValue()) as [number, number];
    xs.push(painted);
    ends.push(frameEnd);
    await page.waitForTimeout(Math.random() * 40);
  }
  await page.close();
  return { median: median(xs), p95: percentile(xs, 95), frameEndMedian: median(ends), frameEndP95: percentile(ends, 95) };
}

/** The floor for a textarea and for a contenteditable block; see FLOOR_PAGE. */
async function measureFloor(browser: Browser): Promise<Record<string, number>> {
  const ta = await floorFor(browser, 'textarea');
  const ce = await floorFor(browser, '[contenteditable]');
  return {
    'floor.textareaCharPaintedMedianMs': ta.median,
    'floor.textareaCharPaintedP95Ms': ta.p95,
    'floor.contenteditableCharPaintedMedianMs': ce.median,
    'floor.contenteditableCharPaintedP95Ms': ce.p95,
    'floor.textareaCharFrameEndMedianMs': ta.frameEndMedian,
    'floor.textareaCharFrameEndP95Ms': ta.frameEndP95,
    'floor.contenteditableCharFrameEndMedianMs': ce.frameEndMedian,
    'floor.contenteditableCharFrameEndP95Ms': ce.frameEndP95,
  };
}

/** The frame clocks the keystroke figures are taken under; see UNPACED_FLAGS and KEYSTROKE_METHOD. */
export const FRAME_PACING = ['paced', 'unpaced'] as const;
export type FramePacing = (typeof FRAME_PACING)[number];

/** Which pacings to run: DOSSIER_BENCH_PACING=paced,unpaced (default both). */
function pacingsToRun(): FramePacing[] {
  const asked = (process.env.DOSSIER_BENCH_PACING ?? FRAME_PACING.join(',')).split(',').map((x) => x.trim());
  const bad = asked.filter((x) => !(FRAME_PACING as readonly string[]).includes(x));
  if (bad.length > 0) throw new Error(`DOSSIER_BENCH_PACING: unknown ${bad.join(', ')} (use ${FRAME_PACING.join(', ')})`);
  return FRAME_PACING.filter((x) => asked.includes(x));
}

function launch(pacing: FramePacing): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...(pacing === 'unpaced' ? UNPACED_FLAGS : [])],
  });
}

/** The one-page goal (p95 <= 16 ms) per frame clock, beside the bare textarea's own p95 in the same browser. */
export function keystrokeVerdict(r: Record<string, number | string>): Record<string, unknown> {
  const GOAL = 16;
  const out: Record<string, unknown> = { goalP95Ms: GOAL };
  for (const pacing of FRAME_PACING) {
    const prefix = pacing === 'paced' ? '' : `${pacing}.`;
    const ours = r[`${prefix}onePage.keystrokeToPaintedFindingsP95Ms`];
    const floor = r[`${prefix}floor.textareaCharPaintedP95Ms`];
    if (typeof ours !== 'number' || typeof floor !== 'number') continue;
    out[pacing] = {
      onePageP95Ms: ours,
      bareTextareaP95Ms: floor,
      aboveBareTextareaMs: Math.round((ours - floor) * 10) / 10,
      meetsGoal: ours <= GOAL,
      // A page cannot paint faster than a bare textarea in the same browser: when even that is
      // over the goal, the goal cannot be met on this clock by any page.
      goalReachableHere: floor <= GOAL,
    };
  }
  return out;
}

/** One line per pacing: painted findings and the floor's painted character, p50 / p95 (ms). */
function summarise(pacing: FramePacing, r: Record<string, number | string>, prefix: string): string {
  const f = (k: string) => {
    const v = r[`${prefix}${k}`];
    return typeof v === 'number' ? v.toFixed(1) : '?';
  };
  const three = r[`${prefix}threePages.keystrokeToPaintedFindingsMedianMs`] === undefined ? '' : `; three pages ${f('threePages.keystrokeToPaintedFindingsMedianMs')} / ${f('threePages.keystrokeToPaintedFindingsP95Ms')}`;
  return (
    `${pacing}: one page, keystroke to painted findings ${f('onePage.keystrokeToPaintedFindingsMedianMs')} / ${f('onePage.keystrokeToPaintedFindingsP95Ms')} ms (p50 / p95), ` +
    `to its frame's end on the main thread ${f('onePage.keystrokeToFindingsFrameEndMedianMs')} / ${f('onePage.keystrokeToFindingsFrameEndP95Ms')}${three}; ` +
    `floor (bare textarea, character painted) ${f('floor.textareaCharPaintedMedianMs')} / ${f('floor.textareaCharPaintedP95Ms')}, frame end ${f('floor.textareaCharFrameEndMedianMs')} / ${f('floor.textareaCharFrameEndP95Ms')}`
  );
}

export async function benchUi(): Promise<Record<string, unknown>> {
  ensureRendererBuild();
  const pacings = pacingsToRun();
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const workspace = mkdtempSync(join(tmpdir(), 'dossier-bench-ui-'));
  const server = await startServer(workspace);
  const browser = await launch('paced');
  const others: Browser[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(PROBE);
    await page.goto(server.url);
    await page.getByTestId('document-row').first().waitFor();
    // Fresh page loads (the launch token is already swapped for a cookie): navigation start to the
    // first document row, read inside the page so the benchmark's own round trips do not count.
    const firstRow: number[] = [];
    const base = new URL(server.url).origin;
    for (let i = 0; i < PAGE_LOADS; i++) {
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      await page.getByTestId('document-row').first().waitFor();
      firstRow.push(await page.evaluate(() => performance.now()));
    }
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        size: (e as PerformanceResourceTiming).transferSize || 0,
        decoded: (e as PerformanceResourceTiming).decodedBodySize || 0,
      })),
    );
    const navSize = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.transferSize ?? 0,
    );
    const transferred = resources.reduce((n, r) => n + r.size, navSize);
    const decoded = resources.reduce((n, r) => n + r.decoded, 0);
    const editorChunks = resources.filter((r) => /\/(editor|editor-languages|liveCheck\.worker)[-.]/.test(r.name)).map((r) => r.name.replace(/^.*\//, ''));

    let keystrokes: Record<string, number | string> = {};
    const summary: string[] = [];
    for (const pacing of pacings) {
      // The unpaced run: a browser of its own (the flags are per process) with this one's session cookie.
      let b = browser;
      let p = page;
      if (pacing === 'unpaced') {
        b = await launch('unpaced');
        others.push(b);
        const context = await b.newContext({ viewport: { width: 1440, height: 900 } });
        await context.addCookies(await page.context().cookies());
        p = await context.newPage();
        await p.addInitScript(PROBE);
        await p.goto(`${base}/`);
        await p.getByTestId('document-row').first().waitFor();
      }
      const prefix = pacing === 'paced' ? '' : `${pacing}.`;
      const one = await typeInto(p, 1, 'onePage', pacing);
      // Three pages: the same brief with every section tripled, made through the app's API (the
      // three-page goal is met with room to spare, so only the paced run takes it).
      const three = pacing === 'paced' ? await typeInto(p, 3, 'threePages', pacing) : {};
      // The same browser, fresh tabs with nothing of ours in them.
      const floor = await measureFloor(b);
      const r = Object.fromEntries(Object.entries({ ...one, ...three, ...floor }).map(([k, v]) => [`${prefix}${k}`, v]));
      keystrokes = { ...keystrokes, ...r };
      summary.push(summarise(pacing, r, prefix));
    }
    return {
      firstDocumentRowMedianMs: median(firstRow),
      firstDocumentRowMaxMs: Math.max(...firstRow),
      firstScreenTransferredKb: Math.round(transferred / 1024),
      /** The same assets' size after decompression (transferred < decoded: compressed responses). */
      firstScreenDecodedKb: Math.round(decoded / 1024),
      firstScreenEditorChunks: editorChunks.length === 0 ? 'none' : editorChunks.join(', '),
      keystrokeSummary: summary,
      ...keystrokes,
      keystrokeVerdict: keystrokeVerdict(keystrokes),
      keystrokeMethod: KEYSTROKE_METHOD,
      loadAverage1m: { before: loadBefore, after: loadavg()[0] ?? Number.NaN },
      goals: { firstDocumentRowMs: 300, onePageP95Ms: 16, threePagesP95Ms: 50, judgedOn: 'each clock, in keystrokeVerdict' },
    };
  } finally {
    for (const b of others) await b.close();
    await browser.close();
    server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}
