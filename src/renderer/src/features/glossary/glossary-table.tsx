// Renderer: the glossary's terms as a virtualised grid: only the rows in view are in the
// DOM, so 100,000 terms scroll as smoothly as 100. Keyboard: arrows move, Space selects,
// Enter or F2 edits the cell, Escape cancels, Delete deletes the selection.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Term, TermStatus } from '@core/model';
import type { SortKey, TermQuery } from './term-view';

export type EditableColumn = 'source' | 'target' | 'preferred' | 'forbidden' | 'status' | 'domain' | 'note';

const COLUMNS: ReadonlyArray<{ key: EditableColumn; label: string; sort?: SortKey; width: string }> = [
  { key: 'source', label: 'Source', sort: 'source', width: '1.1fr' },
  { key: 'target', label: 'Target (MT)', sort: 'target', width: '1.3fr' },
  { key: 'preferred', label: 'Preferred', sort: 'preferred', width: '1.3fr' },
  { key: 'forbidden', label: 'Forbidden', width: '1.2fr' },
  { key: 'status', label: 'Status', sort: 'status', width: '0.8fr' },
  { key: 'domain', label: 'Domain', sort: 'domain', width: '0.8fr' },
  { key: 'note', label: 'Note', width: '1.2fr' },
];

const ROW_HEIGHT = 30;
const STATUSES: readonly TermStatus[] = ['proposed', 'approved', 'forbidden'];

function cellText(term: Term, column: EditableColumn): string {
  if (column === 'forbidden') return term.forbidden.join(' | ');
  return term[column] ?? '';
}

interface GlossaryTableProps {
  rows: readonly Term[];
  total: number;
  duplicateOf: ReadonlyMap<string, string>;
  query: TermQuery;
  onSort(key: SortKey): void;
  selected: ReadonlySet<string>;
  onSelect(next: Set<string>): void;
  activeId: string | null;
  onActivate(id: string | null): void;
  onEdit(term: Term, column: EditableColumn, value: string): void;
  onDelete(ids: string[]): void;
}

export function GlossaryTable(props: GlossaryTableProps) {
  const { rows, selected, activeId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [activeColumn, setActiveColumn] = useState(0);
  const [editing, setEditing] = useState<{ id: string; column: EditableColumn } | null>(null);
  // TanStack Virtual keeps its own state; the React Compiler skips memoising this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const activeIndex = activeId ? rows.findIndex((term) => term.id === activeId) : -1;

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const toggle = (id: string, extend: boolean) => {
    const next = new Set(extend ? selected : []);
    if (extend && next.has(id)) next.delete(id);
    else next.add(id);
    props.onSelect(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || rows.length === 0) return;
    const move = (index: number) => {
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      props.onActivate(rows[clamped]!.id);
    };
    const column = COLUMNS[activeColumn]!;
    const active = activeIndex >= 0 ? rows[activeIndex] : undefined;
    switch (event.key) {
      case 'ArrowDown':
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        move(activeIndex - 1);
        break;
      case 'PageDown':
        move(activeIndex + 15);
        break;
      case 'PageUp':
        move(activeIndex - 15);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        setActiveColumn((index) => Math.min(COLUMNS.length - 1, index + 1));
        break;
      case 'ArrowLeft':
        setActiveColumn((index) => Math.max(0, index - 1));
        break;
      case ' ':
        if (active) toggle(active.id, true);
        break;
      case 'Enter':
      case 'F2':
        if (active) setEditing({ id: active.id, column: column.key });
        break;
      case 'Delete':
        if (selected.size > 0) props.onDelete([...selected]);
        else if (active) props.onDelete([active.id]);
        break;
      case 'a':
        if (!(event.ctrlKey || event.metaKey)) return;
        props.onSelect(new Set(rows.map((term) => term.id)));
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const template = `32px ${COLUMNS.map((column) => column.width).join(' ')}`;

  return (
    <div
      className="glossary-grid"
      role="grid"
      aria-label="Terms"
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activeId ? `term-row-${activeId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="glossary-grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        <div role="columnheader" className="select-cell">
          <input
            type="checkbox"
            aria-label="Select all shown terms"
            checked={rows.length > 0 && selected.size === rows.length}
            onChange={(event) => props.onSelect(new Set(event.target.checked ? rows.map((term) => term.id) : []))}
          />
        </div>
        {COLUMNS.map((column) => {
          const sorted = props.query.sort && props.query.sort.key === column.sort ? props.query.sort.direction : undefined;
          return (
            <div key={column.key} role="columnheader" aria-sort={sorted ?? 'none'}>
              {column.sort ? (
                <button type="button" className="sort-button" onClick={() => props.onSort(column.sort!)}>
                  {column.label}
                  <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}</span>
                </button>
              ) : (
                column.label
              )}
            </div>
          );
        })}
      </div>
      <div className="glossary-grid-body" ref={scroller}>
        {rows.length === 0 ? (
          <p className="glossary-empty">{props.total === 0 ? 'This glossary has no terms yet. Add one, import a file, or mark a Term in the article and add it to the glossary.' : 'No term matches the filter.'}</p>
        ) : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const term = rows[item.index]!;
            const isActive = term.id === activeId;
            const duplicate = props.duplicateOf.get(term.id);
            return (
              <div
                key={term.id}
                id={`term-row-${term.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(term.id)}
                data-term-id={term.id}
                className={`glossary-row${isActive ? ' active' : ''}${duplicate ? ' duplicate' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns: template }}
                onClick={(event) => {
                  props.onActivate(term.id);
                  if (event.ctrlKey || event.metaKey) toggle(term.id, true);
                }}
              >
                <div role="gridcell" className="select-cell">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`Select “${term.source || term.target || term.preferred}”`}
                    checked={selected.has(term.id)}
                    onChange={() => toggle(term.id, true)}
                    onClick={(event) => event.stopPropagation()}
                  />
                </div>
                {COLUMNS.map((column, columnIndex) => {
                  const isEditing = editing?.id === term.id && editing.column === column.key;
                  return (
                    <div
                      key={column.key}
                      role="gridcell"
                      className={`glossary-cell cell-${column.key}${isActive && columnIndex === activeColumn ? ' focused' : ''}`}
                      title={cellText(term, column.key)}
                      onDoubleClick={() => setEditing({ id: term.id, column: column.key })}
                    >
                      {isEditing ? (
                        <CellEditor
                          term={term}
                          column={column.key}
                          onDone={(value) => {
                            setEditing(null);
                            if (value !== null && value !== cellText(term, column.key)) props.onEdit(term, column.key, value);
                            requestAnimationFrame(() => scroller.current?.parentElement?.focus());
                          }}
                        />
                      ) : column.key === 'status' ? (
                        <span className={`term-status status-${term.status}`}>{term.status}</span>
                      ) : (
                        cellText(term, column.key)
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function CellEditor({ term, column, onDone: finish }: { term: Term; column: EditableColumn; onDone(value: string | null): void }) {
  // Enter, then the blur of the input leaving the DOM, must not save twice.
  const finished = useRef(false);
  const onDone = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    finish(value);
  };
  const label = `${COLUMNS.find((candidate) => candidate.key === column)!.label} of “${term.source || term.target}”`;
  if (column === 'status') {
    return (
      <select
        autoFocus
        aria-label={label}
        defaultValue={term.status}
        onChange={(event) => onDone(event.target.value)}
        onBlur={() => onDone(null)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone(null);
          event.stopPropagation();
        }}
      >
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      autoFocus
      aria-label={label}
      defaultValue={cellText(term, column)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onDone(event.currentTarget.value);
        else if (event.key === 'Escape') onDone(null);
        event.stopPropagation();
      }}
      onBlur={(event) => onDone(event.currentTarget.value)}
    />
  );
}
