// The root: data and toast providers around the app shell.
import { AppDataProvider } from './app/AppData';
import { AppShell } from './app/AppShell';
import { ToastProvider } from './ui/Toast';

export function App() {
  return (
    <ToastProvider>
      <AppDataProvider>
        <AppShell />
      </AppDataProvider>
    </ToastProvider>
  );
}
