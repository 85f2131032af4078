// A labelled text input for money or percent, with its inline error.
import { useId } from 'react';

export function MoneyField(props: {
  label: string;
  value: string;
  error: string | undefined;
  /** A neutral note (the field is not filled in yet and not counted); an error wins over it. */
  note?: string | undefined;
  onChange: (text: string) => void;
  placeholder?: string;
  suffix?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field co-money">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="co-money-box">
        <input
          id={id}
          className="input"
          inputMode="decimal"
          aria-invalid={Boolean(props.error)}
          aria-describedby={props.error ? `${id}-err` : undefined}
          value={props.value}
          placeholder={props.placeholder}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
        {props.suffix && <span className="co-suffix muted">{props.suffix}</span>}
      </div>
      {props.error ? (
        <span className="field-error" id={`${id}-err`}>
          {props.error}
        </span>
      ) : props.note ? (
        <span className="field-hint co-pending" data-testid={props.testId ? `${props.testId}-pending` : undefined}>
          {props.note}
        </span>
      ) : null}
    </div>
  );
}
