// The app's Content-Security-Policy, identical to the <meta> in src/renderer/index.html (a unit
// test keeps the two in step). Electron sends it as a response header; the browser-mode server
// sends it on every response.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

/** For files that must never run script in the app's origin (exported HTML opened in a tab). */
export const SANDBOX_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
