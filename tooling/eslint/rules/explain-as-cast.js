// `x as T` tells the compiler to trust us: the reader deserves to know why (STYLE.md). A cast other
// than `as const` needs a comment on its own line(s) or the two lines above it, or just above the
// statement it sits in when that starts at most three lines higher.

const STATEMENT = /Statement$|Declaration$/

/** @type {import('eslint').Rule.RuleModule} */
export const explainAsCast = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Require a comment saying why next to every type assertion other than `as const`.' },
    schema: [],
    messages: { explain: 'Say why this cast is safe in a comment beside it (or narrow the type instead).' },
  },
  create(context) {
    const { sourceCode } = context
    const commentLines = new Set()
    for (const comment of sourceCode.getAllComments()) {
      for (let line = comment.loc.start.line; line <= comment.loc.end.line; line++) commentLines.add(line)
    }
    const hasCommentOn = (from, to) => {
      for (let line = from; line <= to; line++) if (commentLines.has(line)) return true
      return false
    }
    function check(node) {
      const type = node.typeAnnotation
      if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'const') return
      const { start, end } = node.loc
      if (hasCommentOn(start.line - 2, end.line)) return
      let statement = node.parent
      while (statement && !STATEMENT.test(statement.type)) statement = statement.parent
      if (statement && statement.loc.start.line >= start.line - 3 && hasCommentOn(statement.loc.start.line - 1, start.line)) return
      context.report({ node, messageId: 'explain' })
    }
    return { TSAsExpression: check, TSTypeAssertion: check }
  },
}

export const plugin = { meta: { name: 'bt' }, rules: { 'explain-as-cast': explainAsCast } }
