// STUB — replaced by the owner of this group.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';

export function workspaceHandlers(_ctx: CoreContext): Partial<Handlers> {
  return {};
}
