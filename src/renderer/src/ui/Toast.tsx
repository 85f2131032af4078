// Toasts: short confirmations at the bottom left (away from the Issues panel on the right),
// optionally with an action such as Undo. At most MAX_TOASTS at once; a toast with the `key` of
// one on screen replaces it, so repeating an action never stacks copies.
// Wrap the app in <ToastProvider>; call useToast().show({...}) anywhere below it.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastOptions {
  message: ReactNode;
  tone?: 'default' | 'error';
  actions?: ToastAction[];
  /** Defaults to 6 s (10 s when there is an action); 0 keeps it until closed. */
  timeoutMs?: number;
  testId?: string;
  /** A toast with the same key replaces this one instead of stacking (e.g. one per exported document). */
  key?: string;
}

/** How many toasts show at once; the oldest goes first. */
export const MAX_TOASTS = 3;

/** The stack after showing `toast`: any toast with its key removed, the new one last, at most `max`. */
export function stackToasts<T extends { key?: string }>(all: readonly T[], toast: T, max = MAX_TOASTS): T[] {
  const kept = toast.key === undefined ? all : all.filter((t) => t.key !== toast.key);
  return [...kept, toast].slice(-max);
}

interface ToastItem extends ToastOptions {
  id: number;
}

interface ToastApi {
  show: (toast: ToastOptions) => number;
  dismiss: (id: number) => void;
  /** Removes every toast (a full-screen view such as practice opens over them). */
  clear: () => void;
}

const ToastContext = createContext<ToastApi>({ show: () => 0, dismiss: () => undefined, clear: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider(props: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const next = useRef(1);

  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  );
  const show = useCallback(
    (toast: ToastOptions) => {
      const id = next.current++;
      setToasts((all) => stackToasts(all, { ...toast, id }));
      const timeout =
        toast.timeoutMs ?? (toast.actions && toast.actions.length > 0 ? 10_000 : 6_000);
      if (timeout > 0) window.setTimeout(() => dismiss(id), timeout);
      return id;
    },
    [dismiss],
  );
  const clear = useCallback(() => setToasts([]), []);
  const api = useMemo(() => ({ show, dismiss, clear }), [show, dismiss, clear]);

  return (
    <ToastContext.Provider value={api}>
      {props.children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={t.tone === 'error' ? 'toast toast-error' : 'toast'}
            data-testid={t.testId ?? 'toast'}
          >
            <span className="toast-message">{t.message}</span>
            {(t.actions ?? []).map((a) => (
              <button
                key={a.label}
                type="button"
                className="btn btn-sm"
                onClick={() => {
                  dismiss(t.id);
                  a.run();
                }}
              >
                {a.label}
              </button>
            ))}
            <button
              type="button"
              className="btn btn-sm btn-icon"
              aria-label="Dismiss"
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
