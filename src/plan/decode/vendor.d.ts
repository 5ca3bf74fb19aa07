/** Type declarations for the pdf.js worker handler modules (only what the decoder imports). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  /** pdf.js's worker-side handler; importing the module registers it as `globalThis.pdfjsWorker`. */
  export const WorkerMessageHandler: unknown;
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The Node (legacy) build of the handler, for unit tests. */
  export const WorkerMessageHandler: unknown;
}
