// Whether this main-process bundle was built for development (electron-vite dev) or for release.
// Vite replaces import.meta.env.DEV with a constant at build time, so a released build can never
// be switched into development behaviour by its environment.
declare global {
  interface ImportMetaEnv {
    readonly DEV: boolean;
  }
  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }
}

export function isDevelopmentBuild(): boolean {
  return import.meta.env.DEV === true;
}
