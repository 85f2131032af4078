// dossier init [--workspace DIR] [--sample]: creates the workspace folder (with the sample
// company when asked); an existing workspace is left as it is.
import path from 'node:path';
import type { CliIo } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { defaultWorkspaceDir, ensureWorkspace } from '../../core/openContext';

export async function runInit(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs('init', args, { workspace: { type: 'string' }, sample: { type: 'boolean' } }, { min: 0, max: 0, usage: 'dossier init [--workspace DIR] [--sample]' });
  const root = a.strings.workspace ? path.resolve(io.cwd, a.strings.workspace) : defaultWorkspaceDir(io.env);
  const res = await ensureWorkspace(root, { sample: a.booleans.sample === true, appRoot: io.appRoot });
  if (!res.created) {
    io.out(`A workspace already exists at ${res.root}; nothing was changed.\n`);
  } else if (res.companies.length > 0) {
    io.out(`Created a workspace at ${res.root} with the sample company folder${res.companies.length === 1 ? '' : 's'}: ${res.companies.join(', ')}.\n`);
  } else {
    io.out(`Created an empty workspace at ${res.root}.\n`);
  }
  return 0;
}
