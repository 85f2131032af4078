// The editor's rubric check, off the main thread: the page sends one company's check data (from
// rubric.checkData) once, then each edit's sections; the worker answers with the same CheckResult
// the server's rubric.check gives (src/shared/liveCheck.ts), so a keystroke never waits for a
// round trip to the server.
import { createLocalChecker } from '../../../../shared/liveCheck';
import type { LiveCheckReply, LiveCheckRequest } from './liveCheckMessages';

let checker: ReturnType<typeof createLocalChecker> | null = null;
let dataKey: string | null = null;

self.onmessage = (event: MessageEvent<LiveCheckRequest>) => {
  const msg = event.data;
  if (msg.type === 'data') {
    checker = createLocalChecker(msg.data);
    dataKey = msg.key;
    return;
  }
  let reply: LiveCheckReply;
  try {
    if (!checker || dataKey !== msg.key) throw new Error('The check data for this document has not arrived yet.');
    reply = { seq: msg.seq, ok: true, result: checker(msg.template, msg.doc) };
  } catch (err) {
    reply = { seq: msg.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
