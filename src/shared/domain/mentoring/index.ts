export * from './codes';
export * from './registry';
export * from './assignments';
export * from './sessions';
export * from './outcomes';
export * from './workspace';
export * from './sync';
