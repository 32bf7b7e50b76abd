/**
 * `npm run check [-- --format json] [-- --content DIR]`: checks the knowledge base and prints
 * every finding as `path:line:column  severity  rule-id`. Exits 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFindingsJson, formatFindingsText } from '../src/lib/check/format-findings.ts';
import { runCheck } from '../src/lib/check/run-check.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { todayIso } from '../src/lib/text/today.ts';

const { values } = parseArgs({
	options: {
		format: { type: 'string', default: 'text' },
		content: { type: 'string', default: 'content' },
		today: { type: 'string' },
	},
});

if (values.format !== 'text' && values.format !== 'json') {
	console.error(`--format must be text or json, not \`${values.format}\`.`);
	process.exit(2);
}

const files = readContentDir(path.resolve(values.content));
const result = runCheck(files, values.today ?? todayIso());
const output =
	values.format === 'json'
		? formatFindingsJson(result.findings, result.counts)
		: formatFindingsText(result.findings, result.counts);
console.log(output);
process.exitCode = result.ok ? 0 : 1;
