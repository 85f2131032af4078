// Standard output and error of a CLI process, and what happens when a write to them fails:
// - the reader went away (EPIPE: `dossier check x.md | head -1`): quiet, as other command-line
//   tools; the rest of the output is dropped and the command still ends with its own exit code
//   (for check, 1 when it found errors), so `set -o pipefail` scripts keep the verdict;
// - any other failure (a full disk behind `> report.json`: ENOSPC, an I/O error): recorded, the
//   rest dropped, and reported once by the caller as one line on stderr with exit code 2
//   (processRun.ts), never a stack trace and never 1, which `check` uses for "errors found".
// A standard output closed by the shell (`>&-`) cannot be told apart from `> /dev/null`: Node
// opens /dev/null in its place before any of Dossier's code runs.
import { writeSync } from 'node:fs';

export interface OutputChannel {
  /** Writes `text` (UTF-8); after a failure or a closed pipe it does nothing. */
  write: (text: string) => void;
  /** The first write failure other than a closed pipe, or null. */
  failure: () => NodeJS.ErrnoException | null;
}

/**
 * The channel for file descriptor `fd` (1 or 2). Written straight to the descriptor, so a command
 * that prints a report never builds process.stdout (for a pipe or a terminal that loads Node's
 * net, tty and stream modules: about 3.5 ms of a start). On Linux and macOS Node writes these
 * streams synchronously anyway, so order and completeness are the same. On Windows (console code
 * pages), or once the descriptor would block (EAGAIN: a non-blocking pipe that is full), the rest
 * goes through `stream()`. `onFailure` is called once, with the first failure other than EPIPE,
 * whether the write failed at once or later in the stream.
 */
export function outputChannel(fd: 1 | 2, stream: () => NodeJS.WriteStream, onFailure: (err: NodeJS.ErrnoException) => void = () => {}): OutputChannel {
  let failed: NodeJS.ErrnoException | null = null;
  let closed = false;
  const stop = (err: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (err.code === 'EPIPE') return;
    failed = err;
    onFailure(err);
  };
  let viaStream: NodeJS.WriteStream | null = null;
  const toStream = (chunk: string | Uint8Array) => {
    if (viaStream === null) {
      viaStream = stream();
      viaStream.on('error', stop);
    }
    try {
      viaStream.write(chunk);
    } catch (err) {
      stop(err as NodeJS.ErrnoException);
    }
  };
  let direct = process.platform !== 'win32';
  const write = (text: string) => {
    if (closed) return;
    if (!direct) return toStream(text);
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return stop(err as NodeJS.ErrnoException);
      direct = false;
      toStream(bytes.subarray(done));
    }
  };
  return { write, failure: () => failed };
}
