/**
 * Calls `visit` with every node of an ESTree syntax tree (what rollup's `this.parse` returns), parents
 * before their children, in source order.
 */
export function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') walk(child, visit);
    }
  }
}

/** Whether `node` is a template tagged by the bare identifier `tag` (html`…`, css`…`, str`…`). */
export const isTaggedTemplate = (node, tag) =>
  node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === tag;
