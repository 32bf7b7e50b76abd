import { dataFilePath } from '../site/routes.ts';
import { csvColumns, toCsv } from './csv.ts';
import { downloadSchema } from './json-schema.ts';
import { dataKinds, type DataKind } from './row-schemas.ts';
import type { DataRows } from './rows.ts';

/** The formats each kind is offered in. */
export const dataFormats = ['json', 'csv', 'schema'] as const;

export type DataFormat = (typeof dataFormats)[number];

/** One file of the data downloads. */
export interface DataFile {
	kind: DataKind;
	format: DataFormat;
	/** Its path on the site (`/data/claims.csv`). */
	path: string;
	contentType: string;
	body: string;
	/** Its size in bytes, as served. */
	bytes: number;
	/** How many entities it holds (the schema holds none). */
	rows?: number;
}

const contentTypes: Record<DataFormat, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
	schema: 'application/schema+json; charset=utf-8',
};

/**
 * Writes every download: for each kind, its rows as JSON and as CSV, and the JSON Schema the
 * JSON conforms to. `site`, when the site's address is known, gives each schema its `$id`.
 */
export function buildDataFiles(rows: DataRows, site?: URL | string): DataFile[] {
	return dataKinds.flatMap((kind) => {
		const schemaPath = dataFilePath(kind, 'schema');
		const schema = downloadSchema(kind, site ? new URL(schemaPath, site).href : undefined);
		const bodies: Record<DataFormat, string> = {
			json: `${JSON.stringify(rows[kind], null, 2)}\n`,
			csv: toCsv(rows[kind], csvColumns(schema.items)),
			schema: `${JSON.stringify(schema, null, 2)}\n`,
		};
		return dataFormats.map((format): DataFile => ({
			kind,
			format,
			path: dataFilePath(kind, format),
			contentType: contentTypes[format],
			body: bodies[format],
			bytes: Buffer.byteLength(bodies[format]),
			...(format === 'schema' ? {} : { rows: rows[kind].length }),
		}));
	});
}

/**
 * A file size for readers, in bytes or kilobytes (1 kB = 1,000 bytes).
 * @example formatBytes(512) // '512 bytes'
 * @example formatBytes(45_210) // '45.2 kB'
 */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	const kb = bytes / 1000;
	return `${kb < 100 ? kb.toFixed(1) : Math.round(kb)} kB`;
}
