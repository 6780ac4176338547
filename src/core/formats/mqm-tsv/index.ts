// The WMT / Google MQM TSV: reader, writer, and the rows the systems table scores.
export { readMqmTsv, readMqmTsvBytes } from './read';
export { writeMqmTsv, wmtCategoryName, type MqmTsvFlag, type MqmTsvWriteInput } from './write';
export { ratedErrorsOf } from './rated-errors';
export { languagePairFromFileName, systemDocument, UNKNOWN_LANGUAGES, type LanguagePair, type MqmSystemDocument, type MqmSystemFlag } from './to-bilingual';
export {
  MAX_MQM_TSV_BYTES,
  MQM_TSV_COLUMNS,
  MqmTsvFormatError,
  isMqmTsvFormatError,
  type MqmTsvError,
  type MqmTsvFile,
  type MqmTsvProblem,
  type MqmTsvSegment,
  type MqmTsvSystem,
  type MqmTsvWarning,
} from './types';
