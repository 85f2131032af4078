// Where the app is, as a small value kept in the URL hash so a reload returns to the same place.
export type CompanyTab = 'documents' | 'questions' | 'loop' | 'checklist' | 'compensation' | 'coverage' | 'sources';

export type Route =
  | { kind: 'home' }
  | { kind: 'dashboard' }
  | { kind: 'company'; slug: string; tab: CompanyTab; /** Questions tab: the round shown. */ round?: string }
  | { kind: 'document'; company: string; id: string };

const TABS: readonly CompanyTab[] = ['documents', 'questions', 'loop', 'checklist', 'compensation', 'coverage', 'sources'];

function isTab(value: string): value is CompanyTab {
  return (TABS as readonly string[]).includes(value);
}

function decode(part: string | undefined): string | null {
  if (!part) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads "#/dashboard", "#/c/<slug>/<tab>", "#/c/<slug>/questions/<round>", "#/c/<slug>/d/<id>"; anything else is home. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p.length > 0);
  if (parts[0] === 'dashboard') return { kind: 'dashboard' };
  if (parts[0] === 'c') {
    const slug = decode(parts[1]);
    if (!slug) return { kind: 'home' };
    if (parts[2] === 'd') {
      const id = decode(parts[3]);
      return id
        ? { kind: 'document', company: slug, id }
        : { kind: 'company', slug, tab: 'documents' };
    }
    const tab = parts[2] && isTab(parts[2]) ? parts[2] : 'documents';
    const round = tab === 'questions' ? decode(parts[3]) : null;
    return round ? { kind: 'company', slug, tab, round } : { kind: 'company', slug, tab };
  }
  return { kind: 'home' };
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'dashboard':
      return '#/dashboard';
    case 'company':
      return `#/c/${encodeURIComponent(route.slug)}/${route.tab}${route.tab === 'questions' && route.round ? `/${encodeURIComponent(route.round)}` : ''}`;
    case 'document':
      return `#/c/${encodeURIComponent(route.company)}/d/${encodeURIComponent(route.id)}`;
  }
}

/** The company a route belongs to, if any. */
export function routeCompany(route: Route): string | null {
  if (route.kind === 'company') return route.slug;
  if (route.kind === 'document') return route.company;
  return null;
}

/**
 * Where the home screen should send the user once folders are known: the first active folder,
 * but only while the address still says home. The address can change before React hears the
 * hashchange (a pasted link, a test's navigation), and that newer place wins.
 */
export function homeRedirect(currentHash: string, firstCompanySlug: string | undefined): Route | null {
  if (firstCompanySlug === undefined) return null;
  if (parseRoute(currentHash).kind !== 'home') return null;
  return { kind: 'company', slug: firstCompanySlug, tab: 'documents' };
}
