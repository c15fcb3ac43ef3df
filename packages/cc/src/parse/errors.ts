// Syntax error messages in gcc's words ("expected ';' before '}' token"), built from what
// chevrotain knows when recognition fails: the expected token (or the rule that found no
// viable alternative), the offending token and the previous one.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";

/** How gcc names the token a message is about: `'}' token`, `numeric constant`, `end of input`. */
export function describeToken(t: IToken): string {
  if (t.tokenType === EOF) return "end of input";
  switch (t.tokenType.name) {
    case "IntegerConstant":
    case "FloatingConstant":
      return "numeric constant";
    case "CharConstant":
      return "character constant";
    case "StringLiteral":
      return "string constant";
    default:
      return `'${t.image}'`;
  }
}

/** "before X token" / "at end of input", as gcc phrases it. */
export function before(t: IToken): string {
  if (t.tokenType === EOF) return "at end of input";
  const d = describeToken(t);
  return d.startsWith("'") ? `before ${d} token` : `before ${d}`;
}

function label(t: TokenType): string {
  return t.LABEL ?? t.name;
}

/** What each rule was looking for when no alternative matched. */
const ruleExpects: Record<string, string> = {
  externalDeclaration: "identifier or '('",
  declSpecifiers: "declaration specifiers",
  directDeclarator: "identifier or '('",
  declarator: "identifier or '('",
  declaratorSuffix: "'[' or '('",
  parameterList: "declaration specifiers or '...'",
  initializer: "expression",
  statement: "statement",
  compoundStatement: "declaration or statement",
  forStatement: "expression",
};

export const cErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    // Only a new external declaration may follow a complete one: a stray identifier there is
    // most likely a type name the program never declared.
    if (expected === EOF) return actual.tokenType.name === "Identifier" ? `unknown type name '${actual.image}'` : `expected identifier or '(' ${before(actual)}`;
    return `expected ${label(expected)} ${before(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected identifier or '(' ${before(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    return `expected ${ruleExpects[ruleName] ?? "expression"} ${before(actual[0]!)}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    return `expected ${ruleExpects[ruleName] ?? "expression"} ${before(actual[0]!)}`;
  },
};
