// Renderer: which language pair of a multilingual TMX to review. The pairs come from the file,
// most translation units first; the first is chosen unless the reviewer picks another.
import { useId, useState } from 'react';
import type { TmxLanguagePair, TmxPairChoice } from '@core/formats/xliff';
import { useModalDialog } from '../../ui/modal-dialog';

export interface LanguagePairRequest {
  readonly fileName: string;
  readonly pairs: readonly TmxLanguagePair[];
  resolve(choice: TmxPairChoice | null): void;
}

export function LanguagePairDialog({ request, onDone }: { request: LanguagePairRequest; onDone(): void }) {
  const ref = useModalDialog();
  const name = useId();
  const [chosen, setChosen] = useState(0);
  const finish = (choice: TmxPairChoice | null) => {
    request.resolve(choice);
    onDone();
  };
  const title = `Language pair of “${request.fileName}”`;
  return (
    <dialog ref={ref} aria-label={title} onCancel={() => finish(null)}>
      <h2>{title}</h2>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          const pair = request.pairs[chosen]!;
          finish({ srcLang: pair.srcLang, tgtLang: pair.tgtLang });
        }}
      >
        <fieldset className="pair-choices">
          <legend>The file holds translation units in several languages. Review which source and target?</legend>
          {request.pairs.map((pair, index) => (
            <label key={`${pair.srcLang}>${pair.tgtLang}`}>
              <input type="radio" name={name} checked={chosen === index} onChange={() => setChosen(index)} autoFocus={index === 0} />
              {pair.srcLang} → {pair.tgtLang} ({pair.units} unit{pair.units === 1 ? '' : 's'})
            </label>
          ))}
        </fieldset>
        <p className="dialog-actions">
          <button type="submit" className="primary">
            Open
          </button>
          <button type="button" onClick={() => finish(null)}>
            Cancel
          </button>
        </p>
      </form>
    </dialog>
  );
}
