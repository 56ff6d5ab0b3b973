export * from './codes';
export * from './status';
export * from './intake';
export * from './search';
export * from './case-file';
export * from './duplicates';
export * from './drafts';
