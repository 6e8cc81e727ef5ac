import type { BinaryOperator } from './ast';
import type { ExprType } from './types';

/** Where a field is read from: the whole form's data, or the current repeat row. */
export type FieldScope = 'form' | 'row';

/**
 * An expression after checking, ready to run: names are resolved to a scope and carry the
 * declared type their data is fitted to, and `matches` patterns are compiled. Built by
 * `parseExpression`; the interpreter walks it.
 */
export type ProgramNode =
  | { readonly op: 'const'; readonly value: string | number | boolean | null }
  | { readonly op: 'list'; readonly items: readonly ProgramNode[] }
  | {
      readonly op: 'field';
      readonly scope: FieldScope;
      readonly key: string;
      readonly type: ExprType;
    }
  | { readonly op: 'scope'; readonly scope: FieldScope; readonly type: ExprType }
  | {
      readonly op: 'member';
      readonly object: ProgramNode;
      readonly key: string;
      /** The member's declared type (`any` when the object's type is not known). */
      readonly type: ExprType;
    }
  | { readonly op: 'not' | 'negate'; readonly operand: ProgramNode }
  | {
      readonly op: 'binary';
      readonly operator: BinaryOperator;
      readonly left: ProgramNode;
      readonly right: ProgramNode;
    }
  | {
      readonly op: 'call';
      readonly name: string;
      readonly args: readonly ProgramNode[];
      /** For `matches`: the pattern, compiled once when the expression was checked. */
      readonly pattern?: RegExp;
    };
