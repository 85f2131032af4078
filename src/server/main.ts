// Entry point of browser mode: `node --import tsx src/server/main.ts [--workspace DIR] [--port N]`.
// Prints the one-time launch link, and on Ctrl+C / SIGTERM closes the workspace so its lock is
// released. Exit codes: 0 stopped cleanly, 1 could not start, 2 bad arguments.
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { defaultWorkspaceDir } from '../core/openContext';
import { DossierError } from '../core/errors';
import { parseServerArgs, SERVER_USAGE } from './parseServerArgs';
import { startServer } from './startServer';

const appRoot = resolve(import.meta.dirname, '..', '..');

function openInBrowser(url: string): void {
  if (process.env.DOSSIER_NO_OPEN || process.env.BROWSER === 'none') return;
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Could not open a browser by itself; open the link above.'));
    child.unref();
  } catch {
    console.log('Could not open a browser by itself; open the link above.');
  }
}

async function main(): Promise<void> {
  const parsed = parseServerArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { args } = parsed;
  if (args.help) {
    console.log(SERVER_USAGE);
    return;
  }
  const workspace = resolve(args.workspace ?? defaultWorkspaceDir(process.env, homedir()));
  const staticDir = resolve(args.staticDir ?? resolve(appRoot, 'out', 'renderer'));

  let server;
  try {
    server = await startServer({
      workspace,
      port: args.port,
      host: args.host,
      staticDir,
      appRoot,
      sample: args.sample,
      logInternal: (op, err) => console.error(`Dossier: ${op} failed unexpectedly:`, err),
    });
  } catch (err) {
    const message = err instanceof DossierError ? err.message : `Dossier could not start: ${err instanceof Error ? err.message : String(err)}`;
    console.error(message);
    process.exit(1);
  }

  console.log(`Dossier is running at ${server.launchUrl}`);
  console.log(`Workspace: ${workspace}`);
  console.log('Open the link above in your browser. Press Ctrl+C to stop.');
  if (args.open) openInBrowser(server.launchUrl);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    const running = server;
    running
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(`Dossier stopped after ${signal}, but closing the workspace failed:`, err);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
