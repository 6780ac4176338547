/**
 * Validation of TBX documents for the tests: RELAX NG with xmllint (libxml2 in WebAssembly)
 * and Schematron with node-schematron. The schema texts come from the caller (the tests read
 * them from /work/shared/standards/tbx), so this module stays free of Node APIs.
 *
 * node-schematron skips rules whose context is an attribute (`tbx:admin/@type`), which is where
 * TBX-Basic_DCA.sch lists the allowed data categories, and, as Schematron prescribes, fires
 * only the first rule of a pattern that matches a node, which hides the second of its two
 * `tbx:transac[@type='transactionType']` rules (the allowed transaction types). So the
 * Schematron is made stricter before use: an attribute context becomes its element with that
 * attribute (`tbx:admin[@type]`, `.` in the tests becoming `@type`), and every rule gets a
 * pattern of its own. A document that passes is valid for any Schematron processor.
 */
import { Schema } from 'node-schematron';
import { validateXML } from 'xmllint-wasm';

/** RELAX NG errors, each "line N: message"; none when the document is valid. */
export async function relaxNgErrors(xml: string, rng: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'document.tbx', contents: xml }],
    schema: [{ fileName: 'schema.rng', contents: rng }],
    extension: 'relaxng',
    // Room for a few thousand entries: the default 32 MiB is tight for libxml2's RELAX NG validator.
    maxMemoryPages: 4096,
  });
  if (result.valid) return [];
  const errors = result.errors.map((error) => `line ${error.loc?.lineNumber ?? '?'}: ${error.message}`);
  return errors.length > 0 ? errors : [result.rawOutput || 'invalid'];
}

const schemas = new Map<string, Schema>();

/** Failed Schematron asserts (made strict: see above), each "message (context element)". */
export function schematronErrors(xml: string, sch: string): string[] {
  let schema = schemas.get(sch);
  if (!schema) {
    schema = Schema.fromString(strictSchematron(sch));
    schemas.set(sch, schema);
  }
  return schema.validateString(xml).map((result) => {
    const context = result.context as { nodeName?: string };
    return `${result.message?.trim() ?? 'failed'} (${context.nodeName ?? '?'})`;
  });
}

/** Both validations at once. */
export async function tbxErrors(xml: string, schemas: { rng: string; sch: string }): Promise<string[]> {
  return [...(await relaxNgErrors(xml, schemas.rng)), ...schematronErrors(xml, schemas.sch)];
}

/** The Schematron with attribute contexts rewritten to element contexts and one rule per pattern. */
export function strictSchematron(sch: string): string {
  const text = sch.replace(/^\uFEFF/, '');
  const patterns = [...text.matchAll(/<pattern\b[^>]*>([\s\S]*?)<\/pattern>/g)];
  const rules = patterns.flatMap((pattern) => [...pattern[1]!.matchAll(/<rule\b[\s\S]*?<\/rule>/g)].map((rule) => rule[0]));
  const strictRules = rules.map((rule) => {
    const attribute = /context="([^"]+)\/@([\w:-]+)"/.exec(rule);
    if (!attribute) return rule;
    const [, element, name] = attribute;
    return rule
      .replace(attribute[0], `context="${element}[@${name}]"`)
      .replace(/test="([^"]*)"/g, (_test, expression: string) => `test="${expression.replace(/(^|[\s(])\.(?=\s*!?=)/g, `$1@${name}`)}"`);
  });
  const start = text.indexOf('<pattern');
  const end = text.lastIndexOf('</pattern>') + '</pattern>'.length;
  if (start < 0 || rules.length === 0) throw new Error('no Schematron patterns found');
  const body = strictRules.map((rule, index) => `<pattern id="strict-${index + 1}">${rule}</pattern>`).join('\n');
  return `${text.slice(0, start)}${body}${text.slice(end)}`;
}
