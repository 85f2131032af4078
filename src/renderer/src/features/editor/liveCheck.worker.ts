// The editor's rubric check, off the main thread: the page sends one company's check data (from
// rubric.checkData) once, then each edit's changed sections; the worker keeps the document's text
// and answers with the same CheckResult the server's rubric.check gives (src/shared/liveCheck.ts),
// so a keystroke never waits for a round trip to the server.
import { createLocalChecker, warmUpChecker } from '../../../../shared/liveCheck';
import type { Template } from '../../../../shared/api';
import type { LiveCheckReply, LiveCheckRequest } from './liveCheckMessages';

let checker: ReturnType<typeof createLocalChecker> | null = null;
let dataKey: string | null = null;
let warmed = false;

/** The documents' texts the worker holds; a page has one editor open, so a few are plenty. */
const MAX_DOCS = 4;
const docs = new Map<string, { template: Template | null; sections: Record<string, string> }>();

function holdDoc(msg: Extract<LiveCheckRequest, { type: 'check' }>): { template: Template; sections: Record<string, string> } {
  let held = docs.get(msg.doc);
  if (msg.full || !held) {
    docs.delete(msg.doc);
    held = { template: null, sections: {} };
    if (msg.full) docs.set(msg.doc, held);
    while (docs.size > MAX_DOCS) docs.delete(docs.keys().next().value as string);
    if (!msg.full) throw new Error('The document\u2019s text has not arrived yet.');
  }
  if (msg.template) held.template = msg.template;
  Object.assign(held.sections, msg.sections);
  if (!held.template) throw new Error('The document\u2019s template has not arrived yet.');
  return { template: held.template, sections: held.sections };
}

self.onmessage = (event: MessageEvent<LiveCheckRequest>) => {
  const msg = event.data;
  if (msg.type === 'data') {
    checker = createLocalChecker(msg.data);
    dataKey = msg.key;
    // Build wink's English model now (a few hundred ms once), not on the first keystroke that
    // types a "not". Messages wait in order, so a check sent meanwhile runs right after.
    if (!warmed) {
      warmed = true;
      warmUpChecker();
    }
    return;
  }
  let reply: LiveCheckReply;
  try {
    // The text is taken in first, so the held copy stays the editor's even when this check fails.
    const doc = holdDoc(msg);
    if (!checker || dataKey !== msg.key) throw new Error('The check data for this document has not arrived yet.');
    const t0 = performance.now();
    const result = checker(doc.template, { sections: doc.sections, silencedRules: msg.silencedRules, ...(msg.title !== undefined ? { title: msg.title } : {}) });
    reply = { seq: msg.seq, ok: true, result, computeMs: performance.now() - t0 };
  } catch (err) {
    reply = { seq: msg.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
