// The renderer's one way to reach Dossier: a typed call over the Electron bridge when present,
// otherwise over HTTP to the browser-mode server. Every answer is a Result; nothing throws.
import { API_PREFIX, CSRF_HEADER } from '../../../shared/transport';
import type { DesktopBridge } from '../../../shared/transport';
import type { OpName, Req, Res, Result } from '../../../shared/api';

declare global {
  interface Window {
    dossier?: DesktopBridge;
    /**
     * Live-check timings read by the benchmark: input -> findings committed, the request alone
     * (worker round trip or rubric.check) and the check inside the worker.
     */
    __dossierPerf?: {
      lastCheckMs: number;
      count: number;
      lastRequestMs: number;
      lastComputeMs: number | null;
      from: 'main' | 'worker' | 'server';
    };
    /**
     * Set when the editor's main-thread check has loaded and warmed up (performance.now()) and
     * its measured cost per character of the open document (ms), and how long each loading step
     * took (see MainThreadChecker.steps); read by the benchmark.
     */
    __dossierMainCheck?: { readyAt: number; msPerChar: number; steps: Record<string, number> };
  }
}

/** The Electron bridge, or null in browser mode. */
export function desktopBridge(): DesktopBridge | null {
  return typeof window !== 'undefined' && window.dossier ? window.dossier : null;
}

function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

const offline: Result<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message:
      'Dossier could not reach its local service. If you started it with `npm run web`, check that it is still running, then reload.',
  },
};

/** The error half of a Result (code + candidate-facing message). */
export type ErrorPayload = Extract<Result<unknown>, { ok: false }>['error'];

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

export interface CallOptions {
  /** Browser mode: let the request finish even if the page is closing (small bodies only). */
  keepalive?: boolean;
}

/** Builds a client over a bridge or a fetch function (tests inject both). */
export function createClient(bridge: DesktopBridge | null, fetcher: Fetcher | null) {
  return async function call<K extends OpName>(
    name: K,
    req: Req<K>,
    opts: CallOptions = {},
  ): Promise<Result<Res<K>>> {
    try {
      let answer: unknown;
      if (bridge) {
        answer = await bridge.call(name, req);
      } else if (fetcher) {
        const response = await fetcher(API_PREFIX + name, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
          body: JSON.stringify(req),
          ...(opts.keepalive ? { keepalive: true } : {}),
        });
        if (response.status === 401) {
          return {
            ok: false,
            error: {
              code: 'unavailable',
              message:
                'This browser tab is no longer signed in to Dossier. Open the link printed by `npm run web` again.',
            },
          };
        }
        answer = await response.json();
      } else {
        return offline;
      }
      if (isResult(answer)) return answer as Result<Res<K>>;
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Dossier sent an answer the app could not read. Please try again.',
        },
      };
    } catch {
      return offline;
    }
  };
}

const browserFetch: Fetcher | null =
  typeof fetch === 'function' ? (input, init) => fetch(input, init) : null;

/** The app-wide client: the bridge in Electron, fetch in browser mode. */
export const call = createClient(desktopBridge(), browserFetch);

/** Same as `call` but throws an Error carrying the candidate-facing message (for effects that want try/catch). */
export async function callOrThrow<K extends OpName>(name: K, req: Req<K>): Promise<Res<K>> {
  const result = await call(name, req);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
  return result.data;
}

export class ApiError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: string, message: string, details: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}
