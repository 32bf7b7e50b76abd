/**
 * The stylesheet that gives a page Starlight's light colours when the reader's system prefers
 * light and no script runs: Starlight sets `data-theme` from the system with a script and
 * otherwise stays dark.
 */

const lightBlock = /:root\[data-theme='light'\],\s*\[data-theme='light'\] ::backdrop\s*\{([^}]*)\}/;

/**
 * Starlight's light-mode custom properties, taken from its `props.css`, set on `:root` with a
 * light colour scheme. Throws when the block is not found, so a Starlight upgrade that moves
 * it fails the build rather than shipping a dark page to a light system.
 * @example lightThemeCss(":root[data-theme='light'], [data-theme='light'] ::backdrop { --sl-color-black: #fff; }") // ':root {\n\t--sl-color-black: #fff;\n\tcolor-scheme: light;\n}\n'
 */
export function lightThemeCss(propsCss: string): string {
	const body = lightBlock.exec(propsCss)?.[1];
	if (body === undefined) {
		throw new Error("Starlight's props.css has no `:root[data-theme='light']` block.");
	}
	const declarations = body
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.split(';')
		.map((d) => d.trim().replace(/\s+/g, ' '))
		.filter((d) => d.includes(':'));
	return `:root {\n${[...declarations, 'color-scheme: light'].map((d) => `\t${d};`).join('\n')}\n}\n`;
}
