// STUB — the UI owner replaces this.
export function App() {
  return <main>Dossier</main>;
}
