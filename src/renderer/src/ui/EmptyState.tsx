// A calm empty state: what this place is for and the first thing to do.
import type { ReactNode } from 'react';
import { Icon } from './Icon';
import type { IconName } from './Icon';

export function EmptyState(props: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty" data-testid={props.testId}>
      <span className="empty-icon">
        <Icon name={props.icon ?? 'document'} size={36} />
      </span>
      <h3>{props.title}</h3>
      {props.children ? <p>{props.children}</p> : null}
      {props.action}
    </div>
  );
}
