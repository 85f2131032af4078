// A labelled form field: label, the control (children), an optional hint and error.
import { useId } from 'react';
import type { ReactNode } from 'react';

export function Field(props: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Render prop receiving the id to put on the control, so the label is linked. */
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      {props.children(id)}
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
      {props.error ? (
        <span className="field-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
