/** Every bilingual check, in the order the settings list them (ADR 0019). */
import type { BilingualCheck } from './input';
import { bilingualNumbers } from './numbers';
import { bilingualUntranslated } from './untranslated';

export const BILINGUAL_CHECKS: readonly BilingualCheck[] = [
  bilingualUntranslated,
  bilingualNumbers,
];
