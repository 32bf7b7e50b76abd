/** A kind's rows as CSV: `/data/<kind>.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileResponse, kindPaths } from './_files.ts';

export const getStaticPaths = (() => kindPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => dataFileResponse(params.kind, 'csv');
