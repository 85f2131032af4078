// Command-line arguments of browser mode (`npm run web -- …`, `src/server/main.ts`). `npm run web`
// checks them with this same parser before it builds anything (webLauncher.ts).

export interface ServerArgs {
  workspace: string | null;
  port: number;
  host: string;
  staticDir: string | null;
  sample: boolean;
  open: boolean;
  help: boolean;
}

export type ParsedServerArgs = { ok: true; args: ServerArgs } | { ok: false; message: string };

export const SERVER_USAGE = `Usage: npm run web -- [--workspace DIR] [--port N] [--open] [--no-sample]

  --workspace DIR   the workspace folder (default: $DOSSIER_WORKSPACE or ~/Documents/Dossier)
  --port N          port on 127.0.0.1 (default: a random free port)
  --host H          127.0.0.1 (default), localhost or ::1
  --open            open the app in your browser (--no-open, the default: just print the link)
  --no-sample       create a new workspace without the sample company
                    (--sample adds it; npm run web does by default)
  --static DIR      serve the app from DIR instead of out/renderer
  --help            show this help`;

/** What a bad argument's message ends with: where to see the options. */
const SEE_HELP = 'Run npm run web -- --help to see the options.';

const HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Reads browser mode's options from `argv` (without node and the script). `defaults.sample` is the
 * sample choice when neither --sample nor --no-sample is given (the server: false; `npm run web`:
 * true). A bad argument gives one line for the candidate, ending with where to see the options.
 */
export function parseServerArgs(argv: readonly string[], defaults: { sample: boolean } = { sample: false }): ParsedServerArgs {
  const args: ServerArgs = { workspace: null, port: 0, host: '127.0.0.1', staticDir: null, sample: defaults.sample, open: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '--workspace': {
        const v = value();
        if (!v) return { ok: false, message: `--workspace needs a folder, for example: --workspace ~/prep. ${SEE_HELP}` };
        args.workspace = v;
        break;
      }
      case '--port': {
        const v = value();
        const n = v === null ? NaN : Number(v);
        if (v === null || !/^\d+$/.test(v) || !Number.isInteger(n) || n < 0 || n > 65535) {
          return { ok: false, message: `--port needs a whole number from 0 to 65535${v === null ? '' : `, not “${v}”`}. ${SEE_HELP}` };
        }
        args.port = n;
        break;
      }
      case '--host': {
        const v = value();
        if (!v || !HOSTS.has(v)) {
          return { ok: false, message: 'Browser mode only listens on this computer: --host must be 127.0.0.1, localhost or ::1.' };
        }
        args.host = v;
        break;
      }
      case '--static': {
        const v = value();
        if (!v) return { ok: false, message: `--static needs a folder. ${SEE_HELP}` };
        args.staticDir = v;
        break;
      }
      case '--sample':
        args.sample = true;
        break;
      case '--no-sample':
        args.sample = false;
        break;
      case '--open':
        args.open = true;
        break;
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        return { ok: false, message: `Unknown option “${raw}”. ${SEE_HELP}` };
    }
  }
  return { ok: true, args };
}
