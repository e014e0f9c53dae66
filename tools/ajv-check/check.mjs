// Checks the project's JSON Schemas with a JavaScript client, ajv 8 with ajv-formats:
//  1. the record schema and the explain/summary output schemas compile (strict mode);
//  2. the example records, a batch of generated records, the records imported from the official data
//     sets (where ../shared/data is present) and explain/summary JSON outputs are valid by them;
//  3. ajv and `send validate` agree on every file of corpus/, but for the disagreements listed in
//     disagreements.json (rules of the model beyond what the schema can say; see docs/wire-format.md).
// Needs send-examples/target/send.jar (built by ./mvnw verify). Exits 1 on any failure.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const jar = path.join(root, "send-examples/target/send.jar");
const shared = path.resolve(root, "../shared/data");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ajv-check-"));
const failures = [];
let checked = 0;

function fail(message) {
  failures.push(message);
  console.error("FAIL " + message);
}

function send(...args) {
  const run = spawnSync("java", ["-XX:TieredStopAtLevel=1", "-jar", jar, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function sendOk(...args) {
  const run = send(...args);
  if (run.code !== 0) {
    throw new Error("send " + args.join(" ") + " exited " + run.code + ":\n" + run.err);
  }
  return run.out;
}

function compile(resource) {
  // Strict about the schema itself (an unknown keyword or format fails); the stylistic strictTypes and
  // strictRequired checks are left off, as our schemas state types once, in the definitions.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(path.join(root, resource), "utf8"));
  try {
    return ajv.compile(schema);
  } catch (e) {
    fail(resource + " does not compile: " + e.message);
    return null;
  }
}

function check(validate, what, text) {
  checked++;
  let document;
  try {
    document = JSON.parse(text);
  } catch (e) {
    fail(what + " is not JSON: " + e.message);
    return;
  }
  if (validate && !validate(document)) {
    fail(what + " is invalid: " + JSON.stringify(validate.errors.slice(0, 3)));
  }
}

const record = compile("send-model/src/main/resources/org/sendinspection/model/json/area-record.schema.json");
const explain = compile("send-examples/src/main/resources/org/sendinspection/examples/explain/explain.schema.json");
const summary = compile("send-examples/src/main/resources/org/sendinspection/examples/summary/summary.schema.json");

// Example records.
const examples = path.join(root, "send-testkit/src/main/resources/org/sendinspection/model/examples");
const exampleFiles = fs.readdirSync(examples).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(examples, f));
for (const file of exampleFiles) {
  check(record, file, fs.readFileSync(file, "utf8"));
}

// Generated records, and what explain and summary say of them.
const generated = path.join(work, "generated.jsonl");
sendOk("generate", "--areas", "300", "--seed", "20161", "--out", generated);
const lines = fs.readFileSync(generated, "utf8").split("\n").filter((l) => l.length > 0);
lines.forEach((line, i) => check(record, "generated record " + (i + 1), line));
const someGenerated = path.join(work, "some-generated");
fs.mkdirSync(someGenerated);
lines.slice(0, 1).forEach((line, i) => fs.writeFileSync(path.join(someGenerated, "g" + i + ".json"), line));

for (const file of [...exampleFiles, ...fs.readdirSync(someGenerated).map((f) => path.join(someGenerated, f))]) {
  check(explain, "explain --format json " + file, sendOk("explain", file, "--format", "json"));
}
check(summary, "summary of the generated records", sendOk("summary", generated, "--format", "json", "--as-of", "2022-08-31"));

// Records imported from the official data sets.
const ods = path.join(shared, "ofsted/Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods");
if (fs.existsSync(ods)) {
  const imported = path.join(work, "imported");
  const run = send("import-ofsted", ods, "--out", imported);
  if (run.code === 2) {
    fail("import-ofsted failed: " + run.err);
  }
  const files = fs.existsSync(imported) ? fs.readdirSync(imported).filter((f) => f.endsWith(".json")) : [];
  if (files.length === 0) {
    fail("import-ofsted wrote no record");
  }
  for (const f of files) {
    check(record, "imported " + f, fs.readFileSync(path.join(imported, f), "utf8"));
  }
  check(summary, "summary of the imported records", sendOk("summary", imported, "--format", "json"));
} else if (process.env.CI === "true") {
  fail("the official data sets are not at " + shared);
} else {
  console.log("skipped the imported records: no data sets at " + shared);
}

// ajv and send validate on the edge-case corpus.
if (!record) {
  console.error(failures.length + " failure(s)");
  process.exit(1);
}
const corpus = path.join(here, "corpus");
const expected = JSON.parse(fs.readFileSync(path.join(here, "disagreements.json"), "utf8"));
const validated = send("validate", corpus);
const sendAccepts = new Set(validated.out.split("\n").filter((l) => l.endsWith(": valid"))
  .map((l) => path.basename(l.slice(0, -": valid".length))));
for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith(".json")).sort()) {
  checked++;
  const ajvAccepts = record(JSON.parse(fs.readFileSync(path.join(corpus, name), "utf8")));
  const sendSays = sendAccepts.has(name);
  const known = expected[name];
  if (ajvAccepts !== sendSays && !known) {
    fail(name + ": ajv " + (ajvAccepts ? "accepts" : "rejects") + " it, send validate "
      + (sendSays ? "accepts" : "rejects") + " it" + (ajvAccepts ? "" : ": " + JSON.stringify(record.errors.slice(0, 2))));
  } else if (ajvAccepts === sendSays && known) {
    fail(name + ": listed as a disagreement (" + known + ") but ajv and send validate agree");
  } else if (known && !(ajvAccepts && !sendSays)) {
    fail(name + ": a listed disagreement must be one where the schema accepts what send validate refuses");
  }
}

fs.rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(failures.length + " failure(s) in " + checked + " checks");
  process.exit(1);
}
console.log("ajv " + JSON.parse(fs.readFileSync(path.join(here, "node_modules/ajv/package.json"), "utf8")).version
  + ": " + checked + " checks passed (schemas compile; examples, generated and imported records, explain and "
  + "summary outputs valid; ajv and send validate agree on the corpus but for the " + Object.keys(expected).length
  + " listed disagreements)");
