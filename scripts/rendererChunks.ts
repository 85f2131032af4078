// How the renderer bundle is split: the editor core (CodeMirror), its Markdown language support
// (which brings HTML, CSS and JavaScript grammars for embedded code), React and the remaining
// libraries each get a chunk, so none passes Vite's 500 kB warning and app changes leave them cached.
// wink-nlp and its English model (4 MB) are only imported by the main-thread check, which loads in
// an idle callback after a document opens: their own chunk, or they would join the vendor chunk
// that every page loads at start.
export const rendererChunks = {
  groups: [
    { name: 'wink', test: /node_modules[\\/](wink-nlp|wink-eng-lite-web-model)[\\/]/, priority: 50 },
    { name: 'editor-languages', test: /node_modules[\\/](@codemirror[\\/]lang-[^\\/]+|@lezer)[\\/]/, priority: 40 },
    { name: 'editor', test: /node_modules[\\/](@codemirror|@marijn|crelt|style-mod|w3c-keyname)[\\/]/, priority: 30 },
    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
    { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
  ],
};
