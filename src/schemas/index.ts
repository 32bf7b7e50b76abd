export * from './common.ts';
export * from './source.ts';
export * from './claim.ts';
export * from './jurisdiction.ts';
export * from './role.ts';
export * from './permission.ts';
export * from './risk-category.ts';
export * from './risk.ts';
