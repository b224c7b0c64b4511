// The parse-only floor: read every .md file under the given folders and parse it with
// unified + remark-parse + remark-frontmatter, nothing else. What any Markdown linter must pay.
//
//   node bench/floor.mjs DIR…
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function* markdownFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') yield* markdownFiles(path);
    } else if (entry.isFile() && entry.name.endsWith('.md')) yield path;
  }
}

let files = 0;
let nodes = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of markdownFiles(dir)) {
    const tree = processor.parse(readFileSync(path, 'utf8'));
    nodes += tree.children.length;
    files++;
  }
}
console.log(JSON.stringify({ files, nodes }));
