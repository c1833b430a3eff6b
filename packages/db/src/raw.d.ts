// Vite and Vitest inline `?raw` imports as strings; the seed CSVs travel inside the bundle this way.
declare module '*?raw' {
  const content: string
  export default content
}
