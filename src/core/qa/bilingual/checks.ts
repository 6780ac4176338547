/** Every bilingual check, in the order the settings list them (ADR 0019). */
import type { BilingualCheck } from './input';
import { bilingualConsistency } from './consistency';
import { bilingualEdgePunctuation } from './edge-punctuation';
import { bilingualGlossary } from './glossary';
import { bilingualLengthRatio } from './length-ratio';
import { bilingualNumbers } from './numbers';
import { bilingualTags } from './tags';
import { bilingualUntranslated } from './untranslated';
import { bilingualUrls } from './urls';

export const BILINGUAL_CHECKS: readonly BilingualCheck[] = [
  bilingualUntranslated,
  bilingualNumbers,
  bilingualTags,
  bilingualGlossary,
  bilingualUrls,
  bilingualConsistency,
  bilingualEdgePunctuation,
  bilingualLengthRatio,
];
