import fs from 'node:fs';
import { validateXML } from 'xmllint-wasm';

/** xmllint's schema errors for a document against an XSD file (none when valid). */
export async function schemaErrors(xml: string, xsd: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'return.xml', contents: xml }],
    schema: [fs.readFileSync(xsd, 'utf8')],
    initialMemoryPages: 1024,
    maxMemoryPages: 16384,
  });
  return result.errors.map((e) => e.rawMessage);
}
