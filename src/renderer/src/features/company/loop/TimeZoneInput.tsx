// A time-zone field: type or pick an IANA zone name; the list comes from the runtime.
import { useId } from 'react';

const COMMON = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Toronto',
  'Europe/London',
  'Europe/Dublin',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Kolkata',
  'UTC',
];

function allZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...COMMON, ...supported.filter((z) => !COMMON.includes(z))];
}

let cached: string[] | null = null;

export function TimeZoneInput(props: { value: string; onChange: (zone: string) => void; invalid: boolean; label: string }) {
  const listId = useId();
  cached ??= allZones();
  return (
    <>
      <input
        className="input"
        aria-label={props.label}
        aria-invalid={props.invalid}
        list={listId}
        value={props.value}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={listId}>
        {cached.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
