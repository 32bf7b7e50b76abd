/**
 * The HTML standard's requirements that html-validate does not check, as rules of a plugin
 * (`atlas/…`), and the configuration the site's pages are validated with.
 */
import {
	definePlugin,
	Rule,
	type ConfigData,
	type DOMReadyEvent,
	type HtmlElement,
	type RuleDocumentation,
} from 'html-validate';

const spec = 'https://html.spec.whatwg.org/multipage/';

/** Nothing but comments and white space may follow `</html>`. */
class NothingAfterHtml extends Rule {
	documentation(): RuleDocumentation {
		return {
			description:
				'After the </html> end tag only comments and white space may come: an element there is a parse error, and the browser moves it into <body>.',
			url: `${spec}syntax.html#writing`,
		};
	}

	setup(): void {
		this.on('dom:ready', ({ document }: DOMReadyEvent) => {
			const after = document.root.childElements.filter((element) => element.tagName !== 'html');
			for (const element of after) {
				this.report(element, `<${element.tagName}> comes after </html>: move it into <body>`);
			}
		});
	}
}

/** The value an `<option>` submits: its `value` attribute, else its text, white space collapsed. */
function optionValue(option: HtmlElement): string {
	return option.getAttributeValue('value') ?? option.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * A `<select required>` shown as one line (no `multiple`, no `size` above 1) must start with a
 * placeholder option: an `<option>` with an empty value, child of the `<select>` itself.
 */
class SelectPlaceholder extends Rule {
	documentation(): RuleDocumentation {
		return {
			description:
				'A <select> with the required attribute, no multiple attribute and a display size of 1 must have a placeholder label option: its first option, a child of the <select>, with an empty value, such as <option value="">Choose…</option>.',
			url: `${spec}form-elements.html#placeholder-label-option`,
		};
	}

	setup(): void {
		this.on('dom:ready', ({ document }: DOMReadyEvent) => {
			for (const select of document.querySelectorAll('select[required]')) {
				const size = Number(select.getAttributeValue('size') ?? '1');
				if (select.hasAttribute('multiple') || size > 1) continue;
				const first = select.querySelector('option');
				if (first && first.parent === select && optionValue(first) === '') continue;
				this.report(
					select,
					'<select required> needs an empty first option, such as <option value="">Choose…</option>',
				);
			}
		});
	}
}

/** The plugin holding the rules above. */
export const atlasHtmlRules = definePlugin({
	name: 'atlas',
	rules: {
		'atlas/nothing-after-html': NothingAfterHtml,
		'atlas/select-placeholder': SelectPlaceholder,
	},
});

/**
 * html-validate's rules for conformance to the HTML standard (`html-validate:standard`) and
 * for whole documents (`html-validate:document`), with ours above.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:standard', 'html-validate:document'],
	plugins: [atlasHtmlRules],
	rules: {
		// Starlight's table of contents puts its "On this page" <h2> before the page's <h1> in the
		// source, so every page with one "starts" at level 2. The outline is a style rule anyway.
		'heading-level': 'off',
		// Subresource integrity is for files from other sites; the site loads only its own.
		'require-sri': ['error', { target: 'crossorigin' }],
		'atlas/nothing-after-html': 'error',
		'atlas/select-placeholder': 'error',
	},
};
