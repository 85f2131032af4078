// Assembles the one handler map from the feature groups. A name registered twice is refused,
// and the result is checked against the shared contract so a missing operation fails typecheck.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import { workspaceHandlers } from './workspaceHandlers';
import { documentHandlers } from './documentHandlers';
import { rubricHandlers } from './rubricHandlers';
import { exportHandlers } from './exportHandlers';
import { companyHandlers } from './companyHandlers';
import { questionHandlers } from './questionHandlers';

type Group = (ctx: CoreContext) => Partial<Handlers>;

export function createHandlers(ctx: CoreContext): Handlers {
  const groups: Group[] = [workspaceHandlers, documentHandlers, rubricHandlers, exportHandlers, companyHandlers, questionHandlers];
  const merged: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group(ctx))) {
      if (name in merged) throw new Error(`Operation ${name} is registered twice.`);
      merged[name] = fn;
    }
  }
  return merged as Handlers;
}
