// STUB — replaced by the owner of this group.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';

export function documentHandlers(_ctx: CoreContext): Partial<Handlers> {
  return {};
}
