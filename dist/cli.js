#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
/* harmony import */ var _system_cancellation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8478);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9124);


// 130: the shell's code for a command ended by Ctrl-C.
(0,_system_cancellation_js__WEBPACK_IMPORTED_MODULE_0__/* .exitOnCancel */ .g)(message => process.stderr.write(`stage-size: ${message}\n`), 130);
process.exitCode = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: CLI_OPTIONS, HELP

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
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
 * Reads a byte size such as `500kB`, `20MB`, `1.5GiB` or `1024` (SI and IEC
 * units, written in their own case; `B` optional), or null when the text is
 * not one. Negative sizes read as null too.
 */
function parseByteSize(text) {
    const match = text.trim().match(/^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)$/);
    if (!match)
        return null;
    const unit = match[2] || 'B';
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

;// CONCATENATED MODULE: ./src/core/threshold.ts


const GROWTH_FORMS = `a percentage (5%, 2.5%), a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}) or off`;
/** Reads `N%`, a byte size, or `off`; zero and negative limits are refused. */
function parseGrowth(value, input) {
    const growth = readLimit(value);
    if (growth)
        return growth;
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
/** How many bytes the target's layers may waste: a size, or N% of the image; empty or off for no limit. */
function parseMaxWaste(value, input) {
    if (value.trim() === '')
        return null;
    const limit = readLimit(value);
    if (limit)
        return limit.kind === 'off' ? null : limit;
    throw new UserError(`${input}: "${value}" is not a waste limit; use a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}), a percentage of the image (10%) or off, above zero`);
}
/** An absolute budget such as `20MB`; empty for none. */
function parseMaxSize(value, input) {
    if (value.trim() === '')
        return null;
    const bytes = parseByteSize(value);
    if (bytes === null || bytes <= 0) {
        throw new UserError(`${input}: "${value}" is not a size; use a number of bytes with an optional unit (e.g. 20MB, 512MiB, 1.5GB; units ${BYTE_UNITS.join(', ')}), above zero`);
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

;// CONCATENATED MODULE: ./src/core/gate.ts


/** An image's or a layer's size in the metric. */
function gate_bytesOf(size, metric) {
    return metric === 'compressed' ? size.compressedBytes : size.uncompressedBytes;
}
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
    const growth = stage.isTarget
        ? settings.threshold
        : settings.stageThresholds.get(stage.name);
    const gated = stage.isTarget || growth !== undefined;
    const headBytes = gate_bytesOf(stage.size, settings.metric);
    const baseBytes = base ? gate_bytesOf(base, settings.metric) : null;
    const deltaBytes = baseBytes === null ? null : headBytes - baseBytes;
    const deltaPercent = deltaBytes === null || !baseBytes ? null : round2((deltaBytes / baseBytes) * 100);
    const limit = gated ? limitFor(stage, growth ?? null, baseBytes, settings) : null;
    const sizes = { headBytes, baseBytes, deltaBytes, deltaPercent };
    const { failed, warned, findings } = judge(stage.name, sizes, limit, settings.metric);
    const waste = judgeWaste(stage, limit);
    if (waste)
        findings.push(waste);
    return {
        name: stage.name,
        isTarget: stage.isTarget,
        head: stage.size,
        base,
        deltaBytes,
        deltaPercent,
        limit,
        status: failed || waste
            ? 'fail'
            : hasBaseline && base === null
                ? 'new'
                : deltaBytes === 0
                    ? 'unchanged'
                    : 'pass',
        warned,
        findings
    };
}
/** Holds a stage's sizes against its limit: whether it fails or warns, and why, in words. */
function judge(name, { headBytes, baseBytes, deltaBytes, deltaPercent }, limit, metric) {
    const findings = [];
    let failed = false;
    let warned = false;
    if (limit && deltaBytes !== null && baseBytes !== null) {
        const grew = () => growthText(deltaBytes, deltaPercent, baseBytes, headBytes, metric);
        if (limit.allowedGrowthBytes !== null && deltaBytes > limit.allowedGrowthBytes) {
            failed = true;
            findings.push(`${name} grew by ${grew()}, over the ${limit.threshold} threshold (at most +${formatExactBytes(limit.allowedGrowthBytes)})`);
        }
        else if (limit.allowedWarnGrowthBytes !== null &&
            deltaBytes > limit.allowedWarnGrowthBytes) {
            warned = true;
            findings.push(`${name} grew by ${grew()}, over the ${limit.warnThreshold} warn threshold (within the ${limit.threshold ?? 'off'} threshold)`);
        }
    }
    if (limit?.maxSizeBytes != null && headBytes > limit.maxSizeBytes) {
        failed = true;
        findings.push(`${name} is ${formatExactBytes(headBytes)} ${metric}, over the max-size of ${formatExactBytes(limit.maxSizeBytes)}`);
    }
    return { failed, warned, findings };
}
/** A target that wastes more than max-waste allows fails, in one sentence. */
function judgeWaste(stage, limit) {
    const allowed = limit?.maxWasteBytes;
    const wasted = stage.size.wastedBytes;
    if (allowed == null || wasted === undefined || wasted <= allowed)
        return null;
    return `${stage.name} wastes ${formatExactBytes(wasted)} (bytes its layers store but its filesystem does not show), over the max-waste of ${formatExactBytes(allowed)}`;
}
function limitFor({ isTarget, size }, growth, baseBytes, settings) {
    const warn = isTarget ? settings.warnThreshold : null;
    const allowed = (limit) => limit === null || baseBytes === null ? null : allowedGrowth(limit, baseBytes);
    return {
        threshold: growth && growth.kind !== 'off' ? growth.text : null,
        allowedGrowthBytes: allowed(growth),
        warnThreshold: warn && warn.kind !== 'off' ? warn.text : null,
        allowedWarnGrowthBytes: allowed(warn),
        maxSizeBytes: isTarget ? settings.maxSize : null,
        ...(isTarget && settings.maxWaste
            ? { maxWasteBytes: allowedGrowth(settings.maxWaste, size.uncompressedBytes) }
            : {})
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
function growthText(delta, percent, base, head, metric) {
    return `${formatExactBytes(delta)}${formatPercentChange(percent)}: ${formatExactBytes(base)} → ${formatExactBytes(head)} ${metric}`;
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

;// CONCATENATED MODULE: ./src/core/markdown-text.ts

const CODE_WIDTH = 100;
const NBSP = '\u00a0';
/** Text that never wraps inside a table cell. */
function unbroken(text) {
    return text.replace(/ /g, NBSP);
}
/** A size that never wraps inside a table cell: "6.27 MB". */
function size(bytes) {
    return formatBytes(bytes).replace(' ', NBSP);
}
/** A signed change that never wraps: "+2.29 MB". */
function change(bytes) {
    return formatSignedBytes(bytes).replace(' ', NBSP);
}
/** "3.09 MB → 5.20 MB", in one piece; one size when both are the same. */
function fromTo(before, after) {
    return before === after ? after : `${before}${NBSP}→${NBSP}${after}`;
}
/** "12 files", "1 file". */
function count(n, noun) {
    return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
/**
 * Text as inline code in a table cell: one line, no pipes, not too long, fenced
 * by more backticks than it holds. Mentions and markup inside code are inert.
 */
function codeSpan(value) {
    let line = value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
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
 * comment-from-report) and branch names are anyone's, so markup, HTML, table
 * pipes and @mentions are made inert.
 */
function markdown_text_text(value) {
    return value
        .replace(/\s+/g, ' ')
        .replace(/[\\`*_[\]<>|~]/g, character => `\\${character}`)
        .replace(/@(?=\w)/g, '@\u200b');
}
/** A markdown table from a header row, alignments and rows. */
function table(header, alignment, rows) {
    return [header, alignment, ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n');
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
/**
 * The branch's trend as a Mermaid `xychart-beta` line, which GitHub renders
 * in comments and job summaries: one point per commit (`lastLabel` for the
 * last, e.g. the pull request), sizes in the unit the largest point reads in.
 * Empty with fewer than two points: no history, no chart.
 */
function historyChart(history, metric, title, lastLabel) {
    if (history.length < 2)
        return '';
    const bytes = history.map(point => metric === 'compressed' ? point.compressedBytes : point.uncompressedBytes);
    const unit = formatBytes(Math.max(...bytes)).split(' ')[1];
    const scale = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[unit] ?? 1;
    const labels = history.map((point, index) => index === history.length - 1 ? lastLabel : point.sha.slice(0, 7));
    const values = bytes.map(value => Number((value / scale).toFixed(2)));
    const quote = (label) => `"${label.replace(/["\\]/g, '')}"`;
    return [
        '```mermaid',
        // A small chart: a trend to glance at, not the comment's main content.
        '---',
        'config:',
        '  xyChart:',
        '    width: 700',
        '    height: 220',
        '---',
        'xychart-beta',
        `  title ${quote(title)}`,
        `  x-axis [${labels.map(quote).join(', ')}]`,
        `  y-axis ${quote(`${metric} (${unit})`)}`,
        `  line [${values.join(', ')}]`,
        '```'
    ].join('\n');
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

;// CONCATENATED MODULE: ./src/core/filesystem.ts

const WASTED_LISTED = 20;
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
            return [path, 'f', header.size ?? 0];
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
        const [path, kind, , target] = entry;
        if (kind === 'f' && this.sizes.has(path))
            return [path, 'F', entry[2]];
        if (kind === 'l' && target !== undefined && this.sizes.has(target))
            return [path, 'l', this.sizes.get(target), target];
        return entry;
    }
}
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
        for (const placed of contents) {
            if (placed !== kept)
                this.hide(placed, reason);
        }
        return kept ? this.show(kept) : null;
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
    hide({ layer, entry }, reason) {
        const [path, kind, bytes] = entry;
        const wasted = { path, bytes, reason, layer };
        if (kind === 'f')
            this.addWaste(wasted);
        if (kind !== 'F' && kind !== 'l')
            return;
        const inode = this.inode(layer, entry);
        if (!inode.hidden || kind === 'F')
            inode.hidden = wasted;
    }
    show({ layer, entry }) {
        const [path, kind, bytes] = entry;
        if (kind === 'f')
            return { path, bytes, layer };
        if (kind !== 'F' && kind !== 'l')
            return null;
        const inode = this.inode(layer, entry);
        const first = !inode.shown;
        inode.shown = true;
        return { path, bytes: first ? bytes : 0, layer };
    }
    inode(layer, [path, kind, bytes, target]) {
        const id = `${layer}:${kind === 'l' ? target : path}`;
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
    for await (const [before, after] of pairs(base, head)) {
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
        return addTo(changes, 'added', { path, bytes: after.bytes, layer: after.layer });
    if (!after)
        return addTo(changes, 'removed', { path, bytes: before.bytes, layer: before.layer });
    if (before.bytes === after.bytes)
        return false;
    changes.changedFiles++;
    changes.changedBytes += after.bytes - before.bytes;
    const change = {
        path,
        baseBytes: before.bytes,
        headBytes: after.bytes,
        layer: after.layer
    };
    return (keepLargest(changes.changed, change, FILES_LISTED, listed => Math.abs(listed.headBytes - listed.baseBytes)) !== change);
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
async function* pairs(base, head) {
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
            layer: file.layer
        })),
        ...files.changed.map(file => ({
            path: file.path,
            delta: file.headBytes - file.baseBytes,
            kind: '',
            layer: file.layer
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

;// CONCATENATED MODULE: ./src/core/layer-diff.ts

/**
 * Why an image's size changed, layer by layer, largest change first. Layers
 * both images share (same blob) are left out. A layer made by the same
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
            deltaBytes: gate_bytesOf(layer, metric) - (before ? gate_bytesOf(before, metric) : 0),
            head: layer,
            base: before
        });
    }
    for (const position of baseLeft) {
        const layer = base.layers[position];
        changes.push({
            createdBy: layer.createdBy,
            kind: 'removed',
            deltaBytes: -gate_bytesOf(layer, metric),
            head: null,
            base: layer
        });
    }
    return changes
        .filter(change => change.deltaBytes !== 0 || change.kind !== 'changed')
        .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes));
}
/** The positions of `layers` whose blob `other` does not have (each shared blob matched once). */
function unsharedPositions(layers, other) {
    const unmatched = other.map(layer => layer.digest);
    return layers.flatMap((layer, position) => {
        const at = unmatched.indexOf(layer.digest);
        if (at === -1)
            return [position];
        unmatched.splice(at, 1);
        return [];
    });
}

;// CONCATENATED MODULE: ./src/core/why.ts



const DIRECTORIES_SHOWN = 3;
const WASTED_SHOWN = 3;
const LAYERS_SHOWN = 5;
/** How far past a limit: "11.5× over" (or "over" when the limit allows nothing). */
function overBy(actual, allowed) {
    return allowed > 0 ? `${(actual / allowed).toFixed(1)}× over` : 'over';
}
/**
 * Why a stage's size changed, in a few lines: the counts, the directories
 * that changed most, and the files that did with the instruction that put
 * each there; its layers when the files are not known (a base measured
 * elsewhere); its wasted bytes when they grew.
 */
function why(stage, metric, filesShown) {
    if (!stage.head || !stage.base)
        return '';
    const files = stage.fileChanges;
    const summary = files && fileSummary(files);
    const parts = files
        ? [summary ? `**Why:** ${summary}` : '', fileTable(files, stage.head, filesShown)]
        : [layerTable(stage, metric)];
    return [...parts, wasteLine(stage.head, stage.base, stage.limit)]
        .filter(Boolean)
        .join('\n\n');
}
/** "3 files added (+2.29 MB), 1 removed (−300 kB). Most under `/app/deps` (+2.29 MB)." */
function fileSummary(files) {
    const kinds = [
        files.addedFiles &&
            `${count(files.addedFiles, 'file')} added (${change(files.addedBytes)})`,
        files.removedFiles &&
            `${files.removedFiles.toLocaleString('en-US')} removed (${change(-files.removedBytes)})`,
        files.changedFiles &&
            `${files.changedFiles.toLocaleString('en-US')} changed (${change(files.changedBytes)})`
    ].filter(Boolean);
    // Nothing to explain (a stage held to its limits on another platform, say).
    if (kinds.length === 0)
        return '';
    const places = topDirectories(files)
        .map(directory => `${codeSpan(directory.path + '/')} (${change(directory.headBytes - directory.baseBytes)})`)
        .join(', ');
    return `${kinds.join(', ')}.${places ? ` Most under ${places}.` : ''}`;
}
/** The directories that changed most, a parent left out when one directory below it holds all of its change. */
function topDirectories(files) {
    const delta = (directory) => directory.headBytes - directory.baseBytes;
    return files.directories
        .filter(directory => delta(directory) !== 0)
        .filter(directory => !files.directories.some(other => other.path.startsWith(directory.path + '/') &&
        delta(other) === delta(directory)))
        .slice(0, DIRECTORIES_SHOWN);
}
function fileTable(files, head, shown) {
    const rows = largestFileChanges(files);
    if (rows.length === 0 || shown <= 0)
        return '';
    const cells = rows
        .slice(0, shown)
        .map(row => [
        codeSpan(row.path),
        `${change(row.delta)}${row.kind ? ` ${row.kind}` : ''}`,
        row.layer === undefined ? '' : codeSpan(head.layers[row.layer]?.createdBy ?? '')
    ]);
    const more = rows.length - shown;
    if (more > 0)
        cells.push([`_${count(more, 'more file')} listed in the report_`, '', '']);
    return table(['File', 'Change', 'Written by'], ['---', '--:', '---'], cells);
}
/** The stage's wasted bytes, when they grew or max-waste holds them, with the largest wasted copies. */
function wasteLine(head, base, limit) {
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
    const copies = (head.wasted ?? [])
        .slice(0, WASTED_SHOWN)
        .map(copy => `- ${codeSpan(copy.path)} ${size(copy.bytes)}, written by ${codeSpan(head.layers[copy.layer]?.createdBy ?? '')}, then ${copy.reason}`);
    const line = `**Wasted:** ${size(wasted)} stored in layers but hidden by later ones (was ${size(before)}${gate})`;
    return [copies.length ? `${line}:` : `${line}.`, ...copies].join('\n');
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
    return `${codeSpan(layerChange.createdBy)}${edited ? `<br>was ${codeSpan(was)}` : ''}`;
}
function largestFiles(layerChange) {
    const files = (layerChange.head ?? layerChange.base)?.largestFiles ?? [];
    return files
        .slice(0, 3)
        .map(file => `${codeSpan(file.path)} ${size(file.bytes)}`)
        .join('<br>');
}

;// CONCATENATED MODULE: ./src/core/markdown.ts





/** GitHub refuses comments longer than this. */
const COMMENT_LIMIT = 65_536;
/** Files listed in the target's open "why", and in each stage's details. */
const FILES_OPEN = 5;
const FILES_IN_DETAILS = 10;
const TITLE = {
    pass: '✅ Image size check passed',
    warn: '⚠️ Image size check passed with a warning',
    fail: '❌ Image size check failed',
    'no-baseline': 'ℹ️ Image sizes, no baseline to compare with'
};
const FULL = { layers: true, unchangedStages: true, maxStages: Infinity };
/**
 * The report as markdown: the job summary, and (shortened when needed) the PR
 * comment. Each number once: the title names the image, one sentence gives the
 * target's change against its limit, then why it changed (open when it failed
 * or warned), the other stages that changed, the unchanged ones in one line,
 * the commits, and the layers and files of every changed stage collapsed.
 */
function renderMarkdown(report, detail = FULL) {
    const target = report.stages.find(stage => stage.isTarget);
    const others = report.stages.filter(stage => !stage.isTarget);
    const changed = others.filter(stage => stage.status !== 'unchanged');
    const unchanged = others.filter(stage => stage.status === 'unchanged');
    const shownChanged = changed.slice(0, detail.maxStages);
    const hidden = changed.length - shownChanged.length + (detail.unchangedStages ? 0 : unchanged.length);
    const parts = [
        `### ${TITLE[report.verdict]}: ${imageName(report)}`,
        target ? headline(report, target) : '',
        target && opensWhy(target) ? why(target, report.metric, FILES_OPEN) : '',
        platformTable(report),
        stageTable(report, shownChanged),
        othersWhy(shownChanged, report.metric),
        detail.unchangedStages ? unchangedLine(report, unchanged) : '',
        hidden > 0 ? `_${count(hidden, 'more stage')} in the job summary._` : '',
        commits(report),
        trend(report),
        detail.layers ? details(report) : '',
        footer(report)
    ];
    return parts.filter(Boolean).join('\n\n') + '\n';
}
/** The Dockerfile, the target and the platforms, so two images' comments differ. */
function imageName(report) {
    const platforms = report.platforms?.length ? ` (${report.platforms.join(', ')})` : '';
    return markdown_text_text(`${report.dockerfile} › ${report.target}${platforms}`);
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
        .map(({ stage, body }) => `**${markdown_text_text(stage.name)}**\n\n${body}`)
        .join('\n\n');
}
/** One sentence about the target: its change against its limits, each number once. */
function headline(report, target) {
    if (!target.head)
        return '';
    const metric = report.metric;
    const head = gate_bytesOf(target.head, metric);
    // With several platforms the sentence's numbers are the first one's: say which.
    const platform = report.platforms?.length > 1 ? ` on ${markdown_text_text(report.platforms[0])}` : '';
    const name = `${codeSpan(target.name)}${platform}`;
    const compressed = metric === 'uncompressed'
        ? ` Compressed ${sizes(target, 'compressed')}.`
        : ` Uncompressed ${sizes(target, 'uncompressed')}.`;
    if (!target.base || target.deltaBytes === null) {
        const reason = report.noBaselineReason
            ? ` No baseline: ${markdown_text_text(report.noBaselineReason)}.`
            : ' It is new in this change.';
        // Without a base there is no growth to hold to a limit: only max-size applies.
        const budget = target.limit ? maxSizeLimit(target.limit, target.head) : '';
        return `${name} is **${size(head)}** ${metric}${budget ? `; ${budget}` : ''}.${compressed}${reason}`;
    }
    const delta = target.deltaBytes;
    const moved = delta === 0
        ? `is unchanged at ${size(head)}`
        : `${delta > 0 ? 'grew' : 'shrank'} **${change(delta)}**${formatPercentChange(target.deltaPercent)} to ${size(head)}`;
    return `${name} ${moved} ${metric}${limitsOf(target)}.${compressed}`;
}
/** "; limit +199 kB (5%): **11.5× over**", in the change's unit; empty without limits. */
function limitsOf(stage) {
    const parts = limitParts(stage);
    return parts.length ? `; ${parts.join(', ')}` : '';
}
/** Each limit the stage is held to, with how far over it is. */
function limitParts(stage) {
    const limit = stage.limit;
    if (!limit)
        return [];
    const delta = stage.deltaBytes ?? 0;
    return [
        growthLimit('warning past', limit.warnThreshold, limit.allowedWarnGrowthBytes, delta),
        growthLimit('limit', limit.threshold, limit.allowedGrowthBytes, delta),
        maxSizeLimit(limit, stage.head)
    ].filter(Boolean);
}
function growthLimit(label, written, allowed, delta) {
    if (!written)
        return '';
    const amount = allowed === null ? markdown_text_text(written) : `${change(allowed)} (${markdown_text_text(written)})`;
    const over = allowed !== null && delta > allowed ? `: **${overBy(delta, allowed)}**` : '';
    return `${label} ${amount}${over}`;
}
function maxSizeLimit(limit, head) {
    if (limit.maxSizeBytes === null)
        return '';
    const bytes = head ? head.uncompressedBytes : 0;
    const over = bytes > limit.maxSizeBytes ? `: **${size(bytes - limit.maxSizeBytes)} over**` : '';
    return `max-size ${size(limit.maxSizeBytes)}${over}`;
}
function sizes(stage, metric) {
    const head = stage.head ? size(gate_bytesOf(stage.head, metric)) : '—';
    return stage.base ? fromTo(size(gate_bytesOf(stage.base, metric)), head) : head;
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
        stageChange(stage),
        statusOf(stage)
    ]);
    return table(['Stage', 'Uncompressed', 'Compressed', 'Change', 'Status'], ['---', '--:', '--:', '--:', '---'], rows);
}
function stageName(stage) {
    return stage.isTarget ? `**${markdown_text_text(stage.name)}** (target)` : markdown_text_text(stage.name);
}
/** The change, then each limit on a line of its own, none broken inside. */
function stageChange(stage) {
    if (stage.deltaBytes === null)
        return '';
    const moved = `${change(stage.deltaBytes)}${unbroken(formatPercentChange(stage.deltaPercent))}`;
    return [moved, ...limitParts(stage).map(unbroken)].join('<br>');
}
/** "Unchanged: `deps` 4.27 MB, `build` 6.27 MB." */
function unchangedLine(report, stages) {
    if (!report.base || stages.length === 0)
        return '';
    const list = stages.map(stage => `${codeSpan(stage.name)} ${size(gate_bytesOf(stage.head, report.metric))}`);
    return `Unchanged: ${list.join(', ')}.`;
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
            ? fromTo(size(gate_bytesOf(base, metric)), size(gate_bytesOf(head, metric)))
            : size(gate_bytesOf(head, metric));
        const delta = base
            ? gate_bytesOf(head, report.metric) - gate_bytesOf(base, report.metric)
            : null;
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
        `${markdown_text_text(target.name)} by platform`,
        'Uncompressed',
        'Compressed',
        'Change',
        'Status'
    ], ['---', '--:', '--:', '--:', '---'], rows);
}
/** "Base 1f2e…(40) (main) ← head 9a8b… (feature)": SHAs written plainly, so GitHub links them. */
function commits(report) {
    const pullHead = report.pullRequest?.headSha;
    const head = !report.head
        ? ''
        : pullHead && pullHead !== report.head.sha
            ? `head ${sha(pullHead)} (measured merged into its base, as ${sha(report.head.sha)})`
            : `head ${sha(report.head.sha)}${report.head.ref ? ` (${markdown_text_text(report.head.ref)})` : ''}`;
    const base = report.base
        ? `Base ${sha(report.base.sha)}${report.base.ref ? ` (${markdown_text_text(report.base.ref)})` : ''}, ${markdown_text_text(report.base.reason)}${storedBy(report.base)}`
        : report.noBaselineReason
            ? `No baseline: ${markdown_text_text(report.noBaselineReason)}`
            : '';
    return [base, head].filter(Boolean).join(' · ');
}
/** A commit SHA as plain text (GitHub links it); anything else in the field is made inert. */
function sha(value) {
    if (!value)
        return 'unknown';
    return /^[0-9a-f]{7,64}$/.test(value) ? value : markdown_text_text(value);
}
/** Where a stored base's sizes came from: a link to the run that measured it. */
function storedBy(base) {
    if (base.source !== 'artifact' || !base.run)
        return '';
    const url = /^https?:\/\/[^\s()<>]+$/.test(base.run.url) ? base.run.url : null;
    const run = url ? `[run ${base.run.id}](${url})` : `run ${base.run.id}`;
    return `; its sizes from the report ${run} stored, not built again`;
}
/** The target's trend on the base branch, this change last; none without history. */
function trend(report) {
    const label = report.pullRequest ? `#${report.pullRequest.number}` : 'this commit';
    const branch = report.base?.ref ?? 'the base branch';
    return historyChart(report.history ?? [], report.metric, `${report.target} on ${branch}`, label);
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
    const title = `**${markdown_text_text(stage.name)}** (${change(stage.deltaBytes ?? 0)} ${metric})`;
    return [title, '', ...shown.map(part => `${part}\n`)].join('\n');
}
function footer(report) {
    return `<sub>Uncompressed: the bytes of the files in the image's layers. Compressed: the layer blobs a registry stores and a pull downloads. Files: the image's final filesystem, compared file by file. Measured by stage-size ${markdown_text_text(report.generator.version)} on Docker ${markdown_text_text(report.engine.version)} (${markdown_text_text(report.engine.imageStore)} image store).</sub>`;
}
/** The job summary's limit (GitHub refuses larger summaries), with room to spare. */
const SUMMARY_LIMIT = 1_000_000;
/**
 * The report within `limit` characters: whole when it fits, else without the
 * collapsed details, then without unchanged stages, then with fewer stage
 * rows, followed by `note` (where the rest is) unless it is empty.
 */
function renderWithin(report, limit, note) {
    const full = renderMarkdown(report);
    if (full.length <= limit)
        return full;
    const ending = note ? `\n> ${note}\n` : '';
    const attempts = [
        { ...FULL, layers: false },
        { layers: false, unchangedStages: false, maxStages: Infinity }
    ];
    for (const detail of attempts) {
        const shortened = renderMarkdown(report, detail) + ending;
        if (shortened.length <= limit)
            return shortened;
    }
    for (let maxStages = Math.floor(report.stages.length / 2);; maxStages = Math.floor(maxStages / 2)) {
        const shortened = renderMarkdown(report, { layers: false, unchangedStages: false, maxStages }) +
            ending;
        if (shortened.length <= limit || maxStages === 0)
            return shortened.slice(0, limit);
    }
}
/** Where the whole report is when the comment had to be shortened: the run's job summary. */
function shortenedNote(runUrl) {
    return runUrl
        ? `Shortened to fit a comment: the full report is in [the run's job summary](${runUrl}).`
        : "Shortened to fit a comment: the full report is in the workflow run's job summary.";
}
/**
 * The PR comment: the marker that finds it again, then the report, shortened
 * below GitHub's limit, with one note linking the run where the rest is.
 */
function renderComment(report, marker, runUrl = null, limit = COMMENT_LIMIT) {
    return `${marker}\n${renderWithin(report, limit - marker.length - 1, shortenedNote(runUrl))}`;
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** stage-size's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/report.ts



/** Bumped whenever a field changes meaning or goes away; new fields keep the version. */
const SCHEMA_VERSION = 1;
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
        buildArgs: { ...input.buildArgs },
        stageSelection: input.stageSelection,
        history: extendHistory(input.baseHistory, pointOf(input))
    };
}
/** This commit's point in the history: the target's head sizes. */
function pointOf(input) {
    const target = input.headStages.find(stage => stage.isTarget);
    const sha = input.pullRequest?.headSha ?? input.head?.sha;
    if (!target || !sha)
        return null;
    return {
        sha,
        date: input.measuredAt,
        uncompressedBytes: target.size.uncompressedBytes,
        compressedBytes: target.size.compressedBytes
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

;// CONCATENATED MODULE: ./src/core/merged.ts





/** Worst last: the merged verdict is the worst image's. */
const SEVERITY = ['pass', 'no-baseline', 'warn', 'fail'];
const MARK = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    'no-baseline': 'ℹ️'
};
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
/**
 * The merged step's outcome: it fails (with fail-on-regression) when an image
 * fails, naming each failing image and why.
 */
function mergedOutcome(images, failOnRegression) {
    const outcomes = images.map(({ key, report }) => ({
        key,
        outcome: outcomeOf(report, { failOnRegression, failOnMissingBaseline: false })
    }));
    const failures = outcomes.flatMap(({ key, outcome }) => outcome.failure ? [`${key}: ${outcome.failure}`] : []);
    const warnings = outcomes.flatMap(({ key, outcome }) => outcome.warnings.map(warning => `${key}: ${warning}`));
    return { failure: failures.length ? failures.join('; ') : null, warnings };
}
const merged_TITLE = {
    pass: '✅ Image size check passed',
    warn: '⚠️ Image size check passed with a warning',
    fail: '❌ Image size check failed',
    'no-baseline': 'ℹ️ Image sizes (some images have no baseline)'
};
/**
 * Several images' reports as one comment within `limit` characters: a summary
 * table (one row per image), then each image's section, open when its target
 * changed and collapsed when nothing did, each shortened to an equal share of
 * what is left.
 */
function renderMerged(images, limit, note) {
    const verdict = mergedVerdict(images.map(image => image.report));
    const failing = images.filter(image => image.report.verdict === 'fail').length;
    const count = `${images.length} image${images.length === 1 ? '' : 's'}`;
    const title = `### ${merged_TITLE[verdict]}${failing ? `: ${failing} of ${count} over their limits` : ` (${count})`}`;
    const head = `${title}\n\n${summaryTable(images)}\n\n`;
    const ending = `\n> ${note}\n`;
    const share = Math.floor((limit - head.length - ending.length) / images.length);
    const sections = images.map(image => section(image, share));
    // One note, however many sections were shortened.
    const shortened = sections.some(one => one.shortened);
    return `${head}${sections.map(one => one.text).join('\n\n')}\n${shortened ? ending : ''}`;
}
function summaryTable(images) {
    const rows = images.map(({ report }) => {
        const target = report_targetStage(report);
        const size = target.head ? formatBytes(gate_bytesOf(target.head, report.metric)) : '—';
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
function section({ report }, share) {
    const label = [report.dockerfile, report.target, report.platform ?? '']
        .filter(Boolean)
        .map(html)
        .join(' · ');
    const unchanged = report.verdict === 'pass' && report_targetStage(report).deltaBytes === 0;
    const open = unchanged ? '<details>' : '<details open>';
    const wrapper = `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n\n\n</details>`;
    const body = renderWithin(report, Math.max(share - wrapper.length, 0), '');
    // The summary line already says the image and its verdict: the report's own title would repeat it.
    const untitled = body.replace(/^### .*\n\n/, '');
    return {
        text: `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n${untitled}\n</details>`,
        shortened: body !== renderMarkdown(report)
    };
}
/** Report text inside HTML (the summary line is an HTML block, so markdown escapes would show). */
function html(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@(?=\w)/g, '@\u200b');
}

;// CONCATENATED MODULE: ./src/report-file.ts




/**
 * Reads a report an earlier run wrote: a baseline to compare with (say, an
 * artifact from the main branch), or a report to post as the PR comment.
 * Refuses a missing file, something that is not JSON, and a report of another
 * schema version, naming the input.
 */
async function readReport(file, input) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new UserError(`${input}: no file at ${file}; give the path of a report from an earlier stage-size run`);
    });
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${input}: ${file} is not JSON (${String(error.message)})`);
    }
    const version = report?.schemaVersion;
    if (version !== SCHEMA_VERSION) {
        throw new UserError(`${input}: ${file} has schemaVersion ${JSON.stringify(version ?? null)}; this stage-size reads schemaVersion ${SCHEMA_VERSION} (make the baseline with the same major version)`);
    }
    if (!Array.isArray(report.stages)) {
        throw new UserError(`${input}: ${file} has no "stages" list; it is not a stage-size report`);
    }
    return report;
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

;// CONCATENATED MODULE: ./src/terminal.ts

/** Writes an output file, or to stdout for "-". */
async function writeOutput(file, text, terminal) {
    if (file === '-')
        terminal.out(text);
    else
        await writeTextFile(file, text);
}

;// CONCATENATED MODULE: ./src/report-command.ts






const EXIT_GATE_FAILED = 2;
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
        const markdown = images.length === 1
            ? renderWithin(images[0].report, COMMENT_LIMIT, NOTE)
            : renderMerged(images, COMMENT_LIMIT, NOTE);
        await writeOutput(values.markdown ?? '-', markdown, terminal);
        const outcome = mergedOutcome(images, true);
        outcome.warnings.forEach(warning => terminal.err(`warning: ${warning}\n`));
        if (!outcome.failure)
            return 0;
        terminal.err(`stage-size: ${outcome.failure}\n`);
        return EXIT_GATE_FAILED;
    }
    catch (error) {
        terminal.err(`stage-size: error: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/core/options.ts



/** Validates every option; the first bad one throws a UserError that names it. */
function parseOptions(raw, names, baseline, pullRequest = null) {
    const context = raw.context.trim() || '.';
    const platforms = parsePlatforms(raw.platform, names.platform);
    return {
        context,
        file: dockerfilePath(context, raw.file),
        target: raw.target.trim() || undefined,
        stages: parseStageList(raw.stages, names.stages),
        buildArgs: parseBuildArgs(raw.buildArgs, names.buildArgs),
        platform: platforms[0],
        platforms,
        builder: raw.builder.trim() || undefined,
        cacheFrom: parseCaches(raw.cacheFrom, names.cacheFrom),
        cacheTo: parseCaches(raw.cacheTo, names.cacheTo),
        keepImages: parseBoolean(raw.keepImages, names.keepImages, false),
        baseline,
        pullRequest,
        gate: parseGate(raw, names),
        failOnRegression: parseBoolean(raw.failOnRegression, names.failOnRegression, true),
        failOnMissingBaseline: parseBoolean(raw.failOnMissingBaseline, names.failOnMissingBaseline, false),
        names,
        baselineSource: 'build',
        store: null
    };
}
/** The gate's limits and metric. */
function parseGate(raw, names) {
    return {
        metric: parseMetric(raw.metric, names.metric),
        threshold: parseGrowth(raw.threshold.trim() || '5%', names.threshold),
        warnThreshold: raw.warnThreshold.trim()
            ? parseGrowth(raw.warnThreshold, names.warnThreshold)
            : null,
        maxSize: parseMaxSize(raw.maxSize, names.maxSize),
        maxWaste: parseMaxWaste(raw.maxWaste, names.maxWaste),
        stageThresholds: parseStageThresholds(raw.stageThresholds, names.stageThresholds)
    };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean as @actions/core reads one (YAML 1.2 core schema); empty for the default. */
function parseBoolean(value, input, fallback) {
    const text = value.trim();
    if (text === '')
        return fallback;
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new UserError(`${input}: "${value}" is not a boolean; use true or false`);
}
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
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
const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
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
const CACHE_TYPE = /^type=[a-z0-9-]+(,[A-Za-z0-9_-]+=[^,]*)*$/;
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
const METRICS = ['uncompressed', 'compressed'];
/** `uncompressed` (the default) or `compressed`. */
function parseMetric(value, input) {
    const metric = value.trim().toLowerCase() || 'uncompressed';
    if (!METRICS.includes(metric)) {
        throw new UserError(`${input}: "${value}" is not a metric; use uncompressed or compressed`);
    }
    return metric;
}

// EXTERNAL MODULE: ./src/system/process.ts + 1 modules
var system_process = __nccwpck_require__(6238);
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
    return { text, stages };
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
    /** Runs a command that must succeed; its error output becomes the error. */
    static async check(args, what) {
        const result = await Docker.run(args);
        if (result.exitCode !== 0) {
            throw new Error(`${what} failed (docker ${args[0]}): ${(0,system_process/* lastLines */.w$)(result.stderr, 5)}`);
        }
        return result.stdout;
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
    const result = await Docker.run(['buildx', 'inspect', '--builder', builder]);
    if (result.exitCode !== 0) {
        throw new UserError(`${input}: there is no buildx builder named "${builder}" (docker buildx ls lists them); give an existing builder's name, or none for the current builder`);
    }
}
/** The buildx builder's driver and nodes, as `docker buildx inspect` lists them. */
async function builderInfo(builder) {
    const result = await Docker.run([
        'buildx',
        'inspect',
        ...(builder ? ['--builder', builder] : [])
    ]);
    return parseBuilderInspect(result.stdout);
}
/** Reads `docker buildx inspect`: the driver line, and one `Name:` per node after `Nodes:`. */
function parseBuilderInspect(text) {
    const nodes = text.split(/^Nodes:$/m)[1] ?? '';
    return {
        driver: text.match(/^Driver:\s+(\S+)/m)?.[1] ?? null,
        nodes: (nodes.match(/^Name:/gm) ?? []).length
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
     * (actions/checkout's default) rev-list would show a boundary commit with none.
     */
    async head() {
        const sha = await this.commitOf('HEAD');
        const commit = await this.run(['cat-file', 'commit', 'HEAD']);
        if (!sha || !commit.ok) {
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
        const targets = bakeTargets(job);
        await (0,promises_.writeFile)(file, JSON.stringify(bakeDefinition(job, targets), null, 2));
        const args = [
            'buildx',
            ...(job.builder ? ['--builder', job.builder] : []),
            'bake',
            '--file',
            file,
            '--progress=plain'
        ];
        const lines = [];
        const watchExports = exportWatcher(job.onImageReady);
        const result = await Docker.run(args, {
            // The definition is ours, so the filesystem entitlement prompt has nothing to protect.
            env: { BUILDX_BAKE_ENTITLEMENTS_FS: '0' },
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
    });
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
            output: [outputOf(job, image)]
        };
    }
    return { group: { default: { targets: [...targets.values()] } }, target };
}
function outputOf(job, image) {
    switch (job.delivery) {
        case 'push':
            return `type=image,name=${image.tag},push=true,store=false,registry.insecure=true`;
        case 'oci':
            return `type=oci,dest=${external_node_path_default().join(job.ociDir ?? '.', `${image.stage.stage.name}.tar`)}`;
        case 'load':
            // Into the engine's image store, whatever the builder's driver.
            return 'type=docker';
    }
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
    args.push(job.contextDir);
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
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __nccwpck_require__(481);
;// CONCATENATED MODULE: ./src/engine/file-lists.ts





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

;// CONCATENATED MODULE: ./src/engine/entry-lists.ts






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
        if (entry[1] === 'l' && entry[3] !== undefined)
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

;// CONCATENATED MODULE: ./src/engine/layers.ts




const LARGEST_FILES_KEPT = 5;
/** Reads an uncompressed layer tar to its end: sums its files and lists its entries. */
async function measureLayerTar(tarStream) {
    const content = { fileBytes: 0, files: 0, largestFiles: [] };
    const entries = new EntryCollector();
    const extract = tar_stream.extract();
    const done = (async () => {
        for await (const entry of extract) {
            const listed = entryOf(entry.header);
            if (listed)
                await entries.add(listed);
            if (listed?.[1] === 'f')
                layers_count(content, { path: listed[0], bytes: listed[2] });
            entry.resume();
        }
    })();
    tarStream.on('error', error => extract.destroy(error));
    tarStream.pipe(extract);
    await done;
    return { content, entries: entries.finish() };
}
function layers_count(content, file) {
    content.fileBytes += file.bytes;
    content.files++;
    keepLargest(content.largestFiles, file, LARGEST_FILES_KEPT, listed => listed.bytes);
}

;// CONCATENATED MODULE: ./src/engine/layer-measurer.ts




/** Non-layer blobs (configs, attestations) larger than this are counted, not kept. */
const MAX_KEPT_BLOB = 8 * 1024 * 1024;
const SNIFF_BYTES = 512;
const INFLATE_CHUNK = 1 << 20;
/**
 * Measures a blob whose kind is only known from its first bytes: gzip, zstd or
 * plain tar layers are read through; anything else (an image config) is kept.
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
        const { content, entries } = await measureLayerTar(tarStream);
        return { layer: content, entries };
    }
    const content = await readAll(whole, MAX_KEPT_BLOB);
    return content.length < MAX_KEPT_BLOB ? { content } : {};
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

;// CONCATENATED MODULE: ./src/engine/oci-archive.ts






const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/;
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/**
 * Reads an OCI image layout tar, as BuildKit's OCI exporter writes it, into
 * the sink: every blob measured by the same layer measurer a registry push
 * feeds (compressed: the blob's bytes as BuildKit compressed them; uncompressed:
 * the regular-file bytes of its tar), its digest checked; blobs already known
 * are skipped. The layout's index.json is stored as `repository:tag`, and every
 * manifest by its digest, so the image is described as a pushed one is.
 */
async function readOciArchive(file, sink, repository, tag) {
    const extract = tar_stream.extract();
    const kept = [];
    const reading = (async () => {
        for await (const entry of extract) {
            const name = entry.header.name.replace(/^\.\//, '');
            const blob = name.match(BLOB_PATH);
            if (name === 'index.json') {
                sink.addManifest(repository, tag, INDEX_MEDIA_TYPE, await oci_archive_readAll(entry));
            }
            else if (blob) {
                const digest = `sha256:${blob[1]}`;
                // A blob measured before (this run, or an earlier one) is not read again.
                let measured = await sink.known(digest);
                if (measured)
                    entry.resume();
                else {
                    measured = await measureEntry(entry, digest);
                    await sink.addBlob(measured);
                }
                if (measured.content)
                    kept.push(measured);
            }
            else
                entry.resume();
        }
    })();
    await Promise.all([(0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(file), extract), reading]);
    for (const blob of kept)
        registerManifest(blob, sink, repository);
}
/** Measures one blob of the archive as it streams, checking it is what its name says. */
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
        throw new Error(`the archive's blob ${digest} holds ${actual}`);
    }
    return { digest, size, ...result };
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
async function oci_archive_readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/core/image.ts
/**
 * Sizes one pushed image: its layers (the manifest's blob sizes, the file bytes
 * measured while they streamed in) each with the instruction that made it.
 */
function describePushedImage(pushed, repository, tag, platform) {
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
            compressedBytes: descriptor.size,
            files: content.files,
            largestFiles: content.largestFiles
        };
    });
    return {
        uncompressedBytes: sum(sizes.map(layer => layer.uncompressedBytes)),
        compressedBytes: sum(sizes.map(layer => layer.compressedBytes)),
        layers: sizes
    };
}
/**
 * Sizes a pushed image for each platform asked for: the first platform's
 * sizes, and with several, every platform's under `platforms`.
 */
function describePlatforms(pushed, repository, tag, platforms) {
    const [first, ...others] = platforms;
    const image = describePushedImage(pushed, repository, tag, first);
    if (others.length === 0)
        return image;
    return {
        ...image,
        platforms: Object.fromEntries(platforms.map(platform => [
            platform,
            platform === first
                ? image
                : describePushedImage(pushed, repository, tag, platform)
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
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
        if (blob.layer)
            this.layers++;
        if (!this.cache)
            await entries?.discard();
        this.blobs.set(blob.digest, this.cache ? await this.cache.put({ ...blob, entries }) : blob);
    }
    /** A known layer's file list, when the cache keeps one. */
    fileList(blob) {
        return this.cache?.fileList(blob) ?? null;
    }
    /** The list of a layer measured elsewhere, brought by a stored report. */
    async importedList(digest) {
        return (await this.cache?.importedList(digest)) ?? null;
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
    constructor(server, 
    /** `127.0.0.1:<port>`, the registry part of the image names to push. */
    host, cache) {
        this.server = server;
        this.host = host;
        this.blobs = new KnownBlobs(cache);
    }
    /** Starts on a free port; blobs earlier runs measured come from `cache`, and new ones go to it. */
    static async start(cache = null) {
        const server = external_node_http_default().createServer();
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', resolve);
        });
        const { port } = server.address();
        const registry = new MeasuringRegistry(server, `127.0.0.1:${port}`, cache);
        server.on('request', (request, response) => {
            registry.route(request, response).catch(error => {
                if (!response.headersSent)
                    registryError(response, 500, 'UNKNOWN', String(error));
            });
        });
        return registry;
    }
    async close() {
        this.blobs.settleAll();
        for (const upload of this.uploads.values())
            upload.input.destroy();
        this.server.closeAllConnections();
        await new Promise(resolve => this.server.close(() => resolve()));
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
    /** Whether any client (the engine) has reached the registry: it shares this machine's network. */
    contacted = false;
    /** A blob measured from an archive (the OCI path), as a push would have delivered it. */
    async addBlob(blob) {
        await this.blobs.add(blob);
    }
    known(digest) {
        return this.blobs.known(digest);
    }
    /** A layer's file list, measured in this run or an earlier one; null when none is kept. */
    async fileList(digest) {
        const blob = await this.blobs.known(digest);
        return blob ? this.blobs.fileList(blob) : this.blobs.importedList(digest);
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
        this.contacted = true;
        const url = new URL(request.url ?? '/', 'http://registry');
        const path = decodeURIComponent(url.pathname);
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
        const input = new external_node_stream_namespaceObject.PassThrough({ highWaterMark: 1 << 20 });
        const measured = measureBlob(input);
        measured.catch(() => undefined); // reported when the upload completes
        this.uploads.set(id, { input, received: 0, hash: (0,external_node_crypto_namespaceObject.createHash)('sha256'), measured });
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
        await receiveInto(upload, request);
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
        const problem = await this.complete(upload, digest);
        this.blobs.settle(digest);
        if (problem)
            return registryError(response, 400, problem.code, problem.message);
        reply(response, 201, {
            Location: `/v2/${repository}/blobs/${digest}`,
            'Docker-Content-Digest': digest
        });
    }
    /** Ends an upload: keeps what was measured, or says why it is refused. */
    async complete(upload, digest) {
        upload.input.end();
        const received = `sha256:${upload.hash.digest('hex')}`;
        if (received !== digest) {
            // As a registry does: bytes that are not what the digest names are never stored.
            await upload.measured.then(measured => measured.entries?.discard(), () => undefined);
            return {
                code: 'DIGEST_INVALID',
                message: `the upload's content has digest ${received}, not ${digest}`
            };
        }
        try {
            await this.blobs.add({ digest, size: upload.received, ...(await upload.measured) });
            return null;
        }
        catch (error) {
            return { code: 'BLOB_UPLOAD_INVALID', message: `${digest}: ${String(error)}` };
        }
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
/** Feeds one request's body into an upload, counting bytes, keeping the upload open. */
async function receiveInto(upload, request) {
    for await (const chunk of request) {
        const buffer = chunk;
        upload.received += buffer.length;
        upload.hash.update(buffer);
        if (!upload.input.write(buffer)) {
            await new Promise(resolve => upload.input.once('drain', resolve));
        }
    }
}
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
function registryError(response, status, code, message) {
    reply(response, status, { 'Content-Type': 'application/json' }, JSON.stringify({ errors: [{ code, message }] }));
}

;// CONCATENATED MODULE: ./src/engine/blob-cache.ts





/** The entry format; entries of any other are measured again and replaced (3: layers have file lists). */
const FORMAT = 3;
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
    blobs;
    lists;
    /** Entries in `root`/blobs, layers' file lists in `root`/files. */
    constructor(root) {
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
        if (!DIGEST.test(digest))
            return undefined;
        try {
            const entry = JSON.parse(await (0,promises_.readFile)(this.entryFile(digest), 'utf8'));
            if (!trustworthy(entry, digest))
                return undefined;
            const list = entry.layer?.fileList;
            if (list && (await hashFileList(this.listFile(digest))) !== list.sha256)
                return undefined;
            return blobOf(entry);
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
            return kept;
        }
        catch {
            // A cache that cannot be written only costs speed (and the file changes).
            await entries?.discard();
            return blob;
        }
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
        return (await exists(file)) ? readFileList(file) : null;
    }
    /** The files of those layers' lists that the cache holds, to store with a report. */
    async storedLists(digests) {
        const files = [...new Set(digests)]
            .filter(d => DIGEST.test(d))
            .map(d => this.listFile(d));
        const present = await Promise.all(files.map(exists));
        return files.filter((_, at) => present[at]);
    }
    /** Keeps a layer's list that a stored report brought, unless the cache has one. */
    async importList(digest, file) {
        if (!DIGEST.test(digest) || (await exists(this.listFile(digest))))
            return;
        await (0,promises_.mkdir)(this.lists, { recursive: true });
        await writeWhole(this.listFile(digest), await (0,promises_.readFile)(file, 'utf8'));
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
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
async function writeWhole(file, text) {
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    await (0,promises_.writeFile)(partial, text);
    await (0,promises_.rename)(partial, file);
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
    async removeAll() {
        if (this.keep) {
            for (const { tag, side, stage } of this.made) {
                await Docker.run(['tag', tag, `stage-size/${stage}:${side}`]);
            }
        }
        const tags = this.made.map(made => made.tag);
        if (tags.length > 0)
            await Docker.run(['image', 'rm', ...tags]);
        tags.forEach(tag => leftovers/* leftovers */.To.remove({ kind: 'image', tag }));
    }
}

;// CONCATENATED MODULE: ./src/engine/filesystems.ts


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
        if (layersOf(base) === layersOf(head))
            return compareFilesystems(nothing(), nothing());
        const [before, after] = [await this.merge(base), await this.merge(head)];
        if (!before || !after)
            return null;
        return compareFilesystems(before.files(), after.files());
    }
    waste(image) {
        const key = layersOf(image);
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
function layersOf(image) {
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
    log;
    keepImages;
    runId = (0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex');
    builder;
    reaches;
    chosen;
    /** One queue for every checkout, so that a layer they share is sent once. */
    pushes = new PushQueue(tag => this.push(tag));
    /** Where each tag's push reports, by tag. */
    pushLogs = new Map();
    logs = Promise.resolve();
    tags;
    filesystems;
    constructor(engine, registry, log, 
    /** Keep the stage images, tagged stage-size/<stage>:<side>, instead of removing them. */
    keepImages) {
        this.engine = engine;
        this.registry = registry;
        this.log = log;
        this.keepImages = keepImages;
        this.tags = new StageTags(keepImages);
        this.filesystems = new ImageFilesystems(digest => registry.fileList(digest));
    }
    static async open(engine, log, keepImages) {
        const registry = await MeasuringRegistry.start(BlobCache.inDefaultPlace());
        return new MeasuringSession(engine, registry, log, keepImages);
    }
    /**
     * Builds the checkout's planned stages and measures each image; sizes by
     * stage name. Each image is measured as soon as the build has it, while
     * later stages still build. Checkouts may be measured at the same time: each
     * keeps its build log and shows it, collapsed, when it is done.
     */
    async measure(checkout, settings) {
        const repository = this.repository(checkout.side);
        const stages = checkout.dockerfile.stages;
        const images = buildOrder(checkout.plan, stages).map(stage => ({
            stage,
            tag: `${this.registry.host}/${repository}:${stage.stage.name}`
        }));
        const delivery = await this.delivery(settings);
        const started = Date.now();
        const lines = [];
        const count = `${images.length} stage${images.length === 1 ? '' : 's'}`;
        this.log.info(`Building and measuring ${count} (${checkout.side})...`);
        try {
            await this.buildAndPush(checkout, settings, images, delivery, this.quiet(lines));
        }
        finally {
            await this.pushes.settled();
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            await this.showLog(`${checkout.side}: ${count} built and measured in ${seconds} s`, lines);
        }
        const sizes = new Map();
        for (const image of images) {
            const name = image.stage.stage.name;
            const size = describePlatforms(this.registry, repository, name, settings.platforms);
            sizes.set(name, await this.filesystems.withWaste(size));
        }
        return sizes;
    }
    /** Which files changed between two images' first platforms; null when a layer's file list is not here. */
    fileChanges(base, head) {
        return this.filesystems.changes(base, head);
    }
    /** Builds the images and has each pushed (so measured) as soon as the engine has it. */
    async buildAndPush(checkout, settings, images, delivery, log) {
        if (delivery === 'oci')
            return this.buildArchives(checkout, settings, images);
        // Tracked before the build: a cancelled build may have loaded some of them.
        if (delivery === 'load') {
            images.forEach(image => this.tags.add(image.tag, checkout.side, image.stage.stage.name));
        }
        const stages = checkout.dockerfile.stages;
        const chains = new Map(images.map(image => [image.tag, fromChain(image.stage.stage, stages)]));
        await this.build(checkout, settings, images, log, {
            delivery,
            onImageReady: tag => this.queuePush(tag, chains, log)
        });
        if (delivery === 'load') {
            images.forEach(image => this.queuePush(image.tag, chains, log));
            await this.pushes.finished();
        }
    }
    /** Builds a checkout's images from the Dockerfile to build from, delivered as `how` says. */
    build(checkout, settings, images, log, how) {
        return withBuildDockerfile(checkout.dockerfilePath, checkout.plan, dockerfilePath => buildImages({
            ...settings,
            // One side writes the cache: the head's, what the user's own build would write.
            cacheTo: checkout.side === 'head' ? settings.cacheTo : [],
            contextDir: checkout.contextDir,
            dockerfilePath,
            images,
            ...how
        }, this.engine, log));
    }
    /**
     * The OCI path, for an engine that cannot reach this machine: BuildKit sends
     * each image through the client session as an OCI layout tar, and each is
     * measured by the same layer measurer a push feeds.
     */
    async buildArchives(checkout, settings, images) {
        const repository = this.repository(checkout.side);
        await withTempDir('stage-size-oci-', async (ociDir) => {
            await this.build(checkout, settings, images, this.log, {
                delivery: 'oci',
                ociDir,
                onImageReady: () => { }
            });
            for (const image of images) {
                const name = image.stage.stage.name;
                await readOciArchive(external_node_path_default().join(ociDir, `${name}.tar`), this.registry, repository, name);
            }
        });
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
    queuePush(tag, chains, log) {
        this.pushLogs.set(tag, log);
        this.pushes.add(tag, chains.get(tag) ?? [tag]);
    }
    /** Has the engine push one image to the measuring registry, which measures as it receives. */
    async push(tag) {
        const log = this.pushLogs.get(tag) ?? this.log;
        log.detail(`measuring ${tag}`);
        const result = await Docker.run(['push', '--quiet', tag]);
        if (result.exitCode !== 0) {
            throw new UserError(`measuring failed: the Docker engine could not push to stage-size's measuring endpoint at ${this.registry.host} (${(0,system_process/* lastLines */.w$)(result.stderr, 1)})`, result.stderr);
        }
        log.detail(`measured ${tag}`);
    }
    /** Removes the images the run tagged (or renames them when asked to keep them) and stops the registry. */
    async close() {
        try {
            await this.tags.removeAll();
        }
        finally {
            await this.registry.close();
        }
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
    /**
     * How images reach the measurer, decided from what the engine and builder
     * say. An engine on this machine's network, with the docker driver: on the
     * containerd store BuildKit pushes them itself as it exports them (no
     * unpacking, nothing to remove); on the classic store, or with images to
     * keep, they are loaded and the engine pushes them. An engine elsewhere, or
     * a builder of another driver: BuildKit sends them through the build session
     * as OCI archives.
     */
    async delivery(settings) {
        this.chosen = await this.chooseDelivery(settings);
        return this.chosen;
    }
    async chooseDelivery(settings) {
        if (!(await this.engineReachesRegistry()))
            return this.remoteDelivery();
        if (!this.engine.buildx)
            return 'load';
        this.builder ??= await builderInfo(settings.builder);
        const { driver, nodes } = this.builder;
        // A builder of another driver (docker-container, remote, kubernetes, cloud)
        // sits on its own network: its images come through the session.
        if (driver && driver !== 'docker')
            return this.sessionDelivery(nodes, settings.builder);
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
            `${this.registry.host}/stage-size-probe:reach`
        ]).then(() => this.registry.contacted);
        return this.reaches;
    }
    /** Images through the session: buildx refuses OCI archives from a builder of several nodes. */
    sessionDelivery(nodes, builder) {
        if (nodes <= 1)
            return 'oci';
        throw new UserError(`the buildx builder ${builder ?? '(the current one)'} has ${nodes} nodes, and buildx exports nothing stage-size can read from a multi-node builder (OCI archives need one node); give stage-size a single-node builder (builder input), or the default docker builder`);
    }
    /** An engine elsewhere sends images through the client session, which needs the containerd store. */
    remoteDelivery() {
        if (this.engine.imageStore === 'containerd' && this.engine.buildx)
            return 'oci';
        throw new UserError(`the Docker engine (${process.env.DOCKER_HOST || 'the default socket'}) runs elsewhere and cannot reach stage-size's measuring registry on this machine, and its classic image store cannot send images through the build session: turn on that engine's containerd image store ("features": {"containerd-snapshotter": true}), or run stage-size on the engine's machine`);
    }
    /** How this session's images reached the measurer, for the report. */
    get deliveryName() {
        if (!this.chosen)
            return null;
        return this.chosen === 'oci' ? 'oci' : `registry-${this.chosen}`;
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts















/**
 * The whole run: reads the head's Dockerfile, settles the baseline (failing
 * fast on a bad base-ref or baseline-report), builds and measures the head
 * and, side by side, the base in a temporary worktree, and compares them.
 */
async function runPipeline(options, log) {
    // Asked first, answered while the Dockerfile and git are read.
    const engineAnswer = Docker.engine();
    engineAnswer.catch(() => undefined); // awaited below, after the checks that come first
    const head = await readHead(options);
    const git = await Git.at(head.contextDir);
    const baselinePlan = await planBaseline(options, git, head, log);
    const engine = await engineAnswer;
    await assertEngineFits(options, engine);
    const session = await MeasuringSession.open(engine, log, options.keepImages);
    try {
        // The head and the base build side by side: BuildKit shares their cache.
        const [headSizes, baseline] = await settleBoth(session.measure(head, options), baselinePlan.kind === 'ready'
            ? Promise.resolve(baselinePlan.baseline)
            : measureBaseCommit(baselinePlan, head, options, session, log));
        // Measuring only was asked for: nothing to say.
        if ('missing' in baseline && options.baseline.kind !== 'none') {
            log[baseline.severity](`No baseline to compare with: ${baseline.missing}`);
        }
        const headStages = sideStages(head.plan, head.dockerfile.stages, headSizes);
        return report(options, { ...engine, delivery: session.deliveryName }, head, headStages, baseline, git, await fileChanges(session, headStages, baseline));
    }
    finally {
        await session.close();
    }
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
async function report(options, engine, head, headStages, baseline, git, fileChanges) {
    return buildReport({
        fileChanges,
        dockerfile: displayPath(options.file),
        context: displayPath(options.context),
        platforms: options.platforms,
        engine: {
            version: engine.version,
            imageStore: engine.imageStore,
            builder: engine.buildx ? 'buildkit' : 'classic',
            delivery: engine.delivery
        },
        target: targetName(head.plan),
        head: git ? await headRef(git) : null,
        pullRequest: options.pullRequest,
        headStages,
        base: baseline,
        gate: options.gate,
        buildArgs: options.buildArgs,
        stageSelection: options.stages,
        baseHistory: ('history' in baseline && baseline.history) || [],
        measuredAt: new Date().toISOString()
    });
}
/** The head's checkout and plan; the stage-thresholds must name its stages. */
async function readHead(options) {
    const head = await readCheckout(options, 'head', external_node_path_default().resolve(options.context), external_node_path_default().resolve(options.file), dockerfile => planBuild(dockerfile, options, options.file));
    for (const stage of options.gate.stageThresholds.keys()) {
        findStage(head.dockerfile.stages, stage, options.names.stageThresholds, options.file);
    }
    return head;
}
/** Refuses, before anything is built, what this engine and builder cannot do as asked. */
async function assertEngineFits(options, engine) {
    if (options.builder && engine.buildx) {
        await assertBuilderExists(options.builder, options.names.builder);
    }
    assertPlatformsFit(options, engine);
    assertCachesFit(options, engine);
}
/** Several platforms need an image store that holds them, and BuildKit to build them. */
function assertPlatformsFit(options, engine) {
    if (options.platforms.length < 2)
        return;
    const list = options.platforms.join(', ');
    if (engine.imageStore === 'classic') {
        throw new UserError(`${options.names.platform}: the classic image store cannot hold a multi-platform image (${list}); turn on the containerd image store (Docker Engine 29's default; "features": {"containerd-snapshotter": true} in daemon.json), or give one platform`);
    }
    if (!engine.buildx) {
        throw new UserError(`${options.names.platform}: building for several platforms (${list}) needs BuildKit; install the docker-buildx plugin, or give one platform`);
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
/** Both results; when either fails, its error, but only once both are done (nothing left running). */
async function settleBoth(a, b) {
    const [first, second] = await Promise.allSettled([a, b]);
    if (first.status === 'rejected')
        throw first.reason;
    if (second.status === 'rejected')
        throw second.reason;
    return [first.value, second.value];
}
async function planBaseline(options, git, head, log) {
    const option = options.baseline;
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
    const headCommit = await git.head();
    const choice = chooseBase(option.event, headCommit, option.baseRef);
    const resolved = await resolveBase(git, choice, headCommit.sha);
    if ('missing' in resolved) {
        return ready({
            missing: resolved.missing,
            severity: choice.kind === 'none' && !choice.unexpected ? 'notice' : 'warning'
        });
    }
    return storedOrBuilt(options, git, resolved.commit, head, log);
}
/** What a stored report of the base must have measured: this run's image, at the base commit. */
function expectedBaseline(options, commit, head) {
    return {
        sha: commit.sha,
        dockerfile: displayPath(options.file),
        target: targetName(head.plan),
        platforms: options.platforms,
        buildArgs: options.buildArgs,
        stageSelection: options.stages
    };
}
/**
 * The base commit's report, when an earlier run stored one of the same image
 * (`baseline: auto` or `artifact`), so the base is not built again; else the
 * plan to build it (`auto`), or no baseline (`artifact`), saying why.
 */
async function storedOrBuilt(options, git, commit, head, log) {
    const store = options.baselineSource === 'build' ? null : options.store;
    if (!store)
        return { kind: 'build', git, commit };
    const answer = await store.find(expectedBaseline(options, commit, head));
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
    if (options.baselineSource === 'artifact') {
        return ready({
            missing: `no stored report of the base commit: ${answer.missing}`,
            severity: 'notice'
        });
    }
    log.notice(`No stored report of the base commit ${commit.sha.slice(0, 12)} (${answer.missing}): building it.`);
    return { kind: 'build', git, commit };
}
function ready(baseline) {
    return { kind: 'ready', baseline };
}
/**
 * Builds the base commit's stages in a temporary worktree (the user's working
 * tree is never touched), with the same inputs and the same build cache. A
 * base without the Dockerfile, or whose build fails, leaves no baseline.
 */
async function measureBaseCommit(plan, head, options, session, log) {
    const { git } = plan;
    return withTempDir('stage-size-base-', async (dir) => {
        const worktree = { kind: 'worktree', repository: git.root, path: dir };
        leftovers/* leftovers */.To.add(worktree);
        try {
            return await measureIn(dir, plan, head, options, session, log);
        }
        finally {
            await git.removeWorktree(dir);
            leftovers/* leftovers */.To.remove(worktree);
        }
    });
}
async function measureIn(dir, { git, commit }, head, options, session, log) {
    const short = commit.sha.slice(0, 12);
    const added = await git.addWorktree(dir, commit.sha);
    if (!added.ok)
        return {
            missing: `git could not check out ${short}: ${added.stderr.trim()}`,
            severity: 'warning'
        };
    const inBase = (file) => external_node_path_default().join(dir, external_node_path_default().relative(git.root, file));
    let base;
    try {
        base = await readCheckout(options, 'base', inBase(head.contextDir), inBase(head.dockerfilePath), dockerfile => planBase(dockerfile, head.plan, options.stages, options.file, options.names.file));
    }
    catch (error) {
        return {
            missing: `at the base commit ${short}, ${messageOf(error)}`,
            severity: 'warning'
        };
    }
    return measureBase(base, commit, options, session, log);
}
/** Measures the base's checkout; a base that does not build leaves no baseline, with its log shown. */
async function measureBase(base, commit, options, session, log) {
    try {
        const sizes = await session.measure(base, options);
        const ref = {
            ref: commit.ref,
            sha: commit.sha,
            reason: commit.reason,
            source: 'build'
        };
        return { ref, stages: sideStages(base.plan, base.dockerfile.stages, sizes) };
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
/** Reads and plans a checkout's Dockerfile, with the errors a user can act on. */
async function readCheckout(options, side, contextDir, dockerfilePath, plan) {
    const isDirectory = await (0,promises_.stat)(contextDir).then(found => found.isDirectory(), () => false);
    if (!isDirectory) {
        throw new UserError(`${options.names.context}: ${options.context} is not a directory; give the build context's path`);
    }
    const text = await (0,promises_.readFile)(dockerfilePath, 'utf8').catch(() => {
        throw new UserError(`${options.names.file}: no Dockerfile at ${options.file}; give its path (default: <context>/Dockerfile)`);
    });
    const dockerfile = parseDockerfile(text, options.buildArgs, options.file, options.names.file);
    return { side, contextDir, dockerfilePath, dockerfile, plan: plan(dockerfile) };
}
async function headRef(git) {
    const { sha } = await git.head();
    const branch = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return { sha, ref: branch.ok ? branch.stdout.trim() : null };
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

;// CONCATENATED MODULE: ./src/core/table.ts


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
            stage.head ? formatBytes(stage.head.compressedBytes) : '-',
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
    const count = `${measured} stage${measured === 1 ? '' : 's'} measured`;
    const engine = `${report.engine.imageStore} image store, Docker ${report.engine.version}`;
    const comparison = report.base
        ? `compared with ${report.base.ref ?? 'the base'}${report.base.sha ? ` (${report.base.sha.slice(0, 12)})` : ''}: ${report.base.reason}\nverdict: ${report.verdict}`
        : `no baseline: ${report.noBaselineReason}`;
    return `${report.dockerfile}: ${count} (${engine})\n${comparison}`;
}

;// CONCATENATED MODULE: ./src/command.ts










const HELP = `Usage: stage-size [options] [CONTEXT]
       stage-size report FILE... [--markdown PATH]

Builds every stage of a multi-stage Dockerfile, measures each stage's image
(uncompressed: the bytes of its files; compressed: what a registry stores),
compares them with the base commit's, and fails when the target grew too much.

What to build:
  -f, --file PATH              the Dockerfile (default: CONTEXT/Dockerfile)
  -c, --context DIR            the build context (default: .)
  -t, --target STAGE           the product stage (default: the last stage)
      --stages LIST            the other stages to measure: all (default), or
                               names separated by commas
      --build-arg K=V          a build argument (repeat for more)
      --platform LIST          platforms separated by commas, e.g.
                               linux/amd64,linux/arm64 (default: the engine's)
      --builder NAME           the buildx builder to use
      --cache-from CACHE       a build cache to read, e.g. type=local,src=DIR
                               (repeat for more)
      --cache-to CACHE         where to write the target's build cache, e.g.
                               type=local,dest=DIR,mode=max

What to compare with:
      --base REF               a branch, tag or commit to build as the base
                               (default: the merge-base of HEAD and origin/HEAD,
                               main or master)
      --baseline-report PATH   read the base's sizes from an earlier report
                               instead of building the base
      --no-base                measure only

The gate:
      --threshold LIMIT        largest allowed growth of the target: N%, a size
                               (500kB, 20MB, 1.5GiB) or off (default: 5%)
      --warn-threshold LIMIT   growth past this warns
      --max-size SIZE          an absolute budget for the target
      --max-waste LIMIT        the bytes the target's layers may store but its
                               filesystem not show: a size, or N% of the image
      --stage-threshold S=LIMIT  a limit for another stage (repeat for more)
      --metric M               uncompressed (default) or compressed
      --fail-on-regression B   false: a failing gate only warns (default: true)
      --fail-on-missing-baseline B  true: fail when there is no baseline

Output:
      --json PATH              write the JSON report to PATH ("-": print it
                               instead of the table)
      --markdown PATH          write the report as markdown (what the action
                               posts as the PR comment) to PATH ("-": print it
                               instead of the table)
      --keep-images            keep the images, tagged stage-size/<stage>:head
      --files N                list the target's N largest file changes after
                               the table (default: 10; 0: none)
  -v, --verbose                show the build log
  -h, --help                   show this help

stage-size report FILE... renders reports written with --json (one image's,
or several images' merged into one comment, as the action's
comment-from-report does) to the --markdown PATH ("-" or none: stdout), for
other CI systems; it exits with 2 when an image failed its gate.

Exit status: 0 when the gate passes (or warns, or has no baseline), 1 on an
error (bad input, a failing build), 2 when the gate fails.
`;
/** The CLI's flags: --help must describe exactly these (a test checks). */
const CLI_OPTIONS = {
    file: { type: 'string', short: 'f' },
    context: { type: 'string', short: 'c' },
    target: { type: 'string', short: 't' },
    stages: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string' },
    builder: { type: 'string' },
    'cache-from': { type: 'string', multiple: true },
    'cache-to': { type: 'string', multiple: true },
    base: { type: 'string' },
    'baseline-report': { type: 'string' },
    'no-base': { type: 'boolean' },
    threshold: { type: 'string' },
    'warn-threshold': { type: 'string' },
    'max-size': { type: 'string' },
    'max-waste': { type: 'string' },
    'stage-threshold': { type: 'string', multiple: true },
    metric: { type: 'string' },
    'fail-on-regression': { type: 'string' },
    'fail-on-missing-baseline': { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    'keep-images': { type: 'boolean' },
    files: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' }
};
/** The CLI's flag for each option, for error messages. */
const FLAG_NAMES = {
    context: '--context',
    file: '--file',
    target: '--target',
    stages: '--stages',
    buildArgs: '--build-arg',
    platform: '--platform',
    builder: '--builder',
    cacheFrom: '--cache-from',
    cacheTo: '--cache-to',
    keepImages: '--keep-images',
    threshold: '--threshold',
    warnThreshold: '--warn-threshold',
    maxSize: '--max-size',
    maxWaste: '--max-waste',
    stageThresholds: '--stage-threshold',
    metric: '--metric',
    failOnRegression: '--fail-on-regression',
    failOnMissingBaseline: '--fail-on-missing-baseline'
};
const command_EXIT_GATE_FAILED = 2;
/** Runs the CLI; returns the exit code. */
async function runCli(argv, terminal) {
    if (argv[0] === 'report')
        return runReportCommand(argv.slice(1), terminal);
    try {
        const options = parseCommandLine(argv);
        if (!options) {
            terminal.out(HELP);
            return 0;
        }
        const report = await runPipeline(options, terminalLog(terminal, options.verbose));
        if (options.json)
            await writeOutput(options.json, jsonText(report), terminal);
        if (options.markdown)
            await writeOutput(options.markdown, renderMarkdown(report), terminal);
        if (options.json !== '-' && options.markdown !== '-') {
            terminal.out(renderStageTable(report, options.files) + '\n');
        }
        const outcome = outcomeOf(report, options);
        outcome.warnings.forEach(warning => terminal.err(`warning: ${warning}\n`));
        if (!outcome.failure)
            return 0;
        terminal.err(`stage-size: ${outcome.failure}\n`);
        return command_EXIT_GATE_FAILED;
    }
    catch (error) {
        if (error instanceof UserError) {
            if (error.details)
                terminal.err(indent(error.details) + '\n');
            terminal.err(`stage-size: error: ${error.message}\n`);
            return 1;
        }
        terminal.err(`stage-size: internal error: ${error instanceof Error ? error.stack : messageOf(error)}\n`);
        return 1;
    }
}
/** The options from the command line, or null when help was asked for. */
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
    }
    catch (error) {
        throw new UserError(`${argumentProblem(error)} (see stage-size --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return null;
    if (positionals.length > 1 || (positionals.length === 1 && values.context)) {
        throw new UserError(`give the build context once, as --context DIR or as the last argument (got: ${[values.context, ...positionals].filter(Boolean).join(', ')})`);
    }
    const options = parseOptions(rawOptions(values, positionals[0]), FLAG_NAMES, baselineOption(values));
    return {
        ...options,
        json: values.json,
        markdown: values.markdown,
        files: parseFileCount(values.files),
        verbose: values.verbose ?? false
    };
}
/** --files: a whole number of files, 0 for none. */
function parseFileCount(value) {
    if (value === undefined)
        return FILES_SHOWN;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim());
    throw new UserError(`--files: "${value}" is not a number of files; use a whole number, 0 for none (default ${FILES_SHOWN})`);
}
/** The shared options as the flags gave them; an absent flag is empty, as an unset input is. */
function rawOptions(values, context) {
    return {
        context: values.context ?? context ?? '',
        file: values.file ?? '',
        target: values.target ?? '',
        stages: values.stages ?? '',
        buildArgs: values['build-arg'] ?? [],
        platform: values.platform ?? '',
        builder: values.builder ?? '',
        cacheFrom: values['cache-from'] ?? [],
        cacheTo: values['cache-to'] ?? [],
        keepImages: values['keep-images'] ? 'true' : '',
        threshold: values.threshold ?? '',
        warnThreshold: values['warn-threshold'] ?? '',
        maxSize: values['max-size'] ?? '',
        maxWaste: values['max-waste'] ?? '',
        stageThresholds: values['stage-threshold'] ?? [],
        metric: values.metric ?? '',
        failOnRegression: values['fail-on-regression'] ?? '',
        failOnMissingBaseline: values['fail-on-missing-baseline'] ?? ''
    };
}
/** parseArgs' complaint on one line: an unknown option needs only its first sentence. */
function argumentProblem(error) {
    const message = messageOf(error).replace(/\s*\n\s*/g, ' ');
    const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    return unknown ? message.split('. ')[0] : message;
}
function baselineOption(values) {
    const given = [
        values.base !== undefined,
        values['baseline-report'] !== undefined,
        values['no-base']
    ];
    if (given.filter(Boolean).length > 1) {
        throw new UserError('give at most one of --base, --baseline-report and --no-base');
    }
    if (values['no-base'])
        return { kind: 'none', reason: '--no-base was given' };
    if (values['baseline-report'] !== undefined) {
        return { kind: 'report', path: values['baseline-report'], input: '--baseline-report' };
    }
    return {
        kind: 'git',
        event: null,
        baseRef: values.base ? { ref: values.base, input: '--base' } : undefined
    };
}
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
    const problems = [];
    const tags = items.flatMap(item => (item.kind === 'image' ? [item.tag] : []));
    if (tags.length > 0) {
        const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('docker', ['image', 'rm', ...tags], { always: true });
        const lines = result.stderr
            .split('\n')
            .filter(line => line && !/No such image/i.test(line));
        problems.push(...lines);
    }
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
  um: () => (/* binding */ stopAll)
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
        child.once('error', error => {
            running.delete(child);
            reject(error);
        });
        child.once('close', (code, signal) => {
            running.delete(child);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: stdout(),
                stderr: stderr()
            });
        });
    });
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
    const children = [...running];
    await Promise.all(children.map(child => new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('close', () => {
            clearTimeout(timer);
            resolve();
        });
        child.kill('SIGINT');
    })));
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
