// STUB — F2 replaces this with the company tabs (loop, checklist, compensation, coverage).
export function CompanyHome(props: {
  slug: string;
  tab: 'loop' | 'checklist' | 'compensation' | 'coverage';
  onOpenDocument: (id: string) => void;
  onChanged: () => void;
}) {
  return <section data-testid={`company-${props.tab}`}>Loading {props.tab}…</section>;
}
