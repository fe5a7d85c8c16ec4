/** The workflow kernel: one way to write a lifecycle (DESIGN rule 2), and the functions that read it. */
export * from './workflow-types';
export * from './define-workflow';
export * from './decide';
export * from './workflow-doc';
