import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The path of Starlight's `props.css` (its colour custom properties) in the installed package,
 * found beside `style/markdown.css`, the one stylesheet the package exports.
 */
export function starlightPropsCss(from: string = process.cwd()): string {
	const markdown = createRequire(path.join(from, 'package.json')).resolve(
		'@astrojs/starlight/style/markdown.css',
	);
	return path.join(path.dirname(markdown), 'props.css');
}
