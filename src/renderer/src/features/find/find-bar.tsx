// Renderer: Find and Replace over the article (Ctrl+F, Ctrl+H; F3 / Shift+F3 next and
// previous). Matches are painted with the CSS Custom Highlight API (nothing enters the
// document); Replace changes the current match, Replace all every match in one undo step.
// In a bilingual document the source can be searched too (it is read-only: find only).
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { findInText, replacementFor, type FindOptions, type TextMatch } from '@core/find';
import { useCommand } from '../../commands';
import { domRangesFor, paintHighlight, paintSpansInChunks } from '../../editor/highlights';
import { $selectionOffsets } from '../../editor/annotations/text-offsets';
import { registerEditorSettled } from '../../editor/editor-settled';
import { rangeOf, sourceText } from '../../editor/bilingual/source-cell';
import { useNotices } from '../../ui/notices';
import { replaceSpans } from './replace';

const MATCH_HIGHLIGHT = 'find-match';
const CURRENT_HIGHLIGHT = 'find-current';
/** Matches are found again this long after typing in the article stops. */
const REFIND_AFTER_EDIT_MS = 250;

type Scope = 'target' | 'source';

interface SourceMatch extends TextMatch {
  readonly range: Range;
}

/** The source cells' text nodes (tag tokens left out), and a DOM range for each match in them. */
function findInSource(root: HTMLElement | null, query: string, options: FindOptions): { matches: SourceMatch[]; error: string | null } {
  const matches: SourceMatch[] = [];
  if (!root) return { matches, error: null };
  let offset = 0;
  for (const cell of root.querySelectorAll<HTMLElement>('.segment > .segment-source')) {
    const { text, nodes } = sourceText(cell);
    const found = findInText(text, query, options);
    if (!found.ok) return { matches: [], error: found.error };
    for (const match of found.matches) {
      const range = rangeOf(nodes, match.start, match.end);
      if (range) matches.push({ ...match, start: offset + match.start, end: offset + match.end, range });
    }
    offset += text.length + 2;
  }
  return { matches, error: null };
}

function scrollToRange(range: Range | null | undefined): void {
  const element = range?.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'auto' });
}

export function FindBar({ bilingual }: { bilingual: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { notify } = useNotices();
  const [open, setOpen] = useState(false);
  const [replaceMode, setReplaceMode] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false, regex: false });
  const [scope, setScope] = useState<Scope>('target');
  const [version, setVersion] = useState(0);
  const [current, setCurrent] = useState(0);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  // The match to keep as current when the matches are found again: the first at or after this offset.
  const anchor = useRef(0);

  const searchSource = bilingual && scope === 'source';
  const result = useMemo(() => {
    void version; // found again after edits
    if (!open || query === '') return { matches: [] as readonly TextMatch[], truncated: false, error: null as string | null, source: [] as SourceMatch[] };
    if (searchSource) {
      const found = findInSource(editor.getRootElement(), query, options);
      return { matches: found.matches, truncated: false, error: found.error, source: found.matches };
    }
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    const found = findInText(text, query, options);
    return found.ok
      ? { matches: found.matches, truncated: found.truncated, error: null, source: [] as SourceMatch[] }
      : { matches: [] as readonly TextMatch[], truncated: false, error: found.error, source: [] as SourceMatch[] };
  }, [editor, open, options, query, searchSource, version]);
  const { matches } = result;

  // Keep the current match where the translator was, as the list changes.
  useEffect(() => {
    const index = matches.findIndex((match) => match.start >= anchor.current);
    setCurrent(index < 0 ? 0 : index);
  }, [matches]);

  // Found again once typing in the article pauses.
  useEffect(() => (open ? registerEditorSettled(editor, REFIND_AFTER_EDIT_MS, () => setVersion((value) => value + 1)) : undefined), [editor, open]);

  // Paint every match, and the current one on top.
  useEffect(() => {
    if (!open) return;
    let stop = () => undefined as void;
    if (searchSource) paintHighlight(MATCH_HIGHLIGHT, result.source.map((match) => match.range));
    else stop = paintSpansInChunks(editor, matches, () => MATCH_HIGHLIGHT);
    return () => {
      stop();
      paintHighlight(MATCH_HIGHLIGHT, []);
    };
  }, [editor, matches, open, result.source, searchSource]);
  const currentMatch = matches[current];
  useEffect(() => {
    if (!open || !currentMatch) {
      paintHighlight(CURRENT_HIGHLIGHT, []);
      return;
    }
    const range = searchSource ? (currentMatch as SourceMatch).range : domRangesFor(editor, [currentMatch])[0];
    paintHighlight(CURRENT_HIGHLIGHT, range ? [range] : []);
    scrollToRange(range);
  }, [currentMatch, editor, open, searchSource]);
  useEffect(() => () => paintHighlight(CURRENT_HIGHLIGHT, []), []);

  const show = useCallback(
    (withReplace: boolean) => {
      const picked = editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        return { text: selection.getTextContent(), offsets: $selectionOffsets(selection) };
      });
      // The words selected in the article (one line of them) are what to find, as in Word and VS Code;
      // the first match from the caret on is the current one.
      const words = picked?.text ?? '';
      if (words && !/[\n\r]/u.test(words) && words.length <= 200) setQuery(words);
      anchor.current = picked?.offsets?.start ?? 0;
      // Rendered now, and focused in the same task as the shortcut: the next key typed goes into
      // the field, never into the article (a frame later, fast typing lost its first letter to it).
      flushSync(() => {
        setOpen(true);
        setReplaceMode((was) => withReplace || (open && was));
      });
      const input = withReplace && (query !== '' || words !== '') ? replaceInput.current : findInput.current;
      input?.focus();
      input?.select();
    },
    [editor, open, query],
  );

  const step = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (current + direction + matches.length) % matches.length;
    anchor.current = matches[next]!.start;
    setCurrent(next);
  };

  const close = () => {
    setOpen(false);
    paintHighlight(CURRENT_HIGHLIGHT, []);
    editor.focus();
  };

  useCommand('edit.find', () => show(false));
  useCommand('edit.replace', () => show(true));
  useCommand('edit.findNext', () => (open ? step(1) : show(false)));
  useCommand('edit.findPrevious', () => (open ? step(-1) : show(false)));

  const canReplace = !searchSource && matches.length > 0 && editor.isEditable();
  const textNow = () => editor.getEditorState().read(() => $getRoot().getTextContent());

  const replaceCurrent = () => {
    if (!canReplace || !currentMatch) return;
    const text = textNow();
    const by = replacementFor(replacement, currentMatch, text, options.regex);
    replaceSpans(editor, [{ start: currentMatch.start, end: currentMatch.end, text: by }]);
    // Go on to the match after the new words.
    anchor.current = currentMatch.start + by.length;
    setVersion((value) => value + 1);
  };

  const replaceAll = () => {
    if (!canReplace) return;
    const text = textNow();
    const count = replaceSpans(
      editor,
      matches.map((match) => ({ start: match.start, end: match.end, text: replacementFor(replacement, match, text, options.regex) })),
    );
    anchor.current = 0;
    setVersion((value) => value + 1);
    notify('info', `Replaced ${count.toLocaleString()} ${count === 1 ? 'match' : 'matches'}. Ctrl+Z in the article undoes them all at once.`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === findInput.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Enter' && event.target === replaceInput.current) {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) replaceAll();
      else replaceCurrent();
    }
  };

  if (!open) return null;
  const count = result.error
    ? ''
    : query === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${current + 1} of ${matches.length.toLocaleString()}${result.truncated ? '+' : ''}`;
  const toggle = (key: keyof FindOptions) => setOptions((old) => ({ ...old, [key]: !old[key] }));

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={findInput}
          className="find-input"
          aria-label="Find"
          placeholder="Find"
          value={query}
          aria-invalid={result.error ? true : undefined}
          aria-describedby="find-count"
          onChange={(event) => {
            anchor.current = currentMatch?.start ?? 0;
            setQuery(event.target.value);
          }}
        />
        <span id="find-count" className="find-count" aria-live="polite">
          {count}
        </span>
        <button type="button" aria-label="Previous match (Shift+Enter or Shift+F3)" onClick={() => step(-1)} disabled={matches.length === 0}>
          ↑
        </button>
        <button type="button" aria-label="Next match (Enter or F3)" onClick={() => step(1)} disabled={matches.length === 0}>
          ↓
        </button>
        <label className="find-option">
          <input type="checkbox" checked={options.matchCase} onChange={() => toggle('matchCase')} />
          Match case
        </label>
        <label className="find-option">
          <input type="checkbox" checked={options.wholeWord} onChange={() => toggle('wholeWord')} />
          Whole word
        </label>
        <label className="find-option">
          <input type="checkbox" checked={options.regex} onChange={() => toggle('regex')} />
          Regular expression
        </label>
        {bilingual ? (
          <label className="find-option">
            In
            <select aria-label="Search in" value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
              <option value="target">Target</option>
              <option value="source">Source</option>
            </select>
          </label>
        ) : null}
        <button type="button" aria-expanded={replaceMode} onClick={() => setReplaceMode((was) => !was)}>
          Replace…
        </button>
        <button type="button" aria-label="Close find (Esc)" onClick={close}>
          ×
        </button>
      </div>
      {replaceMode ? (
        <div className="find-row">
          <input
            ref={replaceInput}
            className="find-input"
            aria-label="Replace with"
            placeholder={options.regex ? 'Replace with ($1, $<name>, $&)' : 'Replace with'}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            disabled={searchSource}
          />
          <button type="button" onClick={replaceCurrent} disabled={!canReplace}>
            Replace
          </button>
          <button type="button" onClick={replaceAll} disabled={!canReplace}>
            Replace all
          </button>
          {searchSource ? <span className="find-note">The source is read-only: find only.</span> : null}
        </div>
      ) : null}
      {result.error ? (
        <p className="find-error" role="alert">
          {result.error}
        </p>
      ) : null}
    </div>
  );
}
