import type { BinaryNode, CallNode, ExprNode, MemberNode, NameNode, UnaryNode } from './ast';
import { FUNCTION_NAMES, lookupFunction, type ParamPattern } from './functions';
import { columnAt, type ExprIssueCode, type ExprRawIssue } from './issue';
import type { FieldScope, ProgramNode } from './program';
import {
  comparableTypes,
  type ExprEnvironment,
  type ExprType,
  formatType,
  isLoose,
  orderableTypes,
  exprTypes as t,
  unifyTypes,
} from './types';

/** The outcome of checking a syntax tree against an environment. */
export interface CheckedExpression {
  readonly type: ExprType;
  readonly program: ProgramNode;
  readonly references: readonly string[];
  readonly issues: readonly ExprRawIssue[];
}

interface Checked {
  readonly type: ExprType;
  readonly program: ProgramNode;
}

const MAX_SHOWN = 40;

/** Tells whether a value of `type` may be passed where `pattern` is expected. */
export function acceptsType(pattern: ParamPattern, type: ExprType): boolean {
  if (isLoose(type)) return true;
  return pattern.some((name) => {
    if (name === 'any') return true;
    if (name === 'scalar') return type.kind !== 'list' && type.kind !== 'object';
    if (name === 'list') return type.kind === 'list';
    if (name.startsWith('list<')) {
      return type.kind === 'list' && (isLoose(type.item) || `list<${type.item.kind}>` === name);
    }
    return type.kind === name;
  });
}

/** The type of `key` read from a value of `type`, or why it cannot be read. */
function memberType(
  type: ExprType,
  key: string,
): ExprType | { missing: readonly string[] } | 'none' {
  if (type.kind === 'any') return t.any;
  if (type.kind === 'object') {
    const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
    return field ?? { missing: Object.keys(type.fields) };
  }
  if (type.kind === 'list') {
    // `items.qty` over a repeat group is every row's qty; lists of lists are flattened.
    const inner = memberType(type.item, key);
    if (inner === 'none' || 'missing' in inner) return inner;
    return inner.kind === 'list' ? inner : t.list(inner);
  }
  return 'none';
}

class Checker {
  readonly issues: ExprRawIssue[] = [];
  readonly references = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly env: ExprEnvironment,
  ) {}

  private report(code: ExprIssueCode, offset: number, params: Record<string, unknown>): Checked {
    this.issues.push({ code, params: { position: columnAt(this.source, offset), ...params } });
    return { type: t.any, program: { op: 'const', value: null } };
  }

  /** The operand as written, shortened, for messages. */
  private shown(node: ExprNode): string {
    const chars = Array.from(this.source.slice(node.start, node.end));
    return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : chars.join('');
  }

  check(node: ExprNode): Checked {
    switch (node.kind) {
      case 'literal':
        return {
          type:
            node.value === null ? t.null : t[typeof node.value as 'string' | 'number' | 'boolean'],
          program: { op: 'const', value: node.value },
        };
      case 'list': {
        const items = node.items.map((item) => this.check(item));
        let item: ExprType = t.null;
        for (const checked of items) item = unifyTypes(item, checked.type);
        return {
          type: t.list(items.length === 0 ? t.any : item),
          program: { op: 'list', items: items.map((checked) => checked.program) },
        };
      }
      case 'name':
        return this.checkName(node);
      case 'member':
        return this.checkMember(node);
      case 'unary':
        return this.checkUnary(node);
      case 'binary':
        return this.checkBinary(node);
      case 'call':
        return this.checkCall(node);
    }
  }

  private scopeFields(
    scope: FieldScope,
    node: ExprNode,
  ): Readonly<Record<string, ExprType>> | undefined {
    if (scope === 'form') return this.env.fields;
    if (this.env.row) return this.env.row;
    this.report('row_outside_repeat', node.start, {});
    return undefined;
  }

  private field(scope: FieldScope, key: string, type: ExprType): Checked {
    this.references.add(scope === 'row' ? `$row.${key}` : key);
    return { type, program: { op: 'field', scope, key, type } };
  }

  private checkName(node: NameNode): Checked {
    if (node.name === '$row' || node.name === '$form') {
      const scope = node.name === '$row' ? 'row' : 'form';
      const fields = this.scopeFields(scope, node);
      if (!fields) return { type: t.any, program: { op: 'const', value: null } };
      for (const key of Object.keys(fields))
        this.references.add(scope === 'row' ? `$row.${key}` : key);
      const type = t.object(fields);
      return { type, program: { op: 'scope', scope, type } };
    }
    const { row, fields } = this.env;
    const rowType = row && Object.hasOwn(row, node.name) ? row[node.name] : undefined;
    if (rowType) return this.field('row', node.name, rowType);
    const formType = Object.hasOwn(fields, node.name) ? fields[node.name] : undefined;
    if (formType) return this.field('form', node.name, formType);
    const candidates = [...Object.keys(row ?? {}), ...Object.keys(fields)];
    if (node.name.startsWith('$')) candidates.push(row ? '$row' : '$form', '$form');
    // A function written without parentheses: today instead of today().
    const calls = FUNCTION_NAMES.filter((name) => name === node.name).map((name) => `${name}()`);
    // The names close to it are worked out when the issue is worded (messages.ts), so the
    // one-file bundle, which only needs to know a definition is wrong, does not carry it.
    return this.report('unknown_field', node.start, {
      name: node.name,
      calls,
      candidates,
    });
  }

  private checkMember(node: MemberNode): Checked {
    const { object, property } = node;
    if (object.kind === 'name' && (object.name === '$row' || object.name === '$form')) {
      const scope = object.name === '$row' ? 'row' : 'form';
      const fields = this.scopeFields(scope, object);
      if (!fields) return { type: t.any, program: { op: 'const', value: null } };
      const type = Object.hasOwn(fields, property) ? fields[property] : undefined;
      if (type) return this.field(scope, property, type);
      return this.report('unknown_field', node.start, {
        name: property,
        parent: object.name,
        candidates: Object.keys(fields),
      });
    }
    const checked = this.check(object);
    const type = memberType(checked.type, property);
    if (type === 'none') {
      return this.report('not_an_object', node.start, {
        operand: this.shown(object),
        type: formatType(checked.type),
        name: property,
      });
    }
    if ('missing' in type) {
      return this.report('unknown_field', node.start, {
        name: property,
        parent: this.shown(object),
        candidates: type.missing,
      });
    }
    // The declared type of the member itself, which the interpreter fits the data to.
    const declared = memberType(elementType(checked.type), property);
    const fitted = declared === 'none' || 'missing' in declared ? t.any : declared;
    return {
      type,
      program: { op: 'member', object: checked.program, key: property, type: fitted },
    };
  }

  private checkUnary(node: UnaryNode): Checked {
    const operand = this.check(node.operand);
    const expected = node.operator === 'not' ? 'boolean' : 'number';
    if (!isLoose(operand.type) && operand.type.kind !== expected) {
      return this.operandIssue(node.operator, node.operand, operand.type, [expected]);
    }
    return {
      type: node.operator === 'not' ? t.boolean : t.number,
      program: { op: node.operator === 'not' ? 'not' : 'negate', operand: operand.program },
    };
  }

  private operandIssue(operator: string, node: ExprNode, type: ExprType, expected: string[]) {
    return this.report('operand_type', node.start, {
      operator,
      operand: this.shown(node),
      type: formatType(type),
      expected,
    });
  }

  private pairIssue(code: ExprIssueCode, node: BinaryNode, left: ExprType, right: ExprType) {
    const at = this.source.indexOf(node.operator, node.left.end);
    return this.report(code, at < 0 ? node.start : at, {
      operator: node.operator,
      left: this.shown(node.left),
      right: this.shown(node.right),
      leftType: formatType(left),
      rightType: formatType(right),
    });
  }

  private checkBinary(node: BinaryNode): Checked {
    const left = this.check(node.left);
    const right = this.check(node.right);
    const { operator } = node;
    const program: ProgramNode = {
      op: 'binary',
      operator,
      left: left.program,
      right: right.program,
    };
    const a = left.type;
    const b = right.type;
    const fine = (type: ExprType): Checked => ({ type, program });
    switch (operator) {
      case 'and':
      case 'or':
        for (const [side, type] of [[node.left, a] as const, [node.right, b] as const]) {
          if (!isLoose(type) && type.kind !== 'boolean') {
            return this.operandIssue(operator, side, type, ['boolean']);
          }
        }
        return fine(t.boolean);
      case '==':
      case '!=':
        return comparableTypes(a, b) ? fine(t.boolean) : this.pairIssue('incomparable', node, a, b);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return orderableTypes(a, b) ? fine(t.boolean) : this.pairIssue('incomparable', node, a, b);
      case 'in':
        if (!isLoose(b) && b.kind !== 'list')
          return this.operandIssue('in', node.right, b, ['list']);
        return b.kind !== 'list' || comparableTypes(a, b.item)
          ? fine(t.boolean)
          : this.pairIssue('incomparable', node, a, b);
      case 'contains':
        if (a.kind === 'string' && !isLoose(b) && b.kind !== 'string') {
          return this.pairIssue('incomparable', node, a, b);
        }
        if (a.kind === 'list' && !comparableTypes(a.item, b)) {
          return this.pairIssue('incomparable', node, a, b);
        }
        if (!isLoose(a) && a.kind !== 'string' && a.kind !== 'list') {
          return this.operandIssue('contains', node.left, a, ['string', 'list']);
        }
        return fine(t.boolean);
      case '+':
        return this.checkPlus(node, a, b, fine);
      default:
        for (const [side, type] of [[node.left, a] as const, [node.right, b] as const]) {
          if (!isLoose(type) && type.kind !== 'number') {
            return this.operandIssue(operator, side, type, ['number']);
          }
        }
        return fine(t.number);
    }
  }

  private checkPlus(node: BinaryNode, a: ExprType, b: ExprType, fine: (type: ExprType) => Checked) {
    const addable = (type: ExprType) =>
      isLoose(type) || type.kind === 'number' || type.kind === 'string';
    if (!addable(a)) return this.operandIssue('+', node.left, a, ['number', 'string']);
    if (!addable(b)) return this.operandIssue('+', node.right, b, ['number', 'string']);
    if (!isLoose(a) && !isLoose(b) && a.kind !== b.kind) {
      return this.pairIssue('mixed_operands', node, a, b);
    }
    // With a value of type any, + still gives the other side's type (or null at run time).
    if (a.kind === 'any' && b.kind !== 'null') return fine(b);
    if (b.kind === 'any' && a.kind !== 'null') return fine(a);
    return fine(unifyTypes(a, b));
  }

  private checkCall(node: CallNode): Checked {
    const args = node.args.map((arg) => this.check(arg));
    const spec = lookupFunction(node.callee);
    if (!spec) {
      return this.report('unknown_function', node.start, {
        name: node.callee,
        candidates: FUNCTION_NAMES,
      });
    }
    const max = spec.rest ? null : spec.params.length;
    if (args.length < spec.min || (max !== null && args.length > max)) {
      return this.report('wrong_argument_count', node.start, {
        name: node.callee,
        min: spec.min,
        max,
        received: args.length,
      });
    }
    let failed = false;
    args.forEach((arg, i) => {
      const pattern = spec.params[i] ?? spec.rest ?? [];
      const argNode = node.args[i] as ExprNode;
      if (acceptsType(pattern, arg.type)) return;
      failed = true;
      this.report('argument_type', argNode.start, {
        name: node.callee,
        index: i + 1,
        expected: pattern,
        operand: this.shown(argNode),
        type: formatType(arg.type),
      });
    });
    if (failed) return { type: t.any, program: { op: 'const', value: null } };
    const program: ProgramNode = {
      op: 'call',
      name: node.callee,
      args: args.map((arg) => arg.program),
    };
    if (node.callee === 'matches') {
      const pattern = this.compilePattern(node.args[1] as ExprNode);
      if (!pattern) return { type: t.any, program: { op: 'const', value: null } };
      return { type: t.boolean, program: { ...program, pattern } };
    }
    return { type: spec.returns(args.map((arg) => arg.type)), program };
  }

  private compilePattern(node: ExprNode): RegExp | undefined {
    if (node.kind !== 'literal' || typeof node.value !== 'string') {
      this.report('pattern_not_literal', node.start, {});
      return undefined;
    }
    try {
      // The whole text must match, as people expect of a pattern for a phone number.
      return new RegExp(`^(?:${node.value})$`, 'u');
    } catch {
      this.report('invalid_pattern', node.start, { pattern: node.value });
      return undefined;
    }
  }
}

// A list's element type through any depth of lists (rows of a repeat group).
const elementType = (type: ExprType): ExprType =>
  type.kind === 'list' ? elementType(type.item) : type;

/**
 * Resolves the names of a syntax tree against `env`, checks every operator's and function's
 * operand types, and lowers the tree into a program for the interpreter. Collects every
 * issue rather than stopping at the first.
 */
export function checkSyntax(
  source: string,
  ast: ExprNode,
  env: ExprEnvironment,
): CheckedExpression {
  const checker = new Checker(source, env);
  const { type, program } = checker.check(ast);
  return { type, program, references: [...checker.references], issues: checker.issues };
}
