#!/usr/bin/env node
// `pnpm bench` entry point: parses options, runs the bench, prints the table, writes the results.
// @ts-check
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownReport, terminalTable } from './report.js';
import { runBench, writeJson } from './runner.js';
import { ensureDebianNumpy } from './setup.js';

const BENCH = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: pnpm bench [options]

  --filter <pattern>   only cases whose id contains one of the comma-separated substrings
                       (case-insensitive), or matches /regex/
  --systems <ids>      only these systems (comma-separated ids or prefixes; NumPy 1t always runs)
  --quick              smoke pass: tiny sizes, few repetitions (under a minute)
  --report             also write the Markdown report: bench/RESULTS.md for a full run of everything,
                       results/QUICK.md or results/PARTIAL.md for --quick or --filter/--systems runs
  --report-only        rewrite bench/RESULTS.md from results/latest.json without running anything
  --out <dir>          where JSON (and the report) go instead of bench/results and bench/
  --rounds <n>         interleaved rounds per case (default 3, quick 1)
  --no-setup           skip the setup step (apt-get of Debian's python3-numpy/scipy)
  -h, --help

Systems: numpy numpy-mt numpy-auto numpy-debian stride stride-plain numpy-ts jax tfjs ml-matrix mathjs stdlib
ndarray numjs fftjs jstat js`;

// `pnpm bench -- --quick` hands the script a literal '--' first
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();

const { values } = parseArgs({
  args: argv,
  options: {
    filter: { type: 'string' },
    systems: { type: 'string' },
    quick: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string' },
    rounds: { type: 'string' },
    'no-setup': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const quick = values.quick ?? false;
const outDir = values.out ?? join(BENCH, 'results');
// a quick or partial (--filter / --systems) run must not overwrite the full run's JSON and report
const partial = Boolean(values.filter || values.systems);
const kind = quick ? 'quick' : partial && !values['report-only'] ? 'partial' : 'latest';
const jsonPath = join(outDir, `${kind}.json`);
const reportPath = values.out
  ? join(values.out, 'RESULTS.md')
  : kind === 'latest'
    ? join(BENCH, 'RESULTS.md')
    : join(outDir, `${kind.toUpperCase()}.md`);
const command = `pnpm bench ${argv.join(' ')}`.trim();

if (values['report-only']) {
  if (!existsSync(jsonPath)) {
    console.error(`no results at ${jsonPath}: run pnpm bench first`);
    process.exit(1);
  }
  const res = JSON.parse(readFileSync(jsonPath, 'utf8'));
  writeFileSync(reportPath, `${markdownReport(res)}\n`);
  console.log(`wrote ${reportPath}`);
  process.exit(0);
}

if (!quick && !values['no-setup']) console.log(`setup: ${ensureDebianNumpy()}`);

const res = await runBench({
  quick,
  filter: values.filter,
  systems: values.systems,
  rounds: values.rounds ? Number(values.rounds) : undefined,
});
console.log('');
console.log(terminalTable(res));
writeJson(jsonPath, res);
console.log(`\nresults: ${jsonPath}`);
if (values.report) {
  writeFileSync(reportPath, `${markdownReport(res, { command })}\n`);
  console.log(`report: ${reportPath}`);
}
