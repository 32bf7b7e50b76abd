/** The JSON Schema of a kind's JSON download: `/data/<kind>.schema.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileResponse, kindPaths } from './_files.ts';

export const getStaticPaths = (() => kindPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => dataFileResponse(params.kind, 'schema');
