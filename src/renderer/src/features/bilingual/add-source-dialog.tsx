// Renderer: the pairs "Add source…" proposes, for the reviewer to check and fix before the
// bilingual copy is made: merge a pair with the next, split one, or move a source unit into the
// pair before or after. Every unit stays in exactly one pair, in order (core/align).
import { useState } from 'react';
import { mergePairs, moveUnit, splitPair, type Alignment } from '@core/align';
import { useModalDialog } from '../../ui/modal-dialog';

export interface AddSourceDialogProps {
  readonly documentTitle: string;
  readonly sourceFileName: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly proposed: Alignment;
  onCreate(alignment: Alignment): Promise<void>;
  onClose(): void;
}

export function AddSourceDialog({ documentTitle, sourceFileName, sources, targets, proposed, onCreate, onClose }: AddSourceDialogProps) {
  const ref = useModalDialog();
  const [alignment, setAlignment] = useState(proposed);
  const [busy, setBusy] = useState(false);
  const pairs = alignment.pairs;
  const edit = (change: (current: Alignment) => Alignment) => setAlignment((current) => change(current));
  const title = `Add source to “${documentTitle}”`;
  return (
    <dialog ref={ref} aria-label={title} onCancel={onClose} className="add-source-dialog">
      <h2>{title}</h2>
      <p>
        {sources.length} source unit{sources.length === 1 ? '' : 's'} from “{sourceFileName}” and {targets.length} paragraph
        {targets.length === 1 ? '' : 's'} of the article:{' '}
        {proposed.method === 'by-order'
          ? 'the counts match, so each unit is paired with the paragraph in the same place.'
          : 'the counts differ, so they were paired by length (Gale–Church). Check the pairs and fix any that are wrong.'}{' '}
        A new bilingual document is made; this one stays as it is.
      </p>
      <div className="alignment-wrap">
        <table className="alignment-table" aria-label="Pairs">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Source</th>
              <th scope="col">Target</th>
              <th scope="col">Fix</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair, index) => {
              const n = index + 1;
              return (
                <tr key={`${pair.source.join(',')}|${pair.target.join(',')}`} data-pair={n} data-kind={`${pair.source.length}-${pair.target.length}`}>
                  <th scope="row">{n}</th>
                  <td className="alignment-source">{pair.source.length === 0 ? <em>(no source)</em> : pair.source.map((unit) => <p key={unit}>{sources[unit]}</p>)}</td>
                  <td className="alignment-target">{pair.target.length === 0 ? <em>(no target)</em> : pair.target.map((unit) => <p key={unit}>{targets[unit]}</p>)}</td>
                  <td className="alignment-actions">
                    <button type="button" aria-label={`Merge pair ${n} with pair ${n + 1}`} disabled={index === pairs.length - 1} onClick={() => edit((current) => mergePairs(current, index))}>
                      Merge ↓
                    </button>
                    <button type="button" aria-label={`Split pair ${n}`} disabled={pair.source.length + pair.target.length <= 1} onClick={() => edit((current) => splitPair(current, index))}>
                      Split
                    </button>
                    <button
                      type="button"
                      aria-label={`Move the first source unit of pair ${n} to pair ${n - 1}`}
                      disabled={index === 0 || pair.source.length === 0}
                      onClick={() => edit((current) => moveUnit(current, index, 'source', 'previous'))}
                    >
                      Source ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move the last source unit of pair ${n} to pair ${n + 1}`}
                      disabled={index === pairs.length - 1 || pair.source.length === 0}
                      onClick={() => edit((current) => moveUnit(current, index, 'source', 'next'))}
                    >
                      Source ↓
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onCreate(alignment).finally(() => setBusy(false));
          }}
        >
          Make bilingual copy
        </button>
        <button type="button" onClick={() => setAlignment(proposed)}>
          Start again
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
