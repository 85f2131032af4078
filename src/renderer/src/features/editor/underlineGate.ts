// When a section editor must rebuild its underlines. Each check returns the findings of every
// section, and stableFindings keeps the objects of findings that did not change, so a section the
// candidate is not typing in gets the very same finding objects check after check. Turning them
// into diagnostics and comparing them with what CodeMirror shows costs a little per section per
// keystroke; the gate skips it while the section's text is untouched and its findings are the same
// objects as last time.
import type { Finding } from '../../../../shared/api';

export interface UnderlineGate {
  /** The section's text changed (CodeMirror moved its underlines through the edit). */
  edited: () => void;
  /** True when `findings` may differ from what the section shows: rebuild and compare. */
  needsUpdate: (findings: readonly Finding[]) => boolean;
  /** `findings` are now what the section shows. */
  applied: (findings: readonly Finding[]) => void;
}

function sameObjects(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function createUnderlineGate(): UnderlineGate {
  let shown: readonly Finding[] | null = null;
  let edited = true;
  return {
    edited: () => {
      edited = true;
    },
    needsUpdate: (findings) => edited || shown === null || !sameObjects(shown, findings),
    applied: (findings) => {
      shown = findings;
      edited = false;
    },
  };
}

/** The findings of each section, in the order given; whole-document findings are left out. O(n). */
export function findingsBySection(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.section === null) continue;
    const list = out.get(f.section);
    if (list) list.push(f);
    else out.set(f.section, [f]);
  }
  return out;
}
