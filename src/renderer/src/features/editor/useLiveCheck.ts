// Live rubric check: every change asks rubric.check right away; while one request is in flight,
// later changes coalesce into a single follow-up request with the newest text.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../../../shared/api';
import { call } from '../../api/client';
import { createCoalescer } from '../../lib/createCoalescer';

export interface LiveCheck {
  result: CheckResult;
  /** performance.now() of the newest input this result includes. */
  inputAt: number;
  /** How long the rubric.check request took. */
  requestMs: number;
  seq: number;
}

export function useLiveCheck(opts: {
  company: string;
  templateId: string;
  sections: () => Record<string, string>;
  silencedRules: string[];
}): { check: LiveCheck | null; request: (inputAt: number) => void; error: string | null } {
  const [check, setCheck] = useState<LiveCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestInputAt = useRef(0);
  const seq = useRef(0);
  const alive = useRef(true);
  const params = useRef(opts);
  useEffect(() => {
    params.current = opts;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const coalescer = useMemo(
    () =>
      createCoalescer(async () => {
        const at = latestInputAt.current;
        const p = params.current;
        const sentAt = performance.now();
        const result = await call('rubric.check', {
          company: p.company,
          templateId: p.templateId,
          sections: p.sections(),
          silencedRules: p.silencedRules,
        });
        if (!alive.current) return;
        if (result.ok) {
          setError(null);
          setCheck({
            result: result.data,
            inputAt: at,
            requestMs: performance.now() - sentAt,
            seq: ++seq.current,
          });
        } else {
          setError(result.error.message);
        }
      }),
    [],
  );

  const request = useCallback(
    (inputAt: number) => {
      latestInputAt.current = inputAt;
      coalescer.request();
    },
    [coalescer],
  );

  return { check, request, error };
}
