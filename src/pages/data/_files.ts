/** The data downloads, built once per build from the knowledge base (not a route: `_`). */
import { loadAtlas } from '../../data/atlas.ts';
import { buildDataFiles, type DataFile, type DataFormat } from '../../lib/data/downloads.ts';
import { buildRows } from '../../lib/data/rows.ts';
import { dataKinds, type DataKind } from '../../lib/data/row-schemas.ts';

let files: Promise<DataFile[]> | undefined;

/** Every download, each with its body, size and row count. */
export function loadDataFiles(): Promise<DataFile[]> {
	files ??= loadAtlas().then((atlas) =>
		buildDataFiles(buildRows(atlas), import.meta.env.SITE || undefined),
	);
	return files;
}

/** One path per kind, for `getStaticPaths`. */
export function kindPaths(): { params: { kind: DataKind } }[] {
	return dataKinds.map((kind) => ({ params: { kind } }));
}

/** Serves one download. */
export async function dataFileResponse(
	kind: string | undefined,
	format: DataFormat,
): Promise<Response> {
	const file = (await loadDataFiles()).find((f) => f.kind === kind && f.format === format);
	if (!file) return new Response(null, { status: 404 });
	return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
}
