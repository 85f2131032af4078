// The name of the guide a fact or question comes from ("Wells Fargo guide (English)"), shown the
// same way everywhere: a quiet label, not a link. It is not underlined, not in the link colour and
// has no pointer cursor, because clicking it does nothing; the Sources tab explains each guide.
import type { ReactNode } from 'react';

export function SourceLabel(props: { children: ReactNode; muted?: boolean }) {
  return (
    <span className={props.muted ? 'source-label source-label-muted' : 'source-label'} data-testid="source-label">
      {props.children}
    </span>
  );
}
