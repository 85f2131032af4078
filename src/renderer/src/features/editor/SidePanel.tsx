// The editor's right-hand panel: issues or the print preview (with the design switcher), and the
// export buttons.
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { ExportFormat } from '../../../../shared/api';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Tabs } from '../../ui/Tabs';
import { PreviewPane } from '../export/PreviewPane';
import { countRender } from '../../lib/renderCount';

export type SideTab = 'issues' | 'preview';
type Design = 'classic' | 'modern';

// Memoised: re-renders when the findings element (memoised by the editor) or its own props change,
// not on every check.
export const SidePanel = memo(function SidePanel(props: {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  openIssues: number;
  exporting: ExportFormat | null;
  onExport: (format: 'pdf' | 'docx' | 'md') => void;
  design: Design;
  onDesign: (design: Design) => void;
  preview: { company: string; id: string; revision: number };
  findings: ReactNode;
  /** The preview takes more of the window (the text column narrows). */
  wide: boolean;
  onWide: (wide: boolean) => void;
}) {
  countRender('SidePanel');
  const busy = props.exporting !== null;
  return (
    <aside className="doc-side" aria-label="Checks and preview">
      <div className="side-top">
        <Tabs
          label="Side panel"
          tabs={[
            { id: 'issues', label: `Issues${props.openIssues ? ` (${props.openIssues})` : ''}` },
            { id: 'preview', label: 'Preview' },
          ]}
          current={props.tab}
          onChange={props.onTab}
        />
        <div className="export-bar" role="group" aria-label="Export">
          <Button
            size="sm"
            variant="primary"
            icon={<Icon name="download" size={14} />}
            disabled={busy}
            onClick={() => props.onExport('pdf')}
            data-testid="export-pdf"
            title="Export as PDF (Ctrl/⌘+E)"
          >
            {props.exporting === 'pdf' ? 'Exporting…' : 'PDF'}
          </Button>
          <Button
            size="sm"
            disabled={busy}
            onClick={() => props.onExport('docx')}
            data-testid="export-docx"
          >
            {props.exporting === 'docx' ? 'Exporting…' : 'DOCX'}
          </Button>
          <Button
            size="sm"
            disabled={busy}
            onClick={() => props.onExport('md')}
            data-testid="export-md"
          >
            Markdown
          </Button>
        </div>
      </div>
      {props.tab === 'issues' ? (
        props.findings
      ) : (
        <div className="preview-wrap">
          <div className="preview-tools">
            <div className="segmented" role="radiogroup" aria-label="Design">
              {(['classic', 'modern'] as const).map((d) => (
                <button
                  key={d}
                  type="button"
                  role="radio"
                  aria-checked={props.design === d}
                  className={props.design === d ? 'on' : ''}
                  onClick={() => props.onDesign(d)}
                >
                  {d === 'classic' ? 'Classic' : 'Modern'}
                </button>
              ))}
            </div>
            <Button
              size="sm"
              variant="ghost"
              aria-pressed={props.wide}
              onClick={() => props.onWide(!props.wide)}
              data-testid="preview-wide"
              title={
                props.wide
                  ? 'Give the text its room back'
                  : 'Show the page larger, beside a narrower text column'
              }
            >
              {props.wide ? 'Narrower preview' : 'Wider preview'}
            </Button>
          </div>
          <PreviewPane {...props.preview} design={props.design} />
        </div>
      )}
    </aside>
  );
});
