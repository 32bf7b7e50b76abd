/**
 * Text made safe to stand in HTML, as an element's text or a double-quoted attribute's value:
 * `&`, `<`, `>` and `"` become character references, so no text can open or close a tag or an
 * attribute. `>` is escaped too, so no text can close a CDATA section either (the feeds write
 * their HTML into one).
 * @example escapeHtml('</title><script>') // '&lt;/title&gt;&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
