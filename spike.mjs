import { Parser, Language } from 'web-tree-sitter';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
await Parser.init();
const lang = await Language.load(require.resolve('tree-sitter-typescript/tree-sitter-typescript.wasm'));
const parser = new Parser(); parser.setLanguage(lang);
const src = process.argv[2];
console.log(parser.parse(src).rootNode.toString());
