// The benchmark's node anchor: parses every .yaml under a data folder with js-yaml and
// validates it with ajv against the schema Nanwu would pick (same folder rules as
// build/Nanwu.Loading/Files/DataLayout.cs), all in one process, and prints one line of JSON.
// js-yaml 4.1 with the YAML 1.2 core schema: dates stay strings, as Nanwu reads them (its
// default schema would make them Date objects); js-yaml 5 parsed these files 3× slower.
//   node build/bench/node-check.mjs DATA_DIR [SCHEMAS_DIR]
// SCHEMAS_DIR defaults to ../schemas beside DATA_DIR (a generated repository's layout).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, dirname, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import yaml from "js-yaml";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const started = performance.now();
const dataDir = resolve(process.argv[2] ?? "data");
const schemasDir = resolve(process.argv[3] ?? join(dirname(dataDir), "schemas"));

// Nanwu's own annotation keywords are declared so ajv stays strict about everything else.
const ajv = new Ajv2020({ allErrors: false });
addFormats(ajv, ["date"]);
ajv.addKeyword({ keyword: "x-nanwu-private" });
ajv.addKeyword({ keyword: "x-nanwu-unit" });

const validators = new Map();
function validatorFor(schemaFile) {
  if (!validators.has(schemaFile)) {
    const path = join(schemasDir, schemaFile);
    validators.set(schemaFile, existsSync(path) ? ajv.compile(JSON.parse(readFileSync(path, "utf8"))) : null);
  }
  return validators.get(schemaFile);
}

const recordFolders = {
  "work-stats": "work-stats.schema.json",
  monthly: "monthly.schema.json",
  clues: "clue.schema.json",
  "cross-province": "cross-province.schema.json",
};
const topFiles = {
  "township.yaml": "township.schema.json",
  "leading-group.yaml": "leading-group.schema.json",
  "rounds.yaml": "rounds.schema.json",
  "public-allow.yaml": "public-allow.schema.json",
  "region.yaml": "region.schema.json",
};

// What a township keeps in its own folder of a county's or province's repository.
const townshipFiles = new Set(["township.yaml", "leading-group.yaml"]);

// The schema file for a path relative to data/ (with /), or null when no place fits.
// A county or province keeps each township under townships/<tid>/ with the township layout
// inside, less the files shared by the whole region (rounds, public-allow, region).
function schemaOf(parts, inTownship = false) {
  if (!inTownship && parts.length > 2 && parts[0] === "townships") {
    return schemaOf(parts.slice(2), true);
  }
  if (parts.length === 1) {
    return inTownship && !townshipFiles.has(parts[0]) ? null : topFiles[parts[0]] ?? null;
  }
  if (parts.length === 3 && parts[0] === "villages" && parts[2] === "village.yaml") {
    return "village.schema.json";
  }
  const folder = parts[0] === "villages" && parts.length === 4 ? parts[2]
    : parts[0] === "township" && parts.length === 3 ? parts[1] : null;
  return folder !== null ? recordFolders[folder] ?? null : null;
}

function* yamlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* yamlFiles(path);
    } else if (entry.name.endsWith(".yaml")) {
      yield path;
    }
  }
}

const result = { files: 0, valid: 0, invalid: 0, unplaced: 0, seconds: 0, filesPerSecond: 0 };
for (const path of yamlFiles(dataDir)) {
  result.files++;
  const schemaFile = schemaOf(relative(dataDir, path).split(sep));
  const validate = schemaFile === null ? null : validatorFor(schemaFile);
  if (validate === null) {
    result.unplaced++;
    continue;
  }
  let ok;
  try {
    ok = validate(yaml.load(readFileSync(path, "utf8"), { schema: yaml.CORE_SCHEMA }));
  } catch {
    ok = false;
  }
  if (ok) {
    result.valid++;
  } else {
    result.invalid++;
  }
}

result.seconds = Number(((performance.now() - started) / 1000).toFixed(3));
result.filesPerSecond = result.seconds > 0 ? Math.round(result.files / result.seconds) : 0;
console.log(JSON.stringify(result));
