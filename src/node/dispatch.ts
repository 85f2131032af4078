// The one place a transport (Electron IPC, HTTP) hands a call to core: checks the operation name,
// validates the request against its schema, runs the handler, and turns every failure into a
// Result. It never throws, so a transport can send whatever it returns straight back.
import { isOpName, parseRequest } from '../shared/api';
import type { Handlers, OpName, Result } from '../shared/api';
import { DossierError, toErrorPayload } from '../core/errors';

/** Called with unexpected (non-DossierError) failures so the shell can log them. */
export type InternalErrorLogger = (op: string, err: unknown) => void;

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown,
  logInternal?: InternalErrorLogger,
): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !isOpName(name)) {
    const shown = typeof name === 'string' ? `“${name.slice(0, 80)}”` : 'without a name';
    return {
      ok: false,
      error: { code: 'bad-request', message: `Dossier does not know the operation ${shown}.` },
    };
  }
  const parsed = parseRequest(name, payload);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[name] as (req: unknown) => Promise<unknown>;
    if (typeof handler !== 'function') {
      return {
        ok: false,
        error: { code: 'unavailable', message: `The operation ${name} is not available in this version of Dossier.` },
      };
    }
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (err) {
    if (!(err instanceof DossierError) && logInternal) logInternal(name satisfies OpName, err);
    return { ok: false, error: toErrorPayload(err) };
  }
}
