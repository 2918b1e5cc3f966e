/**
 * The DfE children's social care API's request body schema, from its OpenAPI description
 * (dfe-csc-api-openapi.json beside this file, version 1.0.1, MIT licence, DFE-Digital/children-in-social-care-
 * schemas), compiled with Ajv. OpenAPI 3.0 schema objects are JSON Schema with a few extra keywords; the
 * only one this description uses is `example`, which Ajv is told to accept as an annotation.
 */
import fs from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';

const OPENAPI = JSON.parse(
  fs.readFileSync(new URL('./dfe-csc-api-openapi.json', import.meta.url), 'utf8'),
) as { info: { version: string }; components: { schemas: { CSC: Record<string, unknown> } } };

/** The version of the API description the payload follows. */
export const API_VERSION = OPENAPI.info.version;

/** The most children one request may carry (the schema's maxItems). */
export const BATCH_SIZE = OPENAPI.components.schemas.CSC.maxItems as number;

const ajv = new Ajv({ allErrors: true, strict: true });
// ajv-formats is CommonJS; under NodeNext its default import is the module, whose default is the plugin.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (a: Ajv) => Ajv;
addFormats(ajv);
ajv.addKeyword({ keyword: 'example' });

const requestBody: ValidateFunction = ajv.compile(OPENAPI.components.schemas.CSC);
const childRecord: ValidateFunction = ajv.compile(
  OPENAPI.components.schemas.CSC.items as Record<string, unknown>,
);

export interface SchemaProblem {
  path: string;
  message: string;
}

function problems(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword }));
}

/** The problems with one request body (an array of at most 100 children), or none. */
export function checkRequestBody(body: unknown): SchemaProblem[] {
  return requestBody(body) ? [] : problems(requestBody.errors);
}

/** The problems with one child's record, or none. */
export function checkChildRecord(child: unknown): SchemaProblem[] {
  return childRecord(child) ? [] : problems(childRecord.errors);
}
