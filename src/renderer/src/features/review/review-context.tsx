// Renderer: automatic QA findings for the open article (computed in a worker, again
// after edits), which of them are dismissed, and the review queue's current item.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { BILINGUAL_CHECKS, CHECKS, type ConfigProblem, type GlossaryEntry, type KeyedFinding } from '@core/qa';
import type { BilingualRecord, LanguagePair } from '@core/model';
import { $segmentCheckInput } from '../../editor/bilingual/segment-check-input';
import { REVIEW_SETTING_DEFAULTS, dismissFinding, restoreFinding, useDatabase, useDismissedKeys, useDocumentTerms, useSetting } from '../../db';
import { domRangesFor, paintHighlight } from '../../editor/highlights';
import { registerEditorSettled } from '../../editor/editor-settled';
import { QaClient } from '../../workers/qa-client';
import { isWorkerCallError } from '../../workers/rpc';
import { useNotices } from '../../ui/notices';
import { useAnnotationActions } from '../annotations';
import { errorMessage } from '@core/errors';
import { replaceSpans } from '../find';

interface ReviewApi {
  /** True for a bilingual document: its source-against-target checks run too. */
  bilingual: boolean;
  findings: readonly KeyedFinding[];
  problems: readonly ConfigProblem[];
  running: boolean;
  lastRunMs: number | null;
  runChecks(): void;
  /** The findings of the last run that the translator dismissed (the queue's "Dismissed" filter). */
  dismissedFindings: readonly KeyedFinding[];
  /** Dismisses the finding and says so, with an Undo in the message. */
  dismiss(finding: KeyedFinding): Promise<void>;
  /** Shows a dismissed finding again. */
  restore(finding: KeyedFinding): Promise<void>;
  /** Restores the last finding dismissed in this session (Ctrl+Z in the queue); the finding, or null when there is none. */
  undoDismiss(): Promise<KeyedFinding | null>;
  toFlag(finding: KeyedFinding): Promise<void>;
  /** The name variants that have the same fix as this finding (itself included): what Fix all changes. */
  variantsLike(finding: KeyedFinding): readonly KeyedFinding[];
  /** Writes the finding's fix over every variant like it, in one undo step; returns how many were replaced. */
  fixAllVariants(finding: KeyedFinding): number;
  selectedFindingKey: string | null;
  selectFinding(finding: KeyedFinding | null): void;
}

const ReviewContext = createContext<ReviewApi | null>(null);
const RERUN_AFTER_EDIT_MS = 800;
const NO_FINDINGS: readonly KeyedFinding[] = [];
const NAME_VARIANTS = 'name-variants';

interface ReviewProviderProps {
  docId: string;
  /** A bilingual document's segments and languages: its source-against-target checks join the queue. */
  bilingual?: { record: BilingualRecord; pair: LanguagePair } | null;
  children: ReactNode;
}

export function ReviewProvider({ docId, bilingual, children }: ReviewProviderProps) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const { notify } = useNotices();
  const annotations = useAnnotationActions();
  const dismissed = useDismissedKeys(docId);
  const disabledChecks = useSetting('disabledChecks', REVIEW_SETTING_DEFAULTS.disabledChecks);
  const userRegexRules = useSetting('userRegexRules', REVIEW_SETTING_DEFAULTS.userRegexRules);
  const documentTerms = useDocumentTerms(docId);
  // The glossary checks (forbidden, not preferred, inconsistent) read the document's glossaries.
  const glossary = useMemo<GlossaryEntry[] | undefined>(
    () =>
      documentTerms?.terms.map((term) => ({
        termId: term.id,
        source: term.source,
        target: term.target,
        preferred: term.preferred,
        forbidden: term.forbidden,
      })),
    [documentTerms],
  );
  const [result, setResult] = useState<{ findings: readonly KeyedFinding[]; problems: readonly ConfigProblem[]; elapsedMs: number | null }>({
    findings: NO_FINDINGS,
    problems: [],
    elapsedMs: null,
  });
  const [running, setRunning] = useState(false);
  const [selectedFindingKey, setSelectedFindingKey] = useState<string | null>(null);
  const client = useRef<QaClient | null>(null);

  const runChecks = useCallback(() => {
    if (disabledChecks === undefined || userRegexRules === undefined || glossary === undefined) return;
    client.current ??= new QaClient();
    const { text, segments } = editor.getEditorState().read(() => ({
      text: $getRoot().getTextContent(),
      segments: bilingual ? $segmentCheckInput(bilingual.record) : null,
    }));
    const enabledIds = CHECKS.filter((check) => check.defaultEnabled && !disabledChecks.includes(check.id)).map((check) => check.id);
    const bilingualRun = segments && bilingual
      ? {
          ...segments,
          context: { glossary, sourceLocale: bilingual.pair.sourceLang, targetLocale: bilingual.pair.targetLang },
          enabledIds: BILINGUAL_CHECKS.filter((check) => check.defaultEnabled && !disabledChecks.includes(check.id)).map((check) => check.id),
        }
      : undefined;
    setRunning(true);
    const requested = performance.now();
    client.current
      .run(text, { glossary, userPatterns: userRegexRules.map((rule) => ({ ...rule, id: rule.pattern })) }, enabledIds, bilingualRun)
      .then(
        (run) => {
          // For `npm run bench`: request → answer, the worker's own time for all checks, and for the bilingual ones.
          performance.clearMeasures('glossa:qa-run');
          performance.measure('glossa:qa-run', { start: requested, end: performance.now(), detail: { workerMs: run.elapsedMs, bilingualMs: run.bilingualMs ?? null, findings: run.findings.length } });
          setResult({ findings: run.findings, problems: run.problems, elapsedMs: run.elapsedMs });
        },
        (error: unknown) => {
          // A newer run replaced this one, or the document was closed while it ran: neither is news.
          if (isWorkerCallError(error, 'superseded') || isWorkerCallError(error, 'stopped')) return;
          // It already says what happened ("The quality checks stopped unexpectedly and were restarted.").
          if (isWorkerCallError(error)) return notify('error', error.message);
          notify('error', `The automatic checks failed: ${errorMessage(error)}`);
        },
      )
      .finally(() => setRunning(false));
  }, [bilingual, disabledChecks, editor, glossary, notify, userRegexRules]);

  // On open, and again once editing pauses.
  useEffect(() => {
    const opened = setTimeout(runChecks, 0);
    const unregister = registerEditorSettled(editor, RERUN_AFTER_EDIT_MS, () => runChecks());
    return () => {
      clearTimeout(opened);
      unregister();
    };
  }, [editor, runChecks]);
  useEffect(() => () => client.current?.dispose(), []);

  const findings = useMemo(
    () => (dismissed ? result.findings.filter((finding) => !dismissed.has(finding.key)) : NO_FINDINGS),
    [dismissed, result.findings],
  );
  const dismissedFindings = useMemo(
    () => (dismissed ? result.findings.filter((finding) => dismissed.has(finding.key)) : NO_FINDINGS),
    [dismissed, result.findings],
  );

  // Findings are painted with the CSS Custom Highlight API: they never enter the document.
  useEffect(() => {
    const paint = () => {
      paintHighlight('qa-finding', domRangesFor(editor, findings));
      const selected = findings.find((finding) => finding.key === selectedFindingKey);
      paintHighlight('qa-current', selected ? domRangesFor(editor, [selected]) : []);
    };
    paint();
    return editor.registerUpdateListener(paint);
  }, [editor, findings, selectedFindingKey]);
  useEffect(
    () => () => {
      paintHighlight('qa-finding', []);
      paintHighlight('qa-current', []);
    },
    [],
  );

  const selectFinding = useCallback(
    (finding: KeyedFinding | null) => {
      setSelectedFindingKey(finding?.key ?? null);
      if (!finding) return;
      annotations.activate(null);
      const [range] = domRangesFor(editor, [finding]);
      const element = range?.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center' });
    },
    [annotations, editor],
  );

  // This session's dismissals, newest last: what Ctrl+Z in the queue and the messages' Undo take back.
  const undoStack = useRef<KeyedFinding[]>([]);
  const store = useCallback(
    async (finding: KeyedFinding): Promise<boolean> => {
      try {
        await dismissFinding(db, { docId, checkId: finding.checkId, key: finding.key });
        return true;
      } catch (error) {
        notify('error', `Could not dismiss the finding: ${errorMessage(error)}`);
        return false;
      }
    },
    [db, docId, notify],
  );

  const restore = useCallback(
    async (finding: KeyedFinding) => {
      undoStack.current = undoStack.current.filter((entry) => entry.key !== finding.key);
      try {
        await restoreFinding(db, docId, finding.key);
      } catch (error) {
        notify('error', `Could not restore the finding: ${errorMessage(error)}`);
      }
    },
    [db, docId, notify],
  );

  const dismiss = useCallback(
    async (finding: KeyedFinding) => {
      if (!(await store(finding))) return;
      undoStack.current = [...undoStack.current.filter((entry) => entry.key !== finding.key), finding];
      const quote = finding.quote.length > 40 ? `${finding.quote.slice(0, 40)}…` : finding.quote;
      notify('info', quote ? `Dismissed “${quote}”.` : 'Dismissed the finding.', { action: { label: 'Undo', run: () => void restore(finding) } });
    },
    [notify, restore, store],
  );

  const undoDismiss = useCallback(async () => {
    const last = undoStack.current.at(-1);
    if (!last) return null;
    await restore(last);
    return last;
  }, [restore]);

  const toFlag = useCallback(
    async (finding: KeyedFinding) => {
      const id = await annotations.createAt('flag', finding.start, finding.end, {
        body: finding.message,
        mqmCategory: finding.categoryHint,
        severity: finding.severityHint,
        ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
      });
      // The flag now carries it; the finding would only say the same thing twice (not a dismissal to undo).
      if (id) await store(finding);
    },
    [annotations, store],
  );

  const variantsLike = useCallback(
    (finding: KeyedFinding) =>
      finding.checkId === NAME_VARIANTS && finding.suggestion !== undefined
        ? findings.filter((other) => other.checkId === NAME_VARIANTS && other.suggestion === finding.suggestion)
        : [],
    [findings],
  );

  const fixAllVariants = useCallback(
    (finding: KeyedFinding) => {
      if (!editor.isEditable()) {
        notify('info', 'This document is read only here: it is open for editing in another window or tab.');
        return 0;
      }
      const fix = finding.suggestion ?? '';
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      // Each finding is one occurrence the check found (sentence capitals and common words already left out);
      // one whose words have changed since the checks ran is left alone.
      const spans = variantsLike(finding).filter((variant) => text.slice(variant.start, variant.end) === variant.quote);
      const replaced = replaceSpans(editor, spans.map((variant) => ({ start: variant.start, end: variant.end, text: fix })));
      const forms = [...new Set(spans.map((variant) => `“${variant.quote}”`))].join(', ');
      notify('info', `Replaced ${replaced} × ${forms} with “${fix}”. Ctrl+Z in the article undoes it.`);
      return replaced;
    },
    [editor, notify, variantsLike],
  );

  const api = useMemo<ReviewApi>(
    () => ({
      bilingual: Boolean(bilingual),
      findings,
      problems: result.problems,
      running,
      lastRunMs: result.elapsedMs,
      runChecks,
      dismissedFindings,
      dismiss,
      restore,
      undoDismiss,
      toFlag,
      variantsLike,
      fixAllVariants,
      selectedFindingKey,
      selectFinding,
    }),
    [bilingual, findings, result, running, runChecks, dismissedFindings, dismiss, restore, undoDismiss, toFlag, variantsLike, fixAllVariants, selectedFindingKey, selectFinding],
  );
  return <ReviewContext.Provider value={api}>{children}</ReviewContext.Provider>;
}

export function useReviewApi(): ReviewApi {
  const api = useContext(ReviewContext);
  if (!api) throw new Error('useReviewApi must be used inside <ReviewProvider>');
  return api;
}
