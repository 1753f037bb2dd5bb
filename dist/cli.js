#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(3548);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 3548:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5420);
/* harmony import */ var _system_cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8478);


// 130: the shell's code for a command ended by Ctrl-C.
(0,_system_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnCancel */ .g)(message => process.stderr.write(`stage-size: ${message}\n`), 130);
process.exitCode = await (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./src/core/dockerfile-instructions.ts
const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD']);
/**
 * Each stage's RUN, COPY and ADD instructions, by stage index, normalized as
 * an image's history would write them, so a layer can be found on its line.
 */
function stageInstructions(instructions) {
    const stages = [];
    for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM')
            stages.push([]);
        else if (stages.length > 0 && LAYER_MAKERS.has(keyword)) {
            const text = normalized(instruction.getTextContent());
            stages[stages.length - 1].push({
                line: instruction.getRange().start.line + 1,
                text
            });
        }
    }
    return stages;
}
/**
 * An instruction as history and Dockerfile both can be compared: the keyword,
 * then its arguments without flags (history drops `--from`, `--chown`,
 * `--mount`), RUN's shell (`/bin/sh -c`) and build-arg prefix (`|1 A=b`) taken
 * off, line continuations and runs of spaces folded.
 */
function normalized(instruction) {
    const words = instruction
        .replace(/\\\r?\n/g, ' ')
        .trim()
        .split(/\s+/);
    const keyword = (words.shift() ?? '').toUpperCase();
    while (words[0]?.startsWith('--'))
        words.shift();
    if (keyword === 'RUN') {
        if (/^\|\d+$/.test(words[0] ?? ''))
            words.splice(0, 1 + Number(words[0].slice(1)));
        if (words[0] === '/bin/sh' && words[1] === '-c')
            words.splice(0, 2);
    }
    return [keyword, ...words].join(' ');
}

;// CONCATENATED MODULE: ./src/core/image.ts
/**
 * Sizes one pushed image: its layers (the manifest's blob sizes, the file bytes
 * measured while they streamed in) each with the instruction that made it.
 */
function describePushedImage(pushed, repository, tag, platform, 
/** False for a stage exported uncompressed: its blobs' sizes are no registry's. */
compressed = true) {
    const manifest = imageManifest(pushed, repository, tag, platform);
    const layers = manifest.layers ?? [];
    const config = readConfig(pushed, manifest.config.digest);
    const instructions = layerInstructions(config, layers.length);
    const sizes = layers.map((descriptor, index) => {
        const content = pushed.blob(descriptor.digest)?.layer;
        if (!content)
            throw new Error(`layer ${descriptor.digest} of ${tag} was not measured`);
        return {
            digest: descriptor.digest,
            createdBy: instructions[index],
            uncompressedBytes: content.fileBytes,
            compressedBytes: compressed ? descriptor.size : null,
            diffId: content.diffId,
            tarBytes: content.tarBytes,
            files: content.files,
            largestFiles: content.largestFiles
        };
    });
    return {
        uncompressedBytes: sum(sizes.map(layer => layer.uncompressedBytes)),
        compressedBytes: compressed
            ? sum(sizes.map(layer => layer.compressedBytes ?? 0))
            : null,
        layers: sizes
    };
}
/**
 * Sizes a pushed image for each platform asked for: the first platform's
 * sizes, and with several, every platform's under `platforms`.
 */
function describePlatforms(pushed, repository, tag, platforms, compressed = true) {
    const [first, ...others] = platforms;
    const describe = (platform) => describePushedImage(pushed, repository, tag, platform, compressed);
    const image = describe(first);
    if (others.length === 0)
        return image;
    return {
        ...image,
        platforms: Object.fromEntries(platforms.map(platform => [
            platform,
            platform === first ? image : describe(platform)
        ]))
    };
}
/** The image manifest for a tag, choosing the platform's entry when the tag is an index. */
function imageManifest(pushed, repository, tag, platform) {
    const stored = pushed.manifest(repository, tag);
    if (!stored)
        throw new Error(`no manifest was pushed for ${repository}:${tag}`);
    const document = parse(stored);
    if (!Array.isArray(document.manifests))
        return document;
    const images = document.manifests.filter(entry => entry.platform?.os !== 'unknown' // attestations
    );
    // An index of one image is that image (its platform may be written with a variant).
    const chosen = images.find(entry => platformOf(entry) === platform) ??
        (images.length === 1 || !platform ? images[0] : undefined);
    const child = chosen && pushed.manifest(repository, chosen.digest);
    if (!child) {
        throw new Error(`the index pushed for ${repository}:${tag} has no image${platform ? ` for ${platform}` : ''}`);
    }
    return parse(child);
}
function platformOf(entry) {
    const { os, architecture, variant } = entry.platform ?? {};
    return [os, architecture, variant].filter(Boolean).join('/');
}
function readConfig(pushed, digest) {
    const content = pushed.blob(digest)?.content;
    if (!content)
        throw new Error(`the image config ${digest} was not pushed`);
    return JSON.parse(content.toString('utf8'));
}
/** The instruction of each layer: the history entries that made a layer, in order. */
function layerInstructions(config, layerCount) {
    const made = (config.history ?? []).filter(entry => !entry.empty_layer);
    return Array.from({ length: layerCount }, (_, index) => made.length === layerCount ? instructionText(made[index].created_by ?? '') : '');
}
/**
 * The Dockerfile instruction in a history entry, without the builder's
 * decorations: BuildKit appends "# buildkit"; the classic builder writes
 * "/bin/sh -c #(nop) COPY …" and "/bin/sh -c <command>" for RUN.
 */
function instructionText(createdBy) {
    const text = createdBy.replace(/\s+# buildkit$/, '').trim();
    const nop = text.match(/^\/bin\/sh -c #\(nop\)\s+(.*)$/s);
    if (nop)
        return nop[1].trim();
    const run = text.match(/^\/bin\/sh -c (.*)$/s);
    if (run)
        return `RUN ${run[1]}`;
    return text;
}
function parse(manifest) {
    return JSON.parse(manifest.body.toString('utf8'));
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
/**
 * The layers images were measured with (a stored report's), as blobs known
 * without reading them: each by its digest, and by its diff ID, the blob it
 * is when exported uncompressed. Layers of reports older than diff IDs give none.
 */
function reportedBlobs(images) {
    const layers = images.flatMap(image => [image, ...Object.values(image.platforms ?? {})].flatMap(platform => platform.layers));
    return layers.flatMap(layer => {
        const { diffId, tarBytes } = layer;
        if (!diffId || tarBytes === undefined)
            return [];
        const content = {
            fileBytes: layer.uncompressedBytes,
            files: layer.files,
            largestFiles: layer.largestFiles,
            diffId,
            tarBytes
        };
        // An uncompressed stage may hold a layer as an earlier gzip blob whose size it did not say.
        const size = layer.compressedBytes ?? (layer.digest === diffId ? tarBytes : null);
        const twin = { digest: diffId, size: tarBytes, layer: content };
        return size === null ? [twin] : [{ digest: layer.digest, size, layer: content }];
    });
}

;// CONCATENATED MODULE: ./src/core/provenance.ts
/** The digest BuildKit resolved `reference` (as the Dockerfile's FROM writes it) to; null when the metadata does not say. */
function resolvedDigest(reference, metadata) {
    const wanted = familiar(reference);
    if (!wanted)
        return null;
    for (const material of materials(metadata)) {
        const named = typeof material.uri === 'string' ? fromPurl(material.uri) : null;
        const sha256 = material.digest?.sha256;
        if (named?.name === wanted.name &&
            named.version === wanted.version &&
            typeof sha256 === 'string' &&
            /^[0-9a-f]{64}$/.test(sha256))
            return `sha256:${sha256}`;
    }
    return null;
}
/** The materials of a target's provenance: one platform's (`buildx.build.provenance`) or the first of several. */
function materials(metadata) {
    if (!metadata || typeof metadata !== 'object')
        return [];
    const key = Object.keys(metadata)
        .filter(name => name.startsWith('buildx.build.provenance'))
        .sort()[0];
    const found = key
        ? metadata[key]?.materials
        : [];
    return Array.isArray(found) ? found : [];
}
/** "docker.io/library/node:22-slim" → { name: "node", version: "22-slim" }, as distribution/reference's FamiliarName. */
function familiar(reference) {
    const [withTag, digest] = reference.split('@');
    const slash = withTag.lastIndexOf('/');
    const colon = withTag.lastIndexOf(':');
    const tagged = colon > slash;
    let name = tagged ? withTag.slice(0, colon) : withTag;
    const parts = name.split('/');
    // A first part with a dot or a colon, or "localhost", is a registry.
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
        if (parts[0] === 'docker.io' || parts[0] === 'index.docker.io')
            parts.shift();
    }
    if (parts.length === 2 && parts[0] === 'library')
        parts.shift();
    name = parts.join('/');
    if (!name)
        return null;
    return { name, version: digest ?? (tagged ? withTag.slice(colon + 1) : 'latest') };
}
/** "pkg:docker/stage-size-fixture/busybox@latest?platform=linux%2Famd64" → its name and tag (or digest qualifier). */
function fromPurl(uri) {
    const match = /^pkg:docker\/([^?#]+?)(?:@([^?#]*))?(?:\?([^#]*))?$/.exec(uri);
    if (!match)
        return null;
    const name = match[1].split('/').map(decodeURIComponent).join('/');
    const digest = new URLSearchParams(match[3] ?? '').get('digest');
    return { name, version: digest ?? decodeURIComponent(match[2] ?? 'latest') };
}

;// CONCATENATED MODULE: ./src/core/instruction-lines.ts



/**
 * The line of the instruction that made a layer (its history's created-by):
 * the last one of that text in the stage, else in the stages it is built on,
 * nearest first; null when none matches (a layer of the FROM image).
 */
function lineOfLayer(createdBy, chain) {
    const text = normalized(instructionText(createdBy));
    for (const instructions of chain) {
        const found = instructions.findLast(instruction => instruction.text === text);
        if (found)
            return found.line;
    }
    return null;
}
/**
 * A side's stages with each layer's Dockerfile line, where an instruction of
 * its stage (or of one it is built on) made it, and the FROM image they sit on.
 */
function withLines(stages, dockerfile, 
/** Each stage's build metadata, by name: its provenance gives the FROM image's digest. */
metadata = new Map()) {
    const lines = dockerfile.instructions;
    const chainOf = (index) => {
        const builtOn = dockerfile.stages[index]?.builtOn;
        return builtOn === null || builtOn === undefined
            ? [index]
            : [index, ...chainOf(builtOn)];
    };
    return stages.map(stage => {
        const chain = chainOf(stage.index);
        const layers = stage.size.layers.map(layer => {
            const line = lineOfLayer(layer.createdBy, chain.map(index => lines[index] ?? []));
            return line === null ? layer : { ...layer, line };
        });
        const root = dockerfile.stages[chain[chain.length - 1]];
        const fromImage = root &&
            fromImageOf(root.baseImage, layers, resolvedDigest(root.baseImage, metadata.get(stage.name)));
        return {
            ...stage,
            size: { ...stage.size, layers, ...(fromImage ? { fromImage } : {}) }
        };
    });
}
/** The layers below the first an instruction made; none when no layer matched one (nothing to tell them apart by). */
function fromImageOf(name, layers, digest) {
    const own = layers.findIndex(layer => layer.line !== undefined);
    if (own === -1)
        return null;
    const bottom = layers.slice(0, own);
    const compressed = bottom.map(layer => layer.compressedBytes);
    return {
        name,
        digest,
        layers: bottom.length,
        uncompressedBytes: bottom.reduce((sum, layer) => sum + layer.uncompressedBytes, 0),
        compressedBytes: compressed.includes(null)
            ? null
            : compressed.reduce((sum, bytes) => sum + (bytes ?? 0), 0)
    };
}

;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * A problem the user can fix (bad input, no engine, a failing build). The entry
 * points print its message as one line, without a stack trace; `details` (for
 * example the end of a build log) is shown in a collapsed log group.
 */
class UserError extends Error {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = 'UserError';
    }
}
/** The message of anything thrown (errors from another realm included), for one-line reports. */
function messageOf(error) {
    if (typeof error === 'object' && error !== null && 'message' in error) {
        return String(error.message);
    }
    return String(error);
}

;// CONCATENATED MODULE: ./src/core/redact.ts

/** What stands in for a hidden value, as GitHub's log masking writes it. */
const MASK = '***';
/**
 * Build-arg values shorter than this are hidden only where they stand as
 * `NAME=value` (BuildKit writes `RUN |1 NAME=value …` into the image history):
 * hiding "20" or "dev" everywhere would mask every version number and word
 * that holds it, and no token is that short. Secrets are hidden at any length.
 */
const SHORTEST_MASKED_ARG = 4;
/** Hex identifiers (digests, commit SHAs) name bytes, never hold a value: left as they are. */
const IDENTIFIER = /^(sha256:)?[0-9a-f]{40,64}$/;
/**
 * Hides secret values and build-arg values in everything stage-size writes:
 * the report (so the artifact), the comment, the job summary, the outputs and
 * its log lines. An instruction that used one shows `***` in its place.
 */
class Redactor {
    assignments;
    values;
    constructor(secrets, buildArgs) {
        const args = Object.entries(buildArgs).filter(([, value]) => value !== '');
        this.assignments = args.map(([name, value]) => [
            `${name}=${value}`,
            `${name}=${MASK}`
        ]);
        const long = args
            .map(([, value]) => value)
            .filter(v => v.length >= SHORTEST_MASKED_ARG);
        // Longest first, so a value that holds another is hidden whole.
        this.values = [...new Set([...secrets.filter(Boolean), ...long])].sort((a, b) => b.length - a.length);
    }
    /** Nothing to hide: no secrets and no build args. */
    get empty() {
        return this.values.length === 0 && this.assignments.length === 0;
    }
    /** Every value the runner's log should mask (core.setSecret). */
    get masked() {
        return this.values;
    }
    text(value) {
        if (this.empty || IDENTIFIER.test(value))
            return value;
        let text = value;
        for (const [assignment, masked] of this.assignments)
            text = text.split(assignment).join(masked);
        for (const secret of this.values)
            text = text.split(secret).join(MASK);
        return text;
    }
    /**
     * A copy of a JSON value (a report) with every string redacted, but those in
     * `keep`: names the Dockerfile itself spells out (its stages), which a
     * build arg may choose (`FROM ${BASE}`) but cannot make secret.
     */
    json(value, keep = new Set()) {
        if (this.empty)
            return value;
        return this.walk(value, keep);
    }
    walk(value, keep) {
        const hide = (text) => (keep.has(text) ? text : this.text(text));
        if (typeof value === 'string')
            return hide(value);
        if (Array.isArray(value))
            return value.map(item => this.walk(item, keep));
        if (value === null || typeof value !== 'object')
            return value;
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [hide(key), this.walk(item, keep)]));
    }
}
/** A log that writes nothing the redactor hides. */
function redactedLog(log, redactor) {
    if (redactor.empty)
        return log;
    const hide = (text) => redactor.text(text);
    return {
        info: message => log.info(hide(message)),
        notice: message => log.notice(hide(message)),
        warning: message => log.warning(hide(message)),
        detail: line => log.detail(hide(line)),
        group: (title, work) => log.group(hide(title), work)
    };
}
/** The error with nothing the redactor hides in its message, details or stack. */
function redactedError(error, redactor) {
    if (redactor.empty || !(error instanceof Error))
        return error;
    const hide = (text) => redactor.text(text);
    const hidden = error instanceof UserError
        ? new UserError(hide(error.message), error.details && hide(error.details))
        : new Error(hide(error.message));
    hidden.stack = error.stack && hide(error.stack);
    // What the doors read to explain an error (ENOSPC and the file it hit).
    const { code, path } = error;
    return Object.assign(hidden, {
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof path === 'string' ? { path: hide(path) } : {})
    });
}

;// CONCATENATED MODULE: ./src/core/secrets.ts

const ID = /^[^\s=,]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `id=value`, split at the first `=` (the value may hold more), as build-push-action reads them. */
function keyValue(entry) {
    const at = entry.indexOf('=');
    if (at <= 0)
        return null;
    const [id, value] = [entry.slice(0, at).trim(), entry.slice(at + 1)];
    return ID.test(id) && value.trim() !== '' ? [id, value] : null;
}
function refuse(input, entry, forms) {
    // The entry may hold a secret: only the id before its `=`, never a value, goes into the message.
    const id = entry.includes('=') ? entry.split('=')[0].trim() : '';
    const shown = id && ID.test(id) ? `the entry for ${JSON.stringify(id)}` : 'an entry';
    throw new UserError(`${input}: ${shown} is not ${forms}`);
}
/** `id=…` entries as pairs; the first that is not one is refused, showing `forms`. */
function pairs(entries, input, forms) {
    return entries.map(entry => keyValue(entry) ?? refuse(input, entry, forms));
}
/** A variable a secret is read from must be set: BuildKit would silently give an empty secret. */
function assertSet(name, id, input, env) {
    if (env[name] === undefined)
        throw new UserError(`${input}: the environment variable ${name} (secret ${id}) is not set; set it (in a workflow, in the step's env:, e.g. ${name}: \${{ secrets.${name} }})`);
}
/** The `secrets` input: `id=value` lines (quote a line to give a value of several lines). */
function parseSecretValues(entries, input) {
    const forms = 'id=value; give one secret per line, e.g. npm_token=${{ secrets.NPM_TOKEN }}';
    return pairs(entries, input, forms).map(([id, value]) => ({ id, value }));
}
/** The `secret-envs` input: `id=ENV_NAME` entries; the variable must be set. */
function parseSecretEnvs(entries, input, env) {
    const forms = "id=ENV_NAME; give the secret's id and the environment variable that holds it, e.g. npm_token=NPM_TOKEN";
    return pairs(entries, input, forms).map(([id, variable]) => {
        const name = variable.trim();
        if (!ENV_NAME.test(name))
            refuse(input, `${id}=`, forms);
        assertSet(name, id, input, env);
        return { id, env: name };
    });
}
/** The `secret-files` input: `id=path` lines. */
function parseSecretFiles(entries, input) {
    const forms = "id=path; give the secret's id and the file that holds it, e.g. npmrc=.npmrc";
    return pairs(entries, input, forms).map(([id, file]) => ({ id, file: file.trim() }));
}
const DOCKER_FORMS = "a secret in docker buildx build's form: id=ID,src=PATH or id=ID,env=VARIABLE (type=file|env optional)";
/** `--secret` in docker's form: `id=npm,src=path`, `id=npm,env=VAR`, `type=env,id=VAR`. */
function parseDockerSecrets(entries, input, env) {
    return entries.map(entry => {
        const fields = new Map();
        for (const field of entry.split(',')) {
            const pair = field.split('=');
            if (pair.length !== 2 || !pair[1])
                refuse(input, entry, DOCKER_FORMS);
            fields.set(pair[0].trim(), pair[1].trim());
        }
        const id = fields.get('id');
        const type = fields.get('type');
        const file = fields.get('src') ?? fields.get('source');
        const variable = fields.get('env') ?? (type === 'env' ? id : undefined);
        const known = [...fields.keys()].every(key => ['id', 'type', 'src', 'source', 'env'].includes(key));
        if (!id || !ID.test(id) || !known || (type && type !== 'env' && type !== 'file'))
            refuse(input, entry, DOCKER_FORMS);
        if (file && type !== 'env')
            return { id, file };
        if (variable && ENV_NAME.test(variable)) {
            assertSet(variable, id, input, env);
            return { id, env: variable };
        }
        return refuse(input, entry, DOCKER_FORMS);
    });
}
/** Two secrets under one id: BuildKit would keep one silently. */
function assertUniqueIds(secrets, input) {
    const seen = new Set();
    for (const { id } of secrets) {
        if (seen.has(id))
            throw new UserError(`${input}: the secret id ${JSON.stringify(id)} is given twice; give each secret once`);
        seen.add(id);
    }
}

;// CONCATENATED MODULE: ./src/core/options/options.ts


/** The run's options from the parsed ones, the event's pull request and the stored reports. */
function runOptions(parsed, names, event, pullRequest = null, store = null) {
    return {
        ...parsed,
        names,
        base: baseOf(parsed, names, event),
        pullRequest,
        gate: {
            metric: parsed.metric,
            threshold: parsed.threshold,
            warnThreshold: parsed.warnThreshold,
            maxSize: parsed.maxSize,
            maxWaste: parsed.maxWaste,
            minimumChange: parsed.minimumChange,
            stageThresholds: parsed.stageThresholds
        },
        build: buildOf(parsed, names),
        store
    };
}
function baseOf(parsed, names, event) {
    if (parsed.noBase)
        return { kind: 'none', reason: `${names.noBase} was given` };
    if (parsed.baselineReport) {
        return { kind: 'report', path: parsed.baselineReport, input: names.baselineReport };
    }
    const ref = parsed.baseRef;
    return { kind: 'git', event, baseRef: ref ? { ref, input: names.baseRef } : undefined };
}
function buildOf(parsed, names) {
    const secrets = [
        ...parsed.secrets,
        ...parsed.secretEnvs,
        ...parsed.secretFiles,
        ...parsed.secret
    ];
    assertUniqueIds(secrets, names.secrets);
    return {
        buildArgs: parsed.buildArgs,
        platforms: parsed.platforms,
        builder: parsed.builder,
        cacheFrom: parsed.cacheFrom,
        cacheTo: parsed.cacheTo,
        secrets,
        controls: {
            ssh: parsed.ssh,
            buildContexts: parsed.buildContexts,
            network: parsed.network,
            addHosts: parsed.addHosts,
            noCache: parsed.noCache,
            noCacheFilters: parsed.noCacheFilters,
            pull: parsed.pull,
            shmSize: parsed.shmSize,
            ulimits: parsed.ulimit,
            allow: parsed.allow
        },
        compressedStages: parsed.compressed === 'all'
            ? 'all'
            : parsed.metric === 'compressed'
                ? [...parsed.stageThresholds.keys()]
                : []
    };
}
/**
 * What must never be written: every secret's value (a `secret-envs`
 * variable's too) and every build-arg value.
 */
function redactorFor(build, env) {
    const values = build.secrets.flatMap(secret => 'value' in secret ? [secret.value] : 'env' in secret ? [env[secret.env] ?? ''] : []);
    return new Redactor(values, build.buildArgs);
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(8390);
;// CONCATENATED MODULE: ./src/core/dockerfile.ts



/**
 * Reads the stages of a Dockerfile and how they depend on each other, the way
 * BuildKit sees them: global ARGs (overridden by build args) expanded in FROM
 * and `--from`, stage names case-insensitive, `FROM <stage>`, `COPY --from=<name|index>`
 * and `RUN --mount=from=<name|index>` as dependencies.
 */
function parseDockerfile(text, buildArgs, path, 
/** What the user calls the Dockerfile option (the action's `file`, the CLI's `--file`). */
input = 'file') {
    const dockerfile = main.DockerfileParser.parse(text);
    const froms = dockerfile.getFROMs();
    if (froms.length === 0) {
        throw new UserError(`${input}: ${path} has no FROM instruction; a Dockerfile needs at least one stage ("FROM <image> [AS <name>]")`);
    }
    const globals = globalArgs(dockerfile.getInitialARGs(), buildArgs);
    const stages = froms.map((from, index) => stageOf(from, index, globals));
    const references = referencesByStage(dockerfile.getInstructions(), froms.length);
    for (const stage of stages) {
        const dependencies = new Set();
        const base = stageIndex(stage.baseImage, stages.slice(0, stage.index));
        stage.builtOn = base ?? null;
        if (base !== undefined)
            dependencies.add(base);
        for (const reference of references[stage.index]) {
            const index = stageIndex(expandVariables(reference, globals), stages);
            if (index !== undefined && index !== stage.index)
                dependencies.add(index);
        }
        stage.dependsOn = [...dependencies].sort((a, b) => a - b);
    }
    return { text, stages, instructions: stageInstructions(dockerfile.getInstructions()) };
}
function stageOf(from, index, globals) {
    const alias = from.getBuildStage();
    const args = from.getArguments();
    const last = args[args.length - 1];
    return {
        index,
        name: alias ? alias.toLowerCase() : `stage-${index}`,
        named: alias !== null,
        baseImage: expandVariables(from.getImage() ?? '', globals),
        dependsOn: [],
        builtOn: null,
        fromEnd: last ? last.getRange().end : from.getRange().end
    };
}
/** ARGs declared before the first FROM, with their defaults or the build args given. */
function globalArgs(args, buildArgs) {
    const values = new Map();
    for (const arg of args) {
        const property = arg.getProperty();
        if (!property)
            continue;
        const name = property.getName();
        const fallback = property.getUnescapedValue();
        if (Object.hasOwn(buildArgs, name))
            values.set(name, buildArgs[name]);
        else if (fallback !== null)
            values.set(name, expandVariables(fallback, values));
    }
    return values;
}
/** The raw `--from` values of each stage's COPY and RUN --mount instructions. */
function referencesByStage(instructions, stageCount) {
    const references = Array.from({ length: stageCount }, () => []);
    let stage = -1;
    for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM')
            stage++;
        else if (stage >= 0)
            references[stage].push(...fromReferences(instruction, keyword));
    }
    return references;
}
function fromReferences(instruction, keyword) {
    if (keyword === 'COPY') {
        const value = instruction.getFromFlag()?.getValue();
        return value ? [value] : [];
    }
    if (keyword === 'RUN') {
        return instruction
            .getFlags()
            .filter(flag => flag.getName() === 'mount')
            .map(flag => flag.getOption('from')?.getValue())
            .filter((value) => Boolean(value));
    }
    return [];
}
/** The index of the stage a `FROM`/`--from` value names, if it names one. */
function stageIndex(reference, stages) {
    if (/^\d+$/.test(reference)) {
        const index = Number(reference);
        return index < stages.length ? index : undefined;
    }
    const name = reference.toLowerCase();
    return stages.find(stage => stage.named && stage.name === name)?.index;
}
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and
 * `${NAME+word}` as BuildKit's shell lexer does; unknown names expand to "".
 */
function expandVariables(value, variables) {
    return value.replace(VARIABLE, (_match, braced, operator, word, bare) => {
        const name = (braced ?? bare);
        const current = variables.get(name);
        switch (operator) {
            case ':-':
                return current ? current : (word ?? '');
            case '-':
                return current ?? word ?? '';
            case ':+':
                return current ? (word ?? '') : '';
            case '+':
                return current !== undefined ? (word ?? '') : '';
            default:
                return current ?? '';
        }
    });
}
/**
 * The Dockerfile's text with `AS stage-<index>` added to every unnamed stage, so
 * that BuildKit can target it. Nothing else changes, so the build cache is shared.
 */
function withStageNames(parsed) {
    const lines = parsed.text.split('\n');
    for (const stage of parsed.stages) {
        if (stage.named)
            continue;
        const { line, character } = stage.fromEnd;
        const text = lines[line];
        lines[line] = `${text.slice(0, character)} AS ${stage.name}${text.slice(character)}`;
    }
    return lines.join('\n');
}
/** The stage's FROM chain: the image at its root, then every stage it is built on, then itself. */
function fromChain(stage, stages) {
    const chain = [stage.name];
    let current = stage;
    while (current.builtOn !== null) {
        current = stages[current.builtOn];
        chain.unshift(current.name);
    }
    chain.unshift(current.baseImage.toLowerCase());
    return chain;
}

;// CONCATENATED MODULE: ./src/core/plan.ts


/** Decides which stages to build, and how each can be targeted. */
function planBuild(dockerfile, selection, path) {
    const { stages } = dockerfile;
    const target = selection.target
        ? findStage(stages, selection.target, selection.names?.target ?? 'target', path)
        : stages[stages.length - 1];
    const chosen = selection.stages === 'all'
        ? new Set(stages)
        : new Set(selection.stages.map(name => findStage(stages, name, selection.names?.stages ?? 'stages', path)));
    chosen.add(target);
    return planOf(dockerfile, chosen, target, path, selection.names?.file);
}
/**
 * The base's plan: the stages the head measures, as far as the base has them
 * (with `all`, every base stage). It never refuses a name: a stage only one
 * side has is reported as new or removed.
 */
function planBase(dockerfile, head, stages, path, input) {
    const headNames = new Set(head.stages.map(planned => planned.stage.name));
    const chosen = new Set(dockerfile.stages.filter(stage => stages === 'all' || headNames.has(stage.name)));
    const target = dockerfile.stages.find(stage => stage.name === targetName(head)) ?? null;
    return planOf(dockerfile, chosen, target, path, input);
}
function planOf(dockerfile, chosen, target, path, input = 'file') {
    const { stages } = dockerfile;
    const last = stages[stages.length - 1];
    const selected = stages.filter(stage => chosen.has(stage));
    const needsNames = selected.some(stage => !stage.named && stage !== last);
    if (needsNames)
        assertNoNameClash(stages, path, input);
    return {
        stages: selected.map(stage => ({
            stage,
            isTarget: stage === target,
            buildTarget: stage.named || needsNames ? stage.name : null
        })),
        namedCopy: needsNames ? withStageNames(dockerfile) : null
    };
}
/** The name of the plan's target stage. */
function targetName(plan) {
    const target = plan.stages.find(planned => planned.isTarget);
    if (!target)
        throw new Error('the plan has no target stage');
    return target.stage.name;
}
/** A stage by name, case-insensitively as BuildKit matches them; `stage-<index>` names an unnamed stage. */
function findStage(stages, name, input, path) {
    const wanted = name.trim().toLowerCase();
    const stage = stages.find(candidate => candidate.name === wanted);
    if (!stage) {
        throw new UserError(`${input}: "${name}" is not a stage of ${path}; its stages are: ${stages.map(s => s.name).join(', ')}`);
    }
    return stage;
}
function assertNoNameClash(stages, path, input) {
    for (const stage of stages) {
        const clash = stages.find(other => other.named && !stage.named && other.name === stage.name);
        if (clash) {
            throw new UserError(`${input}: stage ${clash.index} of ${path} is named "${clash.name}", the name stage-size gives unnamed stage ${stage.index}; rename it or name stage ${stage.index}`);
        }
    }
}
/** Stages in an order where each comes after the stages it depends on (for one-at-a-time builds). */
function buildOrder(plan, all) {
    const order = [];
    const visited = new Set();
    const byIndex = new Map(plan.stages.map(planned => [planned.stage.index, planned]));
    const visit = (index) => {
        if (visited.has(index))
            return;
        visited.add(index);
        all[index].dependsOn.forEach(visit);
        const planned = byIndex.get(index);
        if (planned)
            order.push(planned);
    };
    plan.stages.forEach(planned => visit(planned.stage.index));
    return order;
}
/** Whether a stage's compressed size is measured: the target's always, the others' as the `compressed` option says. */
function measuresCompressed(stage, compressedStages) {
    return (stage.isTarget ||
        compressedStages === 'all' ||
        compressedStages.includes(stage.stage.name));
}
/**
 * Whether a stage's layers are exported gzip: where its compressed size is
 * measured, and where a stage measured compressed is built on it (FROM), as
 * every layer of it is that stage's too and is gzipped for it anyway: one blob
 * then serves both, not a second, uncompressed one to write, send and read.
 */
function exportsGzip(stage, plan, all, compressedStages) {
    // The chain's first entry is the image at its root, never a stage: left out.
    return plan.stages.some(other => measuresCompressed(other, compressedStages) &&
        fromChain(other.stage, all).slice(1).includes(stage.stage.name));
}

;// CONCATENATED MODULE: ./src/core/bytes.ts
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
/** A byte count for people: SI units (as `docker images` prints them), three significant digits. */
function formatBytes(bytes) {
    const magnitude = Math.abs(bytes);
    if (magnitude < 1000)
        return `${bytes} B`;
    let exponent = Math.min(Math.floor(Math.log10(magnitude) / 3), SI_UNITS.length - 1);
    // 999,999 B rounds to "1000 kB": say "1.00 MB" instead.
    if (magnitude / 1000 ** exponent >= 999.5 && exponent < SI_UNITS.length - 1)
        exponent++;
    return `${(bytes / 1000 ** exponent).toPrecision(3)} ${SI_UNITS[exponent]}`;
}
/** A byte count with thousands separators, for where the exact figure matters. */
function formatExactBytes(bytes) {
    return `${bytes.toLocaleString('en-US')} B`;
}
const UNIT_BYTES = {
    B: 1,
    kB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
    KiB: 2 ** 10,
    MiB: 2 ** 20,
    GiB: 2 ** 30,
    TiB: 2 ** 40
};
const BYTE_UNITS = Object.keys(UNIT_BYTES);
/**
 * Reads a byte size such as `500kB`, `20MB`, `1.5GiB` or `1024B` (SI and IEC
 * units, written in their own case), or null when the text is not one. A bare
 * number is not a size (is `5` five bytes or five percent?), and negative
 * sizes read as null too.
 */
function parseByteSize(text) {
    const match = text.trim().match(/^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]+)$/);
    if (!match)
        return null;
    const unit = match[2];
    if (!Object.hasOwn(UNIT_BYTES, unit))
        return null;
    return Math.round(Number(match[1]) * UNIT_BYTES[unit]);
}
/** A change in bytes with its sign, e.g. "+1.02 MB" or "-10 B". */
function formatSignedBytes(bytes) {
    return `${bytes > 0 ? '+' : ''}${formatBytes(bytes)}`;
}
/** A percentage change in parentheses with its sign, e.g. " (+25.60%)"; empty without one. */
function formatPercentChange(percent) {
    if (percent === null)
        return '';
    return ` (${percent > 0 ? '+' : ''}${percent.toFixed(2)}%)`;
}
/** A number with no unit (`5`, `200`): what a user who forgot the % or the MB writes. */
function isBareNumber(text) {
    return /^\s*(\d+(\.\d+)?|\.\d+)\s*$/.test(text);
}

;// CONCATENATED MODULE: ./src/core/threshold.ts


const GROWTH_FORMS = `a percentage (5%, 2.5%), a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}) or off`;
/** Reads `N%`, a byte size, or `off`; zero and negative limits are refused. */
function parseGrowth(value, input) {
    const growth = readLimit(value);
    if (growth)
        return growth;
    refuseBareNumber(value, input);
    throw new UserError(`${input}: "${value}" is not a growth limit; use ${GROWTH_FORMS}, above zero (to fail on any growth use 1B)`);
}
/** `N%` or a byte size above zero, or `off`; null when the text is none of these. */
function readLimit(value) {
    const text = value.trim();
    if (text.toLowerCase() === 'off')
        return { kind: 'off', text: 'off' };
    const percent = text.match(/^(\d+(?:\.\d+)?|\.\d+)\s*%$/);
    if (percent) {
        return Number(percent[1]) > 0 ? { kind: 'percent', percent: percent[1], text } : null;
    }
    const bytes = parseByteSize(text);
    return bytes !== null && bytes > 0 ? { kind: 'bytes', bytes, text } : null;
}
/** `5` is five bytes to a parser and five percent to most people: neither is guessed. */
function refuseBareNumber(value, input) {
    if (!isBareNumber(value))
        return;
    const number = value.trim();
    throw new UserError(`${input}: "${number}" has no unit; write ${number}% for a share of the base size, or a size with its unit: ${number}B, ${number}kB, ${number}MB`);
}
/** How many bytes the target's layers may waste: a size, or N% of the image; empty or off for no limit. */
const parseMaxWaste = (value, input) => parseSizeOrShare(value, input, 'a waste limit');
/** The smallest change that counts: a size, or N% of the stage; empty, 0 or off for every byte. */
const parseMinimumChange = (value, input) => value.trim() === '0' ? null : parseSizeOrShare(value, input, 'a minimum change');
function parseSizeOrShare(value, input, what) {
    if (value.trim() === '')
        return null;
    const limit = readLimit(value);
    if (limit)
        return limit.kind === 'off' ? null : limit;
    refuseBareNumber(value, input);
    throw new UserError(`${input}: "${value}" is not ${what}; use a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}), a percentage of the image (10%) or off, above zero`);
}
/** An absolute budget such as `20MB`; empty for none. */
function parseMaxSize(value, input) {
    if (value.trim() === '')
        return null;
    const bytes = parseByteSize(value);
    if (bytes === null || bytes <= 0) {
        if (isBareNumber(value)) {
            const number = value.trim();
            throw new UserError(`${input}: "${number}" has no unit; a size needs one: ${number}MB, ${number}MiB, ${number}kB (or ${number}B for bytes)`);
        }
        throw new UserError(`${input}: "${value}" is not a size; use a size with its unit (e.g. 20MB, 512MiB, 1.5GB; units ${BYTE_UNITS.join(', ')}), above zero`);
    }
    return bytes;
}
/** `stage=limit` lines; stage names are checked against the Dockerfile later. */
function parseStageThresholds(lines, input) {
    const thresholds = new Map();
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        const equals = line.indexOf('=');
        const stage = line.slice(0, equals).trim().toLowerCase();
        if (equals === -1 || stage === '') {
            throw new UserError(`${input}: "${line}" is not stage=limit; give one per line, e.g. "builder=10%" (a limit is ${GROWTH_FORMS})`);
        }
        thresholds.set(stage, parseGrowth(line.slice(equals + 1), `${input} (${stage})`));
    }
    return thresholds;
}
/** The growth in bytes a limit allows from a base size; null when unlimited. */
function allowedGrowth(growth, baseBytes) {
    switch (growth.kind) {
        case 'off':
            return null;
        case 'bytes':
            return growth.bytes;
        case 'percent':
            return percentOf(baseBytes, growth.percent);
    }
}
/**
 * `percent`% of `bytes`, rounded down, in exact decimal arithmetic: at the
 * boundary 5% of 1,000 bytes allows exactly 50 bytes, whatever floats would say.
 */
function percentOf(bytes, percent) {
    const [whole, fraction = ''] = percent.split('.');
    const numerator = BigInt(whole + fraction);
    const denominator = 100n * 10n ** BigInt(fraction.length);
    return Number((BigInt(bytes) * numerator) / denominator);
}

;// CONCATENATED MODULE: ./src/core/gate-rules.ts


/** The growth a limit allows from this base; null when unlimited, or when there is no base. */
const allowed = (growth, baseBytes) => !growth || baseBytes === null ? null : allowedGrowth(growth, baseBytes);
const written = (growth) => growth && growth.kind !== 'off' ? growth.text : null;
function growthText(sizes, metric) {
    const { deltaBytes, deltaPercent, baseBytes, headBytes } = sizes;
    return `${formatExactBytes(deltaBytes ?? 0)}${formatPercentChange(deltaPercent)}: ${formatExactBytes(baseBytes ?? 0)} → ${formatExactBytes(headBytes)} ${metric}`;
}
/** Growth past the allowed bytes fails: the target's threshold, or another stage's own limit. */
function overGrowth(stage, sizes, limit, metric) {
    const room = limit.allowedGrowthBytes;
    if (room === null || sizes.deltaBytes === null || sizes.deltaBytes <= room)
        return null;
    return {
        effect: 'fail',
        finding: `${stage.name} grew by ${growthText(sizes, metric)}, over the ${limit.threshold} threshold (at most +${formatExactBytes(room)})`
    };
}
const growth = {
    key: 'threshold',
    applies: stage => stage.isTarget,
    limit: (_, baseBytes, settings) => ({
        threshold: written(settings.threshold),
        allowedGrowthBytes: allowed(settings.threshold, baseBytes)
    }),
    evaluate: overGrowth
};
const stageLimit = {
    key: 'stage-threshold',
    applies: (stage, settings) => !stage.isTarget && settings.stageThresholds.has(stage.name),
    limit: (stage, baseBytes, settings) => {
        const limit = settings.stageThresholds.get(stage.name);
        return { threshold: written(limit), allowedGrowthBytes: allowed(limit, baseBytes) };
    },
    evaluate: overGrowth
};
/** Growth past the warn threshold but within the threshold warns. */
const warn = {
    key: 'warn-threshold',
    applies: stage => stage.isTarget,
    limit: (_, baseBytes, settings) => ({
        warnThreshold: written(settings.warnThreshold),
        allowedWarnGrowthBytes: allowed(settings.warnThreshold, baseBytes)
    }),
    evaluate: (stage, sizes, limit, metric) => {
        const { deltaBytes } = sizes;
        const room = limit.allowedWarnGrowthBytes;
        if (room === null || deltaBytes === null || sizes.baseBytes === null)
            return null;
        const overThreshold = limit.allowedGrowthBytes !== null && deltaBytes > limit.allowedGrowthBytes;
        if (overThreshold || deltaBytes <= room)
            return null;
        return {
            effect: 'warn',
            finding: `${stage.name} grew by ${growthText(sizes, metric)}, over the ${limit.warnThreshold} warn threshold (within the ${limit.threshold ?? 'off'} threshold)`
        };
    }
};
const maxSize = {
    key: 'max-size',
    applies: stage => stage.isTarget,
    limit: (_, __, settings) => ({ maxSizeBytes: settings.maxSize }),
    evaluate: (stage, { headBytes }, limit, metric) => limit.maxSizeBytes !== null && headBytes > limit.maxSizeBytes
        ? {
            effect: 'fail',
            finding: `${stage.name} is ${formatExactBytes(headBytes)} ${metric}, over the max-size of ${formatExactBytes(limit.maxSizeBytes)}`
        }
        : null
};
/** A target that wastes more than max-waste allows (of its uncompressed size) fails. */
const maxWaste = {
    key: 'max-waste',
    applies: (stage, settings) => stage.isTarget && Boolean(settings.maxWaste),
    limit: ({ size }, _, settings) => ({
        maxWasteBytes: allowedGrowth(settings.maxWaste, size.uncompressedBytes)
    }),
    evaluate: (stage, _, limit) => {
        const room = limit.maxWasteBytes;
        const wasted = stage.size.wastedBytes;
        if (room == null || wasted === undefined || wasted <= room)
            return null;
        return {
            effect: 'fail',
            finding: `${stage.name} wastes ${formatExactBytes(wasted)} (bytes its layers store but its filesystem does not show), over the max-waste of ${formatExactBytes(room)}`
        };
    }
};
/** Every limit, in the order their findings are told. The next limit is one rule here. */
const GATE_RULES = [
    growth,
    stageLimit,
    warn,
    maxSize,
    maxWaste
];
/** The stage's limit: each rule that holds it adds its part; null for a stage no rule holds. */
function limitFor(stage, baseBytes, settings) {
    const rules = GATE_RULES.filter(rule => rule.applies(stage, settings));
    if (rules.length === 0)
        return null;
    const limit = {
        threshold: null,
        allowedGrowthBytes: null,
        warnThreshold: null,
        allowedWarnGrowthBytes: null,
        maxSizeBytes: null
    };
    for (const rule of rules)
        Object.assign(limit, rule.limit(stage, baseBytes, settings));
    return { limit, rules };
}

;// CONCATENATED MODULE: ./src/core/limits.ts
/** An image's or a layer's size in the metric; null when its compressed size was not measured. */
function limits_bytesOf(size, metric) {
    return metric === 'compressed' ? size.compressedBytes : size.uncompressedBytes;
}

;// CONCATENATED MODULE: ./src/core/gate.ts




/**
 * Compares the head's stages with the base's (null when there is no baseline)
 * and decides each stage's status and the verdict. Shrinking never fails;
 * exactly at a limit passes, one byte over fails.
 */
function compareStages(head, base, settings) {
    const baseByName = new Map((base ?? []).map(stage => [stage.name, stage.size]));
    const headNames = new Set(head.map(stage => stage.name));
    const stages = [
        ...head.map(stage => comparePlatforms(stage, baseByName.get(stage.name) ?? null, base !== null, settings)),
        ...(base ?? [])
            .filter(stage => !headNames.has(stage.name))
            .map(stage => removedStage(stage))
    ];
    return { stages, verdict: verdictOf(stages, base !== null) };
}
/**
 * A stage built for several platforms is held to its limits on each: its
 * numbers are the first platform's, its status the worst platform's, and its
 * findings name the platform.
 */
function comparePlatforms(stage, base, hasBaseline, settings) {
    const first = compareStage(stage, base, hasBaseline, settings);
    const platforms = stage.size.platforms;
    if (!platforms)
        return first;
    const each = Object.entries(platforms).map(([platform, size]) => compareStage({ ...stage, name: `${stage.name} (${platform})`, size }, base?.platforms?.[platform] ?? null, hasBaseline, settings));
    const statuses = each.map(comparison => comparison.status);
    const status = statuses.includes('fail')
        ? 'fail'
        : statuses.every(one => one === 'unchanged')
            ? 'unchanged'
            : first.status === 'new'
                ? 'new'
                : 'pass';
    return {
        ...first,
        status,
        warned: status !== 'fail' && each.some(comparison => comparison.warned),
        findings: each.flatMap(comparison => comparison.findings),
        platformStatus: Object.fromEntries(Object.keys(platforms).map((platform, at) => [
            platform,
            each[at].warned ? 'warn' : each[at].status
        ]))
    };
}
function compareStage(stage, base, hasBaseline, settings) {
    const headBytes = limits_bytesOf(stage.size, settings.metric);
    if (headBytes === null)
        return unmeasuredIn(stage, base, hasBaseline, settings);
    const baseBytes = base ? limits_bytesOf(base, settings.metric) : null;
    const deltaBytes = baseBytes === null ? null : headBytes - baseBytes;
    const deltaPercent = deltaBytes === null || !baseBytes ? null : round2((deltaBytes / baseBytes) * 100);
    const held = limitFor(stage, baseBytes, settings);
    const sizes = { headBytes, baseBytes, deltaBytes, deltaPercent };
    const judgements = (held?.rules ?? []).flatMap(rule => {
        const judgement = held && rule.evaluate(stage, sizes, held.limit, settings.metric);
        return judgement ? [judgement] : [];
    });
    const failed = judgements.some(judgement => judgement.effect === 'fail');
    return {
        name: stage.name,
        isTarget: stage.isTarget,
        head: stage.size,
        base,
        deltaBytes,
        deltaPercent,
        limit: held?.limit ?? null,
        status: failed
            ? 'fail'
            : hasBaseline && base === null
                ? 'new'
                : belowNoise(deltaBytes, baseBytes, settings)
                    ? 'unchanged'
                    : 'pass',
        warned: judgements.some(judgement => judgement.effect === 'warn'),
        findings: judgements.map(judgement => judgement.finding)
    };
}
/** Whether a change is none, or smaller than the minimum change that counts. */
function belowNoise(deltaBytes, baseBytes, { minimumChange }) {
    if (deltaBytes === 0)
        return true;
    if (deltaBytes === null || baseBytes === null || !minimumChange)
        return false;
    const floor = allowedGrowth(minimumChange, baseBytes);
    return floor !== null && Math.abs(deltaBytes) < floor;
}
/**
 * A stage without the gated metric's figure (its compressed size was not asked
 * for, as no limit holds it): no change in that metric, its status read from
 * its files' bytes. A stage a limit holds always has the figure.
 */
function unmeasuredIn(stage, base, hasBaseline, settings) {
    if (limitFor(stage, null, settings)) {
        throw new UserError(`metric: stage ${stage.name} has a limit on ${settings.metric} bytes, but was measured without a compressed size (compressed: target measures only the target's and those of stages a limit on compressed bytes holds); measure it with compressed: all, or set metric: uncompressed`);
    }
    const same = base !== null && base.uncompressedBytes === stage.size.uncompressedBytes;
    return {
        name: stage.name,
        isTarget: stage.isTarget,
        head: stage.size,
        base,
        deltaBytes: null,
        deltaPercent: null,
        limit: null,
        status: hasBaseline && base === null ? 'new' : same ? 'unchanged' : 'pass',
        warned: false,
        findings: []
    };
}
function removedStage(stage) {
    return {
        name: stage.name,
        isTarget: false,
        head: null,
        base: stage.size,
        deltaBytes: null,
        deltaPercent: null,
        limit: null,
        status: 'removed',
        warned: false,
        findings: []
    };
}
function verdictOf(stages, hasBaseline) {
    if (stages.some(stage => stage.status === 'fail'))
        return 'fail';
    if (!hasBaseline)
        return 'no-baseline';
    return stages.some(stage => stage.warned) ? 'warn' : 'pass';
}
function round2(value) {
    return Math.round(value * 100) / 100;
}
/** The step's failure (or warning) message: every failing stage, with its numbers and limit. */
function gateMessage(stages) {
    const findings = stages
        .filter(stage => stage.status === 'fail')
        .flatMap(stage => stage.findings);
    return `Image size check failed: ${findings.join('; ')}`;
}
/**
 * What the verdict means for the step: a failing gate fails it (or only warns
 * with fail-on-regression false); a warn verdict warns; no baseline fails only
 * with fail-on-missing-baseline.
 */
function outcomeOf(result, policy) {
    const warnings = result.stages
        .filter(stage => stage.warned)
        .flatMap(stage => stage.findings);
    if (result.verdict === 'fail') {
        const message = gateMessage(result.stages);
        return policy.failOnRegression
            ? { failure: message, warnings }
            : {
                failure: null,
                warnings: [...warnings, `${message} (fail-on-regression is false)`]
            };
    }
    if (result.verdict === 'no-baseline' && policy.failOnMissingBaseline) {
        return {
            failure: `No baseline to compare with (${result.noBaselineReason}), and fail-on-missing-baseline is true`,
            warnings
        };
    }
    return { failure: null, warnings };
}

;// CONCATENATED MODULE: ./src/core/history.ts
/** A report keeps the last this many points. */
const HISTORY_LENGTH = 30;
/** The history up to the base, then this commit (replacing an earlier point of the same commit). */
function extendHistory(previous, point) {
    if (!point)
        return previous.slice(-HISTORY_LENGTH);
    return [...previous.filter(earlier => earlier.sha !== point.sha), point].slice(-HISTORY_LENGTH);
}
/** Only well-formed points of a stored report's history (it may come from any version). */
function validHistory(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((point) => typeof point?.sha === 'string' &&
        typeof point.date === 'string' &&
        Number.isFinite(point.uncompressedBytes) &&
        Number.isFinite(point.compressedBytes));
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** stage-size's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/core/build-args.ts

/**
 * The build arguments as one sha256 of their sorted [name, value] pairs: a
 * stored report says which arguments it was measured with without holding
 * their values (teams pass tokens as build args). A short guessable value
 * can be found again by trying; what is secret belongs in `secrets`.
 */
function build_args_buildArgsDigest(args) {
    const pairs = Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(pairs)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/core/report.ts




/**
 * Bumped whenever a field changes meaning or goes away; new fields keep the
 * version. 2: `buildArgs` (the values) gave way to `buildArgNames` and
 * `buildArgsDigest`, so no build-arg value is ever written.
 */
const SCHEMA_VERSION = 3;
/** The versions read back: 2 is 3 with every compressed size present. */
const READABLE_SCHEMA_VERSIONS = [2, SCHEMA_VERSION];
/** One checkout's stages with their sizes, in Dockerfile order. */
function sideStages(plan, allStages, sizes) {
    return plan.stages.map(({ stage, isTarget }) => {
        const size = sizes.get(stage.name);
        if (!size)
            throw new Error(`stage ${stage.name} was built but not measured`);
        return {
            name: stage.name,
            index: stage.index,
            isTarget,
            named: stage.named,
            baseImage: stage.baseImage,
            dependsOn: stage.dependsOn.map(index => allStages[index].name),
            size
        };
    });
}
/** The stages a report measured at its head: how a baseline report is read back. */
function reportedStages(report) {
    return report.stages.flatMap(({ head, ...stage }) => head ? [{ ...infoOf(stage), size: head }] : []);
}
/** The report: both sides' sizes, compared and gated. */
function buildReport(input) {
    const baseStages = 'stages' in input.base ? input.base.stages : null;
    const comparison = compareStages(input.headStages, baseStages, input.gate);
    const info = new Map([...(baseStages ?? []), ...input.headStages].map(stage => [stage.name, infoOf(stage)]));
    return {
        schemaVersion: SCHEMA_VERSION,
        generator: { name: 'stage-size', version: VERSION },
        dockerfile: input.dockerfile,
        context: input.context,
        target: input.target,
        platform: input.platforms[0] ?? null,
        platforms: [...input.platforms],
        engine: input.engine,
        head: input.head,
        pullRequest: input.pullRequest,
        base: 'ref' in input.base ? input.base.ref : null,
        noBaselineReason: 'missing' in input.base ? input.base.missing : null,
        metric: input.gate.metric,
        verdict: comparison.verdict,
        stages: comparison.stages.map(({ name, isTarget, ...compared }) => {
            const files = input.fileChanges?.get(name);
            return {
                ...info.get(name),
                isTarget,
                ...compared,
                ...(files ? { fileChanges: files } : {})
            };
        }),
        buildArgNames: Object.keys(input.buildArgs).sort(),
        buildArgsDigest: build_args_buildArgsDigest(input.buildArgs),
        stageSelection: input.stageSelection,
        buildOptions: buildOptionsReport(input.buildControls),
        history: extendHistory(input.baseHistory, pointOf(input))
    };
}
/** The controls as a report holds them: ssh sources by id. */
function buildOptionsReport(controls) {
    return {
        ssh: controls.ssh.map(source => source.split('=')[0]),
        buildContexts: { ...controls.buildContexts },
        network: controls.network,
        addHosts: controls.addHosts.map(([host, ip]) => `${host}:${ip}`),
        noCache: controls.noCache,
        noCacheFilters: [...controls.noCacheFilters],
        pull: controls.pull,
        shmSize: controls.shmSize,
        ulimits: [...controls.ulimits],
        allow: [...controls.allow]
    };
}
/** This commit's point in the history: the target's head sizes. */
function pointOf(input) {
    const target = input.headStages.find(stage => stage.isTarget);
    const sha = input.pullRequest?.headSha ?? input.head?.sha;
    // The target's compressed size is always measured.
    const compressedBytes = target?.size.compressedBytes;
    if (!target || !sha || compressedBytes == null)
        return null;
    return {
        sha,
        date: input.measuredAt,
        uncompressedBytes: target.size.uncompressedBytes,
        compressedBytes
    };
}
function infoOf(stage) {
    const { name, index, isTarget, named, baseImage, dependsOn } = stage;
    return { name, index, isTarget, named, baseImage, dependsOn };
}
function report_targetStage(report) {
    const target = report.stages.find(stage => stage.isTarget);
    if (!target)
        throw new Error('the report has no target stage');
    return target;
}

// EXTERNAL MODULE: ./src/system/process.ts + 1 modules
var system_process = __nccwpck_require__(6238);
;// CONCATENATED MODULE: ./src/engine/docker.ts


const NO_ENGINE_HINT = 'start Docker or point DOCKER_HOST at an engine (GitHub-hosted Linux runners have one; elsewhere see https://docs.docker.com/engine/install/)';
/** The docker CLI, always called with an argument array (never a shell string). */
class Docker {
    static async run(args, options = {}) {
        return (0,system_process/* runCommand */.d1)('docker', args, {
            ...options,
            env: { ...dockerEnv(), ...options.env }
        });
    }
    /** Runs a command whose output `consume` reads as a stream; it must succeed. */
    static async stream(args, consume) {
        const result = await (0,system_process/* streamCommand */.CF)('docker', args, consume, { env: dockerEnv() });
        if (result.exitCode !== 0) {
            throw new Error(`docker ${args[0]} failed: ${(0,system_process/* lastLines */.w$)(result.stderr, 5)}`);
        }
    }
    /** Runs a command that must succeed; its error output becomes the error. */
    static async check(args, what) {
        const result = await Docker.run(args);
        if (result.exitCode !== 0) {
            throw new Error(`${what} failed (docker ${args[0]}): ${(0,system_process/* lastLines */.w$)(result.stderr, 5)}`);
        }
        return result.stdout;
    }
    /** Whether the engine still answers (after a failure: did it go away?). */
    static async answers() {
        const result = await Docker.run(['version', '--format', '{{.Server.Version}}'], {
            always: true
        }).catch(() => null);
        return result?.exitCode === 0;
    }
    /**
     * A build or push that failed because the engine went away (stopped,
     * crashed, its machine gone) says so, rather than "build failed in stage x".
     */
    static async whenGone(error, during) {
        if (await Docker.answers())
            return error;
        return new UserError(`the Docker engine (${Docker.where}) stopped answering ${during} (${messageOf(error)})`, error instanceof UserError ? error.details : undefined);
    }
    /** Where the engine is, as the user would recognise it. */
    static get where() {
        return process.env.DOCKER_HOST || 'the default socket';
    }
    /** The engine that answers, or a UserError that says how to get one. */
    static async engine() {
        let result;
        try {
            result = await Docker.run(['info', '--format', '{{json .}}']);
        }
        catch (error) {
            throw new UserError(`no docker command was found (${String(error)}); ${NO_ENGINE_HINT}`);
        }
        const info = parseInfo(result.stdout);
        if (result.exitCode !== 0 || !info.ServerVersion) {
            const reason = (0,system_process/* lastLines */.w$)(result.stderr, 1) || 'docker info failed';
            throw new UserError(`no Docker engine answered: ${reason}; ${NO_ENGINE_HINT}`);
        }
        const containerd = (info.DriverStatus ?? []).some(([, value]) => value.startsWith('io.containerd.snapshotter'));
        const buildx = info.ClientInfo?.Plugins?.find(plugin => plugin.Name === 'buildx');
        return {
            version: info.ServerVersion,
            imageStore: containerd ? 'containerd' : 'classic',
            buildx: buildx ? (buildx.Version ?? 'unknown') : null
        };
    }
}
/**
 * Refuses a builder name buildx does not know, before anything is built: the
 * build's own error ("no builder found") would read as a failed stage.
 */
async function assertBuilderExists(builder, input) {
    const result = await inspectBuilder(builder);
    if (result.exitCode !== 0) {
        throw new UserError(`${input}: there is no buildx builder named "${builder}" (docker buildx ls lists them); give an existing builder's name, or none for the current builder`);
    }
}
/** The buildx builder's name, driver and nodes, as `docker buildx inspect` lists them. */
async function builderInfo(builder) {
    return parseBuilderInspect((await inspectBuilder(builder)).stdout);
}
/**
 * `docker buildx inspect`, asked once (0.15 s each) per builder as the
 * environment names it: the engine and the config that hold the builders.
 */
const inspected = new Map();
function inspectBuilder(builder) {
    const { DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, BUILDX_BUILDER } = process.env;
    const key = JSON.stringify([
        DOCKER_HOST,
        DOCKER_CONTEXT,
        DOCKER_CONFIG,
        BUILDX_BUILDER,
        builder
    ]);
    let result = inspected.get(key);
    if (!result) {
        result = Docker.run(['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])]);
        inspected.set(key, result);
    }
    return result;
}
/** Reads `docker buildx inspect`: the builder's lines, then a block per node after `Nodes:`. */
function parseBuilderInspect(text) {
    const [builder, nodes = ''] = text.split(/^Nodes:$/m);
    const field = (block, name) => block.match(new RegExp(`^${name}:[ \\t]+(.+)$`, 'm'))?.[1].trim() ?? null;
    return {
        name: field(builder, 'Name'),
        driver: field(builder, 'Driver'),
        nodes: nodes
            .split(/^(?=Name:)/m)
            .filter(block => block.startsWith('Name:'))
            .map(block => ({
            name: field(block, 'Name') ?? '',
            buildkit: field(block, 'BuildKit version'),
            platforms: (field(block, 'Platforms') ?? '').split(/,\s*/).filter(Boolean)
        }))
    };
}
/**
 * The environment for docker commands: the caller's, without content trust
 * (it would try to sign pushes to the measuring registry) and without default
 * provenance attestations (they add manifests that measure nothing).
 */
function dockerEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && key !== 'DOCKER_CONTENT_TRUST')
            env[key] = value;
    }
    env.BUILDX_NO_DEFAULT_ATTESTATIONS = '1';
    // buildx runs git seven times per target to note the commit in provenance,
    // which the stage images do not keep: 0.3 s of a seven-stage bake.
    env.BUILDX_GIT_INFO = 'false';
    return env;
}
function parseInfo(stdout) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/core/render/words.ts
/** Each verdict's mark: in the title, and beside each image of a merged comment. */
const MARK = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    'no-baseline': 'ℹ️'
};
const TITLE = {
    pass: 'Image size check passed',
    warn: 'Image size check passed with a warning',
    fail: 'Image size check failed',
    'no-baseline': 'Image sizes, no baseline to compare with'
};
/** The comment's title for a verdict: one image's, or several images' merged. */
function titleOf(verdict, several = false) {
    if (several && verdict === 'no-baseline')
        return `${MARK[verdict]} Image sizes (some images have no baseline)`;
    return `${MARK[verdict]} ${TITLE[verdict]}`;
}
/** A status as the comment writes it. */
const STATUS_WORD = {
    fail: '❌\u00a0fail',
    warn: '⚠️\u00a0warn',
    pass: '✅\u00a0pass',
    unchanged: 'unchanged',
    new: '🆕\u00a0new',
    removed: '🗑️\u00a0removed'
};
/** "12 files", "1 file". */
function count(n, noun) {
    return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
/**
 * The buildx builder that measured, when it is not the engine's own (the
 * docker driver): "builder ci (docker-container driver, BuildKit v0.32.2)".
 * Not escaped: the caller escapes for where it writes.
 */
function builderWords(engine) {
    const builder = engine.buildxBuilder;
    if (!builder?.driver || builder.driver === 'docker')
        return null;
    const buildkit = builder.nodes[0]?.buildkit;
    const nodes = builder.nodes.length > 1 ? `, ${count(builder.nodes.length, 'node')}` : '';
    const details = `${builder.driver} driver${buildkit ? `, BuildKit ${buildkit}` : ''}${nodes}`;
    return `builder ${builder.name ?? '(unnamed)'} (${details})`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/system/leftovers.ts
var leftovers = __nccwpck_require__(605);
;// CONCATENATED MODULE: ./src/system/files.ts




/** JSON as stage-size writes it: indented, with a final newline. */
function jsonText(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/**
 * Writes a file so that readers never see half of it: to a temporary file
 * beside the target, then renamed over it.
 */
async function writeTextFile(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await (0,promises_.writeFile)(partial, text);
    await (0,promises_.rename)(partial, file);
}
async function writeJsonFile(file, value) {
    await writeTextFile(file, jsonText(value));
}
/** Removes a file left by an earlier run, so a failed run leaves no report claiming success. */
async function removeFile(file) {
    await rm(file, { force: true });
}
/**
 * Runs `work` in a new temporary directory (named `<prefix>…`), removed
 * afterwards; it is in the leftovers ledger meanwhile, so a cancelled run
 * removes it too.
 */
async function withTempDir(prefix, work) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), prefix));
    const item = { kind: 'path', path: dir };
    leftovers/* leftovers */.To.add(item);
    try {
        return await work(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        leftovers/* leftovers */.To.remove(item);
    }
}
/**
 * A full disk, in one line naming the folder (TMPDIR's, when it is under it);
 * null for any other error.
 */
function diskFull(error) {
    const { code, path: file } = (error ?? {});
    if (code !== 'ENOSPC')
        return null;
    const temporary = (0,external_node_os_namespaceObject.tmpdir)();
    const folder = typeof file === 'string' ? external_node_path_default().dirname(file) : temporary;
    const underTmp = folder === temporary || folder.startsWith(temporary + (external_node_path_default()).sep);
    return underTmp
        ? `no space left on the device of ${folder} (TMPDIR is ${temporary}): free space there, or point TMPDIR at a larger disk`
        : `no space left on the device of ${folder}: free space there`;
}

;// CONCATENATED MODULE: ./src/engine/stage-images.ts

/** The stages to build, in build order, each as the image it is tagged (`repository:stage`) and exported as. */
function stageImages(plan, dockerfile, settings, repository) {
    return buildOrder(plan, dockerfile.stages).map(stage => ({
        stage,
        tag: `${repository}:${stage.stage.name}`,
        compressed: measuresCompressed(stage, settings.compressedStages),
        gzip: exportsGzip(stage, plan, dockerfile.stages, settings.compressedStages)
    }));
}
/** Where BuildKit exports one stage's image, as `--output` (or bake's `output`) takes it. */
function outputOf(delivery, image) {
    // BuildKit takes compression as a hint and reuses whatever blob a layer has
    // unless forced. Forced to gzip where the compressed size is measured (a
    // layer an earlier build exported uncompressed would stay so); a hint
    // elsewhere: a layer the target (or the job's own build) already holds
    // gzipped is that blob, measured once, not a second, uncompressed one to
    // write, send and read.
    const compression = image.gzip
        ? 'compression=gzip,force-compression=true'
        : 'compression=uncompressed';
    switch (delivery) {
        case 'push':
            return `type=image,name=${image.tag},push=true,store=false,registry.insecure=true,${compression}`;
        case 'oci':
            // A folder, not a tar: BuildKit sends no blob whose file is already there.
            return `type=oci,tar=false,dest=${image.ociDir},${compression}`;
        case 'load':
            // Into the engine's image store, whatever the builder's driver.
            return `type=docker,${compression}`;
    }
}

;// CONCATENATED MODULE: ./src/engine/build.ts






/** How many lines of a failed build's log the error shows. */
const FAILURE_LOG_LINES = 40;
/**
 * Builds every stage image. With buildx, one `bake` builds all of them in a
 * single BuildKit session, so shared stages are solved once and in parallel;
 * without it, the classic builder builds them one by one in dependency order,
 * each reusing the cache of the ones before.
 */
async function buildImages(job, engine, log) {
    if (engine.buildx)
        return bake(job, log);
    log.notice('The docker client has no buildx plugin, so stages are built with the classic builder (slower, and it builds every earlier stage); install docker-buildx to build with BuildKit.');
    for (const image of job.images)
        await classicBuild(job, image, log);
}
async function bake(job, log) {
    await withTempDir('stage-size-bake-', async (dir) => {
        const file = external_node_path_default().join(dir, 'bake.json');
        const metadataFile = external_node_path_default().join(dir, 'metadata.json');
        const targets = bakeTargets(job);
        await (0,promises_.writeFile)(file, JSON.stringify(bakeDefinition(job, targets), null, 2));
        const args = [
            'buildx',
            ...(job.builder ? ['--builder', job.builder] : []),
            'bake',
            '--file',
            file,
            '--progress=plain',
            '--metadata-file',
            metadataFile,
            // Bake grants a target's entitlements only when its command line allows them too.
            ...job.controls.allow.flatMap(entitlement => ['--allow', entitlement])
        ];
        const lines = [];
        const watchExports = exportWatcher(job.onImageReady);
        const result = await Docker.run(args, {
            env: {
                // The definition is ours, so the filesystem entitlement prompt has nothing to protect.
                BUILDX_BAKE_ENTITLEMENTS_FS: '0',
                ...secretValues(job.secrets)
            },
            onLine: line => {
                lines.push(line);
                log.detail(line);
                watchExports(line);
            }
        });
        if (result.exitCode !== 0) {
            const failedTarget = lines
                .map(line => line.match(/^ERROR: target ([\w-]+):/)?.[1])
                .find(Boolean);
            const fallback = [...targets].find(([, key]) => key === failedTarget)?.[0];
            throw buildFailure(lines, fallback?.stage.stage.name);
        }
        await readMetadata(metadataFile, targets);
    });
}
/** Hands each image its target's metadata; none when buildx wrote none (an older buildx). */
async function readMetadata(file, targets) {
    let metadata;
    try {
        metadata = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return;
    }
    for (const [image, key] of targets)
        image.metadata = metadata?.[key];
}
/**
 * Follows BuildKit's plain progress to tell when each image is in the engine:
 * the step that says "naming to <tag>" is DONE.
 */
function exportWatcher(onImageReady) {
    const naming = new Map();
    return line => {
        const named = line.match(/^#(\d+) naming to (\S+)/);
        if (named) {
            naming.set(named[1], named[2]);
            return;
        }
        const done = line.match(/^#(\d+) DONE\b/);
        const tag = done && naming.get(done[1]);
        if (tag) {
            naming.delete(done[1]);
            onImageReady(tag);
        }
    };
}
/** A bake target name for each image: stage names may hold dots, bake names may not. */
function bakeTargets(job) {
    const used = new Set();
    return new Map(job.images.map(image => {
        let key = image.stage.stage.name.replace(/[^\w-]/g, '_');
        if (used.has(key))
            key = `${key}-${image.stage.stage.index}`;
        used.add(key);
        return [image, key];
    }));
}
function bakeDefinition(job, targets) {
    const target = {};
    for (const [image, key] of targets) {
        target[key] = {
            context: job.contextDir,
            dockerfile: job.dockerfilePath,
            ...(image.stage.buildTarget ? { target: image.stage.buildTarget } : {}),
            tags: [image.tag],
            args: job.buildArgs,
            ...(job.platforms.length > 0 ? { platforms: job.platforms } : {}),
            ...(job.cacheFrom.length > 0 ? { 'cache-from': job.cacheFrom } : {}),
            ...(image.stage.isTarget && job.cacheTo.length > 0
                ? { 'cache-to': job.cacheTo }
                : {}),
            ...(job.secrets.length > 0 ? { secret: job.secrets.map(secretSource) } : {}),
            ...bakeControls(job),
            output: [outputOf(job.delivery, image)]
        };
    }
    return { group: { default: { targets: [...targets.values()] } }, target };
}
/** build-push-action's controls as bake's target attributes take them (only those set). */
function bakeControls({ controls, buildContexts }) {
    const attributes = [
        ['ssh', controls.ssh.length > 0 && controls.ssh],
        ['contexts', Object.keys(buildContexts).length > 0 && buildContexts],
        ['network', controls.network],
        [
            'extra-hosts',
            controls.addHosts.length > 0 && Object.fromEntries(controls.addHosts)
        ],
        ['no-cache', controls.noCache],
        ['no-cache-filter', controls.noCacheFilters.length > 0 && controls.noCacheFilters],
        ['pull', controls.pull],
        ['shm-size', controls.shmSize],
        ['ulimits', controls.ulimits.length > 0 && controls.ulimits],
        ['entitlements', controls.allow.length > 0 && controls.allow]
    ];
    return Object.fromEntries(attributes.filter(([, value]) => value));
}
/** Where each secret held as a value is handed to buildx: its environment, never a file. */
const SECRET_VARIABLE = 'STAGE_SIZE_SECRET_';
function secretValues(secrets) {
    return Object.fromEntries(secrets.flatMap((secret, index) => 'value' in secret ? [[`${SECRET_VARIABLE}${index}`, secret.value]] : []));
}
/** A secret as bake's `secret` attribute takes it (the bake file holds no value). */
function secretSource(secret, index) {
    if ('value' in secret)
        return `id=${secret.id},env=${SECRET_VARIABLE}${index}`;
    if ('env' in secret)
        return `id=${secret.id},env=${secret.env}`;
    return `id=${secret.id},src=${external_node_path_default().resolve(secret.file)}`;
}
async function classicBuild(job, image, log) {
    // --force-rm: a failed step's container would otherwise keep the images it used.
    const args = ['build', '--force-rm', '--file', job.dockerfilePath, '--tag', image.tag];
    if (image.stage.buildTarget)
        args.push('--target', image.stage.buildTarget);
    for (const [key, value] of Object.entries(job.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    // The classic builder builds one platform (the pipeline refuses more).
    if (job.platforms[0])
        args.push('--platform', job.platforms[0]);
    args.push(...classicControls(job), job.contextDir);
    const lines = [];
    const result = await Docker.run(args, {
        env: { DOCKER_BUILDKIT: '0' },
        onLine: line => {
            lines.push(line);
            log.detail(line);
        }
    });
    if (result.exitCode !== 0)
        throw buildFailure(lines, image.stage.stage.name);
    job.onImageReady(image.tag);
}
/** The controls the classic builder has, as `docker build` flags. */
function classicControls({ controls }) {
    return [
        ...(controls.network ? ['--network', controls.network] : []),
        ...controls.addHosts.flatMap(([host, ip]) => ['--add-host', `${host}:${ip}`]),
        ...(controls.noCache ? ['--no-cache'] : []),
        ...(controls.pull ? ['--pull'] : []),
        ...(controls.shmSize ? ['--shm-size', controls.shmSize] : []),
        ...controls.ulimits.flatMap(ulimit => ['--ulimit', ulimit])
    ];
}
/**
 * The error for a failed build: the stage whose instruction failed (BuildKit
 * names it in "> [<target> <stage> n/m] …"), the builder's error line, and the
 * end of the log as details.
 */
function buildFailure(lines, fallbackStage) {
    const failedStep = lines
        .map(line => line.match(/^\s*> \[(.+?) \d+\/\d+\] (.*):$/))
        .find(match => match !== null);
    const stage = failedStep ? failedStep[1].split(' ').pop() : fallbackStage;
    const errorLine = [...lines]
        .reverse()
        .find(line => /^ERROR:|returned a non-zero code|^error:/i.test(line)) ?? '';
    const reason = errorLine
        .replace(/^ERROR: (target [\w-]+: )?/, '')
        .replace(/^failed to solve: /, '')
        .trim();
    const where = stage ? `stage "${stage}"` : 'a stage';
    const step = failedStep ? ` at ${failedStep[2].trim()}` : '';
    return new UserError(`build failed in ${where}${step}: ${reason || 'see the build log'}`, lines.slice(-FAILURE_LOG_LINES).join('\n'));
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
;// CONCATENATED MODULE: ./src/core/layer-entries.ts
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const SLASH = 47;
/** What a tar entry does (null for the root directory itself). */
function entryOf(header) {
    const path = absolute(header.name);
    if (path === '')
        return null;
    const slash = path.lastIndexOf('/');
    const parent = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (name === OPAQUE)
        return parent === '' ? null : [parent, 'q', 0];
    if (name.startsWith(WHITEOUT))
        return [`${parent}/${name.slice(WHITEOUT.length)}`, 'w', 0];
    switch (header.type) {
        case 'file':
        case 'contiguous-file':
            return header.mtime
                ? [path, 'f', header.size ?? 0, Math.floor(header.mtime.getTime() / 1000)]
                : [path, 'f', header.size ?? 0];
        case 'link':
            return [path, 'l', 0, absolute(header.linkname ?? '')];
        case 'directory':
            return [path, 'd', 0];
        default:
            return [path, 'o', 0];
    }
}
/** "./usr/bin/" → "/usr/bin"; the root is "". */
function absolute(name) {
    const trimmed = name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    return trimmed === '.' || trimmed === '' ? '' : `/${trimmed}`;
}
/**
 * Orders paths as a walk of the tree does: a directory comes right before
 * everything under it ("/a", "/a/b", "/a.txt"), so a merge sees a directory's
 * contents together, after the directory.
 */
function comparePaths(a, b) {
    const length = Math.min(a.length, b.length);
    for (let at = 0; at < length; at++) {
        const x = a.charCodeAt(at);
        const y = b.charCodeAt(at);
        if (x === y)
            continue;
        if (x === SLASH)
            return -1;
        if (y === SLASH)
            return 1;
        return x - y;
    }
    return a.length - b.length;
}
/** Sorts a layer's entries into path order; entries of one path keep the tar's order. */
function sortEntries(entries) {
    return entries.sort((a, b) => comparePaths(a[0], b[0]));
}
/**
 * Gives hard links their target's bytes and marks the targets, so a merge
 * needs no lookups. The list is walked twice, as it streams: `observe` every
 * entry first (to learn the targets' sizes: the last regular file at each
 * target path), then `resolve` each as it is written.
 */
class HardLinks {
    targets;
    sizes = new Map();
    /** `targets`: the paths hard links of the layer point to. */
    constructor(targets) {
        this.targets = targets;
    }
    observe([path, kind, bytes]) {
        if (kind === 'f' && this.targets.has(path))
            this.sizes.set(path, bytes);
    }
    resolve(entry) {
        const [path, kind, bytes, detail] = entry;
        if (kind === 'f' && this.sizes.has(path))
            return detail === undefined ? [path, 'F', bytes] : [path, 'F', bytes, detail];
        const target = detail;
        if (kind === 'l' && typeof target === 'string' && this.sizes.has(target))
            return [path, 'l', this.sizes.get(target), target];
        return entry;
    }
}

;// CONCATENATED MODULE: ./src/core/largest.ts
/**
 * Inserts `item` into `list` (kept sorted by `sizeOf`, largest first) when it
 * is among the `limit` largest; an item no larger than the smallest of a full
 * list is left out, so equal sizes keep the order they arrived in. Returns the
 * item that fell off the end, if any.
 */
function keepLargest(list, item, limit, sizeOf) {
    const size = sizeOf(item);
    if (list.length === limit && size <= sizeOf(list[list.length - 1]))
        return item;
    const at = list.findIndex(other => sizeOf(other) < size);
    list.splice(at === -1 ? list.length : at, 0, item);
    return list.length > limit ? list.pop() : undefined;
}

;// CONCATENATED MODULE: ./src/core/final-filesystem.ts


const WASTED_LISTED = 20;
/**
 * An image's final filesystem, from its layers' sorted entry lists, bottom
 * layer first: `files()` yields its regular files in path order, reading each
 * list once and holding only the current path's entries, the open deleted
 * directories and the hard-linked files; `waste()` then tells what the layers
 * store that the final filesystem does not show.
 */
class MergedFilesystem {
    layers;
    waste_ = { wastedBytes: 0, wasted: [] };
    /** Open directories that hide lower layers' contents below a level: whiteouts, opaque markers, replacements. */
    hiding = [];
    inodes = new Map();
    done = false;
    constructor(layers) {
        this.layers = layers;
    }
    async *files() {
        for await (const group of groupByPath(this.layers)) {
            const file = this.resolve(group);
            if (file)
                yield file;
        }
        for (const inode of this.inodes.values()) {
            if (!inode.shown && inode.hidden)
                this.addWaste(inode.hidden);
        }
        this.done = true;
    }
    /** What the layers store that the final filesystem does not show; after `files()` ends. */
    waste() {
        if (!this.done)
            throw new Error('the merge has not finished');
        return this.waste_;
    }
    /** One path: the copy it shows (if any), and the copies it wastes. */
    resolve(group) {
        const path = group[0].entry[0];
        const hidden = this.levelAt(path);
        const own = Math.max(hidden, highestLayer(group, kind => kind === 'w'));
        const contents = group.filter(({ entry }) => isContent(entry[1]));
        const kept = [...contents].reverse().find(placed => placed.layer >= own);
        const below = Math.max(own, highestLayer(group, kind => kind === 'q' || (isContent(kind) && kind !== 'd')));
        if (below > hidden)
            this.hiding.push({ path, level: below });
        const reason = kept ? 'overwritten' : 'deleted';
        contents.forEach((placed, at) => {
            if (placed === kept)
                return;
            const over = contents[at + 1];
            const again = placed.layer >= own && over && sameBytes(placed, over);
            this.hide(placed, reason, again ? over.layer : undefined);
        });
        return kept ? this.show(kept, firstStored(contents, kept, own)) : null;
    }
    /** The level below which lower layers' entries at `path` are hidden by its ancestors. */
    levelAt(path) {
        while (this.hiding.length > 0) {
            const top = this.hiding[this.hiding.length - 1].path;
            if (path.startsWith(top) && path.charCodeAt(top.length) === SLASH)
                break;
            this.hiding.pop();
        }
        return this.hiding.reduce((level, dir) => Math.max(level, dir.level), 0);
    }
    hide({ layer, entry }, reason, storedAgainBy) {
        const [path, kind, bytes] = entry;
        const wasted = { path, bytes, reason, layer };
        if (storedAgainBy !== undefined)
            wasted.storedAgainBy = storedAgainBy;
        if (kind === 'f')
            this.addWaste(wasted);
        if (kind !== 'F' && kind !== 'l')
            return;
        const inode = this.inode(layer, entry);
        if (!inode.hidden || kind === 'F')
            inode.hidden = wasted;
    }
    show({ layer, entry }, storedIn) {
        const [path, kind, bytes] = entry;
        const where = storedIn === layer ? { layer } : { layer, storedIn };
        if (kind === 'f')
            return { path, bytes, ...where };
        if (kind !== 'F' && kind !== 'l')
            return null;
        const inode = this.inode(layer, entry);
        const first = !inode.shown;
        inode.shown = true;
        return { path, bytes: first ? bytes : 0, ...where };
    }
    inode(layer, [path, kind, bytes, detail]) {
        const id = `${layer}:${kind === 'l' ? detail : path}`;
        let inode = this.inodes.get(id);
        if (!inode)
            this.inodes.set(id, (inode = { bytes, shown: false }));
        return inode;
    }
    addWaste(file) {
        if (file.bytes === 0)
            return;
        this.waste_.wastedBytes += file.bytes;
        keepLargest(this.waste_.wasted, file, WASTED_LISTED, wasted => wasted.bytes);
    }
}
/** Two copies of a regular file with the same size and mtime: the same bytes, stored twice. */
function sameBytes(a, b) {
    const regular = (placed) => placed.entry[1] === 'f' || placed.entry[1] === 'F';
    const mtime = a.entry[3];
    return (regular(a) &&
        regular(b) &&
        typeof mtime === 'number' &&
        mtime === b.entry[3] &&
        a.entry[2] === b.entry[2]);
}
/** The lowest layer, down from the copy shown and above any deletion, whose copy has the same bytes. */
function firstStored(contents, kept, own) {
    let at = contents.indexOf(kept);
    while (at > 0 &&
        contents[at - 1].layer >= own &&
        sameBytes(contents[at - 1], contents[at]))
        at--;
    return contents[at].layer;
}
function isContent(kind) {
    return kind !== 'w' && kind !== 'q';
}
/** The highest layer holding an entry of a kind (0 when none does). */
function highestLayer(group, test) {
    return group.reduce((level, { layer, entry }) => (test(entry[1]) ? Math.max(level, layer) : level), 0);
}
/**
 * Merges sorted entry lists into groups of one path's entries, bottom layer
 * first; each list is read as the merge goes.
 */
async function* groupByPath(layers) {
    const readers = layers.map(list => list[Symbol.asyncIterator]());
    const heads = await Promise.all(readers.map(reader => reader.next()));
    while (true) {
        let path;
        for (const head of heads) {
            if (!head.done && (path === undefined || comparePaths(head.value[0], path) < 0))
                path = head.value[0];
        }
        if (path === undefined)
            return;
        const group = [];
        for (let layer = 0; layer < readers.length; layer++) {
            while (!heads[layer].done && heads[layer].value[0] === path) {
                group.push({ layer, entry: heads[layer].value });
                heads[layer] = await readers[layer].next();
            }
        }
        yield group;
    }
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __nccwpck_require__(481);
;// CONCATENATED MODULE: ./src/engine/ndjson-lists.ts





/**
 * A layer's entry list on disk: one JSON array per line, in path order, so a
 * merge reads it as a stream. Written whole under a temporary name, so a
 * reader never sees half of one; its sha256 goes into the cache entry.
 */
async function writeFileList(file, entries) {
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const out = (0,external_node_fs_namespaceObject.createWriteStream)(partial);
    let count = 0;
    try {
        for await (const entry of entries) {
            count++;
            const line = JSON.stringify(entry) + '\n';
            hash.update(line);
            if (!out.write(line))
                await (0,external_node_events_namespaceObject.once)(out, 'drain');
        }
        out.end();
        await (0,external_node_events_namespaceObject.once)(out, 'finish');
        await (0,promises_.rename)(partial, file);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    return { sha256: hash.digest('hex'), entries: count };
}
/** The sha256 of a file list, or null when it cannot be read. */
async function hashFileList(file) {
    try {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(file))
            hash.update(chunk);
        return hash.digest('hex');
    }
    catch {
        return null;
    }
}
/** A file list's entries, read line by line. */
async function* readFileList(file) {
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_namespaceObject.createReadStream)(file), crlfDelay: Infinity });
    for await (const line of lines) {
        if (line)
            yield JSON.parse(line);
    }
}

;// CONCATENATED MODULE: ./src/engine/entry-collector.ts







/**
 * Entries held in memory before a sorted run of them goes to disk: a layer of
 * any size is listed in about this many entries' memory (about 10 MB).
 */
const RUN_ENTRIES = 50_000;
/**
 * A layer's entries as its tar is read: kept in memory up to RUN_ENTRIES, then
 * sorted and written out in runs to a temporary folder. `finish` gives the
 * list, written as one file in path order by merging the runs as they stream.
 */
class EntryCollector {
    runEntries;
    chunk = [];
    runs = [];
    /** The paths hard links point to: few, so kept. */
    targets = new Set();
    dir;
    constructor(runEntries = RUN_ENTRIES) {
        this.runEntries = runEntries;
    }
    async add(entry) {
        this.chunk.push(entry);
        if (entry[1] === 'l' && typeof entry[3] === 'string')
            this.targets.add(entry[3]);
        if (this.chunk.length >= this.runEntries)
            await this.spill();
    }
    finish() {
        const chunk = sortEntries(this.chunk);
        this.chunk = [];
        return new CollectedEntries(chunk, [...this.runs], this.targets, () => this.removeRuns());
    }
    /** Removes the runs of a list that will not be kept (a refused upload). */
    async removeRuns() {
        if (!this.dir)
            return;
        const dir = await this.dir;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        leftovers/* leftovers */.To.remove({ kind: 'path', path: dir });
    }
    async spill() {
        const chunk = sortEntries(this.chunk);
        this.chunk = [];
        this.dir ??= (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'stage-size-entries-')).then(dir => {
            leftovers/* leftovers */.To.add({ kind: 'path', path: dir });
            return dir;
        });
        const file = external_node_path_default().join(await this.dir, `run-${this.runs.length}.ndjson`);
        await writeFileList(file, chunk);
        this.runs.push(file);
    }
}
class CollectedEntries {
    chunk;
    runs;
    targets;
    discard;
    constructor(chunk, runs, targets, discard) {
        this.chunk = chunk;
        this.runs = runs;
        this.targets = targets;
        this.discard = discard;
    }
    /** Writes the layer's list in path order: the runs and the last chunk merged, hard links resolved. */
    async write(file) {
        try {
            const links = new HardLinks(this.targets);
            if (this.targets.size > 0) {
                for await (const entry of this.merged())
                    links.observe(entry);
            }
            return await writeFileList(file, this.resolved(links));
        }
        finally {
            await this.discard();
        }
    }
    async *resolved(links) {
        for await (const entry of this.merged())
            yield links.resolve(entry);
    }
    /** Every entry in path order; entries of one path in the tar's order (runs are in tar order). */
    async *merged() {
        const lists = [...this.runs.map(run => readFileList(run)), fromArray(this.chunk)];
        for await (const group of groupByPath(lists)) {
            for (const { entry } of group)
                yield entry;
        }
    }
}
async function* fromArray(items) {
    yield* items;
}

;// CONCATENATED MODULE: ./src/engine/layer-tar.ts





const LARGEST_FILES_KEPT = 5;
/**
 * Reads an uncompressed layer tar to its end: sums its files, lists its
 * entries, and (unless `hashed` is false: the blob is this tar, and the caller
 * hashes the blob already) hashes it for its diff ID.
 */
async function measureLayerTar(tarStream, hashed = true) {
    const content = {
        fileBytes: 0,
        files: 0,
        largestFiles: [],
        diffId: '',
        tarBytes: 0
    };
    const hash = hashed ? (0,external_node_crypto_namespaceObject.createHash)('sha256') : null;
    tarStream.on('data', (chunk) => {
        hash?.update(chunk);
        content.tarBytes += chunk.length;
    });
    const entries = new EntryCollector();
    const extract = tar_stream.extract();
    const done = (async () => {
        for await (const entry of extract) {
            const listed = entryOf(entry.header);
            if (listed)
                await entries.add(listed);
            if (listed?.[1] === 'f')
                layer_tar_count(content, { path: listed[0], bytes: listed[2] });
            entry.resume();
        }
    })();
    tarStream.on('error', error => extract.destroy(error));
    tarStream.pipe(extract);
    await done;
    if (hash)
        content.diffId = `sha256:${hash.digest('hex')}`;
    return { content, entries: entries.finish() };
}
function layer_tar_count(content, file) {
    content.fileBytes += file.bytes;
    content.files++;
    keepLargest(content.largestFiles, file, LARGEST_FILES_KEPT, listed => listed.bytes);
}

;// CONCATENATED MODULE: ./src/engine/blob-measurer.ts




/** Non-layer blobs (configs, attestations) larger than this are counted, not kept. */
const MAX_KEPT_BLOB = 8 * 1024 * 1024;
const SNIFF_BYTES = 512;
const INFLATE_CHUNK = 1 << 20;
/**
 * Measures a blob whose kind is only known from its first bytes: gzip, zstd or
 * plain tar layers are read through; anything else (an image config) is kept.
 * The caller hashes the blob (to check its digest), so a plain tar layer's
 * diff ID, which is that digest, is left to `withDiffId` rather than hashed twice.
 */
async function measureBlob(input) {
    const chunks = input[Symbol.asyncIterator]();
    let head = Buffer.alloc(0);
    let ended = false;
    while (head.length < SNIFF_BYTES) {
        const next = await chunks.next();
        if (next.done) {
            ended = true;
            break;
        }
        head = Buffer.concat([head, next.value]);
    }
    const whole = external_node_stream_namespaceObject.Readable.from((async function* () {
        yield head;
        while (!ended) {
            const next = await chunks.next();
            if (next.done)
                return;
            yield next.value;
        }
    })(), { objectMode: false });
    const tarStream = layerTar(head, whole);
    if (tarStream) {
        const { content, entries } = await measureLayerTar(tarStream, tarStream !== whole);
        return { layer: content, entries };
    }
    const content = await readAll(whole, MAX_KEPT_BLOB);
    return content.length < MAX_KEPT_BLOB ? { content } : {};
}
/** A measured blob, its digest checked: a plain tar layer's diff ID is that digest. */
function withDiffId(measured, digest) {
    if (!measured.layer || measured.layer.diffId)
        return measured;
    return { ...measured, layer: { ...measured.layer, diffId: digest } };
}
/** The uncompressed tar stream of a layer blob, or null when the blob is not a layer. */
function layerTar(head, blob) {
    if (head.length < 4)
        return null;
    // Large output chunks: with zlib's 16 KiB default, handing chunks between
    // threads costs more than inflating them (about 2.7 times the CPU here).
    if (head[0] === 0x1f && head[1] === 0x8b)
        return inflated(blob, external_node_zlib_default().createGunzip({ chunkSize: INFLATE_CHUNK }));
    if (head.readUInt32LE(0) === 0xfd2fb528)
        return inflated(blob, zstdDecompressor());
    const isTar = head.length >= 512 && head.toString('latin1', 257, 262) === 'ustar';
    const isEmptyTar = head.length >= 512 && head.every(byte => byte === 0);
    return isTar || isEmptyTar ? blob : null;
}
/**
 * The blob through a decompressor. A blob cut off mid-way (the engine went
 * away during a push) errors the decompressor, which the tar reader listens
 * to: `pipe` would leave that error unheard, and the process would crash.
 */
function inflated(blob, decompressor) {
    (0,external_node_stream_namespaceObject.pipeline)(blob, decompressor, () => { });
    return decompressor;
}
function zstdDecompressor() {
    const create = (external_node_zlib_default()).createZstdDecompress;
    if (!create) {
        throw new UserError(`an image layer is zstd-compressed; reading it needs Node.js 22.15 or later (this is ${process.version})`);
    }
    return create({ chunkSize: INFLATE_CHUNK });
}
/** Reads a stream to its end, keeping at most `limit` bytes. */
async function readAll(stream, limit) {
    const kept = [];
    let length = 0;
    for await (const chunk of stream) {
        const buffer = chunk;
        if (length < limit)
            kept.push(buffer);
        length += buffer.length;
    }
    return Buffer.concat(kept);
}

;// CONCATENATED MODULE: ./src/engine/oci-layout.ts








const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/;
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/**
 * Reads an OCI image layout folder, as BuildKit's OCI exporter writes one
 * (`tar=false`), into the sink: each blob BuildKit sent is measured by the
 * same measurer a push feeds (its digest checked); an empty file is a blob
 * stage-size already knows, which BuildKit therefore did not send. The
 * layout's index.json is stored as `repository:tag`, every manifest by its
 * digest, so the image is described as a pushed one is. Returns the layers
 * measured here (each also by its diff ID).
 */
async function readOciFolder(dir, sink, repository, tag) {
    const kept = [];
    const measured = [];
    const blobs = external_node_path_default().join(dir, 'blobs', 'sha256');
    for (const name of await (0,promises_.readdir)(blobs).catch(() => [])) {
        const file = external_node_path_default().join(blobs, name);
        if (!/^[a-f0-9]{64}$/.test(name) || (await (0,promises_.stat)(file)).size === 0)
            continue;
        const blob = await measuredOnce(`sha256:${name}`, (0,external_node_fs_namespaceObject.createReadStream)(file), sink);
        const layer = blob.stored.layer;
        if (blob.fresh && layer)
            measured.push(blob.stored.digest, layer.diffId);
        if (blob.stored.content)
            kept.push(blob.stored);
    }
    const index = await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'));
    sink.addManifest(repository, tag, INDEX_MEDIA_TYPE, index);
    for (const blob of kept)
        registerManifest(blob, sink, repository);
    // The layers BuildKit did not send (known) are looked up, so the image can be described.
    for (const digest of kept.flatMap(layersOf))
        await sink.skipped(digest);
    return measured;
}
/** The layer digests a manifest lists (none for a config or an index). */
function layersOf(blob) {
    try {
        const document = JSON.parse(blob.content.toString('utf8'));
        return (document.layers ?? []).flatMap(layer => (layer.digest ? [layer.digest] : []));
    }
    catch {
        return [];
    }
}
/**
 * Reads a `docker save` stream of several images (an OCI layout tar: layers
 * uncompressed, named by their diff IDs) into the sink; `tagOf` names each of
 * the index's images by the stage it is. Known blobs stream past unread.
 */
async function readSavedImages(stream, sink, repository, tagOf) {
    const extract = tar_stream.extract();
    const kept = [];
    let index;
    const reading = (async () => {
        for await (const entry of extract) {
            const name = entry.header.name.replace(/^\.\//, '');
            const blob = name.match(BLOB_PATH);
            if (name === 'index.json')
                index = await oci_layout_readAll(entry);
            else if (blob) {
                const { stored } = await measuredOnce(`sha256:${blob[1]}`, entry, sink);
                if (stored.content)
                    kept.push(stored);
            }
            else
                entry.resume();
        }
    })();
    await Promise.all([(0,external_node_stream_promises_namespaceObject.pipeline)(stream, extract), reading]);
    if (!index)
        throw new Error('the saved images hold no index.json');
    for (const blob of kept)
        registerManifest(blob, sink, repository);
    for (const image of savedImages(index)) {
        const tag = tagOf(image.name);
        const manifest = tag && kept.find(blob => blob.digest === image.digest);
        if (manifest)
            sink.addManifest(repository, tag, image.mediaType, manifest.content);
    }
}
/** The images a saved layout's index.json names, by the name each was saved as. */
function savedImages(index) {
    const document = JSON.parse(index.toString('utf8'));
    return (document.manifests ?? []).flatMap(entry => {
        const name = entry.annotations?.['io.containerd.image.name'];
        return name ? [{ name, digest: entry.digest, mediaType: entry.mediaType }] : [];
    });
}
/** A blob measured before (this run or an earlier one) is not read again. */
async function measuredOnce(digest, content, sink) {
    const known = await sink.known(digest);
    if (known) {
        content.resume();
        return { stored: known, fresh: false };
    }
    const stored = await measureEntry(content, digest);
    await sink.addBlob(stored);
    return { stored, fresh: true };
}
/** Measures one blob as it streams, checking it is what its name says. */
async function measureEntry(entry, digest) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const input = new external_node_stream_namespaceObject.PassThrough({ highWaterMark: 1 << 20 });
    let size = 0;
    const measured = measureBlob(input);
    for await (const chunk of entry) {
        const buffer = chunk;
        size += buffer.length;
        hash.update(buffer);
        if (!input.write(buffer))
            await new Promise(resolve => input.once('drain', resolve));
    }
    input.end();
    const result = await measured;
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== digest) {
        await result.entries?.discard();
        throw new Error(`the layout's blob ${digest} holds ${actual}`);
    }
    return { digest, size, ...withDiffId(result, digest) };
}
/** A kept blob that is an image manifest or index is stored as a manifest too. */
function registerManifest(blob, sink, repository) {
    try {
        const document = JSON.parse(blob.content.toString('utf8'));
        if (!document.layers && !document.manifests)
            return;
        sink.addManifest(repository, blob.digest, document.mediaType ?? '', blob.content);
    }
    catch {
        // A config or another blob that is not JSON: not a manifest.
    }
}
async function oci_layout_readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/engine/oci-exports.ts




/**
 * Has `build` export `images` into OCI layout folders, each read into the
 * registry as its export ends: BuildKit sends each image through the client
 * session, skipping every layer stage-size already knows.
 */
async function exportLayouts(images, registry, repository, build) {
    await withTempDir('stage-size-oci-', async (root) => {
        const exports = new OciExports(root, registry, repository);
        const placed = await exports.prepare(images, await registry.knownLayers());
        exports.watch();
        try {
            await build(placed);
        }
        catch (error) {
            await exports.abandon();
            throw error;
        }
        await exports.finish();
    });
}
/** How often the folders are looked at for an export that finished. */
const POLL_MS = 200;
/**
 * The OCI delivery's folders, one per stage (concurrent exports into one
 * folder collide). Before the build, each holds an empty file for every layer
 * stage-size has measured: BuildKit sends no blob whose file exists, so a warm
 * run sends only what is new. A stage's folder is read as soon as its export
 * ends (its index.json appears), each new blob measured once, then it is
 * removed; what it brought becomes placeholders in the folders still waiting.
 */
class OciExports {
    root;
    sink;
    repository;
    waiting = new Map();
    reading = Promise.resolve();
    timer;
    /** Layers each folder already holds a placeholder for. */
    placed = new Map();
    constructor(root, sink, repository) {
        this.root = root;
        this.sink = sink;
        this.repository = repository;
    }
    /** Gives each image its folder, with a placeholder for each known layer. */
    async prepare(images, knownLayers) {
        return Promise.all(images.map(async (image, index) => {
            const dir = external_node_path_default().join(this.root, `${index}-${image.stage.stage.name}`);
            await (0,promises_.mkdir)(external_node_path_default().join(dir, 'blobs', 'sha256'), { recursive: true });
            this.placed.set(dir, new Set());
            await this.place(dir, knownLayers);
            this.waiting.set(image, dir);
            return { ...image, ociDir: dir };
        }));
    }
    /** Reads each folder whose export has ended, while the build goes on. */
    watch() {
        // A failed read is kept in `reading`, for `finish` to throw.
        this.timer = setInterval(() => void this.readFinished().catch(() => { }), POLL_MS);
    }
    /** After a failed build: stops watching, and lets a read under way end (the build's error is the one to tell). */
    async abandon() {
        clearInterval(this.timer);
        await this.reading.catch(() => { });
    }
    /** After the build: stops watching and reads every folder not read yet. */
    async finish() {
        clearInterval(this.timer);
        await this.readFinished();
        if (this.waiting.size > 0) {
            const names = [...this.waiting.keys()].map(image => image.stage.stage.name);
            throw new Error(`the OCI export wrote no index.json for ${names.join(', ')}`);
        }
    }
    readFinished() {
        this.reading = this.reading.then(async () => {
            for (const [image, dir] of [...this.waiting]) {
                if (!(await exists(external_node_path_default().join(dir, 'index.json'))))
                    continue;
                this.waiting.delete(image);
                const measured = await readOciFolder(dir, this.sink, this.repository, image.stage.stage.name);
                await (0,promises_.rm)(dir, { recursive: true, force: true });
                for (const other of this.waiting.values())
                    await this.place(other, measured);
            }
        });
        return this.reading;
    }
    async place(dir, digests) {
        const placed = this.placed.get(dir);
        const blobs = external_node_path_default().join(dir, 'blobs', 'sha256');
        for (const digest of digests) {
            if (placed.has(digest) || !digest.startsWith('sha256:'))
                continue;
            placed.add(digest);
            // `wx`: a blob BuildKit wrote meanwhile stays as it is.
            await (0,promises_.writeFile)(external_node_path_default().join(blobs, digest.slice(7)), '', { flag: 'wx' }).catch(() => { });
        }
    }
}
async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/engine/delivery.ts





/** The repositories the engine and the builder are told to reach, to tell whether they can. */
const ENGINE_PROBE = 'stage-size-probe';
const BUILDER_PROBE = 'stage-size-probe-builder';
const BRIDGE_PROBE = 'stage-size-probe-bridge';
/**
 * How long a builder's probe push may take: a refused connection fails at once,
 * but a gateway a firewall drops (ufw's default on a self-hosted runner) would
 * hold the push for minutes; past this, the builder takes the session path.
 */
const PROBE_TIMEOUT_MS = 20_000;
/**
 * How images reach the measurer, decided from what the engine and builder
 * say. An engine on this machine's network, with the docker driver: on the
 * containerd store BuildKit pushes them itself as it exports them (no
 * unpacking, nothing to remove); on the classic store, or with images to
 * keep, they are loaded and the engine pushes them. A builder of another
 * driver pushes them itself when it reaches this machine's network (or, a
 * docker-container builder on a Docker bridge, the bridge's gateway). An engine
 * elsewhere, or a builder that cannot push here: BuildKit sends them through
 * the build session into OCI layout folders.
 */
class Deliveries {
    engine;
    registry;
    keepImages;
    log;
    builder;
    reaches;
    builderReaches;
    bridged;
    chosen;
    constructor(engine, registry, keepImages, log) {
        this.engine = engine;
        this.registry = registry;
        this.keepImages = keepImages;
        this.log = log;
    }
    async choose(settings) {
        this.chosen = await this.chooseFor(settings);
        return this.chosen;
    }
    /** How this run's images reached the measurer, for the report. */
    get name() {
        if (!this.chosen)
            return null;
        return this.chosen === 'oci' ? 'oci' : `registry-${this.chosen}`;
    }
    /**
     * Where a builder that pushes sends its images: the measuring registry on
     * 127.0.0.1, or, for a docker-container builder on a Docker bridge, the
     * registry's listener on that bridge's gateway.
     */
    async pushHost() {
        if (await this.builderReaches)
            return this.registry.host;
        return (await this.bridged) ?? this.registry.host;
    }
    /** The buildx builder the stages build on, as buildx describes it; null without buildx. */
    async builderOf(settings) {
        if (!this.engine.buildx)
            return null;
        this.builder ??= await builderInfo(settings.builder);
        return this.builder;
    }
    async chooseFor(settings) {
        if (!(await this.engineReachesRegistry()))
            return this.remoteDelivery();
        if (!this.engine.buildx)
            return 'load';
        const { driver, nodes } = (await this.builderOf(settings));
        // A builder of another driver (docker-container, remote, kubernetes, cloud)
        // pushes itself when it shares this machine's network; else its images
        // come through the session.
        if (driver && driver !== 'docker') {
            this.builderReaches ??= this.probePush(settings.builder, this.registry.host, BUILDER_PROBE);
            // Both probes at once: a builder on a bridge fails the first and takes the second.
            if (driver === 'docker-container' && nodes.length === 1)
                this.bridged ??= this.bridgeHost(nodes[0].name, settings.builder);
            const [direct, bridged] = await Promise.all([this.builderReaches, this.bridged]);
            if (direct || bridged)
                return 'push';
            return this.sessionDelivery(nodes.length, settings.builder);
        }
        return this.keepImages || this.engine.imageStore !== 'containerd' ? 'load' : 'push';
    }
    /**
     * Whether the engine shares this machine's network, asked of the engine
     * itself: it is told to pull from the measuring registry, which notes any
     * contact. A remote engine (Docker Desktop's VM, ssh://, tcp://, another
     * network namespace) never arrives.
     */
    async engineReachesRegistry() {
        this.reaches ??= Docker.run([
            'pull',
            '--quiet',
            `${this.registry.host}/${ENGINE_PROBE}:reach`
        ]).then(() => this.registry.reachedFor(ENGINE_PROBE));
        return this.reaches;
    }
    /**
     * Whether the builder can push to the measuring registry at `host`, asked
     * of the builder itself: it builds an image of no layers and pushes it as
     * `probe`. At 127.0.0.1, a `remote` buildkitd on this machine, or a
     * docker-container builder made with network=host, arrives; one on Docker's
     * default bridge finds its own 127.0.0.1 (connection refused) and does not.
     */
    async probePush(builder, host, probe) {
        await withTempDir('stage-size-probe-', async (dir) => {
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'Dockerfile'), 'FROM scratch\nLABEL stage-size=probe\n');
            const result = await Docker.run([
                'buildx',
                ...(builder ? ['--builder', builder] : []),
                'build',
                '--progress=quiet',
                '--output',
                `type=image,name=${host}/${probe}:reach,push=true,registry.insecure=true`,
                dir
            ], { timeoutMs: PROBE_TIMEOUT_MS });
            // Said, as the slower session path follows: a firewall may be the cause.
            if (result.timedOut)
                this.log.info(`The builder's push to ${host} did not finish in ${PROBE_TIMEOUT_MS / 1000} s (a firewall dropping it?); it was stopped.`);
        });
        return this.registry.reachedFor(probe);
    }
    /**
     * A docker-container builder on a Docker bridge (docker/setup-buildx-action's
     * default) finds its own 127.0.0.1, but reaches this machine at the bridge's
     * gateway: the registry listens there too, for that container only, and the
     * builder is asked to push to it. Null when it cannot (no bridge, an engine
     * elsewhere, a firewall).
     */
    async bridgeHost(node, builder) {
        // buildx names a docker-container node's container buildx_buildkit_<node>.
        const inspected = await Docker.run([
            'container',
            'inspect',
            '--format',
            '{{range .NetworkSettings.Networks}}{{.Gateway}} {{.IPAddress}}{{println}}{{end}}',
            `buildx_buildkit_${node}`
        ]);
        const [gateway, address] = inspected.stdout
            .split('\n')
            .map(line => line.trim().split(' '))
            .find(([gw, ip]) => gw && ip) ?? [];
        if (inspected.exitCode !== 0 || !gateway || !address)
            return null;
        const host = await this.registry.listenOn(gateway, address).catch(() => null);
        if (!host)
            return null;
        return (await this.probePush(builder, host, BRIDGE_PROBE)) ? host : null;
    }
    /** Images through the session: buildx refuses OCI archives from a builder of several nodes. */
    sessionDelivery(nodes, builder) {
        const name = builder ?? '(the current one)';
        if (nodes <= 1) {
            this.log.info(`The buildx builder ${name} cannot push to stage-size's measuring registry; its images come through the build session, which takes longer.`);
            return 'oci';
        }
        throw new UserError(`the buildx builder ${name} has ${nodes} nodes, and buildx exports nothing stage-size can read from a multi-node builder (OCI archives need one node); give stage-size a single-node builder (builder input), or the default docker builder`);
    }
    /** An engine elsewhere sends images through the client session, which needs the containerd store. */
    remoteDelivery() {
        if (this.engine.imageStore === 'containerd' && this.engine.buildx)
            return 'oci';
        throw new UserError(`the Docker engine (${Docker.where}) runs elsewhere and cannot reach stage-size's measuring registry on this machine, and its classic image store cannot send images through the build session: turn on that engine's containerd image store ("features": {"containerd-snapshotter": true}), or run stage-size on the engine's machine`);
    }
}

;// CONCATENATED MODULE: ./src/engine/known-images.ts
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const CONFIG = 'application/vnd.oci.image.config.v1+json';
const LAYER = 'application/vnd.oci.image.layer.v1.tar';
/**
 * Describes an image without reading it, when its config and every layer
 * were measured before (an earlier run's save or push): the manifest a save
 * would have given, its layers uncompressed and named by their diff IDs.
 * False when anything is unknown, and the image must be read.
 */
async function describeKnownImage(registry, repository, tag, image) {
    const config = await registry.known(image.id);
    if (!config?.content)
        return false;
    const layers = [];
    for (const diffId of image.diffIds) {
        const layer = await registry.skipped(diffId);
        if (!layer?.layer)
            return false;
        layers.push({ mediaType: LAYER, digest: diffId, size: layer.layer.tarBytes });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: MANIFEST,
        config: { mediaType: CONFIG, digest: image.id, size: config.size },
        layers
    };
    registry.addManifest(repository, tag, MANIFEST, Buffer.from(JSON.stringify(manifest)));
    return true;
}

;// CONCATENATED MODULE: ./src/engine/push-queue.ts
/** How many pushes run at once: the engine compresses, we read; two keep both cores busy. */
const CONCURRENT_PUSHES = 2;
/**
 * Pushes images to the measuring registry as they become ready, each once,
 * two at a time, but never two that share a layer not yet measured: until a
 * push has sent a layer, the registry cannot tell the engine it has it, so two
 * pushes sharing it would both send (and compress) it.
 */
class PushQueue {
    push;
    added = new Set();
    waiting = [];
    running = [];
    /** Chain prefixes (joined) whose layers are measured. */
    measured = new Set(['scratch']);
    failure = null;
    idle = [];
    constructor(push) {
        this.push = push;
    }
    add(tag, chain) {
        if (this.added.has(tag) || this.failure)
            return;
        this.added.add(tag);
        this.waiting.push({ tag, chain });
        this.pump();
    }
    /** Resolves when every push added so far is done; rejects with the first failure. */
    async finished() {
        if (this.waiting.length > 0 || this.running.length > 0) {
            await new Promise(resolve => this.idle.push(resolve));
        }
        if (this.failure)
            throw this.failure;
    }
    /** Waits for the pushes under way, whatever their outcome. */
    async settled() {
        await this.finished().catch(() => undefined);
    }
    pump() {
        while (this.running.length < CONCURRENT_PUSHES && !this.failure) {
            const next = this.waiting.findIndex(candidate => this.running.every(other => this.isMeasured(commonPrefix(candidate.chain, other.chain))));
            if (next === -1)
                break;
            const [push] = this.waiting.splice(next, 1);
            this.running.push(push);
            this.push(push.tag).then(() => this.done(push), error => {
                this.failure ??= error;
                this.waiting.length = 0;
                this.done(push);
            });
        }
        if (this.running.length === 0 && (this.waiting.length === 0 || this.failure)) {
            this.idle.splice(0).forEach(resolve => resolve());
        }
    }
    done(push) {
        this.running.splice(this.running.indexOf(push), 1);
        if (!this.failure) {
            for (let length = 1; length <= push.chain.length; length++) {
                this.measured.add(push.chain.slice(0, length).join('\n'));
            }
        }
        this.pump();
    }
    isMeasured(prefix) {
        return prefix.length === 0 || this.measured.has(prefix.join('\n'));
    }
}
function commonPrefix(a, b) {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length])
        length++;
    return a.slice(0, length);
}

;// CONCATENATED MODULE: ./src/engine/loaded-images.ts






/**
 * Images the build loaded into the engine's store, sent to the measurer by
 * the engine: pushed when their compressed size is wanted (the engine
 * compresses as it pushes), else saved, which streams layers uncompressed.
 */
class LoadedImages {
    registry;
    /** One queue for every checkout, so that a layer they share is sent once. */
    pushes = new PushQueue(tag => this.pushNow(tag));
    /** Where each tag's push reports, by tag. */
    logs = new Map();
    constructor(registry) {
        this.registry = registry;
    }
    /** Pushes an image once it can go: `chain` is its FROM chain (see PushQueue). */
    push(tag, chain, log) {
        this.logs.set(tag, log);
        this.pushes.add(tag, chain ?? [tag]);
    }
    /** Resolves when every push so far is done; rejects with the first failure. */
    pushed() {
        return this.pushes.finished();
    }
    /** Resolves when no push runs, failed or not. */
    settled() {
        return this.pushes.settled();
    }
    /**
     * Images whose compressed size nobody wants, read without a compression:
     * the engine's image export. An image whose config and layers were all
     * measured before is described from them instead, as the export streams
     * every layer, known or not.
     */
    async save(tags, repository, log) {
        const stageOf = new Map(tags.map(tag => [tag, tag.slice(tag.lastIndexOf(':') + 1)]));
        const unknown = [];
        for (const [tag, image] of await storedImages(tags)) {
            const stage = stageOf.get(tag);
            if (image && (await describeKnownImage(this.registry, repository, stage, image)))
                log.detail(`${tag}: every layer measured before, not read again`);
            else
                unknown.push(tag);
        }
        if (unknown.length === 0)
            return;
        await Docker.stream(['save', ...unknown], stream => readSavedImages(stream, this.registry, repository, name => stageOf.get(name) ?? null));
    }
    /** Has the engine push one image to the measuring registry, which measures as it receives. */
    async pushNow(tag) {
        const log = this.logs.get(tag);
        log?.detail(`measuring ${tag}`);
        const result = await Docker.run(['push', '--quiet', tag]);
        if (result.exitCode !== 0) {
            throw new UserError(`measuring failed: the Docker engine could not push to stage-size's measuring endpoint at ${this.registry.host} (${(0,system_process/* lastLines */.w$)(result.stderr, 1)})`, result.stderr);
        }
        log?.detail(`measured ${tag}`);
    }
}
/** Each tag's config digest and diff IDs, in one `docker image inspect`; null for one it cannot read. */
async function storedImages(tags) {
    const images = new Map(tags.map(tag => [tag, null]));
    if (tags.length === 0)
        return images;
    const result = await Docker.run([
        'image',
        'inspect',
        '--format',
        '{{json .Id}} {{json .RootFS.Layers}}',
        ...tags
    ]);
    // In the order asked; a failed inspect leaves every image to be read.
    const lines = result.exitCode === 0 ? result.stdout.trim().split('\n') : [];
    lines.forEach((line, at) => {
        const [id, layers] = line.split(' ', 2).map(part => JSON.parse(part));
        if (typeof id === 'string' && Array.isArray(layers))
            images.set(tags[at], { id, diffIds: layers });
    });
    return images;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/http-listener.ts

/** An HTTP server listening on a free port of `address`, and that port. */
async function listening(address) {
    const server = external_node_http_default().createServer();
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, address, resolve);
    });
    return { server, port: server.address().port };
}
/** Closes a server now: open connections (a push half sent) are cut. */
function closeNow(server) {
    server.closeAllConnections();
    return new Promise(resolve => server.close(() => resolve()));
}

;// CONCATENATED MODULE: ./src/engine/blob-cache.ts






/**
 * The entry format; entries of any other are measured again and replaced
 * (3: layers have file lists; 4: and their diff ID, under which they are kept too).
 */
const FORMAT = 5;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * What earlier runs measured, by blob digest. A digest names its bytes, so an
 * entry is true on every engine: a layer measured once is not read again, and
 * the engine, asked whether the registry has it, sends nothing. One small file
 * per blob, written whole, so concurrent runs cannot corrupt it. An entry is
 * believed only when it is of this format and its checksum matches (a kept
 * blob's content must also match its digest); any other is treated as absent,
 * so the blob is measured again and the entry replaced.
 */
class BlobCache {
    root;
    blobs;
    lists;
    /** Why the cache could not keep what was measured (a full disk, say), once, for the log. */
    problem = null;
    /** Entries in `root`/blobs, layers' file lists in `root`/files. */
    constructor(root) {
        this.root = root;
        this.blobs = external_node_path_default().join(root, 'blobs');
        this.lists = external_node_path_default().join(root, 'files');
    }
    /** In STAGE_SIZE_CACHE_DIR, else $XDG_CACHE_HOME/stage-size, else ~/.cache/stage-size. */
    static inDefaultPlace() {
        const base = process.env.XDG_CACHE_HOME || external_node_path_default().join((0,external_node_os_namespaceObject.homedir)(), '.cache');
        return new BlobCache(process.env.STAGE_SIZE_CACHE_DIR || external_node_path_default().join(base, 'stage-size'));
    }
    /** A trusted entry: of this format, its checksum right, its file list (if any) intact. */
    async get(digest) {
        const blob = await this.entry(digest);
        const list = blob?.layer?.fileList;
        if (list && (await hashFileList(this.listFile(digest))) !== list.sha256)
            return undefined;
        return blob;
    }
    /**
     * A trusted entry's sizes, its file list dropped when that is damaged: for
     * a layer the engine did not send because the cache said it had it.
     */
    async sizes(digest) {
        const blob = await this.get(digest);
        if (blob)
            return blob;
        const entry = await this.entry(digest);
        if (!entry?.layer)
            return entry;
        const layer = { ...entry.layer };
        delete layer.fileList;
        return { ...entry, layer };
    }
    /** The entry of this format whose checksum is right, without looking at its file list. */
    async entry(digest) {
        if (!DIGEST.test(digest))
            return undefined;
        try {
            const entry = JSON.parse(await (0,promises_.readFile)(this.entryFile(digest), 'utf8'));
            return trustworthy(entry, digest) ? blobOf(entry) : undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * Keeps a measured blob, a layer's entries as its file list; returns the
     * blob as kept (its entries replaced by the list). A blob that was neither
     * measured nor kept is not worth keeping.
     */
    async put({ entries, ...blob }) {
        if (!DIGEST.test(blob.digest) || (!blob.layer && !blob.content)) {
            await entries?.discard();
            return blob;
        }
        try {
            await (0,promises_.mkdir)(this.blobs, { recursive: true });
            const kept = await this.withFileList(blob, entries);
            await writeWhole(this.entryFile(blob.digest), JSON.stringify(blob_cache_entryOf(kept)));
            await this.keepUncompressed(kept);
            return kept;
        }
        catch (error) {
            // A cache that cannot be written only costs speed (and the file changes).
            this.problem ??= `the cache folder ${this.root} could not keep what this run measured (${messageOf(error)}); the next run measures those layers again (free space there, or point STAGE_SIZE_CACHE_DIR elsewhere)`;
            await entries?.discard();
            return blob;
        }
    }
    /**
     * A compressed layer is kept under its diff ID too: the same layer exported
     * uncompressed (a stage whose compressed size nobody pulls) is that blob.
     */
    async keepUncompressed(blob) {
        const alias = uncompressedTwin(blob);
        if (!alias)
            return;
        if (blob.layer?.fileList) {
            await (0,promises_.rm)(this.listFile(alias.digest), { force: true });
            await (0,promises_.link)(this.listFile(blob.digest), this.listFile(alias.digest));
        }
        await writeWhole(this.entryFile(alias.digest), JSON.stringify(blob_cache_entryOf(alias)));
    }
    /** A layer's file list, when the cache keeps one (read it after `get` trusted the entry). */
    fileList(blob) {
        return blob.layer?.fileList ? readFileList(this.listFile(blob.digest)) : null;
    }
    /**
     * The file list of a layer this machine never read, as a stored baseline's
     * artifact brought it (see `importList`); null when there is none.
     */
    async importedList(digest) {
        if (!DIGEST.test(digest))
            return null;
        const file = this.listFile(digest);
        return (await blob_cache_exists(file)) ? readFileList(file) : null;
    }
    /** Every layer the cache has a trusted entry for (by either digest). */
    async layerDigests() {
        const names = await (0,promises_.readdir)(this.blobs).catch(() => []);
        const digests = names.flatMap(name => {
            const hex = name.match(/^sha256-([a-f0-9]{64})\.json$/)?.[1];
            return hex ? [`sha256:${hex}`] : [];
        });
        const entries = await Promise.all(digests.map(digest => this.entry(digest)));
        return digests.filter((_, at) => entries[at]?.layer);
    }
    /** The files of those layers' lists that the cache holds, to store with a report. */
    async storedLists(digests) {
        const files = [...new Set(digests)]
            .filter(d => DIGEST.test(d))
            .map(d => this.listFile(d));
        const present = await Promise.all(files.map(blob_cache_exists));
        return files.filter((_, at) => present[at]);
    }
    /** Keeps a layer's list that a stored report brought, unless the cache has one. */
    async importList(digest, file) {
        if (!DIGEST.test(digest) || (await blob_cache_exists(this.listFile(digest))))
            return;
        try {
            await (0,promises_.mkdir)(this.lists, { recursive: true });
            await writeWhole(this.listFile(digest), await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (error) {
            // Without the list, that layer's files are only not compared.
            this.problem ??= `the cache folder ${this.root} could not keep a stored report's file lists (${messageOf(error)}); free space there, or point STAGE_SIZE_CACHE_DIR elsewhere`;
        }
    }
    async withFileList(blob, entries) {
        if (!blob.layer || !entries)
            return blob;
        await (0,promises_.mkdir)(this.lists, { recursive: true });
        const fileList = await entries.write(this.listFile(blob.digest));
        return { ...blob, layer: { ...blob.layer, fileList } };
    }
    entryFile(digest) {
        return external_node_path_default().join(this.blobs, `${digest.replace(':', '-')}.json`);
    }
    listFile(digest) {
        return external_node_path_default().join(this.lists, `${digest.replace(':', '-')}.ndjson`);
    }
}
async function blob_cache_exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Written under a temporary name, then renamed: a full disk leaves no half entry behind. */
async function writeWhole(file, text) {
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    try {
        await (0,promises_.writeFile)(partial, text);
        await (0,promises_.rename)(partial, file);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
function blob_cache_entryOf(blob) {
    const fields = {
        format: FORMAT,
        digest: blob.digest,
        size: blob.size,
        ...(blob.layer ? { layer: blob.layer } : {}),
        ...(blob.content ? { content: blob.content.toString('base64') } : {})
    };
    return { ...fields, checksum: checksumOf(fields) };
}
function trustworthy(entry, digest) {
    if (entry?.format !== FORMAT || entry.digest !== digest)
        return false;
    const { checksum, ...fields } = entry;
    if (checksum !== checksumOf(fields) || typeof entry.size !== 'number')
        return false;
    return (entry.content === undefined || sha256(Buffer.from(entry.content, 'base64')) === digest);
}
function blobOf(entry) {
    return {
        digest: entry.digest,
        size: entry.size,
        ...(entry.layer ? { layer: entry.layer } : {}),
        ...(entry.content !== undefined
            ? { content: Buffer.from(entry.content, 'base64') }
            : {})
    };
}
function checksumOf(fields) {
    return sha256(Buffer.from(JSON.stringify(fields)));
}
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** A compressed layer's uncompressed twin: the blob of its diff ID, the same content; null for an uncompressed one. */
function uncompressedTwin(blob) {
    const layer = blob.layer;
    if (!layer || layer.diffId === blob.digest || !DIGEST.test(layer.diffId))
        return null;
    return { digest: layer.diffId, size: layer.tarBytes, layer };
}

;// CONCATENATED MODULE: ./src/engine/known-blobs.ts

/** How long a question about a blob being sent waits for it. */
const ANNOUNCED_WAIT_MS = 120_000;
/**
 * The blobs measured in this run or an earlier one (the cache), and those a
 * client is sending right now. Asked about a blob being sent, it waits for it,
 * so that two concurrent pushes of images sharing a layer (BuildKit pushes
 * its targets side by side) send it, and it is read, once.
 */
class KnownBlobs {
    cache;
    blobs = new Map();
    /** Blobs a client was told are missing, so is sending: other askers wait for them. */
    announced = new Map();
    /** Blobs received in full, and of them layers: each is read once per run. */
    received = 0;
    layers = 0;
    layerBytes = 0;
    /** A seeded twin's file list is the one the report brought under its compressed digest. */
    listedAs = new Map();
    constructor(cache) {
        this.cache = cache;
    }
    /** A blob measured in this run only (what a push of this run delivered). */
    measured(digest) {
        return this.blobs.get(digest);
    }
    /** A blob measured in this run or an earlier one. */
    async known(digest) {
        const measured = this.blobs.get(digest);
        if (measured || !this.cache)
            return measured;
        const cached = await this.cache.get(digest);
        if (cached)
            this.blobs.set(digest, cached);
        return cached;
    }
    /**
     * A layer the engine did not send because it was said to be known: as
     * `known`, but a cached one whose file list is damaged keeps its sizes.
     */
    async skipped(digest) {
        const known = await this.known(digest);
        if (known || !this.cache)
            return known;
        const sizes = await this.cache.sizes(digest);
        if (sizes)
            this.blobs.set(digest, sizes);
        return sizes;
    }
    /**
     * Layers measured elsewhere (a stored report's), known for this run only:
     * neither sent nor read again, and never written to the cache, which keeps
     * only what this machine read.
     */
    seed(blobs) {
        for (const blob of blobs) {
            if (this.blobs.has(blob.digest))
                continue;
            this.blobs.set(blob.digest, blob);
            const twin = uncompressedTwin(blob);
            if (twin && !this.blobs.has(twin.digest)) {
                this.blobs.set(twin.digest, twin);
                this.listedAs.set(twin.digest, blob.digest);
            }
        }
    }
    /**
     * A known blob; or, when another client was just told it is missing (and is
     * sending it), the same answer once that upload ends; or undefined, and the
     * asker is taken to be sending it from now on.
     */
    async knownOrAwaited(digest) {
        const known = await this.known(digest);
        if (known)
            return known;
        const sending = this.announced.get(digest);
        if (sending) {
            await sending.arrived;
            return this.known(digest);
        }
        let arrive = () => { };
        const arrived = new Promise(resolve => (arrive = resolve));
        // The client may send the blob under another digest, or not at all: do not wait for ever.
        const timer = setTimeout(() => this.settle(digest), ANNOUNCED_WAIT_MS).unref();
        this.announced.set(digest, { arrived, arrive, timer });
        return undefined;
    }
    /** Keeps a blob received in full, in the cache (a layer's entries as its file list) and here. */
    async add({ entries, ...blob }) {
        this.received++;
        if (blob.layer) {
            this.layers++;
            this.layerBytes += blob.size;
        }
        if (!this.cache)
            await entries?.discard();
        const kept = this.cache ? await this.cache.put({ ...blob, entries }) : blob;
        this.blobs.set(blob.digest, kept);
        const twin = uncompressedTwin(kept);
        if (twin)
            this.blobs.set(twin.digest, twin);
    }
    /** Every layer known: measured in this run, brought by a stored report, or in the cache. */
    async layerDigests() {
        const here = [...this.blobs.values()]
            .filter(blob => blob.layer)
            .map(blob => blob.digest);
        return [...new Set([...here, ...((await this.cache?.layerDigests()) ?? [])])];
    }
    /** A known layer's file list, when the cache keeps one. */
    fileList(blob) {
        return this.cache?.fileList(blob) ?? null;
    }
    /** The list of a layer measured elsewhere, brought by a stored report. */
    async importedList(digest) {
        return (await this.cache?.importedList(this.listedAs.get(digest) ?? digest)) ?? null;
    }
    /** An upload of `digest` ended, kept or refused: whoever waits for it asks again. */
    settle(digest) {
        const sending = this.announced.get(digest);
        if (!sending)
            return;
        clearTimeout(sending.timer);
        this.announced.delete(digest);
        sending.arrive();
    }
    settleAll() {
        for (const digest of [...this.announced.keys()])
            this.settle(digest);
    }
    get receivedCount() {
        return this.received;
    }
    get layersRead() {
        return this.layers;
    }
    /** The bytes of the layers read, as they arrived. */
    get layerBytesRead() {
        return this.layerBytes;
    }
}

;// CONCATENATED MODULE: ./src/engine/upload.ts



/**
 * One blob being pushed: its bytes stream into the layer measurer as they
 * arrive (nothing is stored), counted and hashed, so that the digest the
 * client completes it with can be checked.
 */
class Upload {
    input = new external_node_stream_namespaceObject.PassThrough({ highWaterMark: 1 << 20 });
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    measured;
    received = 0;
    constructor() {
        this.measured = measureBlob(this.input);
        this.measured.catch(() => undefined); // reported when the upload completes
    }
    /** Feeds one request's body in, keeping the upload open. */
    async receive(request) {
        for await (const chunk of request) {
            const buffer = chunk;
            this.received += buffer.length;
            this.hash.update(buffer);
            if (!this.input.write(buffer)) {
                await new Promise(resolve => this.input.once('drain', resolve));
            }
        }
    }
    /** Ends the upload: the blob as measured, or why it is refused. */
    async finish(digest) {
        this.input.end();
        const received = `sha256:${this.hash.digest('hex')}`;
        if (received !== digest) {
            // As a registry does: bytes that are not what the digest names are never stored.
            await this.measured.then(measured => measured.entries?.discard(), () => undefined);
            return {
                code: 'DIGEST_INVALID',
                message: `the upload's content has digest ${received}, not ${digest}`
            };
        }
        try {
            return {
                blob: { digest, size: this.received, ...withDiffId(await this.measured, digest) }
            };
        }
        catch (error) {
            return { code: 'BLOB_UPLOAD_INVALID', message: `${digest}: ${String(error)}` };
        }
    }
    /** Abandons the upload (the registry is closing). */
    abandon() {
        this.input.destroy();
    }
}

;// CONCATENATED MODULE: ./src/engine/registry-replies.ts
/** An answer as the registry protocol gives it: its version header, and a length when there is no body. */
function reply(response, status, headers, body) {
    response.writeHead(status, {
        'Docker-Distribution-API-Version': 'registry/2.0',
        ...(body === undefined && !('Content-Length' in headers)
            ? { 'Content-Length': '0' }
            : {}),
        ...headers
    });
    response.end(body);
}
/** A registry protocol error: the status, and the JSON body the engine shows. */
function registryError(response, status, code, message) {
    reply(response, status, { 'Content-Type': 'application/json' }, JSON.stringify({ errors: [{ code, message }] }));
}

;// CONCATENATED MODULE: ./src/engine/registry.ts






/**
 * A write-only OCI distribution endpoint on 127.0.0.1 that the Docker engine
 * pushes stage images to: the registry protocol only. Nothing is stored: each
 * blob streams into the layer measurer (its compressed size as received, its
 * file bytes by decompressing and reading the tar), so every number is what a
 * real registry would hold, on either image store, and a layer already known
 * (KnownBlobs) is never sent again: the engine asks first, and we say we have it.
 */
class MeasuringRegistry {
    server;
    host;
    manifests = new Map();
    tags = new Map();
    uploads = new Map();
    blobs;
    /** Listeners on other addresses (a Docker bridge's gateway), each for one peer. */
    others = [];
    constructor(server, 
    /** `127.0.0.1:<port>`, the registry part of the image names to push. */
    host, cache) {
        this.server = server;
        this.host = host;
        this.blobs = new KnownBlobs(cache);
    }
    /** Starts on a free port; blobs earlier runs measured come from `cache`, and new ones go to it. */
    static async start(cache = null) {
        const { server, port } = await listening('127.0.0.1');
        const registry = new MeasuringRegistry(server, `127.0.0.1:${port}`, cache);
        server.on('request', (request, response) => registry.serve(request, response));
        return registry;
    }
    /**
     * Listens on `address` too (a Docker bridge's gateway, this machine's end
     * of a container's network), answering only `peer` (the builder's container:
     * other containers on the bridge get nothing). Returns `<address>:<port>`.
     */
    async listenOn(address, peer) {
        const { server, port } = await listening(address);
        this.others.push(server);
        server.on('request', (request, response) => {
            const from = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
            if (from === peer)
                return this.serve(request, response);
            request.socket.destroy();
        });
        return `${address}:${port}`;
    }
    serve(request, response) {
        this.route(request, response).catch(error => {
            if (!response.headersSent)
                registryError(response, 500, 'UNKNOWN', String(error));
        });
    }
    async close() {
        this.blobs.settleAll();
        for (const upload of this.uploads.values())
            upload.abandon();
        await Promise.all([this.server, ...this.others].map(closeNow));
    }
    manifest(repository, reference) {
        const digest = reference.startsWith('sha256:')
            ? reference
            : this.tags.get(`${repository}:${reference}`);
        return digest === undefined ? undefined : this.manifests.get(digest);
    }
    blob(digest) {
        return this.blobs.measured(digest);
    }
    get uploadCount() {
        return this.blobs.receivedCount;
    }
    /** Layers received and read in this run (the others were known: measured earlier or cached). */
    get layersRead() {
        return this.blobs.layersRead;
    }
    get layerBytesRead() {
        return this.blobs.layerBytesRead;
    }
    /** The repositories clients have asked about: a client that did shares this machine's network. */
    asked = new Set();
    /** Whether a client (an engine, a builder) has asked about `repository`: it reached the registry. */
    reachedFor(repository) {
        return this.asked.has(repository);
    }
    /** A blob measured from an archive (the OCI path), as a push would have delivered it. */
    async addBlob(blob) {
        await this.blobs.add(blob);
    }
    known(digest) {
        return this.blobs.known(digest);
    }
    skipped(digest) {
        return this.blobs.skipped(digest);
    }
    /** Layers a stored report measured elsewhere: known for this run, not read again. */
    seed(blobs) {
        this.blobs.seed(blobs);
    }
    /** Every layer the registry would say it has (so an engine need not send it). */
    knownLayers() {
        return this.blobs.layerDigests();
    }
    /** A layer's file list, measured in this run or an earlier one; null when none is kept. */
    async fileList(digest) {
        const blob = await this.blobs.known(digest);
        return (blob && this.blobs.fileList(blob)) ?? this.blobs.importedList(digest);
    }
    /** Keeps a manifest (pushed, or from an archive) by its digest, and under its tag when it has one. */
    addManifest(repository, reference, mediaType, body) {
        const digest = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex')}`;
        this.manifests.set(digest, { digest, mediaType, body });
        if (!reference.startsWith('sha256:'))
            this.tags.set(`${repository}:${reference}`, digest);
        return digest;
    }
    async route(request, response) {
        const url = new URL(request.url ?? '/', 'http://registry');
        const path = decodeURIComponent(url.pathname);
        const repository = path.match(/^\/v2\/(.+?)\/(?:blobs|manifests)\//)?.[1];
        if (repository)
            this.asked.add(repository);
        const method = request.method ?? 'GET';
        let match;
        if (path === '/v2/' || path === '/v2') {
            return reply(response, 200, {}, '{}');
        }
        if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/?$/)) && method === 'POST') {
            const mount = url.searchParams.get('mount');
            return this.startUpload(match[1], mount ? await this.blobs.known(mount) : undefined, response);
        }
        if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/([\w-]+)$/))) {
            return this.continueUpload(match[1], match[2], method, url, request, response);
        }
        if ((match = path.match(/^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/))) {
            return this.headBlob(await this.blobs.knownOrAwaited(match[2]), method, response);
        }
        if ((match = path.match(/^\/v2\/(.+)\/manifests\/([^/]+)$/))) {
            if (method === 'PUT')
                return this.putManifest(match[1], match[2], request, response);
            return this.getManifest(match[1], match[2], method, response);
        }
        request.resume();
        registryError(response, 404, 'UNSUPPORTED', `${method} ${path} is not served here`);
    }
    startUpload(repository, mounted, response) {
        if (mounted) {
            return reply(response, 201, {
                Location: `/v2/${repository}/blobs/${mounted.digest}`,
                'Docker-Content-Digest': mounted.digest
            });
        }
        const id = (0,external_node_crypto_namespaceObject.randomUUID)();
        this.uploads.set(id, new Upload());
        reply(response, 202, {
            Location: `/v2/${repository}/blobs/uploads/${id}`,
            Range: '0-0',
            'Docker-Upload-UUID': id
        });
    }
    async continueUpload(repository, id, method, url, request, response) {
        const upload = this.uploads.get(id);
        if (!upload) {
            request.resume();
            return registryError(response, 404, 'BLOB_UPLOAD_UNKNOWN', `no upload ${id}`);
        }
        await upload.receive(request);
        if (method === 'PATCH') {
            return reply(response, 202, {
                Location: `/v2/${repository}/blobs/uploads/${id}`,
                Range: `0-${Math.max(upload.received - 1, 0)}`,
                'Docker-Upload-UUID': id
            });
        }
        const digest = url.searchParams.get('digest');
        if (method !== 'PUT' || !digest) {
            return registryError(response, 400, 'DIGEST_INVALID', 'a PUT with ?digest= completes an upload');
        }
        this.uploads.delete(id);
        await this.complete(upload, repository, digest, response);
    }
    /** Ends an upload: keeps what was measured, or says why it is refused. */
    async complete(upload, repository, digest, response) {
        const finished = await upload.finish(digest);
        if ('blob' in finished)
            await this.blobs.add(finished.blob);
        this.blobs.settle(digest);
        if (!('blob' in finished))
            return registryError(response, 400, finished.code, finished.message);
        reply(response, 201, {
            Location: `/v2/${repository}/blobs/${digest}`,
            'Docker-Content-Digest': digest
        });
    }
    headBlob(blob, method, response) {
        if (!blob)
            return registryError(response, 404, 'BLOB_UNKNOWN', 'unknown blob');
        const headers = {
            'Docker-Content-Digest': blob.digest,
            'Content-Length': String(blob.size)
        };
        // Only kept blobs can be read back; the engine only asks whether a blob exists.
        if (method === 'GET' && blob.content)
            return reply(response, 200, headers, blob.content);
        reply(response, method === 'HEAD' ? 200 : 404, headers);
    }
    async putManifest(repository, reference, request, response) {
        const body = await readAll(request, MAX_KEPT_BLOB);
        const mediaType = request.headers['content-type'] ?? '';
        const digest = this.addManifest(repository, reference, mediaType, body);
        reply(response, 201, {
            Location: `/v2/${repository}/manifests/${digest}`,
            'Docker-Content-Digest': digest
        });
    }
    getManifest(repository, reference, method, response) {
        const manifest = this.manifest(repository, reference);
        if (!manifest)
            return registryError(response, 404, 'MANIFEST_UNKNOWN', reference);
        const headers = {
            'Content-Type': manifest.mediaType,
            'Docker-Content-Digest': manifest.digest,
            'Content-Length': String(manifest.body.length)
        };
        reply(response, 200, headers, method === 'HEAD' ? undefined : manifest.body);
    }
}

;// CONCATENATED MODULE: ./src/engine/build-dockerfile.ts



/**
 * Runs `build` with the Dockerfile to build from: the user's own, or, when the
 * plan must target unnamed stages, a copy that names them (beside a copy of its
 * .dockerignore) in a temporary folder, removed afterwards. The user's file is
 * never modified.
 */
async function withBuildDockerfile(dockerfilePath, plan, build) {
    const text = plan.namedCopy;
    if (text === null)
        return build(dockerfilePath);
    return withTempDir('stage-size-dockerfile-', async (dir) => {
        const name = external_node_path_default().basename(dockerfilePath);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), text);
        const ignore = `${dockerfilePath}.dockerignore`;
        await (0,promises_.copyFile)(ignore, external_node_path_default().join(dir, `${name}.dockerignore`)).catch(() => undefined);
        return build(external_node_path_default().join(dir, name));
    });
}

;// CONCATENATED MODULE: ./src/engine/stage-tags.ts


/**
 * The image tags a run makes in the engine (images loaded to be pushed), each
 * in the leftovers ledger from before the build, so that nothing outlives the
 * run: `removeAll` removes them, or first renames them to
 * `stage-size/<stage>:<side>` when the user keeps the images.
 */
class StageTags {
    keep;
    made = [];
    constructor(keep) {
        this.keep = keep;
    }
    add(tag, side, stage) {
        this.made.push({ tag, side, stage });
        leftovers/* leftovers */.To.add({ kind: 'image', tag });
    }
    /** Returns the tags that could not be removed (the engine went away): they stay in the ledger. */
    async removeAll() {
        if (this.keep) {
            for (const { tag, side, stage } of this.made) {
                await Docker.run(['tag', tag, `stage-size/${stage}:${side}`]);
            }
        }
        const { left } = await (0,leftovers/* removeImages */.F$)(this.made.map(made => made.tag));
        return left;
    }
}

;// CONCATENATED MODULE: ./src/core/file-changes.ts


const FILES_LISTED = 50;
/** Closed directories kept before those no listed file is under are let go. */
const DIRECTORIES_KEPT = 5_000;
/**
 * Compares two final filesystems, each in path order, in one pass that holds
 * only the lists, the open directories and the closed directories a listed
 * file is under: a directory closes before anything after it, so a file that
 * joins a list later is never under one that closed already.
 */
async function compareFilesystems(base, head) {
    const changes = emptyChanges();
    const tree = new DirectoryTree(changes);
    for await (const [before, after] of file_changes_pairs(base, head)) {
        const path = (before ?? after).path;
        tree.enter(path, before?.bytes ?? 0, after?.bytes ?? 0);
        if (record(changes, path, before, after))
            tree.listsChanged();
    }
    changes.directories = tree.finish();
    return changes;
}
function emptyChanges() {
    return {
        added: [],
        removed: [],
        changed: [],
        directories: [],
        addedBytes: 0,
        removedBytes: 0,
        changedBytes: 0,
        addedFiles: 0,
        removedFiles: 0,
        changedFiles: 0
    };
}
/** Counts one path's change; true when it joined a list. */
function record(changes, path, before, after) {
    if (!before)
        return addTo(changes, 'added', { path, bytes: after.bytes, ...placeOf(after) });
    if (!after)
        return addTo(changes, 'removed', { path, bytes: before.bytes, ...placeOf(before) });
    if (before.bytes === after.bytes)
        return false;
    changes.changedFiles++;
    changes.changedBytes += after.bytes - before.bytes;
    const change = {
        path,
        baseBytes: before.bytes,
        headBytes: after.bytes,
        ...placeOf(after)
    };
    return (keepLargest(changes.changed, change, FILES_LISTED, listed => Math.abs(listed.headBytes - listed.baseBytes)) !== change);
}
/** Where a file sits: its layer, and the one that first stored its bytes when that is lower. */
function placeOf({ layer, storedIn }) {
    return storedIn === undefined ? { layer } : { layer, storedIn };
}
function addTo(changes, kind, file) {
    changes[`${kind}Files`]++;
    changes[`${kind}Bytes`] += file.bytes;
    return keepLargest(changes[kind], file, FILES_LISTED, listed => listed.bytes) !== file;
}
/** The directories' totals, as the walk enters each file. */
class DirectoryTree {
    changes;
    open = [];
    closed = new Map();
    /** The directories listed files are under, worked out again only after a list changed. */
    listed = null;
    constructor(changes) {
        this.changes = changes;
    }
    enter(path, baseBytes, headBytes) {
        const parents = ancestors(path);
        let depth = 0;
        while (depth < this.open.length && this.open[depth].path === parents[depth])
            depth++;
        this.closeTo(depth);
        for (const parent of parents.slice(depth)) {
            this.open.push({ path: parent, baseBytes: 0, headBytes: 0 });
        }
        for (const directory of this.open) {
            directory.baseBytes += baseBytes;
            directory.headBytes += headBytes;
        }
    }
    listsChanged() {
        this.listed = null;
    }
    /** The directories on the path of a listed file, the largest change first. */
    finish() {
        this.closeTo(0);
        return [...this.listedDirectories()]
            .map(path => this.closed.get(path))
            .sort((a, b) => Math.abs(b.headBytes - b.baseBytes) - Math.abs(a.headBytes - a.baseBytes) ||
            comparePaths(a.path, b.path));
    }
    closeTo(depth) {
        if (this.open.length <= depth)
            return;
        const listed = this.listedDirectories();
        while (this.open.length > depth) {
            const directory = this.open.pop();
            if (listed.has(directory.path))
                this.closed.set(directory.path, directory);
        }
        if (this.closed.size > DIRECTORIES_KEPT) {
            for (const path of this.closed.keys())
                if (!listed.has(path))
                    this.closed.delete(path);
        }
    }
    listedDirectories() {
        if (this.listed)
            return this.listed;
        const { added, removed, changed } = this.changes;
        const files = [...added, ...removed, ...changed];
        return (this.listed = new Set(files.flatMap(file => ancestors(file.path))));
    }
}
/** "/a/b/c" → ["/a", "/a/b"]. */
function ancestors(path) {
    const parts = path.split('/').slice(1, -1);
    return parts.map((_, at) => '/' + parts.slice(0, at + 1).join('/'));
}
/** Walks two sorted file streams together: each path once, with its file on either side. */
async function* file_changes_pairs(base, head) {
    const left = base[Symbol.asyncIterator]();
    const right = head[Symbol.asyncIterator]();
    let [a, b] = await Promise.all([left.next(), right.next()]);
    while (!a.done || !b.done) {
        const order = a.done ? 1 : b.done ? -1 : comparePaths(a.value.path, b.value.path);
        yield [order <= 0 ? a.value : undefined, order >= 0 ? b.value : undefined];
        [a, b] = await Promise.all([
            order <= 0 ? left.next() : a,
            order >= 0 ? right.next() : b
        ]);
    }
}
/** The listed changes of every kind together, largest first; files whose size did not move are left out. */
function largestFileChanges(files) {
    const rows = [
        ...files.added.map(file => ({
            path: file.path,
            delta: file.bytes,
            kind: 'new',
            layer: file.storedIn ?? file.layer
        })),
        ...files.changed.map(file => ({
            path: file.path,
            delta: file.headBytes - file.baseBytes,
            kind: '',
            layer: file.storedIn ?? file.layer
        })),
        ...files.removed.map(file => ({
            path: file.path,
            delta: -file.bytes,
            kind: 'gone'
        }))
    ];
    return rows
        .filter(row => row.delta !== 0)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}

;// CONCATENATED MODULE: ./src/engine/image-files.ts


/**
 * Images' final filesystems, merged from their layers' file lists (written
 * when each layer was read, the one read that measures it): what each image
 * wastes, and which files changed between two images.
 */
class ImageFilesystems {
    lists;
    /** Each image's waste, by its layers: stages and sides often share an image. */
    wastes = new Map();
    constructor(lists) {
        this.lists = lists;
    }
    /** The image with its wasted bytes (each platform's too), when every layer has a file list. */
    async withWaste(image) {
        const own = await this.waste(image);
        if (!image.platforms)
            return { ...image, ...own };
        const platforms = {};
        for (const [platform, size] of Object.entries(image.platforms)) {
            platforms[platform] =
                size === image ? { ...size, ...own } : { ...size, ...(await this.waste(size)) };
        }
        return { ...image, ...own, platforms };
    }
    /** Which files changed from `base` to `head`; null when a layer has no file list here. */
    async changes(base, head) {
        // The same layers hold the same files: nothing to read.
        if (image_files_layersOf(base) === image_files_layersOf(head))
            return compareFilesystems(nothing(), nothing());
        const [before, after] = [await this.merge(base), await this.merge(head)];
        if (!before || !after)
            return null;
        return compareFilesystems(before.files(), after.files());
    }
    waste(image) {
        const key = image_files_layersOf(image);
        let waste = this.wastes.get(key);
        if (!waste)
            this.wastes.set(key, (waste = this.readWaste(image)));
        return waste;
    }
    async readWaste(image) {
        const merged = await this.merge(image);
        if (!merged)
            return {};
        // Only the waste is wanted: walking the files finds it.
        const files = merged.files();
        while (!(await files.next()).done)
            ;
        return merged.waste();
    }
    async merge(image) {
        const lists = await Promise.all(image.layers.map(layer => this.lists(layer.digest)));
        if (lists.some(list => list === null))
            return null;
        return new MergedFilesystem(lists);
    }
}
function image_files_layersOf(image) {
    return image.layers.map(layer => layer.digest).join(' ');
}
async function* nothing() { }

;// CONCATENATED MODULE: ./src/engine/session.ts
















/**
 * One run's measuring: the measuring registry the engine pushes to, and every
 * image tag the run creates, so that `close` leaves the engine as it was.
 * Checkouts measured in one session share the registry, so a layer they have
 * in common is read once.
 */
class MeasuringSession {
    engine;
    registry;
    cache;
    log;
    runId = (0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex');
    /** How images reach the measurer, and the builder they are built on (for the report). */
    deliveries;
    /** The images the engine holds, for every checkout, so that a layer they share is sent once. */
    loaded;
    logs = Promise.resolve();
    metadata = new Map();
    tags;
    filesystems;
    constructor(engine, registry, cache, log, 
    /** Keep the stage images, tagged stage-size/<stage>:<side>, instead of removing them. */
    keepImages) {
        this.engine = engine;
        this.registry = registry;
        this.cache = cache;
        this.log = log;
        this.tags = new StageTags(keepImages);
        this.deliveries = new Deliveries(engine, registry, keepImages, log);
        this.filesystems = new ImageFilesystems(digest => registry.fileList(digest));
        this.loaded = new LoadedImages(registry);
    }
    static async open(engine, log, keepImages) {
        const cache = BlobCache.inDefaultPlace();
        const registry = await MeasuringRegistry.start(cache);
        return new MeasuringSession(engine, registry, cache, log, keepImages);
    }
    /**
     * Builds the checkout's planned stages and measures each image; sizes by
     * stage name. Each image is measured as soon as the build has it, while
     * later stages still build. Checkouts may be measured at the same time: each
     * keeps its build log and shows it, collapsed, when it is done.
     */
    async measure(checkout, settings) {
        const repository = this.repository(checkout.side);
        const delivery = await this.deliveries.choose(settings);
        const host = await this.deliveries.pushHost();
        const images = stageImages(checkout.plan, checkout.dockerfile, settings, `${host}/${repository}`);
        const started = Date.now();
        const lines = [];
        const built = count(images.length, 'stage');
        this.log.info(`Building and measuring ${built} (${checkout.side})...`);
        try {
            await this.deliver(checkout, settings, images, delivery, this.quiet(lines));
        }
        catch (error) {
            throw await Docker.whenGone(error, `while the ${checkout.side}'s stages were built and measured`);
        }
        finally {
            await this.loaded.settled();
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            await this.showLog(`${checkout.side}: ${built} built and measured in ${seconds} s`, lines);
        }
        this.metadata.set(checkout.side, new Map(images.map(image => [image.stage.stage.name, image.metadata])));
        return this.describe(images, repository, settings);
    }
    /** Each stage's build metadata from a side's last build (by stage name): what its FROM images resolved to. */
    buildMetadata(side) {
        return this.metadata.get(side) ?? new Map();
    }
    /** Each image's sizes, layers and waste, from what reached the registry. */
    async describe(images, repository, settings) {
        const sizes = new Map();
        for (const { stage, compressed } of images) {
            const name = stage.stage.name;
            const size = describePlatforms(this.registry, repository, name, settings.platforms, compressed);
            sizes.set(name, await this.filesystems.withWaste(size));
        }
        return sizes;
    }
    /**
     * Layers a stored report measured (the base's, on another runner): the
     * engine is not asked to send them and they are not read again, so a pull
     * request's run reads only the layers it changed.
     */
    know(images) {
        this.registry.seed(reportedBlobs(images));
    }
    /** Which files changed between two images' first platforms; null when a layer's file list is not here. */
    fileChanges(base, head) {
        return this.filesystems.changes(base, head);
    }
    /**
     * Builds the images and has each reach the measurer as `delivery` says:
     * pushed by BuildKit as it exports them, loaded then pushed by the engine
     * (or, uncompressed, saved), or exported into OCI layout folders.
     */
    async deliver(checkout, settings, images, delivery, log) {
        if (delivery === 'oci') {
            // Through the client session, for an engine or builder that cannot reach this machine.
            return exportLayouts(images, this.registry, this.repository(checkout.side), placed => this.build(checkout, settings, placed, log, { delivery }));
        }
        if (delivery === 'push')
            return this.build(checkout, settings, images, log, { delivery });
        return this.loadAndSend(checkout, settings, images, log);
    }
    /** Builds the images into the engine's store, and has the engine send each to the measurer. */
    async loadAndSend(checkout, settings, images, log) {
        // Tracked before the build: a cancelled build may have loaded some of them.
        images.forEach(image => this.tags.add(image.tag, checkout.side, image.stage.stage.name));
        const chains = new Map(images.map(image => [
            image.tag,
            fromChain(image.stage.stage, checkout.dockerfile.stages)
        ]));
        // The engine's push compresses: only images whose compressed size is wanted are pushed
        // (on the containerd store, the others were stored uncompressed and push as they are).
        const pushed = images.filter(image => image.compressed || this.engine.imageStore === 'containerd');
        const pushing = new Set(pushed.map(image => image.tag));
        await this.build(checkout, settings, images, log, {
            delivery: 'load',
            onImageReady: tag => pushing.has(tag) && this.loaded.push(tag, chains.get(tag), log)
        });
        pushed.forEach(image => this.loaded.push(image.tag, chains.get(image.tag), log));
        const saved = images.filter(image => !pushing.has(image.tag)).map(image => image.tag);
        await Promise.all([
            this.loaded.pushed(),
            this.loaded.save(saved, this.repository(checkout.side), log)
        ]);
    }
    /** Builds a checkout's images from the Dockerfile to build from, delivered as `how` says. */
    build(checkout, settings, images, log, how) {
        return withBuildDockerfile(checkout.dockerfilePath, checkout.plan, dockerfilePath => buildImages({
            ...settings,
            // One side writes the cache: the head's, what the user's own build would write.
            cacheTo: checkout.side === 'head' ? settings.cacheTo : [],
            contextDir: checkout.contextDir,
            buildContexts: checkout.buildContexts,
            dockerfilePath,
            images,
            onImageReady: () => { },
            ...how
        }, this.engine, log));
    }
    /** The repository a side's images are named in, in the measuring registry. */
    repository(side) {
        return `stage-size-${this.runId}-${side}`;
    }
    /** The session's log, but with build lines kept in `lines`, to be shown in one group later. */
    quiet(lines) {
        return {
            info: message => this.log.info(message),
            notice: message => this.log.notice(message),
            warning: message => this.log.warning(message),
            detail: line => void lines.push(line),
            group: (_title, work) => work()
        };
    }
    /**
     * Removes the images the run tagged (or renames them when asked to keep
     * them) and stops the registry; says what it could not remove, and what
     * the cache could not keep.
     */
    async close() {
        const read = this.registry.layersRead;
        this.log.info(`Read ${count(read, 'new layer')} (${formatBytes(this.registry.layerBytesRead)}); no layer measured before (on this machine or in a stored report) was sent or read again.`);
        try {
            const left = await this.tags.removeAll();
            if (left.length > 0)
                this.log.warning(`${count(left.length, 'stage image')} could not be removed, as the Docker engine did not answer; the action's post step removes them once it does (elsewhere: docker image rm ${left.join(' ')})`);
        }
        finally {
            await this.registry.close();
        }
        if (this.cache.problem)
            this.log.warning(this.cache.problem);
    }
    /** Layers read in this session: each at most once, none that an earlier run measured. */
    get layersRead() {
        return this.registry.layersRead;
    }
    /** Shows a build log in a collapsed group, one group at a time. */
    showLog(title, lines) {
        this.logs = this.logs.then(() => this.log.group(title, async () => lines.forEach(line => this.log.detail(line))));
        return this.logs;
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts


/** git in one repository, always with argument arrays. */
class Git {
    root;
    constructor(
    /** The repository's top-level directory. */
    root) {
        this.root = root;
    }
    /** The repository that holds `dir`, or null when it is not in one. */
    static async at(dir) {
        const result = await runGit(dir, ['rev-parse', '--show-toplevel']);
        return result.ok ? new Git(result.stdout.trim()) : null;
    }
    run(args) {
        return runGit(this.root, args);
    }
    /**
     * HEAD and its parents as the commit object records them: in a shallow clone
     * (actions/checkout's default) rev-list would show a boundary commit with
     * none. Null in a repository with no commits yet.
     */
    async head() {
        const sha = await this.commitOf('HEAD');
        if (!sha)
            return null;
        const commit = await this.run(['cat-file', 'commit', 'HEAD']);
        if (!commit.ok) {
            throw new Error(`git could not read HEAD: ${(0,system_process/* lastLines */.w$)(commit.stderr, 1)}`);
        }
        const header = commit.stdout.split('\n\n')[0];
        const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map(match => match[1]);
        return { sha, parents };
    }
    /** The commit a name or SHA stands for here, or null. */
    async commitOf(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return result.ok ? result.stdout.trim() : null;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.trim() === 'true';
    }
    /** Fetches refs or SHAs from origin (no tags), `depth` commits deep. */
    fetch(refs, depth) {
        return this.run(['fetch', '--no-tags', `--depth=${depth}`, 'origin', ...refs]);
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b]);
        return result.ok ? result.stdout.trim() : null;
    }
    async addWorktree(dir, sha) {
        return this.run(['worktree', 'add', '--detach', dir, sha]);
    }
    async removeWorktree(dir) {
        await this.run(['worktree', 'remove', '--force', dir]);
        await this.run(['worktree', 'prune']);
    }
}
async function runGit(cwd, args) {
    const result = await (0,system_process/* runCommand */.d1)('git', args, { cwd });
    return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
}

;// CONCATENATED MODULE: ./src/core/baseline.ts
const ZERO_SHA = /^0+$/;
/**
 * Chooses the base so that the comparison shows what the change does, never
 * what landed on the base branch meanwhile:
 * - `base-ref` (or the CLI's `--base`) wins;
 * - a pull request's merge commit (what actions/checkout checks out) is compared
 *   with its parent `pull_request.base.sha`; the PR head itself, with its
 *   merge-base with `pull_request.base.sha`;
 * - a push is compared with the event's `before` commit (none on a branch's first push).
 */
function chooseBase(event, head, baseRef) {
    if (baseRef) {
        return { kind: 'ref', ...baseRef, reason: `${baseRef.input} ${baseRef.ref}` };
    }
    if (!event)
        return { kind: 'default-branch', reason: 'the merge-base with the default branch' };
    const { eventName, payload } = event;
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        return pullRequestBase(eventName, payload, head);
    }
    if (eventName === 'push')
        return pushBase(payload);
    const mergeGroupBase = payload.merge_group?.base_sha;
    if (eventName === 'merge_group' && mergeGroupBase) {
        return {
            kind: 'commit',
            sha: mergeGroupBase,
            ref: payload.merge_group?.base_ref?.replace(/^refs\/heads\//, ''),
            reason: "the merge group's base (merge_group.base_sha)"
        };
    }
    return {
        kind: 'none',
        reason: `a ${eventName} event has no base to compare with; set base-ref to choose one`
    };
}
/** A pull request's base: the merge commit's base parent, or the merge-base with the base branch. */
function pullRequestBase(eventName, payload, head) {
    const baseSha = payload.pull_request?.base?.sha;
    const pr = `pull request #${payload.pull_request?.number ?? '?'}`;
    if (!baseSha) {
        return { kind: 'none', reason: `the ${eventName} event has no pull_request.base.sha` };
    }
    if (head.sha === baseSha) {
        return {
            kind: 'none',
            unexpected: true,
            reason: `the checked-out commit is ${pr}'s base itself (on pull_request_target, actions/checkout checks out the base branch unless told the pull request's ref)`
        };
    }
    if (head.parents.length === 2 && head.parents.includes(baseSha)) {
        return {
            kind: 'commit',
            sha: baseSha,
            ref: payload.pull_request?.base?.ref,
            reason: `${pr}: the merge commit's base parent (pull_request.base.sha)`
        };
    }
    return {
        kind: 'merge-base',
        sha: baseSha,
        ref: payload.pull_request?.base?.ref,
        reason: `${pr}: the merge-base of the head and pull_request.base.sha`
    };
}
/** A push's base: the commit before it, unless the push created the branch. */
function pushBase(payload) {
    const before = payload.before;
    if (!before || ZERO_SHA.test(before) || payload.created) {
        return {
            kind: 'none',
            reason: "a branch's first push has no previous commit to compare with"
        };
    }
    return { kind: 'commit', sha: before, reason: "the push's previous commit (before)" };
}

;// CONCATENATED MODULE: ./src/git/base-commit.ts


/** Deeper and deeper fetches when a shallow clone does not reach the merge-base. */
const DEEPEN_STEPS = [50, 500];
const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master', 'origin/main', 'origin/master'];
/**
 * Turns the choice into a commit present in the clone, fetching it from origin
 * when the checkout is shallow (actions/checkout fetches one commit). A
 * `base-ref` that cannot be found is an error; a base the event names but
 * that cannot be fetched leaves the run without a baseline.
 */
async function resolveBase(git, choice, headSha) {
    switch (choice.kind) {
        case 'none':
            return { missing: choice.reason };
        case 'ref': {
            const sha = await commitByName(git, choice.ref);
            if (!sha) {
                throw new UserError(`${choice.input}: "${choice.ref}" is not a branch, tag or commit in this clone and could not be fetched from origin; give a branch, tag or SHA that origin has`);
            }
            return { commit: { sha, ref: choice.ref, reason: choice.reason } };
        }
        case 'commit': {
            const problem = await ensureCommit(git, choice.sha);
            if (problem)
                return { missing: problem };
            return {
                commit: { sha: choice.sha, ref: choice.ref ?? null, reason: choice.reason }
            };
        }
        case 'merge-base': {
            const problem = await ensureCommit(git, choice.sha);
            if (problem)
                return { missing: problem };
            const sha = await mergeBase(git, headSha, choice.sha);
            if (!sha)
                return { missing: `HEAD and ${choice.sha} have no common ancestor` };
            return { commit: { sha, ref: choice.ref ?? null, reason: choice.reason } };
        }
        case 'default-branch':
            return defaultBranchBase(git, headSha);
    }
}
/** The merge-base of HEAD with the first default branch the clone has. */
async function defaultBranchBase(git, headSha) {
    for (const branch of DEFAULT_BRANCHES) {
        const tip = await git.commitOf(branch);
        if (!tip)
            continue;
        const sha = await mergeBase(git, headSha, tip);
        if (sha) {
            return {
                commit: { sha, ref: branch, reason: `the merge-base of HEAD and ${branch}` }
            };
        }
    }
    return {
        missing: `there is no ${DEFAULT_BRANCHES.join(', ')} to compare with; pass --base`
    };
}
async function commitByName(git, ref) {
    const known = (await git.commitOf(ref)) ?? (await git.commitOf(`origin/${ref}`));
    if (known)
        return known;
    const fetched = await git.fetch([ref], 1);
    return fetched.ok ? git.commitOf('FETCH_HEAD') : null;
}
/** Null when the commit is in the clone (fetching it if needed), else the problem. */
async function ensureCommit(git, sha) {
    if (await git.commitOf(sha))
        return null;
    const fetched = await git.fetch([sha], 1);
    if (fetched.ok && (await git.commitOf(sha)))
        return null;
    return `the base commit ${sha} is not in the clone and could not be fetched from origin (${(0,system_process/* lastLines */.w$)(fetched.stderr, 1)})`;
}
async function mergeBase(git, head, other) {
    const found = await git.mergeBase(head, other);
    if (found || !(await git.isShallow()))
        return found;
    for (const depth of DEEPEN_STEPS) {
        await git.fetch([head, other], depth);
        const deeper = await git.mergeBase(head, other);
        if (deeper)
            return deeper;
    }
    await git.run(['fetch', '--no-tags', '--unshallow', 'origin']);
    return git.mergeBase(head, other);
}

;// CONCATENATED MODULE: ./src/core/options/row.ts

const row_text = (row) => ({
    kind: 'text',
    ...row
});
const list = (row) => ({
    kind: 'list',
    ...row
});
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean as @actions/core reads one (YAML 1.2 core schema). */
function parseBoolean(value, name) {
    const text = value.trim();
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new UserError(`${name}: "${value}" is not a boolean; use true or false`);
}
/** One of the accepted words. */
function parseChoice(value, name, choices, what = 'one of') {
    const choice = value.trim();
    if (!choices.includes(choice)) {
        throw new UserError(`${name}: "${value}" is not ${what} ${choices.join(', ')}`);
    }
    return choice;
}
/** Text, or null when empty. */
const optional = (value) => value.trim() || null;

;// CONCATENATED MODULE: ./src/core/options/build-controls.ts


/**
 * The build controls docker/build-push-action passes to `docker buildx
 * build`, with its input names and forms (and buildx's flags in the CLI).
 * Each parser takes an entry as buildx would, or says in one line what it
 * takes.
 */
const build_controls_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// A name FROM or COPY --from can use: an image reference or a bare word.
const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.\-/:@]*$/;
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;
const SIZE = /^\d+(\.\d+)?[bkmgBKMG]?$/;
const ULIMIT = /^([a-z]+)=(-?\d+)(:(-?\d+))?$/;
const ULIMIT_TYPES = [
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack'
];
const NETWORKS = ['default', 'none', 'host'];
const ENTITLEMENTS = /^(network\.host|security\.insecure|device(=[^,\s]+)?)$/;
/** Each non-empty entry through `check`, which returns the entry (or its parsed form) or null when malformed. */
function entriesOf(entries, name, accepted, check) {
    return entries
        .map(entry => entry.trim())
        .filter(Boolean)
        .map(entry => {
        const parsed = check(entry);
        if (parsed === null)
            throw new UserError(`${name}: "${entry}" is not ${accepted}`);
        return parsed;
    });
}
/** `default`, or `ID[=SOCKET|KEY[,KEY]]`: what RUN --mount=type=ssh gets. */
function parseSsh(entries, name) {
    return entriesOf(entries, name, 'an ssh agent or keys; give default, or ID=PATH[,PATH] (a socket or key files), one per line', entry => {
        const [id, paths] = splitOnce(entry, '=');
        return build_controls_ID.test(id) && (paths === null || paths.split(',').every(Boolean))
            ? entry
            : null;
    });
}
/** `NAME=VALUE`: a local folder, docker-image://, oci-layout://, target:, a URL. */
function parseBuildContexts(entries, name) {
    const pairs = entriesOf(entries, name, 'a named build context; give NAME=VALUE, one per line, e.g. shared=../shared or alpine=docker-image://alpine:3.20', entry => {
        const [key, value] = splitOnce(entry, '=');
        return CONTEXT_NAME.test(key) && value ? [key, value] : null;
    });
    return Object.fromEntries(pairs);
}
/** Whether a build context's value is a folder on this machine (buildx reads it from the client). */
function isLocalContext(value) {
    return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) && !/^(target:|git@)/.test(value);
}
/** `HOST:IP` (or buildx's `HOST=IP`), as BuildKit writes them into /etc/hosts. */
function parseAddHosts(entries, name) {
    return entriesOf(entries, name, 'an extra host; give HOST:IP, e.g. registry.local:10.0.0.5 (IPv6 and host-gateway too)', entry => {
        const at = /^[^:=]+[=:]/.exec(entry)?.[0].length ?? 0;
        const host = entry.slice(0, at - 1);
        const ip = entry.slice(at);
        const address = IPV4.test(ip) || (ip.includes(':') && IPV6.test(ip)) || ip === 'host-gateway';
        return at > 0 && HOST.test(host) && address ? [host, ip] : null;
    });
}
/** `TYPE=SOFT[:HARD]`, as `docker run --ulimit` takes it. */
function parseUlimits(entries, name) {
    return entriesOf(entries, name, `a ulimit; give TYPE=SOFT[:HARD] with TYPE one of ${ULIMIT_TYPES.join(', ')}, e.g. nofile=1024:2048`, entry => {
        const match = ULIMIT.exec(entry);
        return match && ULIMIT_TYPES.includes(match[1]) ? entry : null;
    });
}
/** Entitlements a build may use; buildx asks for the same with --allow. */
function parseAllow(entries, name) {
    return entriesOf(entries, name, 'an entitlement; give network.host, security.insecure or device[=NAME]', entry => (ENTITLEMENTS.test(entry) ? entry : null));
}
/** Stage names, the stages built without the cache. */
function parseStageNames(entries, name) {
    return entriesOf(entries, name, 'a stage name; give stage names, e.g. build', entry => build_controls_ID.test(entry) ? entry : null);
}
function splitOnce(entry, separator) {
    const at = entry.indexOf(separator);
    return at === -1 ? [entry, null] : [entry.slice(0, at), entry.slice(at + 1)];
}
/** `--flag` switches read "true" when given; inputs take a boolean. */
const booleanRow = (input, flag, description, help) => row_text({
    input,
    flag,
    switch: true,
    section: 'build',
    description,
    default: 'false',
    help: { text: help },
    parse: (value, { name }) => parseBoolean(value, name)
});
/** build-push-action's other build inputs: the second part of --help's build section. */
const BUILD_CONTROL_OPTIONS = {
    ssh: list({
        input: 'ssh',
        flag: 'ssh',
        commas: false,
        section: 'build',
        description: 'SSH agent sockets or keys for RUN --mount=type=ssh, one per line: default (the SSH_AUTH_SOCK agent) or ID=PATH[,PATH].',
        help: {
            value: 'SSH',
            text: 'an ssh agent or keys: default or ID=PATH (repeat for more)'
        },
        parse: (entries, { name }) => parseSsh(entries, name)
    }),
    buildContexts: list({
        input: 'build-contexts',
        flag: 'build-context',
        commas: false,
        section: 'build',
        description: "Named build contexts for FROM and COPY --from, one NAME=VALUE per line: a folder (relative to the working directory; the base's build uses the base commit's copy), docker-image://REF, oci-layout://PATH, target:STAGE, or a URL.",
        help: {
            value: 'N=V',
            text: 'a named build context, e.g. shared=../shared (repeat for more)'
        },
        parse: (entries, { name }) => parseBuildContexts(entries, name)
    }),
    network: row_text({
        input: 'network',
        flag: 'network',
        section: 'build',
        description: "RUN instructions' network: default, none or host (host needs allow: network.host).",
        help: { value: 'MODE', text: "RUN instructions' network: default, none or host" },
        parse: (value, { name }) => {
            const mode = value.trim();
            if (mode === '')
                return null;
            if (!NETWORKS.includes(mode)) {
                throw new UserError(`${name}: "${value}" is not a network mode; give default, none or host`);
            }
            return mode;
        }
    }),
    addHosts: list({
        input: 'add-hosts',
        flag: 'add-host',
        commas: true,
        section: 'build',
        description: 'Extra /etc/hosts entries for RUN instructions, HOST:IP, separated by commas or newlines.',
        help: { value: 'H:IP', text: 'an extra host, HOST:IP (repeat for more)' },
        parse: (entries, { name }) => parseAddHosts(entries, name)
    }),
    noCache: booleanRow('no-cache', 'no-cache', 'Build every stage without the build cache.', 'build without the build cache'),
    noCacheFilters: list({
        input: 'no-cache-filters',
        flag: 'no-cache-filter',
        commas: true,
        section: 'build',
        description: 'Stages built without the build cache, separated by commas or newlines.',
        help: { value: 'STAGE', text: 'a stage built without the cache (repeat for more)' },
        parse: (entries, { name }) => parseStageNames(entries, name)
    }),
    pull: booleanRow('pull', 'pull', 'Always pull the newest version of every FROM image.', 'always pull the FROM images'),
    shmSize: row_text({
        input: 'shm-size',
        flag: 'shm-size',
        section: 'build',
        description: "The size of RUN instructions' /dev/shm, e.g. 2g (units b, k, m, g).",
        help: { value: 'SIZE', text: "the size of RUN instructions' /dev/shm, e.g. 2g" },
        parse: (value, { name }) => {
            const size = value.trim();
            if (size === '')
                return null;
            if (!SIZE.test(size)) {
                throw new UserError(`${name}: "${value}" is not a size; give a number with an optional unit b, k, m or g, e.g. 2g`);
            }
            return size.toLowerCase();
        }
    }),
    ulimit: list({
        input: 'ulimit',
        flag: 'ulimit',
        commas: false,
        section: 'build',
        description: 'Ulimits for RUN instructions, one TYPE=SOFT[:HARD] per line, e.g. nofile=1024:2048.',
        help: { value: 'ULIMIT', text: 'a ulimit, TYPE=SOFT[:HARD] (repeat for more)' },
        parse: (entries, { name }) => parseUlimits(entries, name)
    }),
    allow: list({
        input: 'allow',
        flag: 'allow',
        commas: true,
        section: 'build',
        description: 'Extra privileges for RUN instructions, separated by commas or newlines: network.host, security.insecure, device (the builder must grant them).',
        help: {
            value: 'ENTITLEMENT',
            text: 'an extra privilege, e.g. network.host (repeat for more)'
        },
        parse: (entries, { name }) => parseAllow(entries, name)
    })
};

;// CONCATENATED MODULE: ./src/app/checkout.ts






/** The head's checkout and plan; the stage-thresholds must name its stages. */
async function readHead(options) {
    const head = await readCheckout(options, 'head', { context: external_node_path_default().resolve(options.context), dockerfile: external_node_path_default().resolve(options.file) }, dockerfile => planBuild(dockerfile, options, options.file));
    for (const stage of options.gate.stageThresholds.keys()) {
        findStage(head.dockerfile.stages, stage, options.names.stageThresholds, options.file);
    }
    return head;
}
/**
 * The named build contexts for a checkout: a local folder resolved against
 * the working directory (as buildx does), then to the checkout's copy.
 */
function checkoutContexts(contexts, inCheckout = file => file) {
    return Object.fromEntries(Object.entries(contexts).map(([name, value]) => [
        name,
        isLocalContext(value) ? inCheckout(external_node_path_default().resolve(value)) : value
    ]));
}
/** Reads and plans a checkout's Dockerfile, with the errors a user can act on. */
async function readCheckout(options, side, paths, plan) {
    const { context: contextDir, dockerfile: dockerfilePath } = paths;
    const isDirectory = await (0,promises_.stat)(contextDir).then(found => found.isDirectory(), () => false);
    if (!isDirectory) {
        throw new UserError(`${options.names.context}: ${options.context} is not a directory; give the build context's path`);
    }
    const text = await (0,promises_.readFile)(dockerfilePath, 'utf8').catch(() => {
        throw new UserError(`${options.names.file}: no Dockerfile at ${options.file}; give its path (default: <context>/Dockerfile)`);
    });
    const dockerfile = parseDockerfile(text, options.buildArgs, options.file, options.names.file);
    return {
        side,
        contextDir,
        dockerfilePath,
        buildContexts: checkoutContexts(options.build.controls.buildContexts, paths.inCheckout),
        dockerfile,
        plan: plan(dockerfile)
    };
}
/** The commit measured, and the branch it is on; null in a repository with no commits yet. */
async function headRef(git) {
    const head = await git.head();
    if (!head)
        return null;
    const branch = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return { sha: head.sha, ref: branch.ok ? branch.stdout.trim() : null };
}
/**
 * A path as the report shows it: relative to the working directory (the
 * repository, on a runner) with forward slashes; absolute when outside it.
 */
function displayPath(given) {
    const absolute = external_node_path_default().resolve(given);
    const relative = external_node_path_default().relative(process.cwd(), absolute);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return absolute;
    return relative.split((external_node_path_default()).sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./src/core/image-reports.ts


/** Worst last: the merged verdict is the worst image's. */
const SEVERITY = ['pass', 'no-baseline', 'warn', 'fail'];
/** An image's key: what its own comment would be keyed by, with the platform when one was chosen. */
function imageKey(report) {
    const key = `${report.dockerfile}:${report.target}`;
    return report.platform ? `${key}@${report.platform}` : key;
}
/** Two reports of the same image (one would hide the other in the merge), or null. */
function sameImageTwice(images) {
    const seen = new Map();
    for (const image of images) {
        const other = seen.get(image.key);
        if (other)
            return [other, image];
        seen.set(image.key, image);
    }
    return null;
}
function mergedVerdict(reports) {
    return reports
        .map(report => report.verdict)
        .reduce((worst, verdict) => SEVERITY.indexOf(verdict) > SEVERITY.indexOf(worst) ? verdict : worst);
}
/** Each image's verdict, target size and change, by key: the `images` output. */
function imageSummaries(images) {
    return Object.fromEntries(images.map(({ key, report }) => {
        const target = targetStage(report);
        return [
            key,
            {
                verdict: report.verdict,
                targetSize: target.head ? bytesOf(target.head, report.metric) : null,
                deltaBytes: target.deltaBytes
            }
        ];
    }));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
;// CONCATENATED MODULE: ./report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/stage-size/stage-size/blob/main/report.schema.json","title":"stage-size report","description":"The JSON report stage-size writes (report-path, --json) and reads back (baseline-report, comment-from-report, stage-size report, the stored baseline artifact). Fields a later version adds are allowed; schemaVersion changes only when a field changes meaning or goes away.","type":"object","required":["schemaVersion","generator","dockerfile","context","target","platform","platforms","engine","head","pullRequest","base","noBaselineReason","metric","verdict","stages","buildArgNames","buildArgsDigest","stageSelection","history"],"properties":{"schemaVersion":{"description":"3. Readers also take 2, the same report in which every compressedBytes is a number (3 lets a stage have none: see compressedBytes).","enum":[2,3]},"generator":{"type":"object","required":["name","version"],"properties":{"name":{"const":"stage-size"},"version":{"$ref":"#/$defs/label"}}},"dockerfile":{"$ref":"#/$defs/localPath"},"context":{"$ref":"#/$defs/localPath"},"target":{"$ref":"#/$defs/stageName"},"platform":{"description":"The first of platforms, whose sizes a stage\'s own numbers are; null for the engine\'s own.","anyOf":[{"type":"null"},{"$ref":"#/$defs/platform"}]},"platforms":{"type":"array","maxItems":64,"uniqueItems":true,"items":{"$ref":"#/$defs/platform"}},"engine":{"type":"object","required":["version","imageStore","builder"],"properties":{"version":{"$ref":"#/$defs/label"},"imageStore":{"enum":["classic","containerd"]},"builder":{"enum":["buildkit","classic"]},"delivery":{"description":"How the images reached the measurer; null when nothing was built.","enum":["registry-push","registry-load","oci",null]},"buildxBuilder":{"description":"The buildx builder that built the stages, as docker buildx inspect describes it; null with the classic builder; absent in older reports.","anyOf":[{"type":"null"},{"type":"object","required":["name","driver","nodes"],"additionalProperties":false,"properties":{"name":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"driver":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"nodes":{"type":"array","maxItems":100,"items":{"type":"object","required":["name","buildkit","platforms"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label"},"buildkit":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"platforms":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/label"}}}}}}}]}}},"head":{"description":"The measured commit; null outside git.","anyOf":[{"type":"null"},{"$ref":"#/$defs/commitRef"}]},"pullRequest":{"anyOf":[{"type":"null"},{"type":"object","required":["number","headSha"],"properties":{"number":{"$ref":"#/$defs/id"},"headSha":{"$ref":"#/$defs/sha"}}}]},"base":{"description":"The commit compared with; null without a baseline.","anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/$defs/commitRef"}],"type":"object","required":["reason","source"],"properties":{"reason":{"$ref":"#/$defs/sentence"},"source":{"enum":["build","report","artifact"]},"run":{"description":"With source artifact: the run that measured the base (its id; the comment links it on this repository).","type":"object","required":["id","url"],"properties":{"id":{"$ref":"#/$defs/id"},"url":{"type":"string","maxLength":2048}}}}}]},"noBaselineReason":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/sentence"}]},"metric":{"$ref":"#/$defs/metric"},"verdict":{"enum":["pass","warn","fail","no-baseline"]},"stages":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/$defs/stage"}},"buildArgNames":{"description":"The names of the build arguments the stages were built with, sorted; their values are never written.","type":"array","maxItems":1000,"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256}},"buildArgsDigest":{"description":"sha256 of the build arguments as sorted JSON [[name, value], …]: equal digests, equal arguments.","$ref":"#/$defs/digest"},"stageSelection":{"anyOf":[{"const":"all"},{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/stageName"}}]},"history":{"description":"The target on its branch, oldest first, this commit last.","type":"array","maxItems":30,"items":{"$ref":"#/$defs/historyPoint"}},"buildOptions":{"description":"How the stages were built besides context, Dockerfile, build args and caches (build-push-action\'s ssh, build-contexts, network, add-hosts, no-cache, no-cache-filters, pull, shm-size, ulimit, allow), as written; ssh sources by id only. Absent in older reports: none was used.","type":"object","additionalProperties":false,"required":["ssh","buildContexts","network","addHosts","noCache","noCacheFilters","pull","shmSize","ulimits","allow"],"properties":{"ssh":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/optionValue"}},"buildContexts":{"type":"object","maxProperties":100,"propertyNames":{"maxLength":256,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"},"additionalProperties":{"$ref":"#/$defs/optionValue"}},"network":{"anyOf":[{"type":"null"},{"enum":["default","none","host"]}]},"addHosts":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/optionValue"}},"noCache":{"type":"boolean"},"noCacheFilters":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/optionValue"}},"pull":{"type":"boolean"},"shmSize":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"ulimits":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/optionValue"}},"allow":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/optionValue"}}}}},"$defs":{"bytes":{"type":"integer","minimum":0},"signedBytes":{"type":"integer"},"id":{"type":"integer","minimum":1},"position":{"type":"integer","minimum":0},"sha":{"description":"A git commit: SHA-1 or SHA-256, in lower-case hex.","type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"label":{"description":"A short name or version: one line.","type":"string","maxLength":128,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"},"localPath":{"type":"string","minLength":1,"maxLength":4096,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"},"imagePath":{"description":"A path in an image\'s filesystem, from its root.","type":"string","minLength":1,"maxLength":4096},"sentence":{"type":"string","maxLength":4096},"stageName":{"description":"A stage\'s name in lower case, as BuildKit matches them; stage-<index> for an unnamed one.","type":"string","maxLength":256,"pattern":"^[a-z][a-z0-9_.-]*$"},"platform":{"type":"string","maxLength":64,"pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"},"metric":{"enum":["uncompressed","compressed"]},"status":{"enum":["pass","fail","new","removed","unchanged"]},"commitRef":{"type":"object","required":["ref","sha"],"properties":{"ref":{"description":"The branch or name the commit was chosen by, if any.","anyOf":[{"type":"null"},{"type":"string","maxLength":1024,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"}]},"sha":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/sha"}]}}},"fileSize":{"type":"object","required":["path","bytes"],"properties":{"path":{"$ref":"#/$defs/imagePath"},"bytes":{"$ref":"#/$defs/bytes"}}},"layer":{"type":"object","required":["digest","createdBy","uncompressedBytes","compressedBytes","files","largestFiles"],"properties":{"digest":{"$ref":"#/$defs/digest"},"createdBy":{"description":"The instruction that made the layer (build-arg values shown as ***).","type":"string","maxLength":65536},"uncompressedBytes":{"$ref":"#/$defs/bytes"},"compressedBytes":{"description":"The blob\'s size as a registry stores it (gzip); null when the stage\'s compressed size was not asked for (the compressed input): the layer was exported uncompressed, which costs no compression, and no registry size was measured.","anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]},"diffId":{"description":"The digest of the layer\'s uncompressed tar (the image config\'s diff ID): the same layer on any engine, compressed or not.","$ref":"#/$defs/digest"},"tarBytes":{"description":"The bytes of the layer\'s uncompressed tar (headers and padding included).","$ref":"#/$defs/bytes"},"files":{"$ref":"#/$defs/bytes"},"largestFiles":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/fileSize"}},"line":{"description":"The Dockerfile line (from 1) of the instruction that made the layer; absent for a layer of the FROM image or one no instruction matched.","type":"integer","minimum":1,"maximum":1000000}}},"wastedFile":{"type":"object","required":["path","bytes","reason","layer"],"properties":{"path":{"$ref":"#/$defs/imagePath"},"bytes":{"$ref":"#/$defs/bytes"},"reason":{"enum":["overwritten","deleted"]},"layer":{"$ref":"#/$defs/position"},"storedAgainBy":{"description":"The layer that stored the same bytes again over this copy (only its mode, owner or times changed).","$ref":"#/$defs/position"}}},"platformSize":{"type":"object","required":["uncompressedBytes","compressedBytes","layers"],"properties":{"uncompressedBytes":{"$ref":"#/$defs/bytes"},"compressedBytes":{"description":"What a pull downloads: the layers\' compressedBytes summed; null when the stage\'s compressed size was not asked for (see the layer\'s compressedBytes).","anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]},"layers":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/layer"}},"wastedBytes":{"description":"Bytes the layers store that the final filesystem does not show; absent when not known.","$ref":"#/$defs/bytes"},"wasted":{"type":"array","maxItems":20,"items":{"$ref":"#/$defs/wastedFile"}}}},"imageSize":{"description":"An image: with several platforms, the first one\'s sizes, and each one\'s under platforms.","type":"object","allOf":[{"$ref":"#/$defs/platformSize"}],"properties":{"platforms":{"type":"object","maxProperties":64,"propertyNames":{"$ref":"#/$defs/platform"},"additionalProperties":{"$ref":"#/$defs/platformSize"}},"fromImage":{"description":"The image at the root of the stage\'s FROM chain, as the bottom of this image: the layers below the first one a Dockerfile instruction made. Absent when unknown.","type":"object","additionalProperties":false,"required":["name","layers","uncompressedBytes","compressedBytes"],"properties":{"name":{"description":"As the Dockerfile writes it, global ARGs expanded.","type":"string","maxLength":1024,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"},"digest":{"description":"What BuildKit resolved the name to (from the build\'s provenance); null when the build did not say.","anyOf":[{"type":"null"},{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}]},"layers":{"type":"integer","minimum":0,"maximum":10000},"uncompressedBytes":{"$ref":"#/$defs/bytes"},"compressedBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]}}}}},"limit":{"type":"object","required":["threshold","allowedGrowthBytes","warnThreshold","allowedWarnGrowthBytes","maxSizeBytes"],"properties":{"threshold":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"allowedGrowthBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]},"warnThreshold":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/label"}]},"allowedWarnGrowthBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]},"maxSizeBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]},"maxWasteBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/bytes"}]}}},"fileChange":{"type":"object","required":["path","bytes"],"properties":{"path":{"$ref":"#/$defs/imagePath"},"bytes":{"$ref":"#/$defs/bytes"},"layer":{"$ref":"#/$defs/position"},"storedIn":{"description":"The lowest layer that stored the file\'s current bytes, when a later layer (layer) only stored them again.","$ref":"#/$defs/position"}}},"changedFile":{"type":"object","required":["path","baseBytes","headBytes"],"properties":{"path":{"$ref":"#/$defs/imagePath"},"baseBytes":{"$ref":"#/$defs/bytes"},"headBytes":{"$ref":"#/$defs/bytes"},"layer":{"$ref":"#/$defs/position"},"storedIn":{"description":"The lowest layer that stored the file\'s current bytes, when a later layer (layer) only stored them again.","$ref":"#/$defs/position"}}},"fileChanges":{"type":"object","required":["added","removed","changed","directories","addedBytes","removedBytes","changedBytes","addedFiles","removedFiles","changedFiles"],"properties":{"added":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/fileChange"}},"removed":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/fileChange"}},"changed":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/changedFile"}},"directories":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/changedFile"}},"addedBytes":{"$ref":"#/$defs/bytes"},"removedBytes":{"$ref":"#/$defs/bytes"},"changedBytes":{"$ref":"#/$defs/signedBytes"},"addedFiles":{"$ref":"#/$defs/bytes"},"removedFiles":{"$ref":"#/$defs/bytes"},"changedFiles":{"$ref":"#/$defs/bytes"}}},"stage":{"type":"object","required":["name","index","isTarget","named","baseImage","dependsOn","head","base","deltaBytes","deltaPercent","limit","status","warned","findings"],"properties":{"name":{"$ref":"#/$defs/stageName"},"index":{"$ref":"#/$defs/position"},"isTarget":{"type":"boolean"},"named":{"type":"boolean"},"baseImage":{"description":"FROM, with global ARGs expanded (a stage name when built on another stage).","type":"string","maxLength":1024,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"},"dependsOn":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/stageName"}},"head":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/imageSize"}]},"base":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/imageSize"}]},"deltaBytes":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/signedBytes"}]},"deltaPercent":{"type":["number","null"]},"limit":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/limit"}]},"status":{"$ref":"#/$defs/status"},"warned":{"type":"boolean"},"findings":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/sentence"}},"platformStatus":{"type":"object","maxProperties":64,"propertyNames":{"$ref":"#/$defs/platform"},"additionalProperties":{"enum":["pass","fail","new","removed","unchanged","warn"]}},"fileChanges":{"$ref":"#/$defs/fileChanges"}}},"historyPoint":{"type":"object","required":["sha","date","uncompressedBytes","compressedBytes"],"properties":{"sha":{"$ref":"#/$defs/sha"},"date":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?(Z|[+-]\\\\d{2}:\\\\d{2})$"},"uncompressedBytes":{"$ref":"#/$defs/bytes"},"compressedBytes":{"$ref":"#/$defs/bytes"}}},"optionValue":{"description":"One line: a path, a reference or an option as written.","type":"string","maxLength":1000,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"}}}');
;// CONCATENATED MODULE: ./src/core/report-schema.ts


let compiled;
/** Compiled on first use: most runs read no report. */
function validator() {
    compiled ??= new _2020.Ajv2020({ allowUnionTypes: true, strict: true }).compile(report_schema_namespaceObject);
    return compiled;
}
/**
 * Checks a report read from a file (a fork may have written it) against the
 * published schema. The problem names the first bad field by its JSON
 * pointer: "/stages/0/head/uncompressedBytes must be an integer".
 */
function checkReport(value) {
    const validate = validator();
    if (validate(value))
        return { report: value };
    return { problem: describeErrors(validate.errors ?? []) };
}
/** The field a schema error is about: a missing property's own pointer, else the value's. */
function pointerOf(error) {
    const missing = error.keyword === 'required' ? error.params.missingProperty : null;
    return missing ? `${error.instancePath}/${missing}` : error.instancePath;
}
/**
 * The deepest field's problem: an alternative (null, or an object) fails at
 * the field itself, while the real fault lies further down, where the value
 * came closest to fitting. Type errors at one field are said together.
 */
function describeErrors(errors) {
    const depth = (error) => pointerOf(error).split('/').length;
    const deepest = Math.max(...errors.map(depth));
    const here = errors.filter(error => depth(error) === deepest && error.keyword !== 'anyOf');
    const first = here[0] ?? errors[0];
    const field = pointerOf(first) || 'the report';
    const types = here.filter(error => error.keyword === 'type');
    if (first.keyword === 'type')
        return `${field} must be ${types.map(error => article(error.params.type)).join(' or ')}`;
    return `${field} ${sentence(first)}`;
}
function sentence(error) {
    switch (error.keyword) {
        case 'required':
            return 'is missing';
        case 'enum':
            return `must be one of ${error.params.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(error.params.allowedValue)}`;
        default:
            return error.message ?? 'is not valid';
    }
}
/** "integer" → "an integer", "null" → "null". */
function article(type) {
    if (type === 'null')
        return 'null';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

;// CONCATENATED MODULE: ./src/app/report-file.ts





/**
 * Reads a report an earlier run wrote: a baseline to compare with (say, an
 * artifact from the main branch), or a report to post as the PR comment.
 * Whoever wrote it (a fork's run, say) is not trusted: a missing file,
 * something that is not JSON, a report of another schema version, and one
 * that does not fit report.schema.json are refused, naming the input, the
 * file and the first bad field.
 */
async function readReport(file, input, 
/** The file as messages name it (a temporary path means nothing to the user). */
shown = file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new UserError(`${input}: no file at ${shown}; give the path of a report from an earlier stage-size run`);
    });
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${input}: ${shown} is not JSON (${String(error.message)})`);
    }
    const version = report?.schemaVersion;
    if (!READABLE_SCHEMA_VERSIONS.includes(version)) {
        throw new UserError(`${input}: ${shown} has schemaVersion ${JSON.stringify(version ?? null)}; this stage-size reads schemaVersion 2 and ${SCHEMA_VERSION} (make the baseline with the same major version)`);
    }
    const checked = checkReport(report);
    if ('problem' in checked)
        throw new UserError(`${input}: ${shown}: ${checked.problem}`);
    return checked.report;
}
/** Several images' reports, each with its image's key; the same image twice is refused, naming both files. */
async function readImageReports(files, input) {
    const images = await Promise.all(files.map(async (file) => {
        const report = await readReport(file, input);
        return { key: imageKey(report), file, report };
    }));
    const twice = sameImageTwice(images);
    if (twice) {
        throw new UserError(`${input}: ${twice[0].file} and ${twice[1].file} both measure ${twice[0].key}; give each image's report once`);
    }
    return images;
}

;// CONCATENATED MODULE: ./src/app/baseline-plan.ts








function ready(baseline) {
    return { kind: 'ready', baseline };
}
/**
 * Settles the baseline before anything is built, failing fast on a bad
 * base-ref or baseline-report: measuring only, a report to read, or the
 * base commit the event or base-ref names (stored, or to build).
 */
async function planBaseline(context) {
    const { options, git } = context;
    const option = options.base;
    if (option.kind === 'none')
        return ready({ missing: option.reason, severity: 'notice' });
    if (option.kind === 'report') {
        const report = await readReport(option.path, option.input);
        const ref = {
            ref: report.head?.ref ?? null,
            sha: report.head?.sha ?? null,
            reason: `${option.input} ${option.path}`,
            source: 'report'
        };
        return ready({
            ref,
            stages: reportedStages(report),
            history: validHistory(report.history)
        });
    }
    if (!git) {
        return ready({
            missing: `${options.context} is not in a git repository`,
            severity: 'warning'
        });
    }
    return commitBaseline(context, option, git);
}
/** The base commit the event or base-ref names, stored or to be built. */
async function commitBaseline(context, option, git) {
    const headCommit = await git.head();
    if (!headCommit) {
        return ready({
            missing: `the git repository at ${git.root} has no commits yet`,
            severity: 'notice'
        });
    }
    const choice = chooseBase(option.event, headCommit, option.baseRef);
    const resolved = await resolveBase(git, choice, headCommit.sha);
    if ('missing' in resolved) {
        return ready({
            missing: resolved.missing,
            severity: choice.kind === 'none' && !choice.unexpected ? 'notice' : 'warning'
        });
    }
    return storedOrBuilt(context, git, resolved.commit);
}
/** What a stored report of the base must have measured: this run's image, at the base commit. */
function expectedBaseline({ options, head }, commit) {
    return {
        sha: commit.sha,
        dockerfile: displayPath(options.file),
        target: targetName(head.plan),
        platforms: options.platforms,
        buildArgs: options.buildArgs,
        stageSelection: options.stages,
        buildOptions: buildOptionsReport(options.build.controls)
    };
}
/**
 * The base commit's report, when an earlier run stored one of the same image
 * (`baseline: auto` or `artifact`), so the base is not built again; else the
 * plan to build it (`auto`), or no baseline (`artifact`), saying why.
 */
async function storedOrBuilt(context, git, commit) {
    const { options, log } = context;
    const store = options.baseline === 'build' ? null : options.store;
    if (!store)
        return { kind: 'build', git, commit };
    const answer = await store.find(expectedBaseline(context, commit));
    if ('found' in answer) {
        const { report, run } = answer.found;
        const ref = {
            ref: commit.ref,
            sha: commit.sha,
            reason: commit.reason,
            source: 'artifact',
            run
        };
        return ready({
            ref,
            stages: reportedStages(report),
            history: validHistory(report.history)
        });
    }
    if (options.baseline === 'artifact') {
        return ready({
            missing: `no stored report of the base commit: ${answer.missing}`,
            severity: 'notice'
        });
    }
    log.notice(`No stored report of the base commit ${commit.sha.slice(0, 12)} (${answer.missing}): building it.`);
    return { kind: 'build', git, commit };
}

;// CONCATENATED MODULE: ./src/app/base-worktree.ts








/**
 * Builds the base commit's stages in a temporary worktree (the user's working
 * tree is never touched), with the same inputs and the same build cache. A
 * base without the Dockerfile, or whose build fails, leaves no baseline.
 */
async function measureBaseCommit(context, git, commit, session) {
    return withTempDir('stage-size-base-', async (dir) => {
        const worktree = { kind: 'worktree', repository: git.root, path: dir };
        leftovers/* leftovers */.To.add(worktree);
        try {
            const added = await git.addWorktree(dir, commit.sha);
            if (!added.ok) {
                const reason = `git could not check out ${commit.sha.slice(0, 12)}: ${added.stderr.trim()}`;
                return { missing: reason, severity: 'warning' };
            }
            const base = await baseCheckout(context, git, dir, commit);
            return 'missing' in base ? base : await measured(context, base, commit, session);
        }
        finally {
            await git.removeWorktree(dir);
            leftovers/* leftovers */.To.remove(worktree);
        }
    });
}
/** The base's Dockerfile and plan, in the worktree at `dir`; what went wrong when there are none. */
async function baseCheckout({ options, head }, git, dir, commit) {
    // The base commit's copy of a file in the repository; a file outside it is no commit's.
    const inBase = (file) => {
        const relative = external_node_path_default().relative(git.root, file);
        return relative.startsWith('..') || external_node_path_default().isAbsolute(relative)
            ? file
            : external_node_path_default().join(dir, relative);
    };
    try {
        return await readCheckout(options, 'base', {
            context: inBase(head.contextDir),
            dockerfile: inBase(head.dockerfilePath),
            inCheckout: inBase
        }, dockerfile => planBase(dockerfile, head.plan, options.stages, options.file, options.names.file));
    }
    catch (error) {
        const reason = `at the base commit ${commit.sha.slice(0, 12)}, ${messageOf(error)}`;
        return { missing: reason, severity: 'warning' };
    }
}
/** Measures the base's checkout; a base that does not build leaves no baseline, with its log shown. */
async function measured({ options, log }, base, commit, session) {
    try {
        const sizes = await session.measure(base, options.build);
        const ref = {
            ref: commit.ref,
            sha: commit.sha,
            reason: commit.reason,
            source: 'build'
        };
        const stages = withLines(sideStages(base.plan, base.dockerfile.stages, sizes), base.dockerfile, session.buildMetadata('base'));
        return { ref, stages };
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        if (error.details)
            await log.group('Base build log', async () => log.info(error.details ?? ''));
        return {
            missing: `the base commit ${commit.sha.slice(0, 12)} did not build: ${error.message}`,
            severity: 'warning'
        };
    }
}

;// CONCATENATED MODULE: ./src/core/engine-needs.ts

/** Refuses, before anything is built, what this engine cannot do as asked. */
function assertEngineNeeds(options, engine) {
    assertPlatformsFit(options, engine);
    assertCachesFit(options, engine);
    if (!engine.buildx)
        assertClassicBuilderCan(options);
}
/** What only BuildKit does: refused by name when the client has no buildx plugin. */
function assertClassicBuilderCan(options) {
    const { names, build } = options;
    const needsBuildKit = [
        [build.secrets.length > 0, names.secrets, 'build secrets'],
        [build.controls.ssh.length > 0, names.ssh, 'ssh mounts'],
        [
            Object.keys(build.controls.buildContexts).length > 0,
            names.buildContexts,
            'named build contexts'
        ],
        [build.controls.noCacheFilters.length > 0, names.noCacheFilters, 'no-cache filters'],
        [build.controls.allow.length > 0, names.allow, 'entitlements']
    ];
    const [, name, what] = needsBuildKit.find(([given]) => given) ?? [];
    if (name) {
        throw new UserError(`${name}: ${what} need BuildKit; install the docker-buildx plugin`);
    }
}
/** Several platforms need an image store that holds them, and BuildKit to build them. */
function assertPlatformsFit(options, engine) {
    if (options.platforms.length < 2)
        return;
    const list = options.platforms.join(', ');
    if (engine.imageStore === 'classic') {
        throw new UserError(`${options.names.platforms}: the classic image store cannot hold a multi-platform image (${list}); turn on the containerd image store (Docker Engine 29's default; "features": {"containerd-snapshotter": true} in daemon.json), or give one platform`);
    }
    if (!engine.buildx) {
        throw new UserError(`${options.names.platforms}: building for several platforms (${list}) needs BuildKit; install the docker-buildx plugin, or give one platform`);
    }
}
/** Build caches need BuildKit, and writing one needs more than the classic store's docker driver. */
function assertCachesFit(options, engine) {
    const given = options.cacheTo.length > 0
        ? options.names.cacheTo
        : options.cacheFrom.length > 0
            ? options.names.cacheFrom
            : null;
    if (!given)
        return;
    if (!engine.buildx) {
        throw new UserError(`${given}: build caches need BuildKit; install the docker-buildx plugin`);
    }
    if (options.cacheTo.length > 0 && engine.imageStore === 'classic') {
        throw new UserError(`${options.names.cacheTo}: the docker driver on the classic image store cannot write a build cache; turn on the containerd image store (Docker Engine 29's default), or leave cache-to out`);
    }
}

;// CONCATENATED MODULE: ./src/app/engine-fit.ts




/** Refuses, before anything is built, what this engine and builder cannot do as asked. */
async function assertEngineFits(options, engine) {
    if (options.builder && engine.buildx) {
        await assertBuilderExists(options.builder, options.names.builder);
    }
    assertEngineNeeds(options, engine);
}
/** A secret file that is not there would fail the build late, as a stage's error. */
async function assertSecretFilesExist(options) {
    for (const secret of options.build.secrets) {
        if (!('file' in secret))
            continue;
        const found = await (0,promises_.stat)(secret.file).then(entry => entry.isFile(), () => false);
        if (!found)
            throw new UserError(`${options.names.secretFiles}: the file ${secret.file} (secret ${secret.id}) does not exist; give the path of the file that holds the secret, relative to the working directory`);
    }
}

;// CONCATENATED MODULE: ./src/app/measure.ts












/**
 * The whole run: reads the head's Dockerfile, settles the baseline (failing
 * fast on a bad base-ref or baseline-report), builds and measures the head
 * and, side by side, the base in a temporary worktree, and compares them.
 * No secret or build-arg value leaves it: not in the report, the log lines
 * or an error's message.
 */
async function measure(options, log) {
    const redactor = redactorFor(options.build, process.env);
    try {
        const report = await measureRun(options, redactedLog(log, redactor));
        // Stage names are the Dockerfile's own words, though a build arg may pick one.
        const stageNames = report.stages.flatMap(stage => [stage.name, ...stage.dependsOn]);
        return redactor.json(report, new Set(stageNames));
    }
    catch (error) {
        throw redactedError(error, redactor);
    }
}
async function measureRun(options, log) {
    // Asked first, answered while the Dockerfile and git are read; the builder's
    // inspect too (kept for the run; without buildx it fails, and is not used).
    const engineAnswer = Docker.engine();
    engineAnswer.catch(() => undefined); // awaited below, after the checks that come first
    builderInfo(options.builder).catch(() => undefined);
    await assertSecretFilesExist(options);
    const head = await readHead(options);
    const context = { options, log, head, git: await Git.at(head.contextDir) };
    const plan = await planBaseline(context);
    const engine = await engineAnswer;
    await assertEngineFits(options, engine);
    const session = await MeasuringSession.open(engine, log, options.keepImages);
    try {
        return await measureBoth(context, plan, engine, session);
    }
    finally {
        await session.close();
    }
}
/** The head and the base side by side (BuildKit shares their cache), then the report. */
async function measureBoth(context, plan, engine, session) {
    const { options, log, head } = context;
    if (plan.kind === 'ready' && 'stages' in plan.baseline)
        session.know(plan.baseline.stages.map(stage => stage.size));
    const [headSizes, baseline] = await settleBoth(session.measure(head, options.build), plan.kind === 'ready'
        ? Promise.resolve(plan.baseline)
        : measureBaseCommit(context, plan.git, plan.commit, session));
    // Measuring only was asked for: nothing to say.
    if ('missing' in baseline && options.base.kind !== 'none') {
        log[baseline.severity](`No baseline to compare with: ${baseline.missing}`);
    }
    const headStages = withLines(sideStages(head.plan, head.dockerfile.stages, headSizes), head.dockerfile, session.buildMetadata('head'));
    const changes = await fileChanges(session, headStages, baseline);
    return assemble(context, {
        ...engine,
        delivery: session.deliveries.name,
        buildxBuilder: await session.deliveries.builderOf(options.build)
    }, headStages, baseline, changes);
}
/**
 * Which files changed in each stage both sides have, one stage at a time (each
 * comparison streams its images' file lists); a stage whose layers are not all
 * listed here (a base read from a report measured elsewhere) has none.
 */
async function fileChanges(session, headStages, baseline) {
    const changes = new Map();
    if (!('stages' in baseline))
        return changes;
    for (const stage of headStages) {
        const base = baseline.stages.find(other => other.name === stage.name);
        const found = base && (await session.fileChanges(base.size, stage.size));
        if (found)
            changes.set(stage.name, found);
    }
    return changes;
}
/** The report of both sides. */
async function assemble({ options, head, git }, engine, headStages, baseline, fileChanges) {
    return buildReport({
        fileChanges,
        dockerfile: displayPath(options.file),
        context: displayPath(options.context),
        platforms: options.platforms,
        engine: {
            version: engine.version,
            imageStore: engine.imageStore,
            builder: engine.buildx ? 'buildkit' : 'classic',
            delivery: engine.delivery,
            buildxBuilder: engine.buildxBuilder
        },
        target: targetName(head.plan),
        head: git ? await headRef(git) : null,
        pullRequest: options.pullRequest,
        headStages,
        base: baseline,
        gate: options.gate,
        buildArgs: options.buildArgs,
        buildControls: options.build.controls,
        stageSelection: options.stages,
        baseHistory: ('history' in baseline && baseline.history) || [],
        measuredAt: new Date().toISOString()
    });
}
/** Both results; when either fails, its error, but only once both are done (nothing left running). */
async function settleBoth(a, b) {
    const [first, second] = await Promise.allSettled([a, b]);
    if (first.status === 'rejected')
        throw first.reason;
    if (second.status === 'rejected')
        throw second.reason;
    return [first.value, second.value];
}

;// CONCATENATED MODULE: ./src/core/render/text.ts

const CODE_WIDTH = 100;
const NBSP = '\u00a0';
/** Text that never wraps inside a table cell. */
function unbroken(text) {
    return text.replace(/ /g, NBSP);
}
/** A size that never wraps inside a table cell: "6.27 MB"; "—" for one not measured. */
function size(bytes) {
    return bytes === null ? '—' : formatBytes(bytes).replace(' ', NBSP);
}
/** A signed change that never wraps: "+2.29 MB". */
function change(bytes) {
    return formatSignedBytes(bytes).replace(' ', NBSP);
}
/** "3.09 MB → 5.20 MB", in one piece; one size when both are the same. */
function fromTo(before, after) {
    return before === after ? after : `${before}${NBSP}→${NBSP}${after}`;
}
/**
 * Characters that change how text shows without being seen: C0 and C1
 * controls, bidirectional overrides and isolates (which can make a path read
 * backwards), zero-width spaces, joiners and marks, the byte-order mark.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- control characters are what it finds
/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const ZWSP = '\u200b';
/** One visible line: invisible characters gone, every run of whitespace (line breaks too) one space. */
function oneLine(value) {
    return value.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}
/**
 * Text GitHub would turn into something live, broken with a zero-width
 * space: @mentions (people and teams), #123 issue references, and the
 * URLs and www. names the autolink extension links.
 */
function unlinked(value) {
    return value
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/:\/\//g, `${ZWSP}://`)
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`);
}
/**
 * Text as inline code in a table cell: one line, no pipes, not too long, fenced
 * by more backticks than it holds. Mentions, links and markup inside code are inert.
 */
function codeSpan(value) {
    let line = oneLine(value).trim().replace(/\|/g, '\\|');
    if (line.length > CODE_WIDTH)
        line = `${line.slice(0, CODE_WIDTH - 1)}…`;
    if (line === '')
        return '';
    const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/**
 * Report text as plain markdown: a report may come from a fork's run (with
 * comment-from-report) and branch names are anyone's, so markup, HTML,
 * entities (`&#64;` would read as @), table pipes, mentions, references and
 * links are made inert, on one line.
 */
function text_text(value) {
    return unlinked(oneLine(value).replace(/[\\`*_[\]<>|~&!#]/g, character => `\\${character}`));
}
/** Report text inside HTML (a `<summary>` line, where markdown escapes would show), inert likewise. */
function html(value) {
    return unlinked(oneLine(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** A markdown table from a header row, alignments and rows. */
function table(header, alignment, rows) {
    return [header, alignment, ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n');
}
/** How far past a limit: "11.5× over" (or "over" when the limit allows nothing). */
function overBy(actual, allowed) {
    return allowed > 0 ? `${(actual / allowed).toFixed(1)}× over` : 'over';
}

;// CONCATENATED MODULE: ./src/core/render/headline.ts



/**
 * One sentence about the target: its change against its limits, each number
 * once; first, when the image it is built FROM changed, that image's share.
 */
function headline(report, target) {
    if (!target.head)
        return '';
    const head = target.head;
    return [
        fromImageChange(target, report.metric),
        targetSentence(report, { ...target, head })
    ]
        .filter(Boolean)
        .join(' ');
}
/** "`node:24-slim` replaced `node:22-slim`: +35.2 MB; this Dockerfile's layers: +1.10 MB." */
function fromImageChange(target, metric) {
    const head = target.head?.fromImage;
    const base = target.base?.fromImage;
    if (!head || !base || target.deltaBytes === null)
        return '';
    const bytes = (image) => metric === 'compressed' ? image.compressedBytes : image.uncompressedBytes;
    const [headBytes, baseBytes] = [bytes(head), bytes(base)];
    if (headBytes === null || baseBytes === null || !fromImageChanged(target))
        return '';
    const moved = headBytes - baseBytes;
    const what = head.name === base.name
        ? `${codeSpan(head.name)} changed`
        : `${codeSpan(head.name)} replaced ${codeSpan(base.name)}`;
    return `${what}: ${change(moved)}; this Dockerfile's layers: ${change(target.deltaBytes - moved)}.`;
}
/** Whether the image a stage is built FROM is another than the base's (or the same name, other bytes). */
function fromImageChanged(stage) {
    const head = stage.head?.fromImage;
    const base = stage.base?.fromImage;
    if (!head || !base)
        return false;
    return head.name !== base.name || head.uncompressedBytes !== base.uncompressedBytes;
}
function targetSentence(report, target) {
    const metric = report.metric;
    const head = limits_bytesOf(target.head, metric);
    // With several platforms the sentence's numbers are the first one's: say which.
    const platform = report.platforms?.length > 1 ? ` on ${text_text(report.platforms[0])}` : '';
    const name = `${codeSpan(target.name)}${platform}`;
    const compressed = metric === 'uncompressed'
        ? ` Compressed ${sizes(target, 'compressed')}.`
        : ` Uncompressed ${sizes(target, 'uncompressed')}.`;
    if (!target.base || target.deltaBytes === null) {
        const reason = report.noBaselineReason
            ? ` No baseline: ${text_text(report.noBaselineReason)}.`
            : ' It is new in this change.';
        // Without a base there is no growth to hold to a limit: only max-size applies.
        const budget = target.limit ? maxSizeLimit(target.limit, target.head, metric) : '';
        return `${name} is **${size(head)}** ${metric}${budget ? `; ${budget}` : ''}.${compressed}${reason}`;
    }
    const delta = target.deltaBytes;
    const moved = delta === 0
        ? `is unchanged at ${size(head)}`
        : `${delta > 0 ? `grew **${change(delta)}**` : `shrank **${size(-delta)}**`}${formatPercentChange(target.deltaPercent)} to ${size(head)}`;
    return `${name} ${moved} ${metric}${limitsOf(target, metric)}.${compressed}`;
}
/** "; limit +199 kB (5%): **11.5× over**", in the change's unit; empty without limits. */
function limitsOf(stage, metric) {
    const parts = limitParts(stage, metric);
    return parts.length ? `; ${parts.join(', ')}` : '';
}
/** Each limit the stage is held to, with how far over it is, in the gated metric. */
function limitParts(stage, metric) {
    const limit = stage.limit;
    if (!limit)
        return [];
    const delta = stage.deltaBytes ?? 0;
    return [
        growthLimit('warning past', limit.warnThreshold, limit.allowedWarnGrowthBytes, delta),
        growthLimit('limit', limit.threshold, limit.allowedGrowthBytes, delta),
        maxSizeLimit(limit, stage.head, metric)
    ].filter(Boolean);
}
function growthLimit(label, written, allowed, delta) {
    if (!written)
        return '';
    const amount = allowed === null ? text_text(written) : `${change(allowed)} (${text_text(written)})`;
    const over = allowed !== null && delta > allowed ? `: **${overBy(delta, allowed)}**` : '';
    return `${label} ${amount}${over}`;
}
/** The budget against the size the gate holds to it: the comment and the verdict never disagree. */
function maxSizeLimit(limit, head, metric) {
    if (limit.maxSizeBytes === null)
        return '';
    const bytes = (head && limits_bytesOf(head, metric)) ?? 0;
    const over = bytes > limit.maxSizeBytes ? `: **${size(bytes - limit.maxSizeBytes)} over**` : '';
    return `max-size ${size(limit.maxSizeBytes)}${over}`;
}
function sizes(stage, metric) {
    const head = stage.head ? size(limits_bytesOf(stage.head, metric)) : '—';
    return stage.base ? fromTo(size(limits_bytesOf(stage.base, metric)), head) : head;
}

;// CONCATENATED MODULE: ./src/core/render/history-chart.ts



/** Up to this many points, each is labelled by its commit; past it, by its position. */
const LABELLED_POINTS = 10;
/** The trend's line in GitHub's blue, the limit's in its red: Mermaid's default palette is too pale. */
const PALETTE = '#0969da, #cf222e';
/** A small chart (a trend to glance at, not the comment's main content), in clear colours. */
const HEADER = [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 700',
    '    height: 260',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta'
];
/**
 * The branch's trend as a Mermaid `xychart-beta` line, which GitHub renders
 * in comments and job summaries: one point per commit (`lastLabel` for the
 * last, e.g. the pull request), on a y axis from zero, with the limit (the
 * largest size the gate lets the last point reach) as a flat red line, and a
 * caption saying which line is which. Empty with fewer than two points.
 */
function historyChart(history, metric, title, lastLabel, limitBytes = null) {
    if (history.length < 2)
        return '';
    const bytes = history.map(point => metric === 'compressed' ? point.compressedBytes : point.uncompressedBytes);
    const top = Math.max(...bytes, limitBytes ?? 0);
    const unit = formatBytes(top).split(' ')[1];
    const scale = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[unit] ?? 1;
    const inUnit = (value) => Number((value / scale).toFixed(2));
    // Report text in Mermaid: one line (a line break would let it close the fence), no quote to end the string.
    const quote = (label) => `"${oneLine(label).replace(/["\\`<>%]/g, '')}"`;
    const labels = history.map((point, index) => index === history.length - 1 ? lastLabel : point.sha.slice(0, 7));
    const xAxis = history.length <= LABELLED_POINTS
        ? `[${labels.map(quote).join(', ')}]`
        : `"commits, oldest first" 1 --> ${history.length}`;
    const limitLine = limitBytes === null
        ? []
        : [`  line [${bytes.map(() => inUnit(limitBytes)).join(', ')}]`];
    return [
        ...HEADER,
        `  title ${quote(title)}`,
        `  x-axis ${xAxis}`,
        `  y-axis ${quote(`${metric} (${unit})`)} 0 --> ${niceTop(inUnit(top))}`,
        `  line [${bytes.map(inUnit).join(', ')}]`,
        ...limitLine,
        '```',
        '',
        caption(history.length, lastLabel, limitBytes)
    ].join('\n');
}
/** A round axis top a little above the highest point: 1, 2 or 5 times a power of ten. */
function niceTop(value) {
    const room = value * 1.1 || 1;
    const power = 10 ** Math.floor(Math.log10(room));
    const step = [1, 2, 5, 10].find(multiple => multiple * power >= room) ?? 10;
    return Number((step * power).toPrecision(12));
}
function caption(points, lastLabel, limitBytes) {
    const limit = limitBytes === null
        ? ''
        : `; red: the limit ${text_text(lastLabel)} is held to, ${size(limitBytes)}`;
    return `<sub>Blue: the size at each of the last ${points - 1} measured commits, then ${text_text(lastLabel)}${limit}.</sub>`;
}
/** The target's trend on the base branch, this change last; none without history. */
function trend(report) {
    const label = report.pullRequest ? `#${report.pullRequest.number}` : 'this commit';
    const branch = report.base?.ref ?? 'the base branch';
    return historyChart(report.history ?? [], report.metric, `${report.target} on ${branch}`, label, limitOf(report));
}
/** The largest size the gate lets the target reach: its base plus the allowed growth, or max-size. */
function limitOf(report) {
    const target = report.stages.find(stage => stage.isTarget);
    const limit = target?.limit;
    if (!limit)
        return null;
    const base = target.base && limits_bytesOf(target.base, report.metric);
    const growth = typeof base === 'number' && limit.allowedGrowthBytes !== null
        ? base + limit.allowedGrowthBytes
        : null;
    const ceilings = [growth, limit.maxSizeBytes].filter((value) => value !== null);
    return ceilings.length ? Math.min(...ceilings) : null;
}

;// CONCATENATED MODULE: ./src/core/render/tables.ts





/** What happened to a stage, in a word: gated stages pass, warn or fail; the others grew or shrank. */
function statusOf(stage) {
    if (stage.status === 'fail')
        return STATUS_WORD.fail;
    if (stage.warned)
        return STATUS_WORD.warn;
    if (stage.status !== 'pass' || stage.limit)
        return STATUS_WORD[stage.status];
    return (stage.deltaBytes ?? 0) > 0 ? 'grew' : 'shrank';
}
/** The stages besides the target that changed; without a baseline, every stage's size. */
function stageTable(report, stages) {
    if (!report.base) {
        const rows = report.stages.map(stage => [
            stageName(stage),
            sizes(stage, 'uncompressed'),
            sizes(stage, 'compressed')
        ]);
        return table(['Stage', 'Uncompressed', 'Compressed'], ['---', '--:', '--:'], rows);
    }
    if (stages.length === 0)
        return '';
    const rows = stages.map(stage => [
        stageName(stage),
        sizes(stage, 'uncompressed'),
        sizes(stage, 'compressed'),
        stageChange(stage, report.metric),
        statusOf(stage)
    ]);
    return table(['Stage', 'Uncompressed', 'Compressed', `Change (${report.metric})`, 'Status'], ['---', '--:', '--:', '--:', '---'], rows);
}
function stageName(stage) {
    return stage.isTarget ? `**${text_text(stage.name)}** (target)` : text_text(stage.name);
}
/** The change, then each limit on a line of its own, none broken inside. */
function stageChange(stage, metric) {
    if (stage.deltaBytes === null)
        return '';
    const moved = `${change(stage.deltaBytes)}${unbroken(formatPercentChange(stage.deltaPercent))}`;
    return [moved, ...limitParts(stage, metric).map(unbroken)].join('<br>');
}
/** More unchanged stages than this fold under one line: a reviewer reads what changed. */
const UNCHANGED_OPEN = 6;
/** "Unchanged: `deps` 4.27 MB, `build` 6.27 MB."; many fold: "▸ 33 stages unchanged". */
function unchangedLine(report, stages) {
    if (!report.base || stages.length === 0)
        return '';
    const list = stages
        .map(stage => `${codeSpan(stage.name)} ${size(limits_bytesOf(stage.head, report.metric))}`)
        .join(', ');
    if (stages.length <= UNCHANGED_OPEN)
        return `Unchanged: ${list}.`;
    return `<details><summary>${count(stages.length, 'stage')} unchanged</summary>\n\n${list}.\n\n</details>`;
}
/** With several platforms, the target on each: they are gated one by one. */
function platformTable(report) {
    const target = report.stages.find(stage => stage.isTarget);
    const platforms = target?.head?.platforms;
    if (!target || !platforms)
        return '';
    const rows = Object.entries(platforms).map(([platform, head]) => {
        const base = target.base?.platforms?.[platform] ?? null;
        const both = (metric) => base
            ? fromTo(size(limits_bytesOf(base, metric)), size(limits_bytesOf(head, metric)))
            : size(limits_bytesOf(head, metric));
        const [after, before] = [
            limits_bytesOf(head, report.metric),
            base && limits_bytesOf(base, report.metric)
        ];
        const delta = after !== null && typeof before === 'number' ? after - before : null;
        const moved = delta === null ? '' : change(delta);
        const status = target.platformStatus?.[platform];
        return [
            codeSpan(platform),
            both('uncompressed'),
            both('compressed'),
            moved,
            status ? STATUS_WORD[status] : ''
        ];
    });
    return table([
        `${text_text(target.name)} by platform`,
        'Uncompressed',
        'Compressed',
        `Change (${report.metric})`,
        'Status'
    ], ['---', '--:', '--:', '--:', '---'], rows);
}

;// CONCATENATED MODULE: ./src/core/changed-layers.ts

/** Layers of stages a diff is shown for have the metric's figure; a missing one counts nothing. */
const changed_layers_bytesOf = (layer, metric) => limits_bytesOf(layer, metric) ?? 0;
/**
 * Why an image's size changed, layer by layer, largest change first. Layers
 * both images share (same content) are left out. A layer made by the same
 * instruction on both sides, or else standing at the same position (an edited
 * instruction), changed in place; the rest were added or removed.
 */
function changedLayers(base, head, metric) {
    const baseLeft = unsharedPositions(base.layers, head.layers);
    const headLeft = unsharedPositions(head.layers, base.layers);
    const changes = [];
    for (const position of headLeft) {
        const layer = head.layers[position];
        const twin = baseLeft.find(at => base.layers[at].createdBy === layer.createdBy) ??
            baseLeft.find(at => at === position);
        if (twin !== undefined)
            baseLeft.splice(baseLeft.indexOf(twin), 1);
        const before = twin === undefined ? null : base.layers[twin];
        changes.push({
            createdBy: layer.createdBy,
            kind: before ? 'changed' : 'added',
            deltaBytes: changed_layers_bytesOf(layer, metric) - (before ? changed_layers_bytesOf(before, metric) : 0),
            head: layer,
            base: before
        });
    }
    for (const position of baseLeft) {
        const layer = base.layers[position];
        changes.push({
            createdBy: layer.createdBy,
            kind: 'removed',
            deltaBytes: -changed_layers_bytesOf(layer, metric),
            head: null,
            base: layer
        });
    }
    return changes
        .filter(change => change.deltaBytes !== 0 || change.kind !== 'changed')
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes));
}
/**
 * A layer's content: its diff ID, the same whether the blob is gzip or not (a
 * stage measured uncompressed holds a layer the target shares as the target's
 * gzip blob); reports older than diff IDs have only the blob's digest.
 */
const contentOf = (layer) => layer.diffId ?? layer.digest;
/** The positions of `layers` whose content `other` does not have (each shared layer matched once). */
function unsharedPositions(layers, other) {
    const unmatched = other.map(contentOf);
    return layers.flatMap((layer, position) => {
        const at = unmatched.indexOf(contentOf(layer));
        if (at === -1)
            return [position];
        unmatched.splice(at, 1);
        return [];
    });
}

;// CONCATENATED MODULE: ./src/core/render/instructions.ts


/** Long enough to tell instructions apart, short enough not to wrap a table cell at 830 px. */
const INSTRUCTION_WIDTH = 60;
/** "RUN /bin/sh -c chmod -R a-w /app/deps" → "RUN chmod -R a-w /app/deps", at most 60 characters. */
function shortInstruction(createdBy) {
    const line = normalized(createdBy);
    return line.length > INSTRUCTION_WIDTH
        ? `${line.slice(0, INSTRUCTION_WIDTH - 1)}…`
        : line;
}
/**
 * Names an image's layers by the instruction that made them, in full the first
 * time and by its Dockerfile line after that, so one part of the comment
 * writes each instruction once. The FROM image's layers are named by that image.
 */
class InstructionNames {
    image;
    named = new Set();
    constructor(image) {
        this.image = image;
    }
    /** The name of the group a layer's files are listed under: the FROM image's layers share one. */
    groupOf(layer) {
        return this.fromImage(layer) ? -1 : layer;
    }
    name(layer) {
        const from = this.fromImage(layer);
        if (from)
            return `${codeSpan(from)} (the FROM image)`;
        const made = this.image.layers[layer];
        const line = made?.line;
        if (line !== undefined && this.named.has(layer))
            return `line ${line}`;
        this.named.add(layer);
        const text = codeSpan(shortInstruction(made?.createdBy ?? '')) || 'an unnamed layer';
        return line === undefined ? text : `${text} (line ${line})`;
    }
    fromImage(layer) {
        const from = this.image.fromImage;
        return from && layer < from.layers ? from.name : null;
    }
}

;// CONCATENATED MODULE: ./src/core/render/wasted.ts

const WASTED_SHOWN = 3;
/**
 * The stage's wasted bytes, when they grew or max-waste holds them, with the
 * largest wasted copies grouped by what made them wasted: a later instruction
 * that stored the same bytes again (a `chmod -R`: only mode or owner changed),
 * or one that overwrote or deleted them.
 */
function wasteLine(head, base, limit, names) {
    const wasted = head.wastedBytes;
    if (wasted === undefined)
        return '';
    const before = base.wastedBytes ?? 0;
    const allowed = limit?.maxWasteBytes ?? null;
    if (wasted <= before && (allowed === null || wasted <= allowed))
        return '';
    const gate = allowed === null
        ? ''
        : `, max-waste ${size(allowed)}${wasted > allowed ? `: **${overBy(wasted, allowed)}**` : ''}`;
    const groups = new Map();
    for (const copy of (head.wasted ?? []).slice(0, WASTED_SHOWN)) {
        const key = `${copy.storedAgainBy ?? copy.layer}:${copy.storedAgainBy === undefined ? copy.reason : 'again'}`;
        groups.set(key, [...(groups.get(key) ?? []), copy]);
    }
    const lines = [...groups.values()].map(copies => `- ${cause(copies[0], names)}: ${copies.map(copy => `${codeSpan(copy.path)} ${size(copy.bytes)}`).join(', ')}`);
    const line = `**Wasted:** ${size(wasted)} that layers store and later layers hide (was ${size(before)}${gate})`;
    return [lines.length ? `${line}:` : `${line}.`, ...lines].join('\n');
}
function cause(copy, names) {
    if (copy.storedAgainBy !== undefined)
        return `${names.name(copy.storedAgainBy)} stored again what ${names.name(copy.layer)} stored, bytes unchanged (only mode or owner)`;
    return `written by ${names.name(copy.layer)}, then ${copy.reason}`;
}

;// CONCATENATED MODULE: ./src/core/render/why.ts







const DIRECTORIES_SHOWN = 3;
const LAYERS_SHOWN = 5;
/**
 * Why a stage's size changed, in a few lines: what the change is made of
 * (files, wasted copies, the rest: they add up to it), the files that changed
 * most grouped under the instruction that first stored their bytes, and the
 * wasted copies; its layers when the files are not known (a base measured
 * elsewhere). Each instruction is written once, then named by its line.
 */
function why(stage, metric, filesShown) {
    if (!stage.head || !stage.base)
        return '';
    const names = new InstructionNames(stage.head);
    const files = stage.fileChanges && ownFiles(stage, stage.fileChanges);
    const parts = files
        ? [
            accounting(stage.head, stage.base, files, metric, filesShown),
            fileTable(files, names, filesShown)
        ]
        : [layerTable(stage, metric)];
    return [...parts, wasteLine(stage.head, stage.base, stage.limit, names)]
        .filter(Boolean)
        .join('\n\n');
}
/**
 * When the FROM image changed (the headline gives its share), the files the
 * Dockerfile's own layers changed: the new base image's files would bury them.
 * The sums stay whole (they add up to the change); the report lists every file.
 */
function ownFiles(stage, files) {
    if (!fromImageChanged(stage))
        return files;
    const [head, base] = [
        stage.head?.fromImage?.layers ?? 0,
        stage.base?.fromImage?.layers ?? 0
    ];
    const own = (bottom) => (file) => (file.storedIn ?? file.layer ?? bottom) >= bottom;
    return {
        ...files,
        added: files.added.filter(own(head)),
        changed: files.changed.filter(own(head)),
        removed: files.removed.filter(own(base)),
        fromImageLeftOut: true
    };
}
/**
 * "**Why** the +4.58 MB: files +2.29 MB (2 added), wasted +2.29 MB." The
 * uncompressed change split into the final files' change, the wasted bytes'
 * change and what neither holds; with the compressed metric, of its
 * uncompressed change, which is what files are counted in.
 */
function accounting(head, base, files, metric, filesShown) {
    const kinds = fileKinds(files);
    // Nothing to explain (a stage held to its limits on another platform, say).
    if (!kinds)
        return '';
    const total = head.uncompressedBytes - base.uncompressedBytes;
    const fileBytes = files.addedBytes - files.removedBytes + files.changedBytes;
    const wasted = head.wastedBytes === undefined || base.wastedBytes === undefined
        ? null
        : head.wastedBytes - base.wastedBytes;
    const rest = total - fileBytes - (wasted ?? 0);
    const parts = [
        `files ${change(fileBytes)} (${kinds})`,
        wasted ? `wasted ${change(wasted)}` : '',
        rest ? `${wasted === null ? 'not in the final files' : 'other'} ${change(rest)}` : ''
    ].filter(Boolean);
    const of = metric === 'uncompressed' ? change(total) : `${change(total)} uncompressed`;
    const listed = files.addedFiles + files.removedFiles + files.changedFiles;
    const places = listed > filesShown ? directoriesLine(files) : '';
    return `**Why** the ${of}: ${parts.join(', ')}.${places}`;
}
/** "2 added", or with several kinds each one's bytes: "2 added +2.29 MB, 1 removed −300 kB". */
function fileKinds(files) {
    const kinds = [
        [files.addedFiles, 'added', files.addedBytes],
        [files.removedFiles, 'removed', -files.removedBytes],
        [files.changedFiles, 'changed', files.changedBytes]
    ];
    const present = kinds.filter(([n]) => n > 0);
    return present
        .map(([n, word, bytes]) => `${n.toLocaleString('en-US')} ${word}${present.length > 1 ? ` ${change(bytes)}` : ''}`)
        .join(', ');
}
/** " Most under `/app/node_modules/` (+9.81 MB)." */
function directoriesLine(files) {
    const places = topDirectories(files)
        .map(directory => `${codeSpan(directory.path + '/')} (${change(directory.headBytes - directory.baseBytes)})`)
        .join(', ');
    return places ? ` Most under ${places}.` : '';
}
/**
 * The directories that changed most; a parent is left out when one directory
 * below it holds nearly all (90%) of its change: `/app/` says nothing that
 * `/app/node_modules/` does not.
 */
function topDirectories(files) {
    const delta = (directory) => directory.headBytes - directory.baseBytes;
    return files.directories
        .filter(directory => delta(directory) !== 0)
        .filter(directory => !files.directories.some(other => other.path.startsWith(directory.path + '/') &&
        Math.sign(delta(other)) === Math.sign(delta(directory)) &&
        Math.abs(delta(other)) >= 0.9 * Math.abs(delta(directory))))
        .slice(0, DIRECTORIES_SHOWN);
}
const GONE = -2;
/** The files that changed most, under the instruction that stored their bytes (the largest group first). */
function fileTable(files, names, shown) {
    const all = largestFileChanges(files);
    const rows = all.slice(0, Math.max(shown, 0));
    if (rows.length === 0 && !files.fromImageLeftOut)
        return '';
    const groups = new Map();
    for (const row of rows) {
        const group = row.layer === undefined ? GONE : names.groupOf(row.layer);
        groups.set(group, [...(groups.get(group) ?? []), row]);
    }
    const cells = [...groups].flatMap(([group, members]) => [
        [
            // Emphasis only on stage-size's own words: an instruction is anyone's text.
            group === GONE
                ? '**No longer in the image**'
                : `**Stored by** ${names.name(members[0].layer)}`,
            ''
        ],
        ...members.map(row => [
            codeSpan(row.path),
            `${change(row.delta)}${row.kind === 'new' ? ' new' : ''}`
        ])
    ]);
    const more = all.length - rows.length;
    if (more > 0)
        cells.push([`_${count(more, 'more file')} listed in the report_`, '']);
    if (files.fromImageLeftOut)
        cells.push(["The FROM image's own files: listed in the report", '']);
    return table(['File', 'Change'], ['---', '--:'], cells);
}
/** The layers that grew or shrank most, with their instructions and largest files. */
function layerTable(stage, metric) {
    const changes = changedLayers(stage.base, stage.head, metric);
    if (changes.length === 0)
        return '';
    // With the files known, the files table names them: the layers' largest files would repeat it.
    const withFiles = !stage.fileChanges;
    const rows = changes
        .slice(0, LAYERS_SHOWN)
        .map(layerChange => [
        change(layerChange.deltaBytes),
        layerChange.kind,
        instruction(layerChange),
        ...(withFiles ? [largestFiles(layerChange)] : [])
    ]);
    const more = changes.length - LAYERS_SHOWN;
    const extra = withFiles ? [''] : [];
    if (more > 0)
        rows.push(['', '', `_${count(more, 'more changed layer')}_`, ...extra]);
    return table(['Change', 'Layer', 'Instruction', ...(withFiles ? ['Largest files'] : [])], ['--:', '---', '---', ...(withFiles ? ['---'] : [])], rows);
}
function instruction(layerChange) {
    const was = layerChange.base?.createdBy;
    const edited = layerChange.head && was !== undefined && was !== layerChange.createdBy;
    const line = layerChange.head?.line;
    const now = `${codeSpan(shortInstruction(layerChange.createdBy))}${line ? ` (line ${line})` : ''}`;
    return `${now}${edited ? `<br>was ${codeSpan(shortInstruction(was))}` : ''}`;
}
function largestFiles(layerChange) {
    const files = (layerChange.head ?? layerChange.base)?.largestFiles ?? [];
    return files
        .slice(0, 3)
        .map(file => `${codeSpan(file.path)} ${size(file.bytes)}`)
        .join('<br>');
}

;// CONCATENATED MODULE: ./src/core/render/comment.ts






/** GitHub refuses comments longer than this. */
const comment_COMMENT_LIMIT = 65_536;
/** Files listed in the target's open "why", and in each stage's details. */
const FILES_OPEN = 5;
const FILES_IN_DETAILS = 10;
const FULL = {
    layers: true,
    unchangedStages: true,
    maxStages: Infinity,
    legend: true
};
/** The report without its legend, as a merged comment's section shows it. */
const SECTION = { ...FULL, legend: false };
const NO_LINKS = { runUrl: null, repositoryUrl: null };
/**
 * The report as markdown: the job summary, and (shortened when needed) the PR
 * comment. Each number once: the title names the image, one sentence gives the
 * target's change against its limit, then why it changed (open when it failed
 * or warned), the other stages that changed, the unchanged ones in one line,
 * the commits, and the layers and files of every changed stage collapsed.
 */
function renderMarkdown(report, detail = FULL, links = NO_LINKS) {
    const target = report.stages.find(stage => stage.isTarget);
    const others = report.stages.filter(stage => !stage.isTarget);
    const changed = others.filter(stage => stage.status !== 'unchanged');
    const unchanged = others.filter(stage => stage.status === 'unchanged');
    const shownChanged = changed.slice(0, detail.maxStages);
    const hidden = changed.length - shownChanged.length + (detail.unchangedStages ? 0 : unchanged.length);
    const parts = [
        `### ${titleOf(report.verdict)}: ${imageName(report)}`,
        target ? headline(report, target) : '',
        target && opensWhy(target) ? why(target, report.metric, FILES_OPEN) : '',
        platformTable(report),
        stageTable(report, shownChanged),
        othersWhy(shownChanged, report.metric),
        detail.unchangedStages ? unchangedLine(report, unchanged) : '',
        hidden > 0 ? `_${count(hidden, 'more stage')} in the job summary._` : '',
        commits(report, links),
        trend(report),
        detail.layers ? details(report) : '',
        detail.legend ? legend([report], showsDash(shownChanged)) : ''
    ];
    return parts.filter(Boolean).join('\n\n') + '\n';
}
/** The Dockerfile, the target and the platforms, so two images' comments differ. */
function imageName(report) {
    const platforms = report.platforms?.length ? ` (${report.platforms.join(', ')})` : '';
    return text_text(`${report.dockerfile} › ${report.target}${platforms}`);
}
/** A stage that failed or warned shows why without a click. */
function opensWhy(stage) {
    return stage.status === 'fail' || stage.warned;
}
/** Why each other stage that failed or warned changed, under its name. */
function othersWhy(stages, metric) {
    return stages
        .filter(opensWhy)
        .map(stage => ({ stage, body: why(stage, metric, FILES_OPEN) }))
        .filter(({ body }) => body)
        .map(({ stage, body }) => `**${text_text(stage.name)}**\n\n${body}`)
        .join('\n\n');
}
/** "Base 1f2e…(40) (main) ← head 9a8b… (feature)": SHAs written plainly, so GitHub links them. */
function commits(report, links) {
    const pullHead = report.pullRequest?.headSha;
    const head = !report.head
        ? ''
        : pullHead && pullHead !== report.head.sha
            ? `head ${sha(pullHead)} (measured merged into its base, as ${sha(report.head.sha)})`
            : `head ${sha(report.head.sha)}${report.head.ref ? ` (${text_text(report.head.ref)})` : ''}`;
    const base = report.base
        ? `Base ${sha(report.base.sha)}${report.base.ref ? ` (${text_text(report.base.ref)})` : ''}, ${text_text(report.base.reason)}${storedBy(report.base, links)}`
        : // The headline gives the reason when there is a target; say it here only without one.
            report.noBaselineReason && !report.stages.some(stage => stage.isTarget)
                ? `No baseline: ${text_text(report.noBaselineReason)}`
                : '';
    const line = [base, head].filter(Boolean).join(' · ');
    // Without a base the line starts at the head: a sentence still starts with a capital.
    return line.charAt(0).toUpperCase() + line.slice(1);
}
/** A commit SHA as plain text (GitHub links it); anything else in the field is made inert. */
function sha(value) {
    if (!value)
        return 'unknown';
    return /^[0-9a-f]{7,64}$/.test(value) ? value : text_text(value);
}
/** Where a stored base's sizes came from: the run that measured it, linked on this repository by its number. */
function storedBy(base, links) {
    if (base.source !== 'artifact' || !base.run)
        return '';
    const id = base.run.id;
    const run = links.repositoryUrl
        ? `[run ${id}](${links.repositoryUrl}/actions/runs/${id})`
        : `run ${id}`;
    return `; its sizes from the report ${run} stored, not built again`;
}
/** Every changed stage's files and layers, collapsed; the target first. */
function details(report) {
    const stages = [
        ...report.stages.filter(stage => stage.isTarget),
        ...report.stages.filter(stage => !stage.isTarget)
    ].filter(stage => stage.head && stage.base && stage.deltaBytes);
    const sections = stages
        .map(stage => stageDetails(stage, report.metric, opensWhy(stage)))
        .filter(Boolean);
    if (sections.length === 0)
        return '';
    return [
        '<details><summary>Files and layers of each changed stage</summary>',
        '',
        ...sections,
        '</details>'
    ].join('\n');
}
/** A stage's why (unless shown open above) and, when its files are known, its layers. */
function stageDetails(stage, metric, whyShown) {
    const shown = [
        whyShown ? '' : why(stage, metric, FILES_IN_DETAILS),
        stage.fileChanges ? layerTable(stage, metric) : ''
    ].filter(Boolean);
    if (shown.length === 0)
        return '';
    // Its change is in the headline or the stage table already.
    return [`**${text_text(stage.name)}**`, '', ...shown.map(part => `${part}\n`)].join('\n');
}
/** Whether the stage table shows a stage's compressed size as "—" (only it shows other stages' compressed sizes). */
function showsDash(tabled) {
    return tabled.some(stage => stage.head?.compressedBytes === null || stage.base?.compressedBytes === null);
}
/** The legend: what each figure means, the dash where a table shows one, and what measured (each engine once). */
function legend(reports, dash) {
    const unmeasured = dash
        ? ' —: not measured, as nobody pulls that stage (the compressed input).'
        : '';
    const measured = [...new Set(reports.map(measuredBy))].join('; ');
    return `<sub>Uncompressed: the bytes of the files in the image's layers. Compressed: the layer blobs a registry stores and a pull downloads.${unmeasured} Files: the image's final filesystem, compared file by file. Measured by ${measured}.</sub>`;
}
function measuredBy(report) {
    const builder = builderWords(report.engine);
    return `stage-size ${text_text(report.generator.version)} on Docker ${text_text(report.engine.version)} (${text_text(report.engine.imageStore)} image store)${builder ? `, ${text_text(builder)}` : ''}`;
}
/** The job summary's limit (GitHub refuses larger summaries), with room to spare. */
const SUMMARY_LIMIT = 1_000_000;
/**
 * The report within `limit` characters: whole when it fits, else without the
 * collapsed details, then without unchanged stages, then with fewer stage
 * rows, followed by `note` (where the rest is) unless it is empty.
 */
function renderWithin(report, limit, note, links = NO_LINKS, whole = FULL) {
    const full = renderMarkdown(report, whole, links);
    if (full.length <= limit)
        return full;
    const ending = note ? `\n> ${note}\n` : '';
    const attempts = [
        { ...whole, layers: false },
        { ...whole, layers: false, unchangedStages: false }
    ];
    for (const detail of attempts) {
        const shortened = renderMarkdown(report, detail, links) + ending;
        if (shortened.length <= limit)
            return shortened;
    }
    for (let maxStages = Math.floor(report.stages.length / 2);; maxStages = Math.floor(maxStages / 2)) {
        const shortened = renderMarkdown(report, { ...whole, layers: false, unchangedStages: false, maxStages }, links) + ending;
        if (shortened.length <= limit || maxStages === 0)
            return shortened.slice(0, limit);
    }
}
/** Where the whole report is when the comment had to be shortened: the run's job summary. */
function comment_shortenedNote(runUrl) {
    return runUrl
        ? `Shortened to fit a comment: the full report is in [the run's job summary](${runUrl}).`
        : "Shortened to fit a comment: the full report is in the workflow run's job summary.";
}
/**
 * The PR comment: the marker that finds it again, then the report, shortened
 * below GitHub's limit, with one note linking the run where the rest is.
 */
function comment_renderComment(report, marker, links = NO_LINKS, limit = comment_COMMENT_LIMIT) {
    const note = comment_shortenedNote(links.runUrl);
    return `${marker}\n${renderWithin(report, limit - marker.length - 1, note, links)}`;
}

;// CONCATENATED MODULE: ./src/core/render/merged.ts







/**
 * Several images' reports as one comment within `limit` characters: a summary
 * table (one row per image), then each image's section, open when its target
 * changed and collapsed when nothing did, each shortened to an equal share of
 * what is left.
 */
function merged_renderMerged(images, limit, note, links = NO_LINKS) {
    const verdict = mergedVerdict(images.map(image => image.report));
    const failing = images.filter(image => image.report.verdict === 'fail').length;
    const all = count(images.length, 'image');
    const title = `### ${titleOf(verdict, true)}${failing ? `: ${failing} of ${all} over their limits` : ` (${all})`}`;
    const head = `${title}\n\n${summaryTable(images)}\n\n`;
    const reports = images.map(image => image.report);
    // One legend and one note, however many sections: each section leaves its own out.
    const dash = reports.some(report => showsDash(report.stages.filter(stage => !stage.isTarget && stage.status !== 'unchanged')));
    const footer = `\n${legend(reports, dash)}\n`;
    const ending = `\n> ${note}\n`;
    const share = Math.floor((limit - head.length - footer.length - ending.length) / images.length);
    const sections = images.map(image => section(image, share, links));
    const shortened = sections.some(one => one.shortened);
    return `${head}${sections.map(one => one.text).join('\n\n')}\n${footer}${shortened ? ending : ''}`;
}
function summaryTable(images) {
    const rows = images.map(({ report }) => {
        const target = report_targetStage(report);
        const bytes = target.head && limits_bytesOf(target.head, report.metric);
        const size = typeof bytes === 'number' ? formatBytes(bytes) : '—';
        const change = target.deltaBytes === null
            ? '—'
            : target.deltaBytes === 0
                ? '0 B'
                : `${formatSignedBytes(target.deltaBytes)}${formatPercentChange(target.deltaPercent)}`;
        return [
            codeSpan(report.dockerfile),
            codeSpan(report.target),
            report.platform ? codeSpan(report.platform) : 'default',
            size,
            change,
            `${MARK[report.verdict]} ${report.verdict}`
        ];
    });
    return table(['Dockerfile', 'Target', 'Platform', 'Target size', 'Change', 'Verdict'], ['---', '---', '---', '--:', '--:', '---'], rows);
}
/** One image's report, its title naming the image, collapsed when its target did not change. */
function section({ report }, share, links) {
    const label = [report.dockerfile, report.target, report.platform ?? '']
        .filter(Boolean)
        .map(html)
        .join(' · ');
    const unchanged = report.verdict === 'pass' && report_targetStage(report).deltaBytes === 0;
    const open = unchanged ? '<details>' : '<details open>';
    const wrapper = `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n\n\n</details>`;
    const body = renderWithin(report, Math.max(share - wrapper.length, 0), '', links, SECTION);
    // The summary line already says the image and its verdict: the report's own title would repeat it.
    const untitled = body.replace(/^### .*\n\n/, '');
    return {
        text: `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n${untitled}\n</details>`,
        shortened: body !== renderMarkdown(report, SECTION, links)
    };
}

;// CONCATENATED MODULE: ./src/app/outcome.ts



/** The exit status of a CLI run whose gate failed (1 is for errors). */
const EXIT_GATE_FAILED = 2;
/**
 * One or several images' reports as one markdown text within `limit`
 * characters: one image's report, or the merged comment; `note` says where
 * the rest is when it had to be shortened.
 */
function reportsMarkdown(images, limit, note, links) {
    return images.length === 1
        ? renderWithin(images[0].report, limit, note, links)
        : merged_renderMerged(images, limit, note, links);
}
/** The pull request comment of one or several reports: under its marker, within GitHub's limit. */
function reportsComment(images, marker, links) {
    if (images.length === 1)
        return renderComment(images[0].report, marker, links);
    const note = shortenedNote(links.runUrl);
    return `${marker}\n${renderMerged(images, COMMENT_LIMIT - marker.length - 1, note, links)}`;
}
/**
 * The outcome of one or several reports, the same rule for both: the step
 * fails (with fail-on-regression) when an image failed its gate, naming each
 * failing image (when there are several) and why.
 */
function reportsOutcome(images, policy) {
    if (images.length === 1)
        return outcomeOf(images[0].report, policy);
    const outcomes = images.map(({ key, report }) => ({
        key,
        outcome: outcomeOf(report, policy)
    }));
    const failures = outcomes.flatMap(({ key, outcome }) => outcome.failure ? [`${key}: ${outcome.failure}`] : []);
    const warnings = outcomes.flatMap(({ key, outcome }) => outcome.warnings.map(warning => `${key}: ${warning}`));
    return { failure: failures.length ? failures.join('; ') : null, warnings };
}
/** What the step does with an outcome: says each warning, then the failure; the exit status. */
function settle(outcome, say) {
    outcome.warnings.forEach(warning => say.warning(warning));
    if (!outcome.failure)
        return 0;
    say.failure(outcome.failure);
    return EXIT_GATE_FAILED;
}

;// CONCATENATED MODULE: ./src/core/render/terminal-table.ts



/** Lays out rows as aligned columns: text columns left, numbers right. */
function alignColumns(rows, rightAligned) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)));
    return rows.map(row => row
        .map((cell, column) => rightAligned.has(column)
        ? cell.padStart(widths[column])
        : cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd());
}
/** The target's file changes listed after the table unless asked otherwise (--files). */
const FILES_SHOWN = 10;
/** The per-stage table the CLI prints and the action logs, then the target's `files` largest file changes. */
function renderStageTable(report, files = FILES_SHOWN) {
    const compared = report.base !== null;
    const header = ['STAGE', 'UNCOMPRESSED', 'COMPRESSED', 'LAYERS'];
    if (compared)
        header.push(`CHANGE (${report.metric})`, 'STATUS');
    header.push('');
    const rows = report.stages.map(stage => {
        const row = [
            stage.name,
            stage.head ? formatBytes(stage.head.uncompressedBytes) : '-',
            stage.head?.compressedBytes != null ? formatBytes(stage.head.compressedBytes) : '-',
            stage.head ? String(stage.head.layers.length) : '-'
        ];
        if (compared)
            row.push(stage.deltaBytes === null
                ? ''
                : formatSignedBytes(stage.deltaBytes) + formatPercentChange(stage.deltaPercent), stage.status + (stage.warned ? ' (warn)' : ''));
        row.push(stage.isTarget ? '<- target' : '');
        return row;
    });
    return [
        title(report),
        '',
        ...alignColumns([header, ...rows], new Set([1, 2, 3, 4])),
        ...targetFiles(report, files)
    ].join('\n');
}
/** The target's largest file changes, one per line: "+2.00 MB  new  /app/lib.so". */
function targetFiles(report, shown) {
    const target = report.stages.find(stage => stage.isTarget);
    if (!target?.fileChanges || shown <= 0)
        return [];
    const rows = largestFileChanges(target.fileChanges);
    if (rows.length === 0)
        return ['', `${target.name}: no file was added, removed or changed in size`];
    const lines = rows
        .slice(0, shown)
        .map(row => [formatSignedBytes(row.delta), row.kind, row.path]);
    const more = rows.length > shown ? [`(${rows.length - shown} more in the report)`] : [];
    const waste = target.head?.wastedBytes;
    const wasted = waste && waste > (target.base?.wastedBytes ?? 0)
        ? [
            `${target.name} wastes ${formatBytes(waste)} (files stored in layers but hidden by later ones; was ${formatBytes(target.base?.wastedBytes ?? 0)})`
        ]
        : [];
    return [
        '',
        `${target.name}: the files that changed most`,
        ...alignColumns(lines, new Set([0])).map(line => `  ${line}`),
        ...more,
        ...wasted
    ];
}
function title(report) {
    const measured = report.stages.filter(stage => stage.head).length;
    const stages = `${count(measured, 'stage')} measured`;
    const comparison = report.base
        ? `compared with ${report.base.ref ?? 'the base'}${report.base.sha ? ` (${report.base.sha.slice(0, 12)})` : ''}: ${report.base.reason}\nverdict: ${report.verdict}`
        : `no baseline: ${report.noBaselineReason}`;
    const builder = builderWords(report.engine);
    const engine = `${report.engine.imageStore} image store, Docker ${report.engine.version}${builder ? `; ${builder}` : ''}`;
    return `${report.dockerfile}: ${stages} (${engine})\n${comparison}`;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/options/build.ts




const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
const CACHE_TYPE = /^type=[a-z0-9-]+(,[A-Za-z0-9_-]+=[^,]*)*$/;
/** `KEY=VALUE` entries (one per line in the action, one per flag in the CLI). */
function parseBuildArgs(entries, input) {
    const args = {};
    for (const entry of entries) {
        if (entry.trim() === '')
            continue;
        const equals = entry.indexOf('=');
        const key = equals === -1 ? '' : entry.slice(0, equals).trim();
        if (!ARG_NAME.test(key)) {
            throw new UserError(`${input}: "${entry}" is not KEY=VALUE; give one build argument per line, e.g. NODE_VERSION=20`);
        }
        args[key] = entry.slice(equals + 1);
    }
    return args;
}
/** `all`, or stage names separated by commas or newlines. */
function parseStageList(value, input) {
    const names = value
        .split(/[,\n]/)
        .map(name => name.trim())
        .filter(Boolean);
    if (names.length === 0 || (names.length === 1 && names[0].toLowerCase() === 'all')) {
        return 'all';
    }
    for (const name of names) {
        if (!STAGE_NAME.test(name)) {
            throw new UserError(`${input}: "${name}" is not a stage name; give "all" or stage names separated by commas or newlines, e.g. "build, test"`);
        }
    }
    return names;
}
/** Platforms such as linux/amd64, separated by commas (as `docker buildx build --platform` takes them) or newlines. */
function parsePlatforms(value, input) {
    const platforms = value
        .split(/[,\n]/)
        .map(platform => platform.trim())
        .filter(Boolean);
    for (const platform of platforms) {
        if (!PLATFORM.test(platform)) {
            throw new UserError(`${input}: "${platform}" is not a platform; give os/arch[/variant] platforms separated by commas, e.g. linux/amd64,linux/arm64`);
        }
    }
    return [...new Set(platforms)];
}
/**
 * Cache entries as docker/build-push-action takes them: `type=…,key=value,…`
 * (a bare reference means `type=registry,ref=<reference>`), one per line.
 */
function parseCaches(entries, input) {
    return entries
        .map(entry => entry.trim())
        .filter(Boolean)
        .map(entry => {
        const cache = entry.includes('=') ? entry : `type=registry,ref=${entry}`;
        if (!CACHE_TYPE.test(cache)) {
            throw new UserError(`${input}: "${entry}" is not a build cache; give type=… with its options, e.g. type=local,src=/tmp/cache, type=gha or type=registry,ref=user/app:cache`);
        }
        return cache;
    });
}
/** The Dockerfile path: as given, else `Dockerfile` in the context, like `docker build`. */
function dockerfilePath(context, file) {
    return file.trim() || external_node_path_default().join(context, 'Dockerfile');
}
/** What to build: the options of the first section of --help. */
const BUILD_OPTIONS = {
    context: row_text({
        input: 'context',
        flag: 'context',
        short: 'c',
        section: 'build',
        description: 'The build context directory.',
        default: '.',
        help: { value: 'DIR', text: 'the build context (default: .)' },
        parse: value => value.trim() || '.'
    }),
    file: row_text({
        input: 'file',
        flag: 'file',
        short: 'f',
        section: 'build',
        description: "The Dockerfile's path. Default <context>/Dockerfile.",
        help: { value: 'PATH', text: 'the Dockerfile (default: CONTEXT/Dockerfile)' },
        parse: (value, { raw }) => dockerfilePath(String(raw.context).trim() || '.', value)
    }),
    target: row_text({
        input: 'target',
        flag: 'target',
        short: 't',
        section: 'build',
        description: 'The product stage, the image the gate watches. Default the last stage.',
        help: { value: 'STAGE', text: 'the product stage (default: the last stage)' },
        parse: value => value.trim() || undefined
    }),
    stages: row_text({
        input: 'stages',
        flag: 'stages',
        section: 'build',
        description: 'Which other stages to measure, "all" or stage names separated by commas or newlines.',
        default: 'all',
        help: {
            value: 'LIST',
            text: 'the other stages to measure: all (default), or names separated by commas'
        },
        parse: (value, { name }) => parseStageList(value, name)
    }),
    buildArgs: list({
        input: 'build-args',
        flag: 'build-arg',
        commas: false,
        section: 'build',
        description: 'Build arguments, one KEY=VALUE per line. Their values are masked in the log and never written into the report, the comment or the outputs; pass secrets in secrets, not here.',
        help: { value: 'K=V', text: 'a build argument (repeat for more)' },
        parse: (entries, { name }) => parseBuildArgs(entries, name)
    }),
    secrets: list({
        input: 'secrets',
        commas: false,
        section: 'build',
        description: "BuildKit secrets (RUN --mount=type=secret,id=ID) as docker/build-push-action takes them, one id=value per line (quote a line to give a value of several lines). Every stage's build gets them, head and base; the values are masked and never written anywhere.",
        parse: (entries, { name }) => parseSecretValues(entries, name)
    }),
    secretEnvs: list({
        input: 'secret-envs',
        commas: true,
        section: 'build',
        description: 'BuildKit secrets read from environment variables, id=ENV_NAME, separated by commas or newlines. The variables must be set.',
        parse: (entries, { name, env }) => parseSecretEnvs(entries, name, env)
    }),
    secretFiles: list({
        input: 'secret-files',
        commas: false,
        section: 'build',
        description: 'BuildKit secrets read from files, one id=path per line (relative to the working directory).',
        parse: (entries, { name }) => parseSecretFiles(entries, name)
    }),
    secret: list({
        flag: 'secret',
        commas: false,
        section: 'build',
        description: "A BuildKit secret in docker buildx build's form.",
        help: {
            value: 'SECRET',
            text: "a BuildKit secret for every stage's build: id=ID,src=PATH or id=ID,env=VARIABLE (repeat for more); never written anywhere"
        },
        parse: (entries, { name, env }) => parseDockerSecrets(entries, name, env)
    }),
    platforms: list({
        input: 'platforms',
        flag: 'platform',
        commas: true,
        section: 'build',
        description: "The platforms to build for, separated by commas or newlines, e.g. linux/amd64,linux/arm64 (several need the containerd image store). Each platform is measured and gated. Default the engine's.",
        help: {
            value: 'LIST',
            text: "platforms separated by commas, e.g. linux/amd64,linux/arm64 (default: the engine's)"
        },
        // `platform` is the older name, kept as an alias.
        parse: (entries, { name, raw }) => parsePlatforms((entries.length > 0 ? entries : [String(raw.platformAlias ?? '')]).join(','), name)
    }),
    platformAlias: row_text({
        input: 'platform',
        section: 'build',
        description: 'The older name of platforms, kept as an alias.',
        // Read through platforms.
        parse: () => null
    }),
    compressed: row_text({
        input: 'compressed',
        flag: 'compressed',
        section: 'build',
        description: 'Which stages get a compressed size (what a registry stores and a pull downloads), target (the target on every platform, and every stage a compressed limit holds) or all. The others are measured uncompressed, which costs no compression, and report no compressed size.',
        default: 'target',
        help: {
            value: 'WHICH',
            text: 'which stages get a compressed size: target (default: the target, and stages a compressed limit holds) or all'
        },
        parse: (value, { name }) => parseChoice(value.trim(), name, ['target', 'all'])
    }),
    builder: row_text({
        input: 'builder',
        flag: 'builder',
        section: 'build',
        description: 'A buildx builder name (any driver). Default the current builder.',
        help: { value: 'NAME', text: 'the buildx builder to use' },
        parse: value => value.trim() || undefined
    }),
    cacheFrom: list({
        input: 'cache-from',
        flag: 'cache-from',
        commas: false,
        section: 'build',
        description: "Build caches to read, one per line, as docker/build-push-action takes them (type=gha, type=local,src=DIR, type=registry,ref=REF), so stage-size rebuilds nothing the job's own build already built.",
        help: {
            value: 'CACHE',
            text: 'a build cache to read, e.g. type=local,src=DIR (repeat for more)'
        },
        parse: (entries, { name }) => parseCaches(entries, name)
    }),
    cacheTo: list({
        input: 'cache-to',
        flag: 'cache-to',
        commas: false,
        section: 'build',
        description: "Where to write the head target's build cache, one per line, e.g. type=gha,mode=max or type=local,dest=DIR (needs the containerd image store with the docker driver).",
        help: {
            value: 'CACHE',
            text: "where to write the target's build cache, e.g. type=local,dest=DIR,mode=max"
        },
        parse: (entries, { name }) => parseCaches(entries, name)
    }),
    keepImages: row_text({
        input: 'keep-images',
        flag: 'keep-images',
        switch: true,
        section: 'output',
        description: 'Keep the stage images, tagged stage-size/<stage>:head (and :base), instead of removing them.',
        default: 'false',
        help: { text: 'keep the images, tagged stage-size/<stage>:head' },
        parse: (value, { name }) => parseBoolean(value, name)
    })
};

;// CONCATENATED MODULE: ./src/core/stored-baseline.ts

const BASELINE_SOURCES = ['auto', 'artifact', 'build'];
/**
 * Why a stored report cannot be the baseline, or null when it can: it must be
 * of the base commit and have measured the same image the same way.
 */
function mismatch(report, expected) {
    const differs = (what, theirs, ours) => JSON.stringify(theirs) === JSON.stringify(ours)
        ? null
        : `it measured ${what} ${JSON.stringify(theirs ?? null)}, not ${JSON.stringify(ours)}`;
    if (report.head?.sha !== expected.sha) {
        return `it is of commit ${report.head?.sha?.slice(0, 12) ?? 'unknown'}, not the base ${expected.sha.slice(0, 12)}`;
    }
    return (differs('the Dockerfile', report.dockerfile, expected.dockerfile) ??
        differs('the target', report.target, expected.target) ??
        differs('the platforms', report.platforms ?? [], [...expected.platforms]) ??
        otherBuildArgs(report, expected.buildArgs) ??
        differs('the stages', report.stageSelection, expected.stageSelection) ??
        otherBuildOptions(report.buildOptions, expected.buildOptions, differs));
}
/**
 * The controls that change what is built must match (a report from before
 * they existed used none); no-cache, no-cache filters and pull only change
 * how fresh the build is, so they do not.
 */
function otherBuildOptions(theirs, ours, differs) {
    const used = theirs ?? {
        ...ours,
        ssh: [],
        buildContexts: {},
        network: null,
        addHosts: [],
        shmSize: null,
        ulimits: [],
        allow: []
    };
    const keys = [
        'buildContexts',
        'network',
        'addHosts',
        'shmSize',
        'ulimits',
        'allow',
        'ssh'
    ];
    const names = {
        buildContexts: 'the build contexts',
        network: 'the network',
        addHosts: 'the extra hosts',
        shmSize: 'the shm size',
        ulimits: 'the ulimits',
        allow: 'the entitlements',
        ssh: 'the ssh sources'
    };
    for (const key of keys) {
        const reason = differs(names[key], used[key], ours[key]);
        if (reason)
            return reason;
    }
    return null;
}
/** Reports hold no build-arg values: equal digests are equal build args. */
function otherBuildArgs(report, ours) {
    if (report.buildArgsDigest === buildArgsDigest(ours))
        return null;
    const names = (list) => list.join(', ') || 'none';
    const theirs = names(report.buildArgNames);
    const wanted = names(Object.keys(ours).sort());
    return theirs === wanted
        ? `it was built with other values of the build args ${theirs}`
        : `it was built with the build args ${theirs}, not ${wanted}`;
}

;// CONCATENATED MODULE: ./src/core/options/compare.ts



/** Characters GitHub refuses in an artifact's name. */
const BAD_ARTIFACT_NAME = /[":<>|*?\\/\r\n]/;
function parseArtifactName(value, input) {
    const name = value.trim();
    if (BAD_ARTIFACT_NAME.test(name)) {
        throw new UserError(`${input}: ${JSON.stringify(value)} is not an artifact name GitHub accepts; leave out " : < > | * ? \\ / and line breaks, e.g. stage-size-api`);
    }
    return name;
}
function parseRetentionDays(value, input) {
    const text = value.trim();
    if (text === '')
        return null;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1 || days > 400) {
        throw new UserError(`${input}: "${value}" is not a number of days; give a whole number from 1 to 400`);
    }
    return days;
}
/** What to compare with: the base to build, a report to read, or none. */
const COMPARE_OPTIONS = {
    baseRef: row_text({
        input: 'base-ref',
        flag: 'base',
        section: 'compare',
        description: "A branch, tag or SHA to build as the base, instead of the one the event gives (a pull request's base, a push's previous commit).",
        help: {
            value: 'REF',
            text: 'a branch, tag or commit to build as the base (default: the merge-base of HEAD and origin/HEAD, main or master)'
        },
        parse: optional
    }),
    baselineReport: row_text({
        input: 'baseline-report',
        flag: 'baseline-report',
        section: 'compare',
        description: 'The path of a JSON report from an earlier run to compare with, instead of building the base.',
        help: {
            value: 'PATH',
            text: "read the base's sizes from an earlier report instead of building the base"
        },
        parse: optional
    }),
    noBase: row_text({
        flag: 'no-base',
        switch: true,
        section: 'compare',
        description: 'Measure only.',
        help: { text: 'measure only' },
        parse: value => value === 'true'
    }),
    baseline: row_text({
        input: 'baseline',
        section: 'compare',
        description: "Where the base commit's sizes come from. auto reads the report the base commit's own run uploaded (the artifact, see upload-report), else builds the base; artifact only reads it (none means no baseline); build always builds the base.",
        default: 'auto',
        parse: (value, { name }) => parseChoice(value, name, BASELINE_SOURCES)
    }),
    uploadReport: row_text({
        input: 'upload-report',
        section: 'compare',
        description: 'Upload the JSON report as a workflow artifact for later pull requests to compare with. auto does on push, workflow_dispatch and schedule events; true; false.',
        default: 'auto',
        parse: (value, { name }) => parseChoice(value, name, ['auto', 'true', 'false'])
    }),
    baselineArtifact: row_text({
        input: 'baseline-artifact',
        section: 'compare',
        description: "The artifact's name, written by upload-report and read by baseline. A repository with several images gives each its own.",
        default: 'stage-size-report',
        parse: (value, { name }) => parseArtifactName(value, name)
    }),
    reportRetentionDays: row_text({
        input: 'report-retention-days',
        section: 'compare',
        description: "How many days the uploaded report is kept (1-400). Default the repository's setting.",
        parse: (value, { name }) => parseRetentionDays(value, name)
    })
};

;// CONCATENATED MODULE: ./src/core/options/gate.ts



const METRICS = ['uncompressed', 'compressed'];
/** `uncompressed` (the default) or `compressed`. */
function parseMetric(value, input) {
    const metric = value.trim().toLowerCase();
    if (!METRICS.includes(metric)) {
        throw new UserError(`${input}: "${value}" is not a metric; use uncompressed or compressed`);
    }
    return metric;
}
/** The gate: the limits the target and other stages are held to, and what a failure does. */
const GATE_OPTIONS = {
    threshold: row_text({
        input: 'threshold',
        flag: 'threshold',
        section: 'gate',
        description: 'The largest allowed growth of the target image, N% (decimals allowed), a size (500kB, 20MB, 1.5GiB) or off.',
        default: '5%',
        help: {
            value: 'LIMIT',
            text: 'largest allowed growth of the target: N%, a size (500kB, 20MB, 1.5GiB) or off (default: 5%)'
        },
        parse: (value, { name }) => parseGrowth(value, name)
    }),
    warnThreshold: row_text({
        input: 'warn-threshold',
        flag: 'warn-threshold',
        section: 'gate',
        description: 'Growth past this but within threshold warns instead of failing. Same forms as threshold.',
        help: { value: 'LIMIT', text: 'growth past this warns' },
        parse: (value, { name }) => (value.trim() ? parseGrowth(value, name) : null)
    }),
    maxSize: row_text({
        input: 'max-size',
        flag: 'max-size',
        section: 'gate',
        description: 'An absolute budget for the target image, e.g. 200MB or 1.5GiB.',
        help: { value: 'SIZE', text: 'an absolute budget for the target' },
        parse: (value, { name }) => parseMaxSize(value, name)
    }),
    maxWaste: row_text({
        input: 'max-waste',
        flag: 'max-waste',
        section: 'gate',
        description: "Fail when the target's layers store more bytes than its filesystem shows (files overwritten, chmod-ed or deleted in a later layer) past this, a size (50MB) or N% of the image (10%).",
        help: {
            value: 'LIMIT',
            text: "the bytes the target's layers may store but its filesystem not show: a size, or N% of the image"
        },
        parse: (value, { name }) => parseMaxWaste(value, name)
    }),
    minimumChange: row_text({
        input: 'minimum-change',
        flag: 'minimum-change',
        section: 'gate',
        description: 'The noise floor: a stage whose change (in the gated metric) is smaller than this, a size (1kB) or N% of the stage (0.1%), counts as unchanged, and comment: on-change posts nothing for it. 0 counts every byte.',
        default: '0',
        help: {
            value: 'SIZE',
            text: 'a change smaller than this (a size, or N% of the stage) counts as unchanged'
        },
        parse: (value, { name }) => parseMinimumChange(value, name)
    }),
    stageThresholds: list({
        input: 'stage-thresholds',
        flag: 'stage-threshold',
        commas: false,
        section: 'gate',
        description: 'Limits for other stages, one stage=limit per line (e.g. builder=20%). Stages without one are reported, not gated.',
        help: { value: 'S=LIMIT', text: 'a limit for another stage (repeat for more)' },
        parse: (entries, { name }) => parseStageThresholds(entries, name)
    }),
    metric: row_text({
        input: 'metric',
        flag: 'metric',
        section: 'gate',
        description: 'The size the gate compares, uncompressed or compressed.',
        default: 'uncompressed',
        help: { value: 'M', text: 'uncompressed (default) or compressed' },
        parse: (value, { name }) => parseMetric(value, name)
    }),
    failOnRegression: row_text({
        input: 'fail-on-regression',
        flag: 'fail-on-regression',
        section: 'gate',
        description: 'Fail the step when the gate fails. false turns the failure into a warning (the verdict output still says fail).',
        default: 'true',
        help: { value: 'B', text: 'false: a failing gate only warns (default: true)' },
        parse: (value, { name }) => parseBoolean(value, name)
    }),
    failOnMissingBaseline: row_text({
        input: 'fail-on-missing-baseline',
        flag: 'fail-on-missing-baseline',
        section: 'gate',
        description: 'Fail the step when there is no baseline to compare with (no base commit, no Dockerfile there, or its build failed).',
        default: 'false',
        help: { value: 'B', text: 'true: fail when there is no baseline' },
        parse: (value, { name }) => parseBoolean(value, name)
    })
};

;// CONCATENATED MODULE: ./src/core/comment-policy.ts
const COMMENT_POLICIES = [
    'always',
    'on-change',
    'on-regression',
    'never'
];
/** Whether the policy wants a new comment for these reports. */
function wantsComment(policy, reports) {
    return reports.some(report => wants(policy, report));
}
function wants(policy, report) {
    switch (policy) {
        case 'always':
            return true;
        case 'never':
            return false;
        case 'on-change':
            return (report.base === null || report.stages.some(stage => stage.status !== 'unchanged'));
        case 'on-regression':
            return report.verdict === 'warn' || report.verdict === 'fail';
    }
}

;// CONCATENATED MODULE: ./src/core/options/output.ts




function parseCommentPolicy(value, input) {
    const policy = value.trim();
    if (!COMMENT_POLICIES.includes(policy)) {
        throw new UserError(`${input}: "${value}" is not a comment policy; use ${COMMENT_POLICIES.join(', ')}`);
    }
    return policy;
}
function parsePullRequestNumber(value, input) {
    const text = value.trim().replace(/^#/, '');
    if (text === '')
        return null;
    if (!/^[1-9]\d*$/.test(text)) {
        throw new UserError(`${input}: "${value}" is not a pull request number; give one, e.g. 42`);
    }
    return Number(text);
}
/** --files: a whole number of files, 0 for none. */
function parseFileCount(value, input) {
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim());
    throw new UserError(`${input}: "${value}" is not a number of files; use a whole number, 0 for none (default ${FILES_SHOWN})`);
}
/** Where the results go: the report, the comment, the terminal. */
const OUTPUT_OPTIONS = {
    reportPath: row_text({
        input: 'report-path',
        section: 'output',
        description: 'Where to write the JSON report. Default $RUNNER_TEMP/stage-size-report.json.',
        parse: optional
    }),
    json: row_text({
        flag: 'json',
        section: 'output',
        description: 'Where the CLI writes the JSON report.',
        help: {
            value: 'PATH',
            text: 'write the JSON report to PATH ("-": print it instead of the table)'
        },
        parse: optional
    }),
    markdown: row_text({
        flag: 'markdown',
        section: 'output',
        description: 'Where the CLI writes the report as markdown.',
        help: {
            value: 'PATH',
            text: 'write the report as markdown (what the action posts as the PR comment) to PATH ("-": print it instead of the table)'
        },
        parse: optional
    }),
    files: row_text({
        flag: 'files',
        section: 'output',
        description: "How many of the target's file changes the CLI lists.",
        default: String(FILES_SHOWN),
        help: {
            value: 'N',
            text: `list the target's N largest file changes after the table (default: ${FILES_SHOWN}; 0: none)`
        },
        parse: (value, { name }) => parseFileCount(value, name)
    }),
    verbose: row_text({
        flag: 'verbose',
        short: 'v',
        switch: true,
        section: 'output',
        description: 'Show the build log.',
        help: { text: 'show the build log' },
        parse: value => value === 'true'
    }),
    help: row_text({
        flag: 'help',
        short: 'h',
        switch: true,
        section: 'output',
        description: 'Show the help.',
        help: { text: 'show this help' },
        parse: value => value === 'true'
    }),
    version: row_text({
        flag: 'version',
        switch: true,
        section: 'output',
        description: "Show stage-size's version.",
        help: { text: "show stage-size's version" },
        parse: value => value === 'true'
    }),
    githubToken: row_text({
        input: 'github-token',
        section: 'output',
        description: 'The token that writes the pull request comment. It needs pull-requests write permission.',
        // The runner puts the workflow's token there; an empty one stays empty.
        actionDefault: '${{ github.token }}',
        parse: value => value
    }),
    comment: row_text({
        input: 'comment',
        section: 'output',
        description: 'When to post the pull request comment, always, on-change (some stage changed size), on-regression (verdict warn or fail) or never. An existing comment is always kept current.',
        default: 'always',
        parse: (value, { name }) => parseCommentPolicy(value, name)
    }),
    commentKey: row_text({
        input: 'comment-key',
        section: 'output',
        description: "Tells this image's comment apart from others on the same pull request. Default the Dockerfile path and the target.",
        parse: optional
    }),
    commentFromReport: row_text({
        input: 'comment-from-report',
        section: 'output',
        description: 'Post these reports (paths or globs, one per line, from runs on a pull_request event, e.g. downloaded artifacts) as the pull request comment and build nothing; several are merged into one comment. For workflow_run workflows that comment on pull requests from forks, and for merging a matrix of images.',
        parse: optional
    }),
    pullRequestNumber: row_text({
        input: 'pull-request',
        section: 'output',
        description: 'The pull request comment-from-report posts on, when the event is not workflow_run (which names it by itself). The report must name the same pull request at its current head.',
        parse: (value, { name }) => parsePullRequestNumber(value, name)
    })
};

;// CONCATENATED MODULE: ./src/core/options/table.ts





/**
 * Every option of the action and the CLI, declared once: its input and flag
 * spellings, what it does, its default and its parser. The action's and the
 * CLI's raw options, --help, and the checks of action.yml and the README
 * derive from it: a new option is one row.
 */
const OPTIONS = {
    ...BUILD_OPTIONS,
    ...BUILD_CONTROL_OPTIONS,
    ...COMPARE_OPTIONS,
    ...GATE_OPTIONS,
    ...OUTPUT_OPTIONS
};
const rows = () => Object.entries(OPTIONS);
/** The action's input names, and for options the action has not, the CLI's flags. */
const INPUT_NAMES = Object.fromEntries(rows().map(([key, row]) => [key, row.input ?? `--${row.flag}`]));
/** The CLI's flags (`--name`), and for options the CLI has not, the action's inputs. */
const FLAG_NAMES = Object.fromEntries(rows().map(([key, row]) => [key, row.flag ? `--${row.flag}` : row.input]));
/** The rows one door has: those with an input (the action) or a flag (the CLI). */
function rowsOf(door) {
    return rows().filter(([, row]) => row[door] !== undefined);
}
/**
 * Reads every option: an empty value takes the row's default, then the row's
 * parser checks it; the first bad one throws a UserError that names it.
 */
function parseOptions(raw, names, env = {}) {
    const given = Object.fromEntries(rows().map(([key, row]) => [key, raw[key] ?? (row.kind === 'list' ? [] : '')]));
    const parsed = rows().map(([key, row]) => {
        const context = { name: names[key], raw: given, env };
        if (row.kind === 'list')
            return [key, row.parse(given[key], context)];
        const value = given[key];
        return [key, row.parse(value.trim() === '' ? (row.default ?? '') : value, context)];
    });
    return Object.fromEntries(parsed);
}

;// CONCATENATED MODULE: ./src/cli/arguments.ts




/** The CLI's flags, as node's parseArgs takes them: --help describes exactly these (a test checks). */
const CLI_OPTIONS = Object.fromEntries(rowsOf('flag').map(([, row]) => [
    row.flag,
    {
        type: row.kind === 'text' && row.switch ? 'boolean' : 'string',
        ...(row.short ? { short: row.short } : {}),
        ...(row.kind === 'list' ? { multiple: true } : {})
    }
]));
/** The options from the command line, or what was asked instead of a run: the help, or the version. */
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
    }
    catch (error) {
        throw new UserError(`${argumentProblem(error)} (see stage-size --help)`);
    }
    const values = parsed.values;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const { positionals } = parsed;
    if (positionals.length > 1 || (positionals.length === 1 && values.context)) {
        throw new UserError(`give the build context once, as --context DIR or as the last argument (got: ${[values.context, ...positionals].filter(Boolean).join(', ')})`);
    }
    const given = ['base', 'baseline-report', 'no-base'].filter(flag => values[flag] !== undefined);
    if (given.length > 1) {
        throw new UserError('give at most one of --base, --baseline-report and --no-base');
    }
    const options = parseOptions(rawFlags(values, positionals[0]), FLAG_NAMES, process.env);
    return runOptions(options, FLAG_NAMES, null);
}
/** Each flag as given: an absent one is empty, as an unset input is; a switch is "true". */
function rawFlags(values, context) {
    const raw = Object.fromEntries(rowsOf('flag').map(([key, row]) => {
        const value = values[row.flag];
        if (row.kind === 'list')
            return [key, value ?? []];
        return [key, value === true ? 'true' : (value ?? '')];
    }));
    return { ...raw, context: raw.context || context || '' };
}
/** parseArgs' complaint on one line: an unknown option needs only its first sentence. */
function argumentProblem(error) {
    const message = messageOf(error).replace(/\s*\n\s*/g, ' ');
    const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    return unknown ? message.split('. ')[0] : message;
}

;// CONCATENATED MODULE: ./src/cli/help.ts

const HEADINGS = {
    build: 'What to build:',
    compare: 'What to compare with:',
    gate: 'The gate:',
    output: 'Output:'
};
/** Where the descriptions start, and where lines end. */
const TEXT_COLUMN = 31;
const WIDTH = 80;
/** `text` in lines of at most WIDTH, the first after `left`, the rest under TEXT_COLUMN. */
function described(left, text) {
    const indent = ' '.repeat(TEXT_COLUMN);
    const lines = [];
    let line = left.length + 2 > TEXT_COLUMN ? `${left}  ` : left.padEnd(TEXT_COLUMN);
    for (const word of text.split(' ')) {
        const start = line.trim() === '' || line.endsWith(' ') ? line : `${line} `;
        if (start.length + word.length > WIDTH && line.trim().length > left.trim().length) {
            lines.push(line.trimEnd());
            line = indent + word;
        }
        else
            line = start + word;
    }
    return [...lines, line];
}
/** One flag's lines: `  -f, --file PATH   the Dockerfile (…)`. */
function flagLines(row) {
    const short = row.short ? `-${row.short}, ` : '    ';
    const value = row.help?.value ? ` ${row.help.value}` : '';
    return described(`  ${short}--${row.flag}${value}`, row.help?.text ?? '');
}
/** Every flag, by section, as the option table describes it. */
function flags() {
    const sections = Object.keys(HEADINGS);
    return sections
        .map(section => {
        const rows = rowsOf('flag').filter(([, row]) => row.section === section);
        return [HEADINGS[section], ...rows.flatMap(([, row]) => flagLines(row))].join('\n');
    })
        .join('\n\n');
}
/** `stage-size --help`. */
const HELP = `Usage: stage-size [options] [CONTEXT]
       stage-size report FILE... [--markdown PATH]

Builds every stage of a multi-stage Dockerfile, measures each stage's image
(uncompressed: the bytes of its files; compressed: what a registry stores),
compares them with the base commit's, and fails when the target grew too much.

${flags()}

stage-size report FILE... renders reports written with --json (one image's,
or several images' merged into one comment, as the action's
comment-from-report does) to the --markdown PATH ("-" or none: stdout), for
other CI systems; it exits with 2 when an image failed its gate.

Exit status: 0 when the gate passes (or warns, or has no baseline), 1 on an
error (bad input, a failing build), 2 when the gate fails.
`;

;// CONCATENATED MODULE: ./src/cli/terminal.ts

/** Writes an output file, or to stdout for "-". */
async function writeOutput(file, text, terminal) {
    if (file === '-')
        terminal.out(text);
    else
        await writeTextFile(file, text);
}
/** The CLI's log: progress on stderr (stdout is for results), the build log only when verbose. */
function terminalLog(terminal, verbose) {
    return {
        info: message => terminal.err(`${message}\n`),
        notice: message => terminal.err(`notice: ${message}\n`),
        warning: message => terminal.err(`warning: ${message}\n`),
        detail: line => {
            if (verbose)
                terminal.err(`  ${line}\n`);
        },
        group: async (title, work) => {
            terminal.err(`${title}\n`);
            return work();
        }
    };
}
/** How the CLI says an outcome: on standard error. */
function sayOn(terminal) {
    return {
        warning: message => terminal.err(`warning: ${message}\n`),
        failure: message => terminal.err(`stage-size: ${message}\n`)
    };
}

;// CONCATENATED MODULE: ./src/cli/report-command.ts






const NOTE = "Each image's full report is in its JSON report.";
/**
 * `stage-size report FILE… [--markdown PATH]`: the comment for reports other
 * runs wrote (merged when several), for CI systems other than GitHub Actions.
 * Exits with 2 when an image failed its gate, as a measuring run does.
 */
async function runReportCommand(argv, terminal) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: { markdown: { type: 'string' } }
        });
        if (positionals.length === 0) {
            throw new UserError('report: give the report files to render, e.g. stage-size report reports/*.json');
        }
        const images = await readImageReports(positionals, 'report');
        const markdown = reportsMarkdown(images, comment_COMMENT_LIMIT, NOTE, NO_LINKS);
        await writeOutput(values.markdown ?? '-', markdown, terminal);
        const policy = { failOnRegression: true, failOnMissingBaseline: false };
        return settle(reportsOutcome(images, policy), sayOn(terminal));
    }
    catch (error) {
        terminal.err(`stage-size: error: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/command.ts












/** Runs the CLI; returns the exit code. */
async function runCli(argv, terminal) {
    if (argv[0] === 'report')
        return runReportCommand(argv.slice(1), terminal);
    try {
        const options = parseCommandLine(argv);
        if (options === 'help' || options === 'version') {
            terminal.out(options === 'help' ? HELP : `stage-size ${VERSION}\n`);
            return 0;
        }
        const report = await measure(options, terminalLog(terminal, options.verbose));
        if (options.json)
            await writeOutput(options.json, jsonText(report), terminal);
        if (options.markdown)
            await writeOutput(options.markdown, renderMarkdown(report), terminal);
        if (options.json !== '-' && options.markdown !== '-') {
            terminal.out(renderStageTable(report, options.files) + '\n');
        }
        const images = [{ key: imageKey(report), file: options.json ?? '', report }];
        return settle(reportsOutcome(images, options), sayOn(terminal));
    }
    catch (error) {
        return failed(error, terminal);
    }
}
/** One line for the user (the details indented above it); exit status 1. */
function failed(error, terminal) {
    if (error instanceof UserError) {
        if (error.details)
            terminal.err(indent(error.details) + '\n');
        terminal.err(`stage-size: error: ${error.message}\n`);
        return 1;
    }
    const full = diskFull(error);
    if (full) {
        terminal.err(`stage-size: error: ${full}\n`);
        return 1;
    }
    terminal.err(`stage-size: internal error: ${error instanceof Error ? error.stack : messageOf(error)}\n`);
    return 1;
}
function indent(text) {
    return text
        .split('\n')
        .map(line => `  | ${line}`)
        .join('\n');
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ exitOnCancel)
/* harmony export */ });
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(605);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6238);


/**
 * On SIGINT or SIGTERM (a runner cancelling the job, or Ctrl-C): stops the
 * running commands (buildx cancels its build), removes what the run made, and
 * exits with `exitCode`. A second signal exits at once.
 */
function exitOnCancel(say, exitCode) {
    let cancelled = false;
    const onSignal = (signal) => {
        if (cancelled)
            process.exit(exitCode);
        cancelled = true;
        say(`${signal}: cancelled; stopping the build and removing what this run made`);
        void cancel(say).finally(() => process.exit(exitCode));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
async function cancel(say) {
    await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .stopAll */ .um)();
    const problems = await (0,_leftovers_js__WEBPACK_IMPORTED_MODULE_0__/* .removeLeftovers */ .DA)(_leftovers_js__WEBPACK_IMPORTED_MODULE_0__/* .leftovers */ .To.list());
    problems.forEach(problem => say(`could not remove: ${problem}`));
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ removeLeftovers),
/* harmony export */   F$: () => (/* binding */ removeImages),
/* harmony export */   To: () => (/* binding */ leftovers)
/* harmony export */ });
/* unused harmony export parseLeftovers */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6238);


/**
 * The ledger of what the run has made and not yet removed. Each change is
 * handed to the recorder (the action saves it with core.saveState), so that a
 * cancelled run, or the post step after a killed one, can remove it all.
 */
class Ledger {
    items = new Map();
    recorder = () => { };
    recordWith(recorder) {
        this.recorder = recorder;
    }
    add(item) {
        this.items.set(keyOf(item), item);
        this.recorder(this.list());
    }
    remove(item) {
        if (this.items.delete(keyOf(item)))
            this.recorder(this.list());
    }
    list() {
        return [...this.items.values()];
    }
}
const leftovers = new Ledger();
function keyOf(item) {
    return item.kind === 'image' ? `image ${item.tag}` : `${item.kind} ${item.path}`;
}
/**
 * Removes leftovers, worktrees before the paths that hold them; what is
 * already gone is no error. Returns what could not be removed.
 */
async function removeLeftovers(items) {
    const tags = items.flatMap(item => (item.kind === 'image' ? [item.tag] : []));
    const problems = (await removeImages(tags)).problems;
    for (const item of items) {
        if (item.kind !== 'worktree')
            continue;
        const git = (args) => (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['-C', item.repository, ...args], { always: true });
        await git(['worktree', 'remove', '--force', item.path]);
        await git(['worktree', 'prune']);
    }
    for (const item of items) {
        if (item.kind === 'image')
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(item.path, { recursive: true, force: true }).catch(error => problems.push(String(error)));
    }
    return problems;
}
/**
 * Removes image tags, each leaving the ledger only once it is gone (removed
 * now, or already): against an engine that went away nothing is, so the post
 * step, or a later clean-up, still knows what to remove.
 */
async function removeImages(tags) {
    if (tags.length === 0)
        return { left: [], problems: [] };
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('docker', ['image', 'rm', ...tags], { always: true });
    const gone = (tag) => result.exitCode === 0 ||
        result.stdout.includes(`Untagged: ${tag}\n`) ||
        result.stderr.includes(`No such image: ${tag}`);
    const left = tags.filter(tag => !gone(tag));
    tags.filter(gone).forEach(tag => leftovers.remove({ kind: 'image', tag }));
    const problems = result.stderr
        .split('\n')
        .filter(line => line && !/No such image/i.test(line));
    return { left, problems };
}
/** Parses a ledger saved by `recordWith`; anything else is an empty list. */
function parseLeftovers(text) {
    try {
        const items = JSON.parse(text);
        return Array.isArray(items) ? items.filter(isLeftover) : [];
    }
    catch {
        return [];
    }
}
function isLeftover(item) {
    const value = item;
    if (typeof value !== 'object' || value === null)
        return false;
    if (value.kind === 'image')
        return typeof value.tag === 'string';
    if (value.kind === 'path')
        return typeof value.path === 'string';
    return (value.kind === 'worktree' &&
        typeof value.path === 'string' &&
        typeof value.repository === 'string');
}


/***/ }),

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w$: () => (/* binding */ lastLines),
  d1: () => (/* binding */ runCommand),
  um: () => (/* binding */ stopAll),
  CF: () => (/* binding */ streamCommand)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __nccwpck_require__(481);
;// CONCATENATED MODULE: ./src/system/process.ts


/** A command asked for after the run was cancelled. */
class CancelledError extends Error {
    constructor(command) {
        super(`the run was cancelled before ${command} could start`);
    }
}
/** Every command still running, so a cancelled run can stop them. */
const running = new Set();
let stopping = false;
/** How long a stopped command gets to finish (buildx cancels its build) before it is killed. */
const STOP_GRACE_MS = 3_000;
/**
 * Runs a command with an argument array (never a shell string) and collects
 * its output. It is tracked until it exits, so that `stopAll` can end it when
 * the run is cancelled (`@actions/exec` gives no handle to do that).
 */
function runCommand(command, args, options = {}) {
    if (stopping && !options.always)
        return Promise.reject(new CancelledError(command));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        running.add(child);
        const stdout = collect(child.stdout, options.onLine);
        const stderr = collect(child.stderr, options.onLine);
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                void stop(child);
            }, options.timeoutMs);
        child.once('error', error => {
            clearTimeout(timer);
            running.delete(child);
            reject(error);
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            running.delete(child);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: stdout(),
                stderr: stderr(),
                ...(timedOut && { timedOut })
            });
        });
    });
}
/**
 * Runs a command whose output is a stream (an image export, gigabytes), handed
 * to `consume` as it comes; tracked as `runCommand`'s are. Resolves with the
 * exit code and error output once both the command and `consume` are done; a
 * failed `consume` stops the command.
 */
async function streamCommand(command, args, consume, options = {}) {
    if (stopping)
        throw new CancelledError(command);
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    running.add(child);
    const stderr = collect(child.stderr, undefined);
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    }).finally(() => running.delete(child));
    try {
        await consume(child.stdout);
    }
    catch (error) {
        child.kill('SIGKILL');
        await exited.catch(() => { });
        throw error;
    }
    return { exitCode: await exited, stderr: stderr() };
}
function collect(stream, onLine) {
    const lines = [];
    if (stream) {
        (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity }).on('line', line => {
            lines.push(line);
            onLine?.(line);
        });
    }
    return () => (lines.length ? lines.join('\n') + '\n' : '');
}
/**
 * Stops every running command: SIGINT first, as a terminal's Ctrl-C (buildx
 * then cancels the build in the engine), SIGKILL for those still running after
 * a grace period. Resolves when all have exited.
 */
async function stopAll() {
    stopping = true;
    await Promise.all([...running].map(stop));
}
/** Stops one command: SIGINT, then SIGKILL after the grace period; resolves once it exited. */
function stop(child) {
    return new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('close', () => {
            clearTimeout(timer);
            resolve();
        });
        child.kill('SIGINT');
    });
}
/** The last `count` lines of a command's output, trimmed: what an error message quotes. */
function lastLines(text, count) {
    return text.trim().split('\n').slice(-count).join('\n').trim();
}


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
