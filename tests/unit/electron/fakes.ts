// Hand-made stand-ins for the few Electron objects the main-process modules touch. They record
// what was asked of them so tests can check options and behaviour without a display.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

export class FakeSession {
  permissionRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  headersListener: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders?: Record<string, string | string[]> }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  spellCheckerEnabled: boolean | null = null;
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  webRequest = {
    onHeadersReceived: (listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<[string, unknown]> = [];
  printOptions: unknown[] = [];
  pdfBytes: Buffer = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n0\n%%EOF\n');
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, arg: unknown): void {
    this.sent.push([channel, arg]);
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.printOptions.push(options);
    return this.pdfBytes;
  }
  scripts: string[] = [];
  /** What executeJavaScript resolves to (a real page would run the script). */
  scriptResult: unknown = { contentHeightPx: 1200, lineHeightPx: 16 };
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return this.scriptResult;
  }
  readonly debugger = new FakeDebugger();
}

export class FakeDebugger {
  attached = false;
  commands: Array<[string, unknown]> = [];
  attach(): void {
    this.attached = true;
  }
  detach(): void {
    this.attached = false;
  }
  isAttached(): boolean {
    return this.attached;
  }
  async sendCommand(method: string, params?: unknown): Promise<unknown> {
    if (!this.attached) throw new Error('not attached');
    this.commands.push([method, params]);
    return {};
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  shown = false;
  maximized = false;
  destroyed = false;
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** The fake class typed as Electron's constructor, for injection. */
export const FakeBrowserWindowCtor = FakeBrowserWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** A navigation event as Electron 45 passes it (details object with url + preventDefault). */
export function navEvent(url: string): { url: string; prevented: boolean; preventDefault: () => void } {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}
