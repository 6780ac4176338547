/**
 * The language-name table: which language a column header or a language hint names, by
 * ISO 639 code, English name or own name ("zh-CN", "eng-US", "Chinese (PRC)", "中文"), and the
 * words (regions, scripts) that may stand beside such a name. Used to map columns named by
 * language and to find a memoQ export's languages.
 */

/**
 * Names a column header may use for a language: ISO 639-1, 639-2/T and /B codes (memoQ writes
 * three-letter codes such as "zho-CN" and "ger-DE"), English names and own names.
 */
const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  zh: ['zh', 'zho', 'chi', 'chinese', 'mandarin', '中文', '汉语', '漢語', '华语', '简体中文', '繁體中文', '繁体中文'],
  en: ['en', 'eng', 'english', '英文', '英语', '英語'],
  de: ['de', 'deu', 'ger', 'german', 'deutsch', '德语', '德文'],
  fr: ['fr', 'fra', 'fre', 'french', 'français', 'francais', '法语', '法文'],
  es: ['es', 'spa', 'spanish', 'español', 'espanol', '西班牙语'],
  it: ['it', 'ita', 'italian', 'italiano', '意大利语'],
  pt: ['pt', 'por', 'portuguese', 'português', 'portugues', '葡萄牙语'],
  ru: ['ru', 'rus', 'russian', 'русский', '俄语', '俄文'],
  ja: ['ja', 'jpn', 'japanese', '日本語', '日语', '日文'],
  ko: ['ko', 'kor', 'korean', '한국어', '韩语', '韩文'],
  ar: ['ar', 'ara', 'arabic', 'العربية', '阿拉伯语'],
  nl: ['nl', 'nld', 'dut', 'dutch', 'nederlands', '荷兰语'],
  pl: ['pl', 'pol', 'polish', 'polski', '波兰语'],
  tr: ['tr', 'tur', 'turkish', 'türkçe', '土耳其语'],
  uk: ['uk', 'ukr', 'ukrainian', 'українська', '乌克兰语'],
  vi: ['vi', 'vie', 'vietnamese', 'tiếng việt', '越南语'],
  th: ['th', 'tha', 'thai', 'ไทย', '泰语'],
  id: ['id', 'ind', 'indonesian', 'bahasa indonesia', '印尼语'],
  hu: ['hu', 'hun', 'hungarian', 'magyar', '匈牙利语'],
  cs: ['cs', 'ces', 'cze', 'czech', 'čeština', '捷克语'],
  sv: ['sv', 'swe', 'swedish', 'svenska', '瑞典语'],
};

const LANGUAGE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);

/** A language code the table knows, as opposed to a header Glossa could not read as a language. */
export function isKnownLanguage(code: string): boolean {
  return Object.hasOwn(LANGUAGE_NAMES, code);
}

/** Lower case, underscores, hyphens and brackets as spaces: "Part-of-speech", "zho_CN (PRC)". */
export function headerWords(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[_\-()[\]{}/,.:*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The primary language subtag of a BCP 47 tag or a language name, or null. */
export function languageOf(nameOrTag: string): string | null {
  const words = headerWords(nameOrTag);
  if (words === '') return null;
  const whole = LANGUAGE_BY_NAME.get(words);
  if (whole !== undefined) return whole;
  const tokens = words.split(' ');
  // "Chinese (PRC)", "zh-CN", "eng-US"; "Simplified Chinese", "British English".
  const first = LANGUAGE_BY_NAME.get(tokens[0] ?? '');
  if (first !== undefined) return first;
  const last = tokens.length > 1 ? LANGUAGE_BY_NAME.get(tokens[tokens.length - 1] ?? '') : undefined;
  return last ?? null;
}

/** The language code a hint stands for: "zh-Hant-TW" → "zh"; a code the table lacks stays as given. */
export function hintLanguage(tag: string | undefined, fallback: string): string {
  const value = tag?.trim() ?? '';
  if (value === '') return fallback;
  return languageOf(value) ?? value.toLowerCase().split(/[-_]/)[0] ?? fallback;
}

/** Words that may stand next to a language name in a header: regions, scripts, varieties. */
const LANGUAGE_QUALIFIERS: ReadonlySet<string> = new Set([
  'simplified', 'traditional', 'prc', 'china', 'mainland', 'taiwan', 'hong', 'kong', 'macau', 'macao', 'singapore',
  'united', 'states', 'kingdom', 'america', 'american', 'british', 'britain', 'great', 'australia', 'australian',
  'canada', 'canadian', 'ireland', 'india', 'international', 'brazil', 'brazilian', 'portugal', 'european', 'spain',
  'mexico', 'latin', 'france', 'germany', 'austria', 'switzerland', 'swiss', 'belgium', 'netherlands', 'hans', 'hant',
  'latn', 'cyrl',
]);

function isLanguageQualifier(token: string): boolean {
  // Two-letter regions ("CN", "US") and UN M.49 areas ("419") as in zh-CN, es-419.
  return LANGUAGE_QUALIFIERS.has(token) || /^[a-z]{2}$/.test(token) || /^\d{3}$/.test(token);
}

/**
 * The language a column header names, when that is all it names: "Chinese", "zh-CN", "eng-US",
 * "English (United States)", "Simplified Chinese"; not "Chinese note" or "English_Def".
 */
export function columnLanguage(header: string): string | null {
  const words = headerWords(header);
  const whole = LANGUAGE_BY_NAME.get(words);
  if (whole !== undefined) return whole;
  const tokens = words.split(' ');
  const first = LANGUAGE_BY_NAME.get(tokens[0] ?? '');
  if (first !== undefined && tokens.slice(1).every(isLanguageQualifier)) return first;
  const last = LANGUAGE_BY_NAME.get(tokens[tokens.length - 1] ?? '');
  if (last !== undefined && tokens.length > 1 && tokens.slice(0, -1).every(isLanguageQualifier)) return last;
  return null;
}
