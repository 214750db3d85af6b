import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { API } from "typescript/unstable/sync";
import { SyntaxKind, type Node } from "typescript/unstable/ast";

/** A regex literal found in the source, or a call that builds a RegExp. */
export interface SourceRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface SourceRegexes {
  readonly literals: readonly SourceRegex[];
  /** `new RegExp(...)` or `RegExp(...)` calls, as "file:line: call text". */
  readonly constructorCalls: readonly string[];
}

/**
 * Every regex literal and every RegExp construction under `dir`, found by parsing each .ts file with
 * the TypeScript compiler (not by grepping, which would miss a literal after an operator or see one
 * inside a string or comment).
 */
export function findSourceRegexes(root: string, dir: string): SourceRegexes {
  const files = (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => join(root, dir, f));
  const api = new API({ cwd: root });
  const literals: SourceRegex[] = [];
  const constructorCalls: string[] = [];
  try {
    const snapshot = api.updateSnapshot({ openProject: join(root, "tsconfig.json") });
    const program = snapshot.getProjects()[0]!.program;
    for (const file of files) {
      const sourceFile = program.getSourceFile(file);
      if (!sourceFile) throw new Error(`${file} is not in the TypeScript project`);
      const text = sourceFile.text;
      const lineOf = (pos: number) => text.slice(0, pos).split("\n").length;
      const name = relative(root, file);
      const visit = (node: Node): void => {
        if (node.kind === SyntaxKind.RegularExpressionLiteral) {
          const literal = (node as unknown as { text: string }).text;
          const slash = literal.lastIndexOf("/");
          literals.push({ file: name, line: lineOf(node.pos), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
        } else if (node.kind === SyntaxKind.NewExpression || node.kind === SyntaxKind.CallExpression) {
          const callee = (node as unknown as { expression: Node & { text?: string } }).expression;
          if (callee.kind === SyntaxKind.Identifier && callee.text === "RegExp") {
            constructorCalls.push(`${name}:${lineOf(node.pos)}: ${text.slice(node.pos, node.end).trim().slice(0, 120)}`);
          }
        }
        node.forEachChild(visit);
      };
      visit(sourceFile as unknown as Node);
    }
  } finally {
    api.close();
  }
  return { literals, constructorCalls };
}
