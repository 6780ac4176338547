// Renderer: source and target language of a document (BCP-47 tags).
import type { LanguagePair } from '@core/model';

const COMMON_LANGUAGES: Array<[string, string]> = [
  ['zh', 'Chinese'],
  ['zh-Hans', 'Chinese (Simplified)'],
  ['zh-Hant', 'Chinese (Traditional)'],
  ['en', 'English'],
  ['en-GB', 'English (UK)'],
  ['en-US', 'English (US)'],
  ['ar', 'Arabic'],
  ['de', 'German'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['nl', 'Dutch'],
  ['pl', 'Polish'],
  ['pt', 'Portuguese'],
  ['ru', 'Russian'],
  ['tr', 'Turkish'],
  ['uk', 'Ukrainian'],
];

function options(current: string) {
  const known = COMMON_LANGUAGES.some(([tag]) => tag === current);
  return [...(known ? [] : [[current, current] as [string, string]]), ...COMMON_LANGUAGES].map(([tag, name]) => (
    <option key={tag} value={tag}>
      {name} ({tag})
    </option>
  ));
}

export function LanguagePairPicker({ pair, onChange }: { pair: LanguagePair; onChange(pair: LanguagePair): void }) {
  return (
    <span className="language-pair">
      <label>
        From
        <select
          aria-label="Source language"
          value={pair.sourceLang}
          onChange={(event) => onChange({ ...pair, sourceLang: event.target.value })}
        >
          {options(pair.sourceLang)}
        </select>
      </label>{' '}
      <label>
        to
        <select
          aria-label="Target language"
          value={pair.targetLang}
          onChange={(event) => onChange({ ...pair, targetLang: event.target.value })}
        >
          {options(pair.targetLang)}
        </select>
      </label>
    </span>
  );
}
