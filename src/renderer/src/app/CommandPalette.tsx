// ⌘/Ctrl+K: one list of commands (from the registry) and documents across company folders.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/api';
import { call, desktopBridge } from '../api/client';
import { commands, formatShortcut, isMacPlatform, shortcutOf } from '../commands/registry';
import type { CommandContext } from '../commands/registry';
import { Icon } from '../ui/Icon';
import { useAppData } from './AppData';

interface Item {
  key: string;
  label: string;
  detail: string;
  kind: 'command' | 'document' | 'company';
  run: () => void;
}

/** Case-insensitive match of every word of the query somewhere in the text. */
export function matchesQuery(text: string, query: string): boolean {
  const hay = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export function CommandPalette(props: {
  ctx: CommandContext;
  onClose: () => void;
  onOpenDocument: (company: string, id: string) => void;
  onOpenCompany: (slug: string) => void;
}) {
  const { companies } = useAppData();
  const [query, setQuery] = useState('');
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  const [docsLoaded, setDocsLoaded] = useState(false);
  // Enter pressed before the documents arrived: run the choice once they are here, so a quickly
  // typed title still opens its document.
  const [enterPending, setEnterPending] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const mac = isMacPlatform();

  useEffect(() => {
    input.current?.focus();
    let live = true;
    void Promise.all(
      companies.filter((c) => !c.archived).map((c) => call('documents.list', { company: c.slug })),
    ).then((all) => {
      if (!live) return;
      setDocs(all.flatMap((r) => (r.ok ? r.data : [])));
      setDocsLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [companies]);

  const items = useMemo<Item[]>(() => {
    const { ctx, onClose } = props;
    const inBrowser = desktopBridge() === null;
    const formatShortcutOf = (c: (typeof commands)[number]): string => {
      const s = shortcutOf(c, inBrowser);
      return s ? formatShortcut(s, mac) : '';
    };
    const cmd: Item[] = commands
      .filter((c) => c.available(ctx) && c.id !== 'quick-switch')
      .map((c) => ({
        key: `cmd:${c.id}`,
        label: c.label,
        detail: formatShortcutOf(c),
        kind: 'command',
        run: () => {
          onClose();
          c.run(ctx);
        },
      }));
    const companyName = (slug: string) => companies.find((c) => c.slug === slug)?.name ?? slug;
    const docItems: Item[] = docs.map((d) => ({
      key: `doc:${d.company}:${d.id}`,
      label: d.title || 'Untitled',
      detail: companyName(d.company),
      kind: 'document',
      run: () => {
        onClose();
        props.onOpenDocument(d.company, d.id);
      },
    }));
    const companyItems: Item[] = companies.map((c) => ({
      key: `co:${c.slug}`,
      label: c.name,
      detail: 'Company folder',
      kind: 'company',
      run: () => {
        onClose();
        props.onOpenCompany(c.slug);
      },
    }));
    return [...cmd, ...docItems, ...companyItems].filter((i) =>
      matchesQuery(`${i.label} ${i.detail}`, query),
    );
  }, [props, docs, companies, query, mac]);

  const current = Math.min(active, Math.max(0, items.length - 1));

  useEffect(() => {
    if (!enterPending || !docsLoaded) return;
    setEnterPending(false);
    items[current]?.run();
  }, [enterPending, docsLoaded, items, current]);

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}
    >
      <div
        className="modal palette"
        role="dialog"
        aria-modal="true"
        aria-label="Quick switch"
        data-testid="palette"
      >
        <div className="palette-input">
          <Icon name="search" />
          <input
            ref={input}
            value={query}
            placeholder="Type a command or a document title…"
            aria-label="Search commands and documents"
            aria-controls="palette-list"
            aria-activedescendant={items[current] ? `pal-${current}` : undefined}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((a) => Math.min(a + 1, items.length - 1));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => Math.max(a - 1, 0));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                if (docsLoaded) items[current]?.run();
                else setEnterPending(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                props.onClose();
              }
            }}
          />
        </div>
        <ul className="palette-list" id="palette-list" role="listbox" aria-label="Commands and documents">
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`pal-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : ''}
              onMouseEnter={() => setActive(i)}
              onClick={item.run}
            >
              <Icon
                name={
                  item.kind === 'command'
                    ? 'chevronRight'
                    : item.kind === 'document'
                      ? 'document'
                      : 'folder'
                }
                size={14}
              />
              <span className="palette-label">{item.label}</span>
              <span className="palette-detail">{item.detail}</span>
            </li>
          ))}
          {items.length === 0 ? (
            <li className="muted palette-empty">Nothing matches “{query}”.</li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
