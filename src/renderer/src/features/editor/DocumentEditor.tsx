// The document editor: title, one editor per template section, autosave, live rubric check with
// underlines and a findings panel, score and history, tags, preview and export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Competency, DocumentFile, Finding, Template } from '../../../../shared/api';
import { call } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { countWords } from '../../lib/countWords';
import { DEFAULT_WPM, addUnits, secondsToSpeak, spokenUnits } from '../../../../shared/wordCount';
import { documentHeadingLanguage, sectionHeading } from '../../../../shared/headingLanguage';
import { createSectionWordCounter } from './sectionWordCounter';
import { oneLine } from '../../lib/oneLine';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';
import { RehearsalView } from '../rehearsal/RehearsalView';
import { useExporter } from '../export/useExporter';
import { LiveDocStats } from './DocStats';
import { createWordCountStore, useTotalWords } from './wordCountStore';
import { FindingsPanel } from './FindingsPanel';
import { strengths } from '../../../../shared/strengths';
import { findingsWords } from '../../../../shared/findingsWords';
import { ruleLabelIn } from '../../../../shared/ruleLabels';
import { PAY_TEMPLATES } from '../../../../shared/payCaveat';
import { SidePanel } from './SidePanel';
import type { SideTab } from './SidePanel';
import type { FindingActions } from './FindingsPanel';
import { nextFinding } from './findingsToDiagnostics';
import { findingsBySection } from './underlineGate';
import { SectionBlock } from './SectionBlock';
import { LooseSectionBlock } from './LooseSectionBlock';
import { editorTexts, looseHeading, shownParts } from './editorParts';
import type { DocumentPart } from '../../../../shared/sectionOrder';
import type { SectionHandle } from './SectionEditor';
import { silenceMarkerInsert } from './silenceMarker';
import { TagsPicker } from './TagsPicker';
import { useAutosave } from './useAutosave';
import type { SaveStatus } from './useAutosave';
import { useLiveCheck } from './useLiveCheck';
import type { LiveCheck } from './useLiveCheck';
import { FINDINGS_COMMITTED } from '../../lib/perfProbe';
import { countRender } from '../../lib/renderCount';
import { notStarted } from './emptyDocument';
import { pageVerdict } from '../../../../shared/pageFill';
import type { FindingsCommittedDetail } from '../../lib/perfProbe';

/** What the app shell's commands (⌘S, ⌘E, F8) do in the open document. */
export interface EditorActions {
  snapshot: () => void;
  exportDocument: (format: 'pdf' | 'docx' | 'md') => void;
  nextIssue: () => void;
}

// The wider-preview choice follows the candidate from document to document (this device only).
const WIDE_PREVIEW_KEY = 'dossier.widePreview';

function readWidePreview(): boolean {
  try {
    return window.localStorage.getItem(WIDE_PREVIEW_KEY) === '1';
  } catch {
    return false;
  }
}

function saveWidePreview(wide: boolean): void {
  try {
    window.localStorage.setItem(WIDE_PREVIEW_KEY, wide ? '1' : '0');
  } catch {
    // Storage unavailable (private mode): the choice lasts for this document only.
  }
}

/** Whether a document with this many words is started (emptyDocument.ts); a module function, so the store's selector is stable. */
const isStarted = (totalWords: number): boolean => !notStarted(totalWords);

/** A section without findings: one shared empty list, so the underline gate sees the same object. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const statusText: Record<SaveStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved',
  conflict: 'Changed elsewhere',
  error: 'Not saved',
};

export function DocumentEditor(props: {
  company: string;
  id: string;
  companyName: string;
  onBack: () => void;
  actionsRef: RefObject<EditorActions | null>;
  onChanged: () => void;
}) {
  const { templates } = useAppData();
  const [doc, setDoc] = useState<DocumentFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  useEffect(() => {
    let live = true;
    setDoc(null);
    setError(null);
    void call('documents.get', { company: props.company, id: props.id }).then((r) => {
      if (!live) return;
      if (!r.ok) return void setError(r.error.message);
      // A document past the size limits (changed outside Dossier) opens, with one plain note saying
      // which changes cannot be saved, instead of a surprise at the next save.
      const { limitNote, ...opened } = r.data;
      setDoc(opened);
      if (limitNote) toast.show({ message: limitNote, tone: 'error', timeoutMs: 20_000, testId: 'limit-toast' });
    });
    return () => {
      live = false;
    };
  }, [props.company, props.id, toast]);

  const template = doc ? templates.find((t) => t.id === doc.templateId) : undefined;
  if (error) {
    return (
      <EmptyState
        icon="warning"
        title="This document could not be opened"
        action={<Button onClick={props.onBack}>Back to {props.companyName}</Button>}
      >
        {error}
      </EmptyState>
    );
  }
  if (!doc || templates.length === 0) return <p className="muted loading">Opening…</p>;
  if (!template) {
    return (
      <EmptyState
        icon="warning"
        title="Its template is missing"
        action={<Button onClick={props.onBack}>Back</Button>}
      >
        This document uses the template “{doc.templateId}”, which Dossier could not find. Check the
        templates folder; the text itself is safe.
      </EmptyState>
    );
  }
  return <EditorBody key={doc.id} doc={doc} template={template} {...props} />;
}

function EditorBody(props: {
  doc: DocumentFile;
  template: Template;
  company: string;
  companyName: string;
  onBack: () => void;
  actionsRef: RefObject<EditorActions | null>;
  onChanged: () => void;
}) {
  countRender('EditorBody');
  const { template, company } = props;
  const { info } = useAppData();
  const toast = useToast();
  const { onChanged } = props;
  // Export writes a revision of its own (reason 'export'): pause autosave around it, then save on top.
  const exporter = useExporter({
    onStart: () => autosaveHold.current(),
    onDone: (exported) => {
      if (exported) {
        void rebaseRef.current();
        onChanged();
      } else autosaveRelease.current();
    },
  });
  const runExport = exporter.run;
  const id = props.doc.id;

  // Every part of the document the exports and the rubric see (sectionOrder.ts): the template's
  // sections and any text kept under a heading that matched none of them, so the live check scores
  // the same text as the server, and no exported text is out of the candidate's sight.
  const [parts, setParts] = useState(() => shownParts(props.doc.sections, template));
  const texts = useRef<Record<string, string>>(editorTexts(props.doc.sections, template));
  const [initialTexts, setInitialTexts] = useState(() => ({ ...texts.current }));
  // Section headings in the document's language, decided when it opens (as the exports decide it:
  // a Chinese draft shows each section's Chinese name), so the labels do not flip while typing.
  const [headingLanguage] = useState(() => documentHeadingLanguage(props.doc));
  const handles = useRef(new Map<string, SectionHandle>());
  const focused = useRef<string | null>(null);
  // Word counts live in a store (wordCountStore.ts): a finished word re-renders the section's
  // header and the stats line that show it, not this whole body. A very long section is counted
  // once typing pauses (sectionWordCounter.ts).
  const [wordCounts] = useState(() =>
    createWordCountStore(Object.fromEntries(Object.entries(texts.current).map(([k, v]) => [k, countWords(v)]))),
  );
  const wordCounter = useMemo(
    () => createSectionWordCounter({ count: countWords, onCount: wordCounts.set }),
    [wordCounts],
  );
  useEffect(() => () => wordCounter.cancel(), [wordCounter]);
  const [title, setTitle] = useState(props.doc.title);
  /** The title as typed, read by each check with the sections to choose the findings' language. */
  const titleNow = useRef(props.doc.title);
  useEffect(() => {
    titleNow.current = title;
  }, [title]);
  const getTitle = useCallback(() => titleNow.current, []);
  const [tags, setTags] = useState<Competency[]>(props.doc.tags);
  const [silencedRules, setSilencedRules] = useState<string[]>(props.doc.silencedRules);
  const [design, setDesign] = useState<'classic' | 'modern'>(
    props.doc.design ?? info?.settings.design ?? template.exportLayout.design,
  );
  const [saved, setSaved] = useState<DocumentFile>(props.doc);
  const [side, setSide] = useState<SideTab>('issues');
  const [widePreview, setWidePreview] = useState(readWidePreview);
  const [rehearsing, setRehearsing] = useState(false);
  // A pay document at a company whose guides publish no pay figures: its clean score checked
  // nothing, so the Issues panel says so (payCaveat.ts).
  const [payCaveat, setPayCaveat] = useState<{ en: string | null; zh: string | null }>({ en: null, zh: null });
  const pays = PAY_TEMPLATES.includes(template.id);
  useEffect(() => {
    if (!pays) return;
    let live = true;
    void call('companies.get', { slug: props.doc.company }).then((r) => {
      if (live && r.ok) setPayCaveat({ en: r.data.payCaveat, zh: r.data.payCaveatZh });
    });
    return () => {
      live = false;
    };
  }, [pays, props.doc.company]);

  useEffect(() => {
    document.title = title.trim() ? `${title.trim()} — Dossier` : 'Dossier';
    return () => {
      document.title = 'Dossier';
    };
  }, [title]);

  const getSections = useCallback(() => ({ ...texts.current }), []);
  const autosave = useAutosave({
    company,
    id,
    revision: props.doc.revision,
    sections: getSections,
    onSaved: setSaved,
  });
  // Findings -> underlines, in the task that delivers them (after the panel's commit), then record
  // keystroke -> findings latency for the benchmark. An editor whose diagnostics did not change
  // (CodeMirror maps the old ones through the edit) is left alone.
  const onResult = useCallback((check: LiveCheck) => {
    const bySection = findingsBySection(check.result.findings);
    for (const [sectionId, handle] of handles.current) handle.showFindings(bySection.get(sectionId) ?? NO_FINDINGS, check.result.language);
    window.__dossierPerf = {
      lastCheckMs: performance.now() - check.inputAt,
      lastRequestMs: check.requestMs,
      lastComputeMs: check.computeMs,
      from: check.from,
      count: (window.__dossierPerf?.count ?? 0) + 1,
    };
    // For the benchmark's paint timing (scripts/bench-ui.ts): dispatched in the same task as the
    // commit, so whatever a listener adds to the page is painted in the same frame as the findings.
    window.dispatchEvent(
      new CustomEvent<FindingsCommittedDetail>(FINDINGS_COMMITTED, {
        detail: { inputAt: check.inputAt, from: check.from },
      }),
    );
  }, []);
  const live = useLiveCheck({
    company,
    template,
    sections: getSections,
    silencedRules,
    title: getTitle,
    onResult,
  });
  const findings = useMemo(() => live.check?.result.findings ?? [], [live.check]);
  // The language of the findings (findingsLanguage.ts): the words around them follow it (findingsWords.ts).
  const findingsLanguage = live.check?.result.language ?? 'en';
  const { request } = live;
  const { schedule, flush } = autosave;

  // Check once on open and whenever the per-document silenced rules change.
  useEffect(() => {
    request(performance.now());
  }, [request, silencedRules]);

  const register = useCallback((sectionId: string, handle: SectionHandle | null) => {
    if (handle) handles.current.set(sectionId, handle);
    else handles.current.delete(sectionId);
  }, []);

  const onChange = useCallback(
    (sectionId: string, text: string, inputAt: number) => {
      texts.current[sectionId] = text;
      request(inputAt);
      schedule({ sections: true });
      wordCounter.update(sectionId, text);
    },
    [request, schedule, wordCounter],
  );
  const onFocus = useCallback((sectionId: string) => {
    focused.current = sectionId;
  }, []);

  const { hold, release } = autosave;
  const autosaveHold = useRef(hold);
  const autosaveRelease = useRef(() => release());
  /** After another write (export, rehearsal log) made a new revision: save on top of it. */
  const rebase = useCallback(async () => {
    const r = await call('documents.get', { company, id });
    if (r.ok) {
      setSaved(r.data);
      release(r.data.revision);
    } else release();
  }, [company, id, release]);

  const rebaseRef = useRef(rebase);
  useEffect(() => {
    autosaveHold.current = hold;
    autosaveRelease.current = () => release();
    rebaseRef.current = rebase;
  });

  const snapshot = useCallback(async () => {
    if (!(await flush())) return;
    hold();
    const r = await call('documents.snapshot', { company, id });
    if (!r.ok) {
      release();
      return void toast.show({ message: r.error.message, tone: 'error' });
    }
    // snapshotNote: which older snapshots made room (the history is held to 50 and 2 MB).
    const { snapshotNote, ...saved } = r.data;
    setSaved(saved);
    release(saved.revision);
    const score = saved.history[saved.history.length - 1]?.score;
    toast.show({
      message: `Snapshot saved${typeof score === 'number' ? ` at a score of ${Math.round(score)}` : ''}.${snapshotNote ? ` ${snapshotNote}` : ''}`,
      testId: 'snapshot-toast',
      ...(snapshotNote ? { timeoutMs: 12_000 } : {}),
    });
    onChanged();
  }, [flush, hold, release, company, id, toast, onChanged]);

  const exportDocument = useCallback(
    async (format: 'pdf' | 'docx' | 'md') => {
      if (!(await flush())) {
        toast.show({
          message: 'Save the latest changes first (see the status at the top), then export.',
          tone: 'error',
        });
        return;
      }
      await runExport({ company, id, format, design });
    },
    [flush, runExport, company, id, design, toast],
  );

  const jump = useCallback((f: Finding) => {
    if (f.section === null) return;
    handles.current.get(f.section)?.select(f.start, f.end);
  }, []);

  const nextIssue = useCallback(() => {
    const current = focused.current;
    const offset = current ? (handles.current.get(current)?.cursor() ?? 0) : 0;
    const next = nextFinding(
      findings,
      parts,
      current ? { section: current, offset } : null,
    );
    if (next) jump(next);
    else toast.show({ message: 'No open issues in this document.' });
  }, [findings, parts, jump, toast]);

  useEffect(() => {
    props.actionsRef.current = {
      snapshot: () => void snapshot(),
      exportDocument: (f) => void exportDocument(f),
      nextIssue,
    };
    return () => {
      props.actionsRef.current = null;
    };
  }, [props.actionsRef, snapshot, exportDocument, nextIssue]);

  const updateSilenced = useCallback(
    (rules: string[]) => {
      setSilencedRules(rules);
      schedule({ silencedRules: rules });
    },
    [schedule],
  );

  const actions = useMemo<FindingActions>(
    () => ({
      jump,
      fix: (f) => {
        if (!f.fix) return;
        const sectionId = f.section ?? '';
        const handle = handles.current.get(sectionId);
        if (handle) {
          handle.replace(f.fix.start, f.fix.end, f.fix.text);
          handle.select(f.fix.start + f.fix.text.length, f.fix.start + f.fix.text.length);
        }
      },
      silenceHere: (f) => {
        if (f.section === null) return;
        const handle = handles.current.get(f.section);
        if (!handle) return;
        const change = silenceMarkerInsert(handle.text(), f.start, f.rule);
        handle.replace(change.from, change.from, change.insert);
      },
      silenceForDocument: (rule) => {
        if (!silencedRules.includes(rule)) updateSilenced([...silencedRules, rule]);
        const words = findingsWords(findingsLanguage);
        toast.show({
          message: words.silencedToast(ruleLabelIn(rule, findingsLanguage)),
          actions: [
            { label: words.undo, run: () => updateSilenced(silencedRules.filter((r) => r !== rule)) },
          ],
        });
      },
      unsilenceForDocument: (rule) => updateSilenced(silencedRules.filter((r) => r !== rule)),
    }),
    [jump, silencedRules, updateSilenced, toast, findingsLanguage],
  );

  const loadTheirs = async () => {
    const r = await call('documents.get', { company, id });
    if (!r.ok) return void toast.show({ message: r.error.message, tone: 'error' });
    const next = editorTexts(r.data.sections, template);
    texts.current = next;
    setParts(shownParts(r.data.sections, template));
    for (const [sectionId, handle] of handles.current) handle.reset(next[sectionId] ?? '');
    setInitialTexts(next);
    wordCounter.cancel();
    wordCounts.replace(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, countWords(v)])));
    setTitle(r.data.title);
    setTags(r.data.tags);
    setSilencedRules(r.data.silencedRules);
    setSaved(r.data);
    autosave.adopt(r.data.revision);
    request(performance.now());
  };

  const result = live.check?.result ?? null;
  // Re-renders this body only when the document goes from empty to started or back.
  const started = useTotalWords(wordCounts, isStarted);
  // The page estimate the length-budget rule uses (one page templates), on the text as it is now:
  // the stats line asks for it when the word count or a check's result changes.
  const pageOf = useCallback(
    (totalWords: number) => pageVerdict(template, { title: template.name, sections: texts.current }, totalWords),
    [template],
  );
  // Until the first check, the same pace the rubric uses (words, or Han characters for Chinese).
  const speaking =
    result?.speakingSeconds ??
    (template.spoken ? secondsToSpeak(addUnits(Object.values(texts.current).map((t) => spokenUnits(t, countWords))), template.wordsPerMinute ?? DEFAULT_WPM) : null);
  // The snapshots as today's rules score their text (documents.historyScores), as the live score
  // is computed: a score stored under older rules, or by an older editor that left part of the text
  // out, would otherwise show a change though the text did not change. Until they arrive (or if
  // they cannot be had), the scores stored with the snapshots.
  const [rescored, setRescored] = useState<{ key: string; scores: number[] } | null>(null);
  const historyKey = `${saved.history.length}|${saved.history.at(-1)?.at ?? ''}|${silencedRules.join(',')}`;
  useEffect(() => {
    if (saved.history.length === 0) return;
    let live = true;
    void call('documents.historyScores', { company, id }).then((r) => {
      if (live && r.ok) setRescored({ key: historyKey, scores: r.data.scores });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by historyKey
  }, [company, id, historyKey]);
  const history = useMemo(
    () =>
      rescored && rescored.key === historyKey
        ? rescored.scores
        : saved.history.map((h) => h.score).filter((s): s is number => typeof s === 'number'),
    [saved.history, rescored, historyKey],
  );
  // Stable callbacks and props for the memoised DocStats, TagsPicker and SidePanel: a check that
  // changes the findings re-renders this body, and those re-render only when their own props change.
  const onSnapshot = useCallback(() => void snapshot(), [snapshot]);
  const onRehearse = useCallback(
    () =>
      void flush().then((ok) => {
        if (!ok) return;
        hold();
        setRehearsing(true);
      }),
    [flush, hold],
  );
  const onTags = useCallback(
    (next: Competency[]) => {
      setTags(next);
      schedule({ tags: next });
    },
    [schedule],
  );
  const onExport = useCallback(
    (format: 'pdf' | 'docx' | 'md') => void exportDocument(format),
    [exportDocument],
  );
  const onDesign = useCallback(
    (d: 'classic' | 'modern') => {
      setDesign(d);
      schedule({ design: d });
    },
    [schedule],
  );
  const onWide = useCallback((wide: boolean) => {
    setWidePreview(wide);
    saveWidePreview(wide);
  }, []);
  const preview = useMemo(() => ({ company, id, revision: saved.revision }), [company, id, saved.revision]);
  // What the draft does well (rules the check passed, read against the text): a new list only
  // when it says something new, so the memoised panel does not re-render on every check.
  const passed = live.check?.result.passed;
  const good = started && passed ? strengths(passed, texts.current, undefined, findingsLanguage) : [];
  const goodKey = `${findingsLanguage} ${good.map((g) => g.rule).join(' ')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what it says
  const goodList = useMemo(() => good, [goodKey]);
  // The panel names sections by the headings the editor shows (Chinese for a Chinese draft).
  const panelSections = useMemo(() => {
    const byId = new Map(template.sections.map((s) => [s.id, s]));
    return parts.map((p) => {
      const s = byId.get(p.id);
      return { id: p.id, label: s ? sectionHeading(s, headingLanguage) : looseHeading(p) };
    });
  }, [template.sections, parts, headingLanguage]);
  const templateHeadings = useMemo(
    () => template.sections.map((s) => ({ id: s.id, label: sectionHeading(s, headingLanguage) })),
    [template.sections, headingLanguage],
  );
  // The caveat only where the draft states pay (statesPay.ts): a memo with no pay figure has nothing unchecked.
  const statesPay = live.check?.result.statesPay === true;
  /** Moves a loose part's text to the end of a template section (two undoable edits), leaving the part empty. */
  const moveText = useCallback((from: string, to: string) => {
    const source = handles.current.get(from);
    const target = handles.current.get(to);
    if (!source || !target) return;
    const moved = source.text().trim();
    if (moved === '') return;
    const had = target.text();
    const joined = had.trim() === '' ? moved : `${had.replace(/\s+$/, '')}\n\n${moved}`;
    target.replace(0, had.length, joined);
    source.replace(0, source.text().length, '');
    target.select(joined.length - moved.length, joined.length);
  }, []);
  const findingsPanel = useMemo(
    () => (
      <FindingsPanel
        findings={findings}
        sections={panelSections}
        silencedRules={silencedRules}
        actions={actions}
        error={live.error}
        started={started}
        strengths={goodList}
        caveat={statesPay ? payCaveat[findingsLanguage] : null}
        language={findingsLanguage}
      />
    ),
    // `started` (a boolean), not the word count: the panel must not re-render on every key.
    [findings, panelSections, silencedRules, actions, live.error, started, goodList, payCaveat, statesPay, findingsLanguage],
  );
  const openIssues = findings.filter((f) => !f.silenced);
  const issuesBySection = useMemo(() => {
    const m: Record<string, number> = {};
    for (const f of findings) if (!f.silenced && f.section) m[f.section] = (m[f.section] ?? 0) + 1;
    return m;
  }, [findings]);
  const budgetNoted = useMemo(
    () => new Set(findings.flatMap((f) => (f.rule === 'length-budget' && f.section ? [f.section] : []))),
    [findings],
  );

  /** A part that is not a template section (text before the first heading or under an unknown one). */
  const loose = (p: DocumentPart) => (
    <LooseSectionBlock
      key={p.id}
      id={p.id}
      heading={looseHeading(p)}
      kind={p.kind}
      initialText={initialTexts[p.id] ?? ''}
      wordCounts={wordCounts}
      issues={issuesBySection[p.id] ?? 0}
      targets={templateHeadings}
      onMove={moveText}
      onChange={onChange}
      onFocus={onFocus}
      register={register}
    />
  );

  return (
    <div className={widePreview && side === 'preview' ? 'doc-view doc-view-wide' : 'doc-view'}>
      <div className="doc-main">
        <header className="doc-header">
          <div className="doc-crumbs">
            <button type="button" className="link-button" onClick={props.onBack} data-testid="back-to-folder">
              <Icon name="back" size={14} /> {props.companyName}
            </button>
            <span className="muted">/ {template.name}</span>
            <span
              className={`save-status save-${autosave.status}`}
              data-testid="save-status"
              role="status"
            >
              {statusText[autosave.status]}
            </span>
          </div>
          {/* The page's heading for screen readers; the editable title below is what sighted users see. */}
          <h1 className="visually-hidden">{title || 'Untitled document'}</h1>
          {/* A one-line title that wraps instead of cutting off a long name. */}
          <textarea
            className="doc-title"
            aria-label="Document title"
            data-testid="doc-title"
            rows={1}
            value={title}
            placeholder="Name this document, e.g. Real-time card fraud scoring"
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
            onChange={(e) => {
              const next = oneLine(e.target.value);
              setTitle(next);
              schedule({ title: next });
            }}
          />
          <LiveDocStats
            template={template}
            score={result ? result.score : null}
            snapshots={history}
            wordCounts={wordCounts}
            pageOf={pageOf}
            check={live.check}
            speakingSeconds={speaking}
            issues={openIssues.length}
            onSnapshot={onSnapshot}
            onRehearse={onRehearse}
          />
          <TagsPicker value={tags} onChange={onTags} />
        </header>
        {autosave.status === 'conflict' ? (
          <div className="banner banner-warning" role="alert" data-testid="conflict-banner">
            <span>
              This document was changed somewhere else (another window or a sync tool) after you
              opened it. Your latest typing is not saved yet.
            </span>
            <Button size="sm" onClick={() => void loadTheirs()}>
              Load the saved version
            </Button>
            <Button size="sm" variant="primary" onClick={() => void autosave.keepMine()}>
              Keep my version
            </Button>
          </div>
        ) : autosave.status === 'error' && autosave.message ? (
          <div className="banner banner-error" role="alert">
            <span>{autosave.message}</span>
            <Button size="sm" onClick={() => void flush()}>
              Try again
            </Button>
          </div>
        ) : null}
        <div className="doc-sections">
          {parts.filter((p) => p.kind === 'preamble').map(loose)}
          {template.sections.map((s) => (
            <SectionBlock
              key={s.id}
              section={s}
              heading={sectionHeading(s, headingLanguage)}
              initialText={initialTexts[s.id] ?? ''}
              wordCounts={wordCounts}
              issues={issuesBySection[s.id] ?? 0}
              docWordBudget={template.wordBudget}
              spokenSeconds={template.spoken ? (template.speakingSeconds ?? null) : null}
              budgetNoted={budgetNoted.has(s.id)}
              onChange={onChange}
              onFocus={onFocus}
              register={register}
            />
          ))}
          {parts.filter((p) => p.kind === 'extra').map(loose)}
        </div>
      </div>
      <SidePanel
        tab={side}
        onTab={setSide}
        openIssues={openIssues.length}
        exporting={exporter.busy}
        onExport={onExport}
        design={design}
        onDesign={onDesign}
        preview={preview}
        wide={widePreview}
        onWide={onWide}
        findings={findingsPanel}
      />
      {exporter.dialogs}
      {rehearsing ? (
        <RehearsalView
          company={company}
          documentId={id}
          onClose={() => {
            setRehearsing(false);
            // A logged rehearsal is a new revision of the file.
            void rebase();
          }}
        />
      ) : null}
    </div>
  );
}
