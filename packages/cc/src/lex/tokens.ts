// C tokens (C11 6.4) as chevrotain token types: keywords, identifiers, constants, string
// literals and punctuators. Glass does not use chevrotain's lexer (pp-tokens come from the
// hand-written lexer in @glass/cpp), so every pattern is `Lexer.NA`; the types exist for the
// parser's grammar and its error messages (the `label` is what "expected ';'" prints).
//
// `TypedefName` is never produced by conversion: the parser relabels an `Identifier` as a
// `TypedefName` when the name is a typedef in the current scope (the "lexer hack", see
// parse/parser.ts). Categories group tokens the grammar treats alike: `BinaryOperator`
// (precedence climbing), `AssignOperator`, `UnaryOperator`.

import { createToken, Lexer, type TokenType } from "chevrotain";

const NA = Lexer.NA;

export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: NA });
export const AssignOperator = createToken({ name: "AssignOperator", pattern: NA });
export const UnaryOperator = createToken({ name: "UnaryOperator", pattern: NA });

export const Identifier = createToken({ name: "Identifier", pattern: NA, label: "identifier" });
export const TypedefName = createToken({ name: "TypedefName", pattern: NA, label: "type name" });
export const IntegerConstant = createToken({ name: "IntegerConstant", pattern: NA, label: "integer constant" });
export const FloatingConstant = createToken({ name: "FloatingConstant", pattern: NA, label: "floating constant" });
export const CharConstant = createToken({ name: "CharConstant", pattern: NA, label: "character constant" });
export const StringLiteral = createToken({ name: "StringLiteral", pattern: NA, label: "string literal" });

/** The keywords of C11 6.4.1, by spelling. */
export const keywords = new Map<string, TokenType>();
const keywordList = [
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
  "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
  "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
  "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
  "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
  // GNU C keywords (gcc's default dialect): the `__x__` spellings map onto these at conversion.
  "typeof", "asm", "__attribute__", "__builtin_va_arg", "__builtin_offsetof",
  "__builtin_va_list", "__int128", "__builtin_types_compatible_p", "__auto_type",
];
for (const k of keywordList) keywords.set(k, createToken({ name: `Kw_${k}`, pattern: NA, label: `'${k}'` }));

/** Keyword token type by spelling (the set above is complete, so this never fails). */
export const kw = (k: string): TokenType => keywords.get(k)!;

/** The punctuators of C11 6.4.6, by spelling (digraphs map onto their twins at conversion). */
export const punctuators = new Map<string, TokenType>();
function punct(image: string, name: string, ...categories: TokenType[]): TokenType {
  const t = createToken({ name, pattern: NA, label: `'${image}'`, categories });
  punctuators.set(image, t);
  return t;
}

export const LBracket = punct("[", "LBracket");
export const RBracket = punct("]", "RBracket");
export const LParen = punct("(", "LParen");
export const RParen = punct(")", "RParen");
export const LBrace = punct("{", "LBrace");
export const RBrace = punct("}", "RBrace");
export const Dot = punct(".", "Dot");
export const Arrow = punct("->", "Arrow");
export const PlusPlus = punct("++", "PlusPlus");
export const MinusMinus = punct("--", "MinusMinus");
export const Amp = punct("&", "Amp", BinaryOperator, UnaryOperator);
export const Star = punct("*", "Star", BinaryOperator, UnaryOperator);
export const Plus = punct("+", "Plus", BinaryOperator, UnaryOperator);
export const Minus = punct("-", "Minus", BinaryOperator, UnaryOperator);
export const Tilde = punct("~", "Tilde", UnaryOperator);
export const Bang = punct("!", "Bang", UnaryOperator);
export const Slash = punct("/", "Slash", BinaryOperator);
export const Percent = punct("%", "Percent", BinaryOperator);
export const ShiftLeft = punct("<<", "ShiftLeft", BinaryOperator);
export const ShiftRight = punct(">>", "ShiftRight", BinaryOperator);
export const Less = punct("<", "Less", BinaryOperator);
export const Greater = punct(">", "Greater", BinaryOperator);
export const LessEq = punct("<=", "LessEq", BinaryOperator);
export const GreaterEq = punct(">=", "GreaterEq", BinaryOperator);
export const EqEq = punct("==", "EqEq", BinaryOperator);
export const NotEq = punct("!=", "NotEq", BinaryOperator);
export const Caret = punct("^", "Caret", BinaryOperator);
export const Pipe = punct("|", "Pipe", BinaryOperator);
export const AmpAmp = punct("&&", "AmpAmp", BinaryOperator);
export const PipePipe = punct("||", "PipePipe", BinaryOperator);
export const Question = punct("?", "Question");
export const Colon = punct(":", "Colon");
export const Semicolon = punct(";", "Semicolon");
export const Ellipsis = punct("...", "Ellipsis");
export const Assign = punct("=", "Assign", AssignOperator);
for (const op of ["*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|="]) punct(op, `Assign${op}`, AssignOperator);
export const Comma = punct(",", "Comma");
export const Hash = punct("#", "Hash");
export const HashHash = punct("##", "HashHash");

/** Every token type, in the order the parser's vocabulary lists them. */
export const allTokens: TokenType[] = [
  BinaryOperator, AssignOperator, UnaryOperator,
  Identifier, TypedefName, IntegerConstant, FloatingConstant, CharConstant, StringLiteral,
  ...keywords.values(),
  ...punctuators.values(),
];
