/**
 * The two-level MQM error typology Glossa uses (DESIGN.md, "MQM"): the MQM-Core
 * dimensions with the subcategories translators of MT news actually need, plus
 * the two WMT additions, Non-translation and Source error.
 *
 * Ids are stable strings ("accuracy/mistranslation"): they are stored on flags,
 * written into reports and used as keys of weight presets, so a label may be
 * reworded but an id never changes.
 */

interface DimensionSpec {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly children: readonly { readonly id: string; readonly label: string; readonly description: string }[];
}

const DIMENSIONS = [
  {
    id: 'terminology',
    label: 'Terminology',
    description: 'A term is not the one the glossary or the domain requires, or is used inconsistently.',
    children: [],
  },
  {
    id: 'accuracy',
    label: 'Accuracy',
    description: 'The target does not say what the source says.',
    children: [
      { id: 'accuracy/mistranslation', label: 'Mistranslation', description: 'The target means something other than the source.' },
      { id: 'accuracy/omission', label: 'Omission', description: 'Content of the source is missing from the target.' },
      { id: 'accuracy/addition', label: 'Addition', description: 'The target contains content that is not in the source.' },
      { id: 'accuracy/untranslated', label: 'Untranslated', description: 'Source-language text was left in the target.' },
      { id: 'accuracy/over-translation', label: 'Over-translation', description: 'The target is more specific than the source.' },
      { id: 'accuracy/under-translation', label: 'Under-translation', description: 'The target is less specific than the source.' },
      { id: 'accuracy/do-not-translate', label: 'Do-not-translate', description: 'Text that had to stay as it was (names, codes) was translated.' },
    ],
  },
  {
    id: 'linguistic-conventions',
    label: 'Linguistic conventions',
    description: 'The target breaks the rules of the target language, whatever the source says.',
    children: [
      { id: 'linguistic-conventions/grammar', label: 'Grammar', description: 'Morphology, syntax or agreement is wrong.' },
      { id: 'linguistic-conventions/punctuation', label: 'Punctuation', description: 'Punctuation is wrong, missing or unpaired.' },
      { id: 'linguistic-conventions/spelling', label: 'Spelling', description: 'A word is misspelled or wrongly capitalised.' },
      { id: 'linguistic-conventions/inconsistency', label: 'Inconsistency', description: 'The same thing is written in different ways.' },
      { id: 'linguistic-conventions/register', label: 'Register', description: 'The level of formality is wrong for the text.' },
    ],
  },
  { id: 'style', label: 'Style', description: 'Awkward, unidiomatic or against the style guide, though correct.', children: [] },
  {
    id: 'locale-conventions',
    label: 'Locale conventions',
    description: 'Dates, numbers, currencies, addresses or names are not in the target locale’s format.',
    children: [],
  },
  {
    id: 'audience-appropriateness',
    label: 'Audience appropriateness',
    description: 'Content is unsuitable or unclear for the intended readers.',
    children: [],
  },
  {
    id: 'design-and-markup',
    label: 'Design and markup',
    description: 'Layout, markup or leftover page furniture (scraper junk, placeholders) is wrong.',
    children: [],
  },
  {
    id: 'non-translation',
    label: 'Non-translation',
    description: 'The segment is not a translation of the source at all (WMT): scored once per segment.',
    children: [],
  },
  {
    id: 'source-error',
    label: 'Source error',
    description: 'The error is in the source text; recorded, but not the translation’s fault.',
    children: [],
  },
] as const satisfies readonly DimensionSpec[];

type Dimension = (typeof DIMENSIONS)[number];
export type MqmDimensionId = Dimension['id'];
export type MqmCategoryId = MqmDimensionId | Dimension['children'][number]['id'];

interface MqmCategory {
  id: MqmCategoryId;
  label: string;
  description: string;
  /** The dimension a subcategory belongs to; undefined for a dimension itself. */
  parentId?: MqmDimensionId;
}

/** Every category in display order: each dimension followed by its subcategories. */
export const MQM_CATEGORIES: readonly MqmCategory[] = DIMENSIONS.flatMap((dimension): MqmCategory[] => [
  { id: dimension.id, label: dimension.label, description: dimension.description },
  ...dimension.children.map((child) => ({ ...child, parentId: dimension.id })),
]);

/** The top-level dimensions in display order. */
export const MQM_DIMENSIONS: readonly MqmCategory[] = MQM_CATEGORIES.filter((category) => category.parentId === undefined);

const byId = new Map<string, MqmCategory>(MQM_CATEGORIES.map((category) => [category.id, category]));
const order = new Map<string, number>(MQM_CATEGORIES.map((category, index) => [category.id, index]));

export function isMqmCategoryId(value: unknown): value is MqmCategoryId {
  return typeof value === 'string' && byId.has(value);
}

export function getCategory(id: string): MqmCategory | undefined {
  return byId.get(id);
}

/** The subcategories of a dimension, in display order (empty for a subcategory). */
export function childrenOf(id: string): MqmCategory[] {
  return MQM_CATEGORIES.filter((category) => category.parentId === id);
}

/** The dimension of a category: itself for a dimension. Undefined for an unknown id. */
export function dimensionOf(id: string): MqmDimensionId | undefined {
  const category = byId.get(id);
  if (!category) return undefined;
  return category.parentId ?? (category.id as MqmDimensionId);
}

/**
 * The category and its ancestors, most specific first: the order in which
 * presets look up a weight, so a subcategory inherits its dimension's setting.
 */
export function lineageOf(id: string): MqmCategoryId[] {
  const category = byId.get(id);
  if (!category) return [];
  return category.parentId ? [category.id, category.parentId] : [category.id];
}

/** "Accuracy › Mistranslation" for a subcategory, "Style" for a dimension; the id itself if unknown. */
export function categoryPath(id: string): string {
  const category = byId.get(id);
  if (!category) return id;
  const parent = category.parentId ? byId.get(category.parentId) : undefined;
  return parent ? `${parent.label} › ${category.label}` : category.label;
}

/** Sort key for reports and breakdown tables: typology order, unknown ids last. */
export function categoryOrder(id: string): number {
  return order.get(id) ?? MQM_CATEGORIES.length;
}
