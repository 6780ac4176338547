// Renderer: the custom weight preset: severity weights and a multiplier per MQM dimension,
// starting from the MQM-standard weights. Stored as typed; core's parsePreset says what is
// wrong with it, and the score falls back to MQM standard until it is fixed.
import { MQM_DIMENSIONS, MQM_STANDARD_PRESET, SEVERITIES, SEVERITY_LABELS, customPresetFrom, type WeightPreset } from '@core/mqm';
import { setSetting, useDatabase } from '../../db';

export function startingCustomPreset(): WeightPreset {
  return customPresetFrom(MQM_STANDARD_PRESET, 'custom', 'Custom');
}

/** The stored custom preset as an editable object: the stored one when it looks like a preset, else the starting one. */
function editable(stored: unknown): WeightPreset {
  const base = startingCustomPreset();
  if (typeof stored !== 'object' || stored === null) return base;
  const candidate = stored as Partial<WeightPreset>;
  return {
    ...base,
    ...candidate,
    severityWeights: { ...base.severityWeights, ...(candidate.severityWeights ?? {}) },
    categoryMultipliers: { ...(candidate.categoryMultipliers ?? base.categoryMultipliers) },
  };
}

export function CustomWeights({ stored, problems }: { stored: unknown; problems: readonly string[] }) {
  const db = useDatabase();
  const preset = editable(stored);
  const save = (next: WeightPreset) => void setSetting(db, 'customPreset', next);
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  return (
    <fieldset className="custom-weights">
      <legend>Custom weights</legend>
      {SEVERITIES.map((severity) => (
        <label key={severity} className="panel-field">
          {SEVERITY_LABELS[severity]} weight
          <input
            type="number"
            min={0}
            step="any"
            defaultValue={preset.severityWeights[severity]}
            onBlur={(event) => save({ ...preset, severityWeights: { ...preset.severityWeights, [severity]: number(event.target.value) } })}
          />
        </label>
      ))}
      {MQM_DIMENSIONS.map((dimension) => (
        <label key={dimension.id} className="panel-field">
          × {dimension.label}
          <input
            type="number"
            min={0}
            step="any"
            defaultValue={preset.categoryMultipliers[dimension.id] ?? 1}
            onBlur={(event) => save({ ...preset, categoryMultipliers: { ...preset.categoryMultipliers, [dimension.id]: number(event.target.value) } })}
          />
        </label>
      ))}
      {problems.length > 0 ? (
        <div role="alert" className="card-warning">
          <p>These weights cannot be used yet, so the MQM-standard weights score the review:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
