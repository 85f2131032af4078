/** The newest modification time (ms since the epoch) under a path; 0 when it does not exist. */
export function newestMtime(path: string): number;
