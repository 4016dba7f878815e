#!/usr/bin/env node
// web-ext lint on the Firefox build: no errors, and no warnings except React
// DOM's own innerHTML writes (its dangerouslySetInnerHTML support, which
// Sidecue never uses; components/no-html-sinks.test.ts keeps our own source free of them).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = '.output/firefox-mv2';

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors but still prints its report.
  output = error.stdout;
}
const report = JSON.parse(output);
const problems = [...report.errors, ...report.warnings.filter((warning) => !isReactDomInnerHtml(warning))];

for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
  const note = isReactDomInnerHtml(message) ? ' (React DOM itself: allowed)' : '';
  console.log(`${message._type}: ${message.code} ${message.file ?? ''}${note}\n  ${message.message}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
process.exit(problems.length > 0 ? 1 : 0);

/** True for the `x.innerHTML = props.dangerouslySetInnerHTML.__html` lines of React DOM. */
function isReactDomInnerHtml(message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const line = readFileSync(join(SOURCE, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, message.column - 200), message.column + 50);
  return around.includes('__html') && around.includes('.innerHTML=');
}
