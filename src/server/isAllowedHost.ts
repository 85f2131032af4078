// DNS-rebinding guard: the browser must have reached us by a loopback name and our own port.
// A page on evil.com that rebinds its name to 127.0.0.1 still sends "Host: evil.com:PORT".

/** True only for `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT` (exactly, case-insensitive). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}` || h === `[::1]:${port}`;
}
