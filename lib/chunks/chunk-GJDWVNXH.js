import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  SourceText,
  decodeSource,
  fingerprintBase,
  grammar,
  indexFingerprints,
  isPortName,
  languageByName,
  normalizeSnippet,
  prepareLanguage,
  readBytes
} from "./chunk-LXXNAX37.js";
import {
  ConfigError,
  UsageError,
  formatRange,
  inRange,
  plural,
  rangesOverlap,
  require_ajv
} from "./chunk-X3OQW5BR.js";
import {
  HOMEPAGE,
  __commonJS,
  __toESM,
  packagePath,
  require_dist,
  suggest
} from "./chunk-FOQRCLYF.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path3, { windows } = {}) => {
      const segs = path3.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, key) => Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole
  );
}

// rules/category-range.ts
var category_range_default = defineRule({
  id: "category-range",
  meta: {
    description: "A service's range lies outside its category's block, or in no category block when categories are declared",
    severity: "warning",
    scope: "registry",
    tags: ["ports", "registry", "organization"],
    precision: "very-high",
    messages: {
      outsideCategory: "{{service}} ({{range}}) lies outside its category {{category}} ({{block}}); move it into {{block}} or into the category its ports belong to",
      noCategory: "{{service}} ({{range}}) lies in no category block; add `category:` to it or declare a block that holds it",
      categoriesOverlap: "Category {{category}} ({{block}}) overlaps category {{other}} ({{otherBlock}}); blocks must not share ports"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        if (registry.categories.length === 0) return;
        registry.categories.forEach((c, i) => {
          for (const other of registry.categories.slice(0, i)) {
            if (!rangesOverlap(c.range, other.range)) continue;
            ctx.report({
              messageId: "categoriesOverlap",
              data: { category: c.name, block: formatRange(c.range), other: other.name, otherBlock: formatRange(other.range) },
              at: ctx.registryLocation(c.loc.range)
            });
          }
        });
        for (const s of registry.services) {
          const at = ctx.registryLocation(s.loc.range ?? s.loc.default ?? s.loc.key);
          const base = { service: s.name, range: formatRange(s.range) };
          const category = s.category === void 0 ? void 0 : registry.category(s.category);
          if (!category) {
            ctx.report({ messageId: "noCategory", data: base, at, port: s.default, service: s.name });
          } else if (s.range[0] < category.range[0] || s.range[1] > category.range[1]) {
            ctx.report({
              messageId: "outsideCategory",
              data: { ...base, category: category.name, block: formatRange(category.range) },
              at,
              port: s.default,
              service: s.name
            });
          }
        }
      }
    };
  }
});

// rules/default-out-of-range.ts
var default_out_of_range_default = defineRule({
  id: "default-out-of-range",
  meta: {
    description: "A service's default port lies outside its own range",
    severity: "error",
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      outside: "Default port {{port}} of {{service}} is outside its range {{range}}; move the default into the range or widen the range"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        for (const s of ctx.registry.services) {
          if (inRange(s.default, s.range)) continue;
          ctx.report({
            messageId: "outside",
            data: { port: s.default, service: s.name, range: formatRange(s.range) },
            at: ctx.registryLocation(s.loc.default ?? s.loc.key),
            port: s.default,
            service: s.name
          });
        }
      }
    };
  }
});

// rules/duplicate-port.ts
var duplicate_port_default = defineRule({
  id: "duplicate-port",
  meta: {
    description: "Two services in ports.yaml share a default port, or their ranges overlap",
    severity: "error",
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      sharedDefault: "Port {{port}} is the default of both {{other}} ({{where}}) and {{service}}; give each service its own port",
      overlap: "Range {{range}} of {{service}} overlaps range {{otherRange}} of {{other}} ({{where}}); a fallback could hand one service the other's port"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        const services = ctx.registry.services;
        services.forEach((service, i) => {
          for (const other of services.slice(0, i)) {
            if (service.default === other.default) {
              ctx.report({
                messageId: "sharedDefault",
                data: { port: service.default, service: service.name, other: other.name, where: ctx.registry.where(other.loc.key) },
                at: ctx.registryLocation(service.loc.default ?? service.loc.key),
                port: service.default,
                service: service.name
              });
            } else if (rangesOverlap(service.range, other.range)) {
              ctx.report({
                messageId: "overlap",
                data: {
                  service: service.name,
                  range: formatRange(service.range),
                  other: other.name,
                  otherRange: formatRange(other.range),
                  where: ctx.registry.where(other.loc.range ?? other.loc.key)
                },
                at: ctx.registryLocation(service.loc.range ?? service.loc.default ?? service.loc.key),
                port: Math.max(service.range[0], other.range[0]),
                service: service.name
              });
            }
          }
        });
      }
    };
  }
});

// src/occurrence-facts.ts
function envBinding(o) {
  if (o.variable !== void 0) return o.variable;
  if (o.kind === "env-assign") return o.name;
  return void 0;
}
function boundService(o, registry) {
  const name = envBinding(o);
  return name === void 0 ? void 0 : registry.serviceForEnvVar(name);
}
function isContainerSide(o) {
  if (o.kind === "publish-container" || o.kind === "expose") return true;
  if (o.language === "dockerfile") return true;
  return o.service !== void 0 && o.kind !== "publish-host";
}
function isClientSide(o) {
  return o.kind === "url" || o.kind === "address" || o.kind === "connect";
}
function normalizeServiceName(name) {
  return name.toLowerCase().replace(/[-.\s]+/g, "_");
}
function lookupExample(language, envVar, port) {
  switch (language) {
    case "python":
      return `int(os.environ.get("${envVar}", "${port}"))`;
    case "javascript":
    case "typescript":
    case "tsx":
      return `Number(process.env.${envVar} ?? ${port})`;
    case "json":
    case "package-json":
    case "yaml":
      return `\${${envVar}}`;
    default:
      return `\${${envVar}:-${port}}`;
  }
}
var GENERIC_OWNER_WORDS = /* @__PURE__ */ new Set(["external", "internal", "service", "server", "docker", "container", "the", "port", "ports", "managed", "not"]);
function isReservedOwner(o, owner) {
  if (o.service === void 0) return false;
  const ownerWords = owner.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !GENERIC_OWNER_WORDS.has(w));
  const serviceWords = normalizeServiceName(o.service).split("_");
  return ownerWords.some((w) => serviceWords.includes(w));
}

// rules/env-default-mismatch.ts
var env_default_mismatch_default = defineRule({
  id: "env-default-mismatch",
  meta: {
    description: "A value or default given to a registered service's env var differs from the registered default",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "drift"],
    precision: "high",
    messages: {
      mismatch: "{{envVar}} is given {{port}} here, but ports.yaml says {{service}} defaults to {{default}} ({{where}}); use {{default}} or change the registry"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      occurrence(o) {
        if (o.comment || o.port === null) return;
        const service = boundService(o, ctx.registry);
        if (!service || o.port === service.default || !inRange(o.port, service.range)) return;
        ctx.report({
          messageId: "mismatch",
          data: {
            envVar: envBinding(o),
            port: o.port,
            service: service.name,
            default: service.default,
            where: ctx.registry.where(service.loc.default ?? service.loc.key)
          },
          occurrence: o,
          service: service.name,
          // A default that disagrees is drift; a value assigned (`API_PORT=8004` in .env.staging) may be meant.
          ...o.kind !== "env-assign" && { fix: { range: o.range, text: String(service.default) } }
        });
      }
    };
  }
});

// rules/env-var-collision.ts
var env_var_collision_default = defineRule({
  id: "env-var-collision",
  meta: {
    description: "Two services in ports.yaml read the same environment variable",
    severity: "error",
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      collision: "{{service}} reads {{envVar}}, which {{other}} ({{where}}) reads too; setting it would move both services"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        const first = /* @__PURE__ */ new Map();
        for (const s of ctx.registry.services) {
          if (!s.envVar) continue;
          const other = first.get(s.envVar);
          if (!other) {
            first.set(s.envVar, s);
            continue;
          }
          ctx.report({
            messageId: "collision",
            data: { service: s.name, envVar: s.envVar, other: other.name, where: ctx.registry.where(other.loc.envVar ?? other.loc.key) },
            at: ctx.registryLocation(s.loc.envVar ?? s.loc.key),
            port: s.default,
            service: s.name
          });
        }
      }
    };
  }
});

// src/describe.ts
function formatPorts(o) {
  return o.portEnd !== void 0 && o.portEnd !== o.port ? `${o.port}-${o.portEnd}` : String(o.port);
}
function describeOccurrence(o) {
  const svc = o.service ? ` of compose service ${o.service}` : "";
  switch (o.kind) {
    case "publish-host":
      return `published on the host${svc}`;
    case "publish-container":
      return `container port${svc}`;
    case "expose":
      return `exposed${svc}`;
    case "listen":
      return "listened on";
    case "connect":
      return `connected to${o.host ? ` on ${o.host}` : ""}`;
    case "url":
      return `in a ${o.scheme ?? ""} URL to ${o.host ?? "a host"}`.replace("a  URL", "a URL");
    case "address":
      return o.host ? `address ${o.host}:${o.port}` : `listen address :${o.port}`;
    case "env-assign":
      return `assigned to ${o.name ?? o.variable ?? "a variable"}`;
    case "env-default":
      return `default of ${o.variable ?? o.name ?? "an env lookup"}`;
    case "cli-flag":
      return `given to ${o.name ?? "a flag"}`;
    case "property":
      return `value of ${o.name ?? "a port key"}`;
    case "parameter-default":
      return `default of parameter ${o.name ?? ""}`.trim();
    case "constant":
      return `constant ${o.name ?? ""}`.trim();
    case "argument":
      return `argument${o.name ? ` of ${o.name}` : ""}`;
  }
}
var LOCAL_SUFFIXES = [".local", ".internal", ".localhost", ".lan", ".svc", ".home", ".test", ".example", ".invalid", ".localdomain"];
function isExternalHost(host) {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, "");
  if (!h.includes(".")) return false;
  if (/^[\d.]+$/.test(h) || h.includes(":") || h.startsWith("$") || h.startsWith("{")) return false;
  if (h.endsWith(".cluster.local") || LOCAL_SUFFIXES.some((s) => h.endsWith(s))) return false;
  return true;
}

// rules/hardcoded-port.ts
var hardcoded_port_default = defineRule({
  id: "hardcoded-port",
  meta: {
    description: "A literal equal to a registered service's port, where the code should read it from the registry",
    severity: "error",
    scope: "code",
    tags: ["ports", "hardcoded", "maintainability"],
    precision: "high",
    messages: {
      hardcoded: "Port {{port}} of {{service}} is hardcoded; read {{envVar}} instead: {{example}}",
      hardcodedInRange: "Port {{port}} is in the range {{range}} of {{service}} and is hardcoded; read {{envVar}} instead: {{example}}",
      immutable: "Port {{port}} of {{service}} is fixed (immutable, declared in {{where}}); take it from the registry or a file generated from it instead of repeating it",
      noVariable: "Port {{port}} of {{service}} is hardcoded, and ports.yaml gives {{service}} no env var ({{where}}); add env_var to it, or take the port from a file generated from ports.yaml"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      occurrence(o) {
        if (o.comment || o.port === null || isContainerSide(o)) return;
        if ((o.kind === "url" || o.kind === "address") && isExternalHost(o.host)) return;
        const service = registry.serviceForPort(o.port);
        if (!service) return;
        const reserved = registry.reservedFor(o.port);
        if (reserved && isReservedOwner(o, reserved.service)) return;
        if (boundService(o, registry)) return;
        const binding = envBinding(o);
        if (binding && o.port !== service.default && isPortName(binding)) return;
        const where = registry.where(service.loc.default ?? service.loc.key);
        if (service.immutable || !service.envVar) {
          ctx.report({ messageId: service.immutable ? "immutable" : "noVariable", data: { port: o.port, service: service.name, where }, occurrence: o, service: service.name });
          return;
        }
        const exact = service.default === o.port;
        ctx.report({
          messageId: exact ? "hardcoded" : "hardcodedInRange",
          data: {
            port: o.port,
            service: service.name,
            envVar: service.envVar,
            range: `${service.range[0]}-${service.range[1]}`,
            example: lookupExample(o.language, service.envVar, service.default)
          },
          occurrence: o,
          service: service.name,
          // Only the default itself becomes a lookup: `${VAR:-8000}` for 8000 keeps the value; for another
          // port of the range it would not.
          // Nor a range (`"8000-8001:…"`), nor a shell loop's or comparison's bound.
          ...exact && o.portEnd === void 0 && !(o.language === "shell" && o.kind === "constant") && { fix: { range: o.range, lookup: { envVar: service.envVar, port: service.default } } }
        });
      }
    };
  }
});

// rules/immutable-port.ts
var immutable_port_default = defineRule({
  id: "immutable-port",
  meta: {
    description: "An immutable service's port is overridden: its env var is set, or it is published on another port",
    severity: "error",
    scope: "code",
    tags: ["ports", "correctness"],
    precision: "very-high",
    messages: {
      envSet: "{{service}} is immutable ({{where}}): {{envVar}} must not override its port {{default}}",
      republished: "Container port {{default}} of immutable {{service}} is published on {{port}} ({{where}}): clients expect {{default}} on the host"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const immutable = ctx.registry.services.filter((s) => s.immutable);
    return {
      occurrence(o) {
        if (o.comment || immutable.length === 0) return;
        const bound = boundService(o, ctx.registry);
        if (bound?.immutable && (o.port === null || o.port !== bound.default || o.kind === "env-assign")) {
          ctx.report({
            messageId: "envSet",
            data: { service: bound.name, envVar: envBinding(o), default: bound.default, where: ctx.registry.where(bound.loc.key) },
            occurrence: o,
            service: bound.name
          });
          return;
        }
        if (o.kind === "publish-host" && o.port !== null && o.target !== void 0) {
          const s = immutable.find((x) => x.default === o.target && x.default !== o.port);
          if (!s) return;
          ctx.report({
            messageId: "republished",
            data: { service: s.name, default: s.default, port: o.port, where: ctx.registry.where(s.loc.key) },
            occurrence: o,
            service: s.name
          });
        }
      }
    };
  }
});

// rules/missing-default.ts
var INTERPOLATING = /* @__PURE__ */ new Set(["compose", "shell", "dockerfile"]);
var missing_default_default = defineRule({
  id: "missing-default",
  meta: {
    description: "A port is given only through a variable with no default, so it works only where that variable is set",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "portability"],
    precision: "high",
    messages: {
      missing: "The port comes only from {{variable}}, with no default: it works only where {{variable}} is set; write {{example}}"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const reported = /* @__PURE__ */ new Set();
    return {
      occurrence(o) {
        if (o.comment || o.port !== null || !o.variable) return;
        const service = ctx.registry.serviceForEnvVar(o.variable);
        if (!service && !(isPortName(o.variable) && /^[A-Z][A-Z0-9_]*$/.test(o.variable))) return;
        if (/^\$\{[A-Za-z_]\w*:?\?/.test(o.text)) return;
        const key = `${o.file}\0${o.range.start.line}\0${o.variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        const example = service ? `\${${o.variable}:-${service.default}}` : `\${${o.variable}:-<port>}`;
        const fixable = service !== void 0 && INTERPOLATING.has(o.language) && (o.text === `\${${o.variable}}` || o.text === `$${o.variable}`);
        ctx.report({
          messageId: "missing",
          data: { variable: o.variable, example },
          occurrence: o,
          ...service && { service: service.name, port: service.default },
          ...fixable && { fix: { range: o.range, text: example } }
        });
      }
    };
  }
});

// rules/out-of-range.ts
var out_of_range_default = defineRule({
  id: "out-of-range",
  meta: {
    description: "A value given to a registered service's env var lies outside the service's range",
    severity: "error",
    scope: "code",
    tags: ["ports", "configuration", "correctness"],
    precision: "very-high",
    messages: {
      outside: "{{envVar}} is given {{port}} here, outside the ports allowed for {{service}} ({{range}}, {{where}}); the service will refuse it"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      occurrence(o) {
        if (o.comment || o.port === null) return;
        const service = boundService(o, ctx.registry);
        if (!service || inRange(o.port, service.range)) return;
        ctx.report({
          messageId: "outside",
          data: {
            envVar: envBinding(o),
            port: o.port,
            range: formatRange(service.range),
            service: service.name,
            where: ctx.registry.where(service.loc.range ?? service.loc.default ?? service.loc.key)
          },
          occurrence: o,
          service: service.name
        });
      }
    };
  }
});

// rules/publish-conflict.ts
import path from "node:path";
var ALL_INTERFACES = /* @__PURE__ */ new Set(["", "0.0.0.0", "::", "[::]", "*"]);
function sameInterface(a, b) {
  const ia = a.hostIp ?? "";
  const ib = b.hostIp ?? "";
  return ALL_INTERFACES.has(ia) || ALL_INTERFACES.has(ib) || ia === ib;
}
function overlap(a, b) {
  return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}
function fileRank(file) {
  const base = path.posix.basename(file);
  if (/^(?:docker-)?compose\.ya?ml$/.test(base)) return 0;
  if (/\.override\.ya?ml$/.test(base)) return 1;
  return 2;
}
function mergedByDefault(a, b) {
  if (a === b) return true;
  const ranks = [fileRank(a), fileRank(b)].sort();
  return ranks[0] === 0 && ranks[1] === 1;
}
function disjointProfiles(a, b) {
  const pa = a.profiles ?? [];
  const pb = b.profiles ?? [];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}
function relatedNames(a, b) {
  const x = normalizeServiceName(a);
  const y = normalizeServiceName(b);
  return x !== y && (x.startsWith(`${y}_`) || y.startsWith(`${x}_`));
}
var publish_conflict_default = defineRule({
  id: "publish-conflict",
  meta: {
    description: "Two compose services publish the same host port (within one file or across the compose files of one directory), or a compose service publishes another registered service's port",
    severity: "error",
    scope: "code",
    tags: ["ports", "compose", "conflict"],
    precision: "very-high",
    messages: {
      conflict: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; the second to start fails to bind",
      conflictFiles: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their files are merged only when given together (`-f`), and then they clash",
      conflictProfiles: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their profiles ({{otherProfiles}} / {{profiles}}) are disjoint, so they clash only when both profiles are enabled",
      foreign: "Compose service {{service}} publishes {{port}}, the port of {{owner}} in ports.yaml ({{where}}); {{service}} is registered with {{own}}"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    const byProject = /* @__PURE__ */ new Map();
    const identity = (o) => registry.service(normalizeServiceName(o.service)) ?? registry.services.find((s) => normalizeServiceName(s.name) === normalizeServiceName(o.service)) ?? (o.variable ? registry.serviceForEnvVar(o.variable) : void 0);
    return {
      occurrence(o) {
        if (o.comment || o.kind !== "publish-host" || o.port === null || o.service === void 0) return;
        const dir = path.posix.dirname(o.file);
        const list = byProject.get(dir);
        if (list) list.push(o);
        else byProject.set(dir, [o]);
        const self = identity(o);
        if (!self || inRange(o.port, self.range)) return;
        const owners = registry.servicesForPort(o.port).filter((s) => s !== self);
        const owner = owners[0];
        if (!owner || owners.some((s) => relatedNames(s.name, o.service))) return;
        ctx.report({
          messageId: "foreign",
          data: {
            service: o.service,
            port: formatPorts(o),
            owner: owner.name,
            where: registry.where(owner.loc.default ?? owner.loc.key),
            own: self.envVar ? `${formatRange(self.range)} (${self.envVar})` : formatRange(self.range)
          },
          occurrence: o,
          service: self.name
        });
      },
      end() {
        for (const unsorted of byProject.values()) {
          const list = unsorted.map((o, i) => ({ o, i })).sort((a, b) => fileRank(a.o.file) - fileRank(b.o.file) || a.i - b.i).map((x) => x.o);
          list.forEach((o, i) => {
            const other = list.slice(0, i).find((p) => p.service !== o.service && (p.protocol ?? "tcp") === (o.protocol ?? "tcp") && sameInterface(p, o) && overlap(p, o));
            if (!other) return;
            const where = `${other.file}:${other.range.start.line}`;
            const data = { port: formatPorts(o), service: o.service, other: other.service, where };
            if (!mergedByDefault(o.file, other.file)) {
              ctx.report({ messageId: "conflictFiles", data, occurrence: o, severity: "warning" });
            } else if (disjointProfiles(o, other)) {
              ctx.report({
                messageId: "conflictProfiles",
                data: { ...data, profiles: o.profiles.join(", "), otherProfiles: other.profiles.join(", ") },
                occurrence: o,
                severity: "warning"
              });
            } else {
              ctx.report({ messageId: "conflict", data, occurrence: o });
            }
          });
        }
      }
    };
  }
});

// rules/reserved-port.ts
var reserved_port_default = defineRule({
  id: "reserved-port",
  meta: {
    description: "A port listed under `reserved` (owned by something outside the registry) is taken by a service of ports.yaml or bound in the code",
    severity: "warning",
    scope: "both",
    tags: ["ports", "registry", "conflict"],
    precision: "high",
    messages: {
      serviceDefault: "{{service}} uses port {{port}}, which is reserved for {{owner}}{{note}}",
      serviceRange: "Range {{range}} of {{service}} includes port {{port}}, which is reserved for {{owner}}{{note}}",
      code: "Port {{port}} ({{what}}) is reserved for {{owner}}{{note}}; pick a port of your own"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        for (const s of registry.services) {
          for (const r of registry.reserved) {
            if (!inRange(r.port, s.range) && s.default !== r.port) continue;
            const isDefault = s.default === r.port;
            ctx.report({
              messageId: isDefault ? "serviceDefault" : "serviceRange",
              data: {
                service: s.name,
                port: r.port,
                range: formatRange(s.range),
                owner: r.service,
                note: r.note ? ` (${r.note})` : ""
              },
              at: ctx.registryLocation((isDefault ? s.loc.default : s.loc.range) ?? s.loc.key),
              port: r.port,
              service: s.name
            });
          }
        }
      },
      occurrence(o) {
        if (o.comment || o.port === null || isClientSide(o) || isContainerSide(o)) return;
        if (boundService(o, registry)) return;
        const r = registry.reservedFor(o.port);
        if (!r || isReservedOwner(o, r.service)) return;
        ctx.report({
          messageId: "code",
          data: { port: o.port, what: describeOccurrence(o), owner: r.service, note: r.note ? ` (${r.note})` : "" },
          occurrence: o
        });
      }
    };
  }
});

// rules/undocumented-port.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var undocumented_port_default = defineRule({
  id: "undocumented-port",
  meta: {
    description: "A literal port in the code is neither registered nor reserved in ports.yaml",
    severity: "warning",
    scope: "code",
    tags: ["ports", "inventory", "maintainability"],
    precision: "high",
    messages: {
      undocumented: "Port {{port}} ({{what}}) is not in ports.yaml; register the service that uses it, or reserve it"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowPorts: { type: "array", items: { type: "integer", minimum: 1, maximum: 65535 } },
        ignoreFiles: { type: "array", items: { type: "string" } },
        externalHosts: { type: "boolean" }
      }
    },
    defaultOptions: { allowPorts: [], ignoreFiles: [], externalHosts: false }
  },
  create(ctx) {
    const allowed = new Set(ctx.options.allowPorts);
    const ignored = ctx.options.ignoreFiles.length > 0 ? (0, import_picomatch.default)(ctx.options.ignoreFiles, { dot: true }) : () => false;
    const known = (port) => allowed.has(port) || ctx.registry.servicesForPort(port).length > 0 || ctx.registry.reservedFor(port) !== void 0;
    const reported = /* @__PURE__ */ new Set();
    const plannedHost = /* @__PURE__ */ new Set();
    const lineKey = (o) => `${o.file}\0${o.range.start.line}`;
    return {
      occurrence(o) {
        if (o.comment) return;
        if (o.kind === "publish-host" && (boundService(o, ctx.registry) || o.port !== null && known(o.port))) plannedHost.add(lineKey(o));
        if (o.kind === "publish-container" && plannedHost.has(lineKey(o))) return;
        if (o.port === null) return;
        if (boundService(o, ctx.registry)) return;
        if (!ctx.options.externalHosts && (o.kind === "url" || o.kind === "address") && isExternalHost(o.host)) return;
        const end = o.portEnd ?? o.port;
        let missing;
        for (let p = o.port; p <= end; p++) {
          if (!known(p)) {
            missing = p;
            break;
          }
        }
        if (missing === void 0) return;
        if (ignored(o.file)) return;
        const key = `${o.file}\0${o.range.start.line}\0${o.port}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({
          messageId: "undocumented",
          data: { port: formatPorts(o), what: describeOccurrence(o) },
          occurrence: o,
          port: o.port
        });
      }
    };
  }
});

// rules/unknown-port-variable.ts
var unknown_port_variable_default = defineRule({
  id: "unknown-port-variable",
  meta: {
    description: "A port variable shares the prefix of the registry's env vars (CONTIMG_\u2026_PORT) but no service reads it",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "drift"],
    precision: "high",
    messages: {
      unknown: "{{variable}} looks like a registry variable ({{prefix}}*) but no service in ports.yaml reads it{{hint}}; register the service or use its variable"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registered = ctx.registry.services.map((s) => s.envVar).filter((v) => !!v);
    const counts = /* @__PURE__ */ new Map();
    for (const v of registered) {
      const cut = v.indexOf("_");
      if (cut > 0) counts.set(v.slice(0, cut + 1), (counts.get(v.slice(0, cut + 1)) ?? 0) + 1);
    }
    const prefixes = [...counts].filter(([, n]) => n >= 2).map(([p]) => p);
    const known = new Set(registered);
    const reported = /* @__PURE__ */ new Set();
    return {
      occurrence(o) {
        if (o.comment) return;
        const variable = envBinding(o);
        if (!variable || known.has(variable)) return;
        const prefix = prefixes.find((p) => variable.startsWith(p));
        if (!prefix) return;
        const hint = suggest(variable, registered);
        if (!isPortName(variable) && !hint) return;
        const key = `${o.file}\0${o.range.start.line}\0${variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({
          messageId: "unknown",
          data: { variable, prefix, hint: hint ? ` \u2014${hint.replace(/^ \(|\)$/g, " ")}`.trimEnd() : "" },
          occurrence: o
        });
      }
    };
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  meta: {
    description: "A port-lint-disable comment suppresses nothing, or names a rule that does not exist",
    severity: "warning",
    scope: "code",
    tags: ["maintainability", "suppressions"],
    precision: "very-high",
    messages: {
      unused: "Unused port-lint-disable comment"
    },
    defaultOptions: {}
  },
  create: () => ({})
});

// src/rules.ts
var RULES = [
  category_range_default,
  default_out_of_range_default,
  duplicate_port_default,
  env_default_mismatch_default,
  env_var_collision_default,
  hardcoded_port_default,
  immutable_port_default,
  missing_default_default,
  out_of_range_default,
  publish_conflict_default,
  reserved_port_default,
  undocumented_port_default,
  unknown_port_variable_default,
  unused_suppression_default
].sort((a, b) => a.id < b.id ? -1 : 1);
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/rule-docs.ts
import { readFileSync } from "node:fs";
var cache = /* @__PURE__ */ new Map();
function ruleDocMarkdown(id) {
  let text = cache.get(id);
  if (text === void 0) {
    try {
      text = readFileSync(packagePath("rules", `${id}.md`), "utf8");
    } catch {
      text = "";
    }
    cache.set(id, text);
  }
  return text;
}
function ruleDocUrl(id) {
  return `${HOMEPAGE}/blob/main/rules/${id}.md`;
}
function markdownToText(markdown) {
  return markdown.replace(/^```.*$/gm, "").replace(/^#{1,6}\s+/gm, "").replace(/\*\*(.+?)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\n{3,}/g, "\n\n").trim();
}

// src/lint.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/types.ts
function comparePositions(a, b) {
  return a.line - b.line || a.column - b.column;
}
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || comparePositions(a.range.start, b.range.start) || compareStrings(a.ruleId, b.ruleId) || comparePositions(a.range.end, b.range.end) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/lint.ts
function configureRules(rules, registry, cli = {}) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ids = rules.map((r) => r.id);
  for (const [id, setting] of Object.entries(registry.lint.rules)) {
    if (byId.has(id)) continue;
    const loc = setting.loc ?? { start: { line: 1, column: 1 } };
    throw new ConfigError(registry.file, loc.start.line, loc.start.column, `lint.rules.${id}`, `unknown rule "${id}"${suggest(id, ids)}`);
  }
  for (const id of Object.keys(cli)) {
    if (!byId.has(id)) throw new UsageError(`--rule: unknown rule "${id}"${suggest(id, ids)}; \`port-lint rules\` lists them`);
  }
  const ajv = new import_ajv.Ajv({ allErrors: false, strict: false, useDefaults: false });
  const enabled = [];
  for (const rule of rules) {
    const fromFile = registry.lint.rules[rule.id];
    const fromCli = cli[rule.id];
    const severity = fromCli?.severity ?? fromFile?.severity ?? rule.meta.severity;
    const userOptions = { ...fromFile?.options ?? {}, ...fromCli?.options ?? {} };
    if (rule.meta.optionsSchema && Object.keys(userOptions).length > 0) {
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(userOptions)) {
        const e = validate.errors?.[0];
        const where = `${e?.instancePath ?? ""}`.replace(/^\//, "").replace(/\//g, ".");
        const detail = `invalid options${where ? ` at "${where}"` : ""}: ${e?.message ?? "invalid"}`;
        if (fromFile?.options && fromFile.loc) {
          throw new ConfigError(registry.file, fromFile.loc.start.line, fromFile.loc.start.column, `lint.rules.${rule.id}`, detail);
        }
        throw new UsageError(`--rule ${rule.id}: ${detail}`);
      }
    }
    if (severity === "off") continue;
    enabled.push({ rule, severity, options: { ...rule.meta.defaultOptions, ...userOptions } });
  }
  return enabled;
}
function lintUnsorted(input) {
  const findings = [];
  const occurrences = [...input.occurrences].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
  );
  const visitors = input.rules.map(({ rule, severity, options }) => {
    const ctx = {
      registry: input.registry,
      options,
      severity,
      registryLocation: (range) => ({ file: input.registry.file, range, snippet: input.registry.lineText(range.start.line) }),
      report: (r) => findings.push(toFinding(rule, severity, r))
    };
    return rule.create(ctx);
  });
  for (const v of visitors) v.registry?.();
  for (const o of occurrences) for (const v of visitors) v.occurrence?.(o);
  for (const v of visitors) v.end?.();
  return findings;
}
function toFinding(rule, configured, r) {
  const template = rule.meta.messages[r.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId "${r.messageId}"`);
  const loc = r.occurrence ? { file: r.occurrence.file, range: r.occurrence.range, snippet: r.occurrence.snippet } : r.at;
  if (!loc) throw new Error(`rule ${rule.id} reported without a location`);
  const kind = r.occurrence ? r.occurrence.kind : "registry";
  const port = r.port ?? r.occurrence?.port ?? void 0;
  const finding = {
    ruleId: rule.id,
    severity: configured === "warning" || r.severity === "warning" ? "warning" : "error",
    message: formatMessage(template, r.data),
    file: loc.file,
    range: loc.range,
    fingerprint: fingerprintBase(rule.id, loc.file, kind, loc.snippet),
    snippet: normalizeSnippet(loc.snippet)
  };
  if (port !== void 0 && port !== null) finding.port = port;
  if (r.service !== void 0) finding.service = r.service;
  if (r.fix) finding.fix = r.fix;
  return finding;
}
function finalize(findings) {
  findings.sort(compareFindings);
  const unique = findings.filter((f, i) => i === 0 || compareFindings(findings[i - 1], f) !== 0);
  indexFingerprints(unique);
  return unique;
}

// src/fix.ts
var import_yaml = __toESM(require_dist(), 1);
import path2 from "node:path";
function quoteAt(text, lineStart, offset) {
  let quote = "";
  for (let i = lineStart; i < offset; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote === "" && (c === '"' || c === "'" || c === "`")) quote = c;
    else if (c === quote) quote = "";
  }
  return quote;
}
function heredocLines(text) {
  const lines = text.split("\n");
  const inside = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const m = /(?<!<)<<-?(?!<)\s*\\?(['"]?)([^\s'"<>|;&()]+)\1/.exec(lines[i]);
    if (!m) continue;
    const end = m[2];
    let j = i + 1;
    for (; j < lines.length && lines[j].replace(/^\t+/, "").trimEnd() !== end; j++) inside.add(j + 1);
    i = j;
  }
  return inside;
}
async function shellHeredocLines(text) {
  await prepareLanguage("shell");
  const tree = grammar("bash").parser.parse(text);
  const inside = /* @__PURE__ */ new Set();
  if (!tree) return inside;
  try {
    for (const r of tree.rootNode.descendantsOfType("heredoc_redirect")) {
      if (!r) continue;
      for (let row = r.startPosition.row + 1; row < r.endPosition.row; row++) inside.add(row + 1);
    }
  } finally {
    tree.delete();
  }
  return inside;
}
var IMPORTS_OS = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.path)?[ \t]*(?:,[ \t]*[\w.]+[ \t]*)*(?:#.*)?$/m;
function renderLookup(text, language, lineStart, start, end, envVar, port) {
  const quote = quoteAt(text, lineStart, start);
  const before = text[start - 1];
  const after = text[end];
  const wholeString = quote !== "" && before === quote && after === quote;
  switch (language) {
    case "compose":
      return { start, end, text: `\${${envVar}:-${port}}` };
    // Not env files: systemd's EnvironmentFile does not expand `${…}`, so a lookup there would be literal text.
    case "shell":
    case "dockerfile": {
      if (quote === "'" || quote === "`") return void 0;
      if (language === "dockerfile" && /^\s*(?:(?:RUN|CMD|ENTRYPOINT)\s+|HEALTHCHECK\s.*?\bCMD\s+)\[/i.test(text.slice(lineStart, text.indexOf("\n", lineStart) >>> 0))) return void 0;
      const lookup = `\${${envVar}:-${port}}`;
      const wholeWord = quote === "" && /^(?:[\s=]|)$/.test(before ?? "") && /^(?:\s|;|\)|)$/.test(after ?? "");
      return { start, end, text: wholeWord ? `"${lookup}"` : lookup };
    }
    case "javascript":
    case "typescript":
    case "tsx":
      if (quote === "") return { start, end, text: `Number(process.env.${envVar} ?? ${port})` };
      if (wholeString && text[start - 2] !== "=" && !/[\w$]/.test(text[start - 2] ?? "")) return { start: start - 1, end: end + 1, text: `(process.env.${envVar} ?? ${quote}${port}${quote})` };
      return void 0;
    case "python":
      if (!IMPORTS_OS.test(text)) return void 0;
      if (quote === "") return { start, end, text: `int(os.environ.get("${envVar}", "${port}"))` };
      if (wholeString && !/\w/.test(text[start - 2] ?? "")) return { start: start - 1, end: end + 1, text: `os.environ.get("${envVar}", ${quote}${port}${quote})` };
      return void 0;
    default:
      return void 0;
  }
}
function applyFixes(text, language, findings, heredocs = language === "shell" || language === "dockerfile" ? heredocLines(text) : /* @__PURE__ */ new Set()) {
  const src = new SourceText("", language, text);
  const edits = [];
  for (const f of findings) {
    const fix = f.fix;
    if (!fix || heredocs.has(fix.range.start.line)) continue;
    const start = src.offset(fix.range.start);
    const end = src.offset(fix.range.end);
    const edit = "lookup" in fix ? renderLookup(text, language, src.lineStart(fix.range.start.line), start, end, fix.lookup.envVar, fix.lookup.port) : { start, end, text: fix.text };
    if (!edit) continue;
    if (edits.some((e) => edit.start < e.end && edit.end > e.start)) continue;
    edits.push(edit);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied: edits.length };
}
var GRAMMAR_OF = {
  javascript: "javascript",
  typescript: "typescript",
  tsx: "tsx",
  python: "python",
  shell: "bash",
  json: "json",
  "package-json": "json"
};
async function syntaxErrors(language, text) {
  if (language === "compose" || language === "yaml") return (0, import_yaml.parseAllDocuments)(text).reduce((n, d) => n + (d.errors?.length ?? 0), 0);
  const id = GRAMMAR_OF[language];
  if (!id) return 0;
  await prepareLanguage(language);
  const tree = grammar(id).parser.parse(text);
  if (!tree) return 1;
  try {
    return tree.rootNode.descendantsOfType(["ERROR"]).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}
function countFixes(changes) {
  return plural(
    changes.reduce((n, c) => n + c.applied, 0),
    "problem"
  );
}
async function fixFiles(root, findings, warn) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.fix) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const changes = [];
  for (const [file, list] of byFile) {
    const sf = { file, path: path2.join(root, file), language: languageByName(file) };
    const read = readBytes(sf, Number.MAX_SAFE_INTEGER);
    if (read.kind !== "bytes") continue;
    const decoded = decodeSource(sf, read.bytes);
    if (decoded.kind !== "text" || decoded.notices.length > 0) continue;
    const bom = read.bytes[0] === 239 && read.bytes[1] === 187 && read.bytes[2] === 191 ? "\uFEFF" : "";
    const heredocs = decoded.language === "shell" ? await shellHeredocLines(decoded.text) : void 0;
    const { text, applied } = applyFixes(decoded.text, decoded.language, list, heredocs);
    if (applied === 0 || text === decoded.text) continue;
    if (await syntaxErrors(decoded.language, text) > await syntaxErrors(decoded.language, decoded.text)) {
      warn(`port-lint: --fix left ${file} alone: the fixed text would not parse
`);
      continue;
    }
    changes.push({ file, before: bom + decoded.text, after: bom + text, applied });
  }
  return changes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function lineDiff(file, before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) return `--- a/${file}
+++ b/${file}
(line count changed)
`;
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ -${i + 1} +${i + 1} @@`, `-${a[i]}`, `+${b[i]}`);
  }
  return `${out.join("\n")}
`;
}

export {
  compareFindings,
  compareStrings,
  require_picomatch2 as require_picomatch,
  formatMessage,
  configureRules,
  lintUnsorted,
  finalize,
  isExternalHost,
  RULES,
  RULES_BY_ID,
  applyFixes,
  countFixes,
  fixFiles,
  lineDiff,
  ruleDocMarkdown,
  ruleDocUrl,
  markdownToText
};
