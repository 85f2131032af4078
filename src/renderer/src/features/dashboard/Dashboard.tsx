// STUB — F2 replaces this with the cross-company dashboard.
export function Dashboard(_props: { onOpenCompany: (slug: string) => void; onOpenDocument: (company: string, id: string) => void }) {
  return <section data-testid="dashboard">Dashboard</section>;
}
