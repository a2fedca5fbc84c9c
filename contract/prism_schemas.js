// Lists the schemas of an OpenAPI document that Prism cannot check.
//
// Prism compiles each schema with ajv when a request needs it and, when the compilation
// fails, skips the check without a word: the request "passed the validation rules" and the
// answer goes out unchecked. This script reads each document as Prism does (with Prism's own
// modules), prepares each schema as Prism's validator does, and compiles it with the same
// ajv and options. It prints one JSON line: a list of {document, operation, place, message}.
//
// usage: node prism_schemas.js <prism-http package folder> <document>...
"use strict";

const path = require("path");

const prismHttp = path.resolve(process.argv[2]);
const documents = process.argv.slice(3);
const fromPrism = (name) => require(require.resolve(name, { paths: [prismHttp] }));
const { getHttpOperationsFromSpec } = require(prismHttp);
const strip = require(path.join(prismHttp, "dist", "utils", "filterRequiredProperties"));
const mergeAllOf = fromPrism("@stoplight/json-schema-merge-allof");
const addFormats = fromPrism("ajv-formats").default;
const drafts = {
  default: fromPrism("ajv").default,
  draft2019_09: fromPrism("ajv/dist/2019").default,
  draft2020_12: fromPrism("ajv/dist/2020").default,
};

// the options of Prism's validator (prism-http/dist/validator/validators/utils.js)
const options = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false };
const silent = { warn() {}, log() {}, error() {} };
const instances = {};
function ajvFor(schema) {
  const id = String(schema.$schema);
  const draft = /2019-09/.test(id) ? "draft2019_09" : /2020-12/.test(id) ? "draft2020_12" : "default";
  if (!instances[draft]) {
    instances[draft] = new drafts[draft]({ ...options, logger: silent });
    addFormats(instances[draft]);
  }
  return instances[draft];
}

function prepared(schema, forRequest) {
  // as Prism's body validator: allOf merged, read-only (request) or write-only (answer) left out
  let merged = schema;
  try {
    merged = mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch (e) {
    merged = schema;
  }
  const stripped = (forRequest ? strip.stripReadOnlyProperties : strip.stripWriteOnlyProperties)(merged);
  return stripped && stripped._tag === "Some" ? stripped.value : null;
}

async function check(document) {
  const found = [];
  const operations = await getHttpOperationsFromSpec(document);
  for (const op of operations) {
    const bundle = op.__bundled__;
    const compile = (place, schema) => {
      if (!schema || typeof schema !== "object") return;
      try {
        ajvFor(schema).compile({ ...schema, __bundled__: bundle });
      } catch (e) {
        let message = String(e.message);
        // a reference Prism could not gather with the operation says why in `__errors__`
        const ref = /can't resolve reference (\S+)/.exec(message);
        const why = ref && op.__errors__ && op.__errors__[ref[1]];
        if (why) message = `${message} (Prism: ${why})`;
        found.push({ document, operation: op.iid || `${op.method} ${op.path}`, place, message: message.slice(0, 600) });
      }
    };
    const request = op.request || {};
    for (const kind of ["path", "query", "headers", "cookie"]) {
      for (const p of request[kind] || []) compile(`${kind} parameter ${p.name}`, p.schema);
    }
    for (const c of (request.body && request.body.contents) || []) {
      compile(`request body ${c.mediaType}`, c.schema && prepared(c.schema, true));
    }
    for (const r of op.responses || []) {
      for (const c of r.contents || []) {
        compile(`response ${r.code} ${c.mediaType}`, c.schema && prepared(c.schema, false));
      }
    }
  }
  return found;
}

(async () => {
  const found = [];
  for (const document of documents) found.push(...(await check(document)));
  process.stdout.write(JSON.stringify(found) + "\n");
})().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
