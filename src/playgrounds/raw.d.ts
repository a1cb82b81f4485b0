/** A file's text, read at build time (plugins/raw-source.ts; Vitest knows `?raw` itself). */
declare module '*?raw' {
  const text: string;
  export default text;
}
