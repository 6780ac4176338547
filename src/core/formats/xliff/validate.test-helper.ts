/**
 * Validation of bilingual exports for the tests, with libxml2 in WebAssembly (xmllint-wasm):
 * XSD for XLIFF 1.2 (transitional) and XLIFF 2.0/2.1 (core plus the modules through a driver
 * schema that imports them all) and W3C canonical XML (C14N) to compare
 * two documents. Schema texts come from the caller (the tests read ../shared/standards), so this
 * module stays free of Node APIs.
 */
import { validateXML } from 'xmllint-wasm';

export interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

function errorsOf(result: { valid: boolean; errors: readonly { message: string; loc: { lineNumber: number } | null }[]; rawOutput: string }): string[] {
  if (result.valid) return [];
  const errors = result.errors.map((error) => `line ${error.loc?.lineNumber ?? '?'}: ${error.message}`);
  return errors.length > 0 ? errors : [result.rawOutput || 'invalid'];
}

/** XSD errors of `xml` against `main` (imports resolved from `preload`, by file name); none when valid. */
export async function xsdErrors(xml: string, main: SchemaFile, preload: readonly SchemaFile[]): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], schema: [main], preload: [...preload], maxMemoryPages: 4096 });
  return errorsOf(result);
}

/** The document in W3C canonical form (C14N 1.0), for comparing two documents as XML. */
export async function canonicalXml(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], normalization: 'c14n' });
  return result.normalized;
}

/**
 * A schema that imports the XLIFF 2 core and every module (and, for 2.1, ITS), so one XSD
 * validation checks the core and the module attributes and elements the document uses.
 */
export function xliff2DriverSchema(imports: readonly { namespace: string; fileName: string }[]): SchemaFile {
  const lines = imports.map((entry) => `  <xs:import namespace="${entry.namespace}" schemaLocation="${entry.fileName}"/>`).join('\n');
  return {
    fileName: 'driver.xsd',
    contents: `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:glossa:test:driver" elementFormDefault="qualified">\n${lines}\n</xs:schema>\n`,
  };
}
