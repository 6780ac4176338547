// Renderer: what the bilingual feature offers the rest of the app.
export { BilingualPlugin } from './bilingual-plugin';
export { importBilingualFile } from './import-bilingual';
export type { ChooseLanguagePair } from './import-bilingual';
export { LanguagePairDialog, type LanguagePairRequest } from './language-pair-dialog';
export { AddSourcePlugin } from './add-source-plugin';
