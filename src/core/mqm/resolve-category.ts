import { MQM_CATEGORIES, childrenOf, isMqmCategoryId, type MqmCategoryId, type MqmDimensionId } from './typology';

/**
 * Maps a category as other tools write it to a Glossa id: our own ids, our labels
 * ("Accuracy/Mistranslation", "Linguistic conventions › Punctuation") and the
 * names of the WMT MQM data ("Fluency/Punctuation", "Non-translation!",
 * "Accuracy/Untranslated text", "Style/Awkward", "Locale convention/Date format").
 * A subcategory we do not have falls back to its dimension, so no error is lost
 * from a score; names we cannot place at all ("Other", "no-error") give undefined.
 */

const DIMENSION_ALIASES: Record<string, MqmDimensionId> = {
  terminology: 'terminology',
  accuracy: 'accuracy',
  fluency: 'linguistic-conventions',
  'linguistic conventions': 'linguistic-conventions',
  'linguistic convention': 'linguistic-conventions',
  style: 'style',
  'locale conventions': 'locale-conventions',
  'locale convention': 'locale-conventions',
  locale: 'locale-conventions',
  'audience appropriateness': 'audience-appropriateness',
  'design and markup': 'design-and-markup',
  design: 'design-and-markup',
  markup: 'design-and-markup',
  'non translation': 'non-translation',
  'source error': 'source-error',
  'source issue': 'source-error',
  source: 'source-error',
};

/** WMT subcategory names that differ from our labels. */
const SUBCATEGORY_ALIASES: Record<string, MqmCategoryId> = {
  'untranslated text': 'accuracy/untranslated',
  'inconsistent use of terminology': 'terminology',
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!_]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const subcategoryByLabel = new Map<string, MqmCategoryId>();
for (const category of MQM_CATEGORIES) {
  if (category.parentId) subcategoryByLabel.set(normalise(category.label), category.id);
}

export function resolveCategoryId(name: string | null | undefined): MqmCategoryId | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (isMqmCategoryId(trimmed)) return trimmed;
  const parts = trimmed.split(/\s*(?:\/|›|>)\s*/).map(normalise).filter((part) => part !== '');
  const [head, ...rest] = parts;
  if (head === undefined) return undefined;

  const dimension = DIMENSION_ALIASES[head];
  if (!dimension) {
    // A bare subcategory label ("Mistranslation") is unambiguous in our typology.
    return SUBCATEGORY_ALIASES[head] ?? subcategoryByLabel.get(head);
  }
  const sub = rest[0];
  if (sub === undefined) return dimension;
  const alias = SUBCATEGORY_ALIASES[sub];
  if (alias) return alias;
  const child = childrenOf(dimension).find((category) => normalise(category.label) === sub);
  return child ? child.id : dimension;
}
