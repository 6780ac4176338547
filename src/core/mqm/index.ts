// The MQM module's public surface: typology, severities, weight presets, scoring.
export * from './typology';
export * from './resolve-category';
export * from './severity';
export * from './presets';
export * from './preset-choice';
export * from './points';
export * from './score';
export * from './segment-score';
export * from './scoring-models';
export * from './systems-table';
